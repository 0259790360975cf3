//! Maximum bipartite matching (augmenting paths, Kuhn's algorithm).
//!
//! The scorers match predictions to gold items one-to-one: CEAF-REE matches
//! predicted strings to gold entities, the PETRARCH scorer matches predicted
//! events to expected codings. The graphs are tiny (a handful of nodes per
//! document and role), so the simple O(V·E) algorithm is plenty; with 0/1
//! similarities a maximum matching is the same optimum that the Hungarian
//! assignment used by GRIT's scorer finds.

/// Returns, for every left node, the right node it is matched to.
/// `adjacent[l]` lists the right nodes (< `n_right`) that left node `l` may
/// be matched with; out-of-range entries are ignored.
pub fn max_bipartite_matching(adjacent: &[Vec<usize>], n_right: usize) -> Vec<Option<usize>> {
    let mut right_owner: Vec<Option<usize>> = vec![None; n_right];
    for left in 0..adjacent.len() {
        let mut visited = vec![false; n_right];
        augment(left, adjacent, &mut visited, &mut right_owner);
    }
    let mut matched = vec![None; adjacent.len()];
    for (right, owner) in right_owner.iter().enumerate() {
        if let Some(left) = owner {
            matched[*left] = Some(right);
        }
    }
    matched
}

/// The size of a maximum matching.
pub fn matching_size(adjacent: &[Vec<usize>], n_right: usize) -> usize {
    max_bipartite_matching(adjacent, n_right).iter().filter(|m| m.is_some()).count()
}

fn augment(left: usize, adjacent: &[Vec<usize>], visited: &mut [bool], right_owner: &mut [Option<usize>]) -> bool {
    for &right in &adjacent[left] {
        if right >= visited.len() || visited[right] {
            continue;
        }
        visited[right] = true;
        let free = match right_owner[right] {
            None => true,
            Some(other) => augment(other, adjacent, visited, right_owner),
        };
        if free {
            right_owner[right] = Some(left);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_augmenting_path() {
        // Greedy would give left 0 the right 0 and leave left 1 unmatched.
        let adj = vec![vec![0, 1], vec![0]];
        let m = max_bipartite_matching(&adj, 2);
        assert_eq!(m, vec![Some(1), Some(0)]);
        assert_eq!(matching_size(&adj, 2), 2);
    }

    #[test]
    fn two_lefts_one_right() {
        let adj = vec![vec![0], vec![0]];
        assert_eq!(matching_size(&adj, 1), 1);
        assert_eq!(matching_size(&[], 3), 0);
        assert_eq!(matching_size(&[vec![5]], 1), 0);
    }
}
