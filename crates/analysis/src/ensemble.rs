//! Parser ensemble by reparsing (Sagae & Lavie 2006): several greedy
//! parsers (typically one reading left to right and one right to left, see
//! `sitrep train parser --reverse`) each parse the sentence; every arc a
//! parser proposes gets a vote; the output is the projective tree of
//! highest total vote (Eisner's algorithm, one word attached to the root),
//! each word labelled by the most confident parser that proposed its
//! winning head (the first one on a tie).
//!
//! Votes can be weighted by how sure the parser was of the transition that
//! made the arc ([`crate::parser::Margins`]), so that two parsers can settle
//! a disagreement, and by a weight per parser; but on EWT dev plain votes
//! among three or more parsers scored best (the default). With two parsers
//! plain votes tie on every disagreement, and which side wins is arbitrary
//! unless `weights` or a finite `temperature` says otherwise.

use crate::parser::{Input, Margins, Parse, Parser};

/// How votes are weighted.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// A vote's weight is the logistic of margin / `temperature` (0.5 for a
    /// margin of 0, towards 1 for large margins); larger temperatures make
    /// the weights flatter. In quantised perceptron units. The default,
    /// infinity, makes every vote 0.5: on EWT dev every finite temperature
    /// tried (500 to 8000) scored lower than plain votes
    /// (docs/analysis.md, "Parser ensemble").
    pub temperature: f32,
    /// Weight of an arc made by a forced move (the words left on the stack
    /// when the buffer is empty, attached in a chain), which has no margin.
    pub forced: f32,
    /// Each parser's votes are multiplied by its weight here (in the order
    /// the parsers are given; missing ones count 1): a stronger parser
    /// should outvote a weaker one unless the weaker is much surer.
    pub weights: Vec<f32>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            temperature: f32::INFINITY,
            forced: 0.5,
            weights: Vec::new(),
        }
    }
}

/// The weight of one parser's vote for an arc.
fn vote(margin: Option<i32>, cfg: &Config) -> f32 {
    match margin {
        Some(m) => 1.0 / (1.0 + (-(m as f32) / cfg.temperature.max(1e-3)).exp()),
        None => cfg.forced,
    }
}

/// Parses with every parser and combines their trees. `parsers` must share
/// their label names (trained on the same treebank); the first one labels
/// an arc no parser proposed.
pub fn parse(parsers: &[&Parser], inp: &Input, cfg: &Config) -> Parse {
    let mut parses = Vec::with_capacity(parsers.len());
    for p in parsers {
        let mut m = Margins::default();
        let parse = p.parse_with_margins(inp, Some(&mut m));
        parses.push((parse, m));
    }
    combine(&parses, cfg)
}

/// Combines parses (each with its margins) of one sentence into one tree.
pub fn combine(parses: &[(Parse, Margins)], cfg: &Config) -> Parse {
    let Some((first, _)) = parses.first() else {
        return Parse::default();
    };
    let n = first.heads.len();
    if parses.len() == 1 || n == 0 {
        return first.clone();
    }
    let mut score = vec![0f32; (n + 1) * (n + 1)];
    // The most confident (weight, label) proposed for each (head, dependent).
    let mut best_label: Vec<Option<(f32, usize)>> = vec![None; (n + 1) * (n + 1)];
    for (k, (parse, margins)) in parses.iter().enumerate() {
        let pw = cfg.weights.get(k).copied().unwrap_or(1.0);
        for d in 1..=n {
            let h = parse.heads.get(d - 1).copied().unwrap_or(0);
            if h > n {
                continue;
            }
            let w = pw * vote(margins.0.get(d - 1).copied().flatten(), cfg);
            score[h * (n + 1) + d] += w;
            let lab = parse.labels.get(d - 1).copied().unwrap_or(0);
            let slot = &mut best_label[h * (n + 1) + d];
            if slot.map_or(true, |(bw, _)| w > bw) {
                *slot = Some((w, lab));
            }
        }
    }
    // When every parser found the same tree (most short sentences), it is
    // the tree of highest vote: Eisner's cubic search is skipped.
    let agree = parses.iter().all(|(p, _)| p.heads == first.heads);
    let heads = if agree && first.heads.iter().all(|&h| h <= n) {
        first.heads.clone()
    } else {
        eisner(n, &score)
    };
    let labels = (1..=n)
        .map(|d| match best_label[heads[d - 1] * (n + 1) + d] {
            Some((_, lab)) => lab,
            None => first.labels.get(d - 1).copied().unwrap_or(0),
        })
        .collect();
    Parse { heads, labels }
}

/// The split point `r` in `range` of highest `value(r)` (the first one on
/// ties) and that value; `(-inf, default)` for an empty range.
fn best_split(range: std::ops::Range<usize>, default: usize, value: impl Fn(usize) -> f32) -> (f32, usize) {
    let (mut best, mut arg) = (f32::NEG_INFINITY, default);
    for r in range {
        let v = value(r);
        if v > best {
            best = v;
            arg = r;
        }
    }
    (best, arg)
}

/// Eisner's algorithm over words 1..=n with arc scores `score[h * (n+1) +
/// d]` (h = 0 is the root): heads (0 = root) of the projective tree of
/// highest total score in which exactly one word hangs from the root.
pub fn eisner(n: usize, score: &[f32]) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let m = n + 1;
    let at = |s: usize, t: usize| s * m + t;
    let sc = |h: usize, d: usize| score.get(h * m + d).copied().unwrap_or(0.0);
    // Complete and incomplete spans s..=t; L: head t, R: head s.
    let mut cl = vec![0f32; m * m];
    let mut cr = vec![0f32; m * m];
    let mut il = vec![0f32; m * m];
    let mut ir = vec![0f32; m * m];
    let mut bcl = vec![0usize; m * m];
    let mut bcr = vec![0usize; m * m];
    let mut bi = vec![0usize; m * m];
    for k in 1..n {
        for s in 1..=n - k {
            let t = s + k;
            let (best, arg) = best_split(s..t, s, |r| cr[at(s, r)] + cl[at(r + 1, t)]);
            il[at(s, t)] = best + sc(t, s);
            ir[at(s, t)] = best + sc(s, t);
            bi[at(s, t)] = arg;
            let (best, arg) = best_split(s..t, s, |r| cl[at(s, r)] + il[at(r, t)]);
            cl[at(s, t)] = best;
            bcl[at(s, t)] = arg;
            let (best, arg) = best_split(s + 1..t + 1, t, |r| ir[at(s, r)] + cr[at(r, t)]);
            cr[at(s, t)] = best;
            bcr[at(s, t)] = arg;
        }
    }
    let (mut best, mut root) = (f32::NEG_INFINITY, 1);
    for r in 1..=n {
        let v = cl[at(1, r)] + cr[at(r, n)] + sc(0, r);
        if v > best {
            best = v;
            root = r;
        }
    }
    let mut heads = vec![0usize; n];
    // Explicit stack of spans to expand: (s, t, incomplete?, head on the right?).
    let mut todo = vec![(1, root, false, true), (root, n, false, false)];
    while let Some((s, t, inc, left)) = todo.pop() {
        if s >= t {
            continue;
        }
        let r = if inc {
            bi[at(s, t)]
        } else if left {
            bcl[at(s, t)]
        } else {
            bcr[at(s, t)]
        };
        match (inc, left) {
            (true, _) => {
                if left {
                    heads[s - 1] = t;
                } else {
                    heads[t - 1] = s;
                }
                todo.push((s, r, false, false));
                todo.push((r + 1, t, false, true));
            }
            (false, true) => {
                todo.push((s, r, false, true));
                todo.push((r, t, true, true));
            }
            (false, false) => {
                todo.push((s, r, true, false));
                todo.push((r, t, false, false));
            }
        }
    }
    heads[root - 1] = 0;
    heads
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores favouring `heads` (0 = root) by 1 per arc, 0 elsewhere.
    fn scores_for(heads: &[usize]) -> Vec<f32> {
        let n = heads.len();
        let mut s = vec![0f32; (n + 1) * (n + 1)];
        for (i, &h) in heads.iter().enumerate() {
            s[h * (n + 1) + i + 1] = 1.0;
        }
        s
    }

    #[test]
    fn eisner_returns_a_projective_tree_it_is_given() {
        for heads in [
            vec![0],
            vec![2, 0],
            vec![0, 1],
            vec![2, 0, 2, 3],
            vec![3, 3, 0, 5, 3, 5],
            vec![0, 1, 2, 3, 4, 5, 6],
            vec![7, 7, 7, 7, 7, 7, 0],
        ] {
            assert_eq!(eisner(heads.len(), &scores_for(&heads)), heads);
        }
    }

    #[test]
    fn eisner_keeps_one_root() {
        // Both words prefer the root; only one may have it.
        let s = vec![0.0, 2.0, 1.0, 0.0, 0.0, 0.5, 0.0, 0.4, 0.0];
        assert_eq!(eisner(2, &s), vec![0, 1]);
    }

    #[test]
    fn the_more_confident_parser_wins_a_disagreement() {
        // Four words; the parsers disagree on the heads of words 3 and 4
        // (both trees projective).
        let a = Parse { heads: vec![2, 0, 2, 3], labels: vec![1, 2, 3, 5] };
        let b = Parse { heads: vec![2, 0, 4, 2], labels: vec![1, 2, 4, 6] };
        let sure = |x| Margins(vec![Some(5000), None, Some(x), Some(x)]);
        let cfg = Config { temperature: 2000.0, ..Config::default() };
        let out = combine(&[(a.clone(), sure(100)), (b.clone(), sure(8000))], &cfg);
        assert_eq!(out.heads, vec![2, 0, 4, 2]);
        assert_eq!(out.labels, vec![1, 2, 4, 6]);
        let out = combine(&[(a.clone(), sure(8000)), (b.clone(), sure(100))], &cfg);
        assert_eq!(out.heads, vec![2, 0, 2, 3]);
        assert_eq!(out.labels, vec![1, 2, 3, 5]);
        // Plain votes (the default): two parsers against one.
        let third = (b.clone(), sure(0));
        let out = combine(&[(a.clone(), sure(9000)), (b, sure(0)), third], &Config::default());
        assert_eq!(out.heads, vec![2, 0, 4, 2]);
        // A per-parser weight breaks a tie between two parsers.
        let out = combine(
            &[(a, sure(0)), (Parse { heads: vec![2, 0, 4, 2], labels: vec![1, 2, 4, 6] }, sure(0))],
            &Config { weights: vec![1.01], ..Config::default() },
        );
        assert_eq!(out.heads, vec![2, 0, 2, 3]);
    }
}
