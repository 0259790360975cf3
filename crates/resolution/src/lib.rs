//! Cross-document incident resolution: which events from different reports
//! are one real-world event, and what the current best values of that
//! incident are given everything reported so far.
//!
//! Pure functions over `sitrep_schema` types, no I/O: the store
//! (`sitrep-store`) decides which events to look at and persists the result.
//!
//! - [`merge`]: pair scoring with hard constraints and explanations, and
//!   order-independent average-link clustering.
//! - [`revision`]: the revision history of an incident and the documented
//!   rules that pick its best fatalities, injuries and perpetrator.
//! - [`config`]: the thresholds, data in `data/merge.toml`.
//! - [`attach_statements`]: claims, denials and other statements join the
//!   incident of the event they are about.

pub mod config;
pub mod merge;
pub mod revision;

pub use config::MergeConfig;
pub use merge::{cluster, compare, is_clusterable, Cluster, Comparison, DocMeta, Link, MergeItem};
pub use revision::{history, Estimate, IncidentHistory, Perpetrator, Report, Revision};

use sitrep_schema::Event;

/// For a statement (claim, denial, accusation, ...) whose `about` names an
/// event of the same document, the id of the material event it is ultimately
/// about, following chains (a denial about a claim about an attack) up to a
/// few steps. `None` for material events and for statements about nothing
/// known.
pub fn statement_target<'a>(event: &'a Event, document_events: &'a [Event]) -> Option<&'a str> {
    if !event.kind.is_statement() {
        return None;
    }
    let mut current = event;
    for _ in 0..8 {
        let about = current.about.as_deref()?;
        let target = document_events.iter().find(|e| e.id == about)?;
        if !target.kind.is_statement() {
            return Some(&target.id);
        }
        current = target;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_schema::{EventKind, Span, Trigger};

    fn ev(id: &str, kind: EventKind, about: Option<&str>) -> Event {
        let mut e = Event::new(id, kind, Trigger { text: "x".into(), span: Span(0, 1) });
        e.about = about.map(str::to_string);
        e
    }

    #[test]
    fn statements_follow_about_chains_to_the_material_event() {
        let events = vec![
            ev("d#e1", EventKind::Attack, None),
            ev("d#e2", EventKind::Claim, Some("d#e1")),
            ev("d#e3", EventKind::Denial, Some("d#e2")),
            ev("d#e4", EventKind::Claim, Some("other#e1")),
            ev("d#e5", EventKind::Denial, Some("d#e5")),
        ];
        assert_eq!(statement_target(&events[1], &events), Some("d#e1"));
        assert_eq!(statement_target(&events[2], &events), Some("d#e1"));
        assert_eq!(statement_target(&events[3], &events), None, "about must name an event of the same document");
        assert_eq!(statement_target(&events[4], &events), None, "a loop ends without a target");
        assert_eq!(statement_target(&events[0], &events), None);
    }
}
