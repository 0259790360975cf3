//! CEAF-REE role-filler scoring as in GRIT (Du, Rush and Cardie 2021), the
//! measure the MUC-4 document-level extraction literature reports.
//!
//! Every string is normalised ([`normalize`]). Per document and role, each
//! predicted entity (for sitrep, a single string) is matched one-to-one to a
//! gold entity of which it is a mention (for a multi-mention predicted
//! entity: all of whose mentions are mentions of the gold entity, GRIT's
//! `phi_strict`), with a maximum bipartite matching. Matched pairs are true
//! positives; precision = matched / predicted entities, recall = matched /
//! gold entities, summed over documents; the headline figure micro-averages
//! over the five roles.
//!
//! Details settled against GRIT's released `eval.py`: a gold entity with no
//! mentions is dropped; predictions are *not* deduplicated by the scorer
//! (two predicted strings that are mentions of the same single gold entity
//! give one TP and one FP), and a role with no gold entities turns every
//! prediction into a false positive. An empty predicted entity never matches
//! (GRIT would vacuously match it; its model never produces one).

use serde::Serialize;

use crate::matching::matching_size;

/// Lower-case, delete ASCII punctuation, drop the words a/an/the, fold white
/// space (the normalisation of GRIT's and SQuAD's scorers, in that order, so
/// "the-fmln" becomes "thefmln" exactly as there).
pub fn normalize(s: &str) -> String {
    let lowered = s.to_lowercase();
    let stripped: String = lowered.chars().filter(|c| !c.is_ascii_punctuation()).collect();
    let words: Vec<&str> = stripped.split_whitespace().filter(|w| !matches!(*w, "a" | "an" | "the")).collect();
    words.join(" ")
}

/// Matched, predicted and gold counts: the numerators and denominators of
/// precision and recall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub matched: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    /// matched / predicted, 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    /// matched / gold, 0 when there is no gold.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Precision, recall and F1 with the counts, for JSON reports.
    pub fn summary(&self) -> Prf {
        Prf { precision: self.precision(), recall: self.recall(), f1: self.f1(), counts: *self }
    }
}

/// A serialisable precision/recall/F1 triple (fractions in 0..=1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    #[serde(flatten)]
    pub counts: Counts,
}

pub(crate) fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Scores one role of one document. `gold` holds the gold entities, each the
/// list of its mentions; `predicted` the predicted entities, each a list of
/// mentions (one string for sitrep). Strings are normalised here.
pub fn score_role<G: AsRef<str>, P: AsRef<str>>(gold: &[Vec<G>], predicted: &[Vec<P>]) -> Counts {
    let gold: Vec<Vec<String>> = gold
        .iter()
        .filter(|entity| !entity.is_empty())
        .map(|entity| entity.iter().map(|m| normalize(m.as_ref())).collect())
        .collect();
    let adjacent: Vec<Vec<usize>> = predicted
        .iter()
        .map(|pred| {
            let pred: Vec<String> = pred.iter().map(|m| normalize(m.as_ref())).collect();
            gold.iter()
                .enumerate()
                .filter(|(_, entity)| !pred.is_empty() && pred.iter().all(|m| entity.contains(m)))
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    Counts { matched: matching_size(&adjacent, gold.len()), predicted: predicted.len(), gold: gold.len() }
}

/// [`score_role`] for predictions that are single strings.
pub fn score_role_strings<G: AsRef<str>, P: AsRef<str>>(gold: &[Vec<G>], predicted: &[P]) -> Counts {
    let clusters: Vec<Vec<&str>> = predicted.iter().map(|p| vec![p.as_ref()]).collect();
    score_role(gold, &clusters)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(entities: &[&[&str]]) -> Vec<Vec<String>> {
        entities.iter().map(|e| e.iter().map(|m| m.to_string()).collect()).collect()
    }

    #[test]
    fn normalisation_follows_grit() {
        assert_eq!(normalize("The FMLN."), "fmln");
        assert_eq!(normalize("fmln"), "fmln");
        assert_eq!(normalize("  \"Santo  Tomas\" the Presidential  FARM "), "santo tomas presidential farm");
        assert_eq!(normalize("an A-37 plane"), "a37 plane");
        assert_eq!(normalize("theater"), "theater");
        assert_eq!(normalize("the"), "");
        assert_eq!(normalize("the-fmln"), "thefmln");
    }

    #[test]
    fn perfect_prediction_scores_one() {
        let g = gold(&[&["guerrillas", "guerrilla column"], &["urng"]]);
        let c = score_role_strings(&g, &["guerrillas", "URNG"]);
        assert_eq!(c, Counts { matched: 2, predicted: 2, gold: 2 });
        assert_eq!(c.f1(), 1.0);
    }

    #[test]
    fn one_of_two_mentions_counts_once() {
        let g = gold(&[&["guerrillas", "guerrilla column"]]);
        let c = score_role_strings(&g, &["guerrilla column"]);
        assert_eq!(c, Counts { matched: 1, predicted: 1, gold: 1 });
    }

    #[test]
    fn two_predictions_of_one_gold_entity_give_one_tp_and_one_fp() {
        let g = gold(&[&["fmln", "farabundo marti national liberation front"]]);
        let c = score_role_strings(&g, &["FMLN", "the Farabundo Marti National Liberation Front"]);
        assert_eq!(c, Counts { matched: 1, predicted: 2, gold: 1 });
        assert_eq!(c.precision(), 0.5);
        assert_eq!(c.recall(), 1.0);
    }

    #[test]
    fn normalised_strings_match() {
        let g = gold(&[&["fmln"]]);
        assert_eq!(score_role_strings(&g, &["The FMLN."]).matched, 1);
    }

    #[test]
    fn empty_gold_role_makes_predictions_false_positives() {
        let g: Vec<Vec<String>> = gold(&[]);
        let c = score_role_strings(&g, &["bomb", "dynamite"]);
        assert_eq!(c, Counts { matched: 0, predicted: 2, gold: 0 });
        assert_eq!(c.precision(), 0.0);
        assert_eq!(c.f1(), 0.0);
        // Entities without mentions are dropped, as in GRIT.
        let g = vec![Vec::<String>::new()];
        assert_eq!(score_role_strings(&g, &["bomb"]).gold, 0);
    }

    #[test]
    fn missing_predictions_lower_recall_only() {
        let g = gold(&[&["peasant"], &["mayor"]]);
        let c = score_role_strings::<String, &str>(&g, &[]);
        assert_eq!(c, Counts { matched: 0, predicted: 0, gold: 2 });
        assert_eq!(c.precision(), 0.0);
        assert_eq!(c.recall(), 0.0);
    }

    #[test]
    fn matching_is_one_to_one_and_maximal() {
        // "police" could match either entity; the matcher must leave the
        // second entity to "policemen" so that both predictions count.
        let g = gold(&[&["police", "policemen"], &["police"]]);
        let c = score_role_strings(&g, &["policemen", "police"]);
        assert_eq!(c.matched, 2);
        let c = score_role_strings(&g, &["police", "policemen"]);
        assert_eq!(c.matched, 2);
    }

    #[test]
    fn multi_mention_prediction_must_be_within_one_gold_entity() {
        let g = gold(&[&["fmln", "farabundo marti front"], &["urng"]]);
        assert_eq!(score_role(&g, &[vec!["fmln", "farabundo marti front"]]).matched, 1);
        assert_eq!(score_role(&g, &[vec!["fmln", "urng"]]).matched, 0);
        assert_eq!(score_role(&g, &[Vec::<String>::new()]).matched, 0);
    }
}
