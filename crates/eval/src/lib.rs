//! Evaluation harness for sitrep: scores the pipeline's output against the
//! evaluation sets kept beside the repository (`../shared/eval/`, never part
//! of the product and never read at run time by the product itself).
//!
//! Two benchmarks, each a loader, a pure scorer over [`DocumentResult`]s and
//! a report type (the `sitrep eval` subcommand is a thin front over them):
//!
//! **MUC-4** ([`muc4`], [`muc4_keys`]).
//! - *Role filling, CEAF-REE* ([`ceaf`], [`muc4::score_role_filling`]): the
//!   measure of GRIT (Du et al. 2021) and later work. Strings are normalised
//!   (lower-case, ASCII punctuation deleted, a/an/the dropped, white space
//!   folded); per document and role, predicted strings are matched one-to-one
//!   to gold entities that have them among their mentions (maximum bipartite
//!   matching); precision = matched / predicted, recall = matched / gold,
//!   micro-averaged over PerpInd, PerpOrg, Target, Victim and Weapon across
//!   all documents. sitrep events are turned into role fillers by
//!   [`muc4::role_predictions`] (kind → MUC type table `data/muc4_types.tsv`,
//!   asserted modality by default, perpetrator organisations/groups →
//!   PerpOrg, other perpetrators → PerpInd, targets → Target, victims →
//!   Victim, weapon text → Weapon, deduplicated per document and role).
//! - *Incident keys* ([`muc4_keys::score_keys`]) against the 1992 answer
//!   keys: per required template, whether the document has a candidate event
//!   of the right MUC type, with a date overlapping the gold date, in the
//!   gold country, all three at once, reporting deaths when the key has
//!   deaths; false alarms on documents without incidents; and the confusion
//!   of "perpetrator confidence CLAIMED OR ADMITTED" against "the document has
//!   a claim event". Exact definitions are in [`muc4_keys`].
//!
//! **PETRARCH-2 validation records** ([`petrarch`]): the share of expected
//! CAMEO codings that sitrep reproduces, by exact code and by root code
//! (first two digits), with and without the source and target countries,
//! and the false-alarm rate on records that expect no event.
//!
//! Errors are [`EvalError`]s naming the file (and line) and, when a data set
//! is absent, saying that it is not part of the product.

pub mod ceaf;
pub mod countries;
mod error;
pub mod matching;
pub mod muc4;
pub mod muc4_keys;
pub mod petrarch;

pub use ceaf::{normalize, score_role, score_role_strings, Counts, Prf};
pub use error::EvalError;
pub use muc4::{
    load_split, role_predictions, score_role_filling, KindMap, MappingOptions, MucDoc, MucRole, MucType, RoleFillingReport,
};
pub use muc4_keys::{load_split_datelines, load_split_keys, score_keys, KeyTemplate, KeysReport};
pub use petrarch::{load_petrarch, score_petrarch, PetrOptions, PetrRecord, PetrReport};

use rayon::prelude::*;
use sitrep_schema::{DocumentResult, InputDocument};

/// Runs the pipeline on documents in parallel (on the current rayon pool);
/// results come back in input order whatever the thread count. See
/// [`extract_guarded`] for documents on which the pipeline panics.
pub fn extract_all(docs: &[(String, InputDocument)]) -> Vec<DocumentResult> {
    docs.par_iter().map(|(id, doc)| extract_guarded(id, doc)).collect()
}

/// Prefix of the `error` of a result whose extraction panicked.
pub const PANIC_ERROR_PREFIX: &str = "the pipeline panicked";

/// [`sitrep_extraction::extract_document`], but a panic (a pipeline bug)
/// becomes an empty result with `error` set, so that one bad document does
/// not stop an evaluation run; it then scores as predicting nothing.
pub fn extract_guarded(id: &str, doc: &InputDocument) -> DocumentResult {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| sitrep_extraction::extract_document(id, doc))) {
        Ok(result) => result,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let mut result = DocumentResult::empty(id);
            result.error = Some(format!("{PANIC_ERROR_PREFIX}: {message}"));
            result
        }
    }
}
