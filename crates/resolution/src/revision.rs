//! Revision history of an incident and the rules that pick its current best
//! values.
//!
//! Every figure and attribution any member report gave is kept as a
//! [`Revision`] (value, the words used, who gave it, which document, outlet
//! and publication date), sorted by publication date then document id so the
//! history reads in the order the world learnt it and does not depend on
//! ingest order. Nothing is overwritten: the best values are recomputed from
//! the whole history each time a report joins.
//!
//! # Rules for the best casualty figure (fatalities, injuries)
//!
//! 1. A figure is *vague* when it has no best value or its high/low ratio
//!    exceeds `revision.vague_ratio` in `data/merge.toml` ("dozens",
//!    "scores", "hundreds"). A vague figure is chosen only when there is no
//!    precise one: it never overrides a precise figure, earlier or later.
//! 2. Figures a document itself superseded ("initially 40 ... later 31") are
//!    history, not candidates.
//! 3. Among the remaining candidates the best is the one from an official
//!    source (the figure's attribution contains a word of
//!    `revision.official_sources`: police, ministry, hospital, ...), then the
//!    latest publication date, then the most specific (an exact figure over a
//!    bound), then the later document id. So a recount by officials on day two
//!    wins over the first toll, and a stale unattributed repeat of an old toll
//!    on day three does not undo it.
//! 4. `low` is the minimum of every figure's low (or best), `high` the maximum
//!    of every figure's high (or best), over all reports including superseded
//!    ones; an open "at least N" leaves `high` to the others. `best` is then
//!    clamped into `[low, high]`.
//!
//! # Rules for the perpetrator
//!
//! Each document that names a perpetrator of a member event, or carries a
//! claim of responsibility by a group for it, counts once for that actor. The
//! best perpetrator is the one named by most documents; ties go to a claimed
//! one, then to the one named first (publication date, document id). Denials
//! are recorded (and flag the actor as having denied) but do not remove it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sitrep_schema::{Count, Event, EventKind, Role, Span};

use crate::config::MergeConfig;
use crate::merge::DocMeta;

/// One value of one field, as one report gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    /// `fatalities`, `injuries`, `perpetrator`, `claim` or `denial`.
    pub field: String,
    /// Counts: `{"low","best","high"}`; actors: `{"id","name"}`;
    /// claims/denials: `{"id","name","channel"}`.
    pub value: serde_json::Value,
    /// The words of the report ("at least 40", "Islamic State").
    pub text: String,
    /// Who the report says gave the value ("police"), if it says.
    pub attributed_to: Option<String>,
    pub doc_id: String,
    /// The outlet.
    pub source: Option<String>,
    pub published: Option<String>,
    pub event_id: String,
    /// Where in the document (characters).
    pub span: Span,
    /// True for an earlier figure the same document later updated.
    pub superseded: bool,
}

/// A current best count with the revision it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    /// Index into [`IncidentHistory::revisions`] of the figure chosen as best.
    pub revision: usize,
    /// Why that figure was chosen, for people.
    pub rule: String,
}

/// An actor named as perpetrator, with how many documents say so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Perpetrator {
    pub id: Option<String>,
    pub name: String,
    pub documents: usize,
    pub claimed: bool,
    pub denied: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IncidentHistory {
    pub revisions: Vec<Revision>,
    pub fatalities: Option<Estimate>,
    pub injuries: Option<Estimate>,
    /// The best perpetrator (first of `perpetrators`).
    pub perpetrator: Option<Perpetrator>,
    /// Every actor named as perpetrator or claimant, best first.
    pub perpetrators: Vec<Perpetrator>,
}

/// One event of an incident with the document it came from.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub event: &'a Event,
    pub doc: &'a DocMeta,
}

fn count_value(low: Option<u64>, best: Option<u64>, high: Option<u64>) -> serde_json::Value {
    serde_json::json!({ "low": low, "best": best, "high": high })
}

fn count_revisions(field: &str, count: &Count, r: &Report) -> Vec<Revision> {
    let base = |low, best, high, text: &str, source: &Option<String>, span, superseded| Revision {
        field: field.to_string(),
        value: count_value(low, best, high),
        text: text.to_string(),
        attributed_to: source.clone(),
        doc_id: r.doc.doc_id.clone(),
        source: r.doc.source.clone(),
        published: r.doc.published.clone(),
        event_id: r.event.id.clone(),
        span,
        superseded,
    };
    let mut out: Vec<Revision> = Vec::new();
    let n = count.reports.len();
    for (i, rep) in count.reports.iter().enumerate() {
        // The last report repeats the top-level figure; it is added below.
        if i + 1 == n && rep.best == count.best && rep.low == count.low && rep.high == count.high {
            continue;
        }
        out.push(base(rep.low, rep.best, rep.high, &rep.text, &rep.source, rep.span, true));
    }
    out.push(base(count.low, count.best, count.high, &count.text, &count.source, count.span, false));
    out
}

fn actor_value(a: &sitrep_schema::Actor, channel: Option<&String>) -> serde_json::Value {
    let name = a.name.clone().unwrap_or_else(|| a.text.clone());
    match channel {
        Some(c) => serde_json::json!({ "id": a.id, "name": name, "channel": c }),
        None => serde_json::json!({ "id": a.id, "name": name, "channel": null }),
    }
}

fn actor_revision(field: &str, a: &sitrep_schema::Actor, channel: Option<&String>, r: &Report) -> Revision {
    Revision {
        field: field.to_string(),
        value: actor_value(a, channel),
        text: a.text.clone(),
        attributed_to: None,
        doc_id: r.doc.doc_id.clone(),
        source: r.doc.source.clone(),
        published: r.doc.published.clone(),
        event_id: r.event.id.clone(),
        span: a.span,
        superseded: false,
    }
}

fn is_vague(low: Option<u64>, best: Option<u64>, high: Option<u64>, cfg: &MergeConfig) -> bool {
    if best.is_none() {
        return true;
    }
    match (low, high) {
        (Some(l), Some(h)) => h as f64 > (l.max(1)) as f64 * cfg.revision.vague_ratio,
        _ => false,
    }
}

fn get_u64(v: &serde_json::Value, key: &str) -> Option<u64> {
    v.get(key).and_then(|x| x.as_u64())
}

fn estimate(revisions: &[Revision], field: &str, cfg: &MergeConfig) -> Option<Estimate> {
    let figures: Vec<(usize, &Revision)> = revisions.iter().enumerate().filter(|(_, r)| r.field == field).collect();
    if figures.is_empty() {
        return None;
    }
    let triple = |r: &Revision| (get_u64(&r.value, "low"), get_u64(&r.value, "best"), get_u64(&r.value, "high"));
    let current: Vec<&(usize, &Revision)> = figures.iter().filter(|(_, r)| !r.superseded).collect();
    let precise: Vec<&&(usize, &Revision)> = current
        .iter()
        .filter(|(_, r)| {
            let (l, b, h) = triple(r);
            !is_vague(l, b, h, cfg)
        })
        .collect();
    let pool: Vec<&(usize, &Revision)> =
        if precise.is_empty() { current.clone() } else { precise.iter().map(|x| **x).collect() };
    let rank = |r: &Revision| {
        let (l, b, h) = triple(r);
        let official = r.attributed_to.as_deref().is_some_and(|s| cfg.is_official(s));
        let exact = l.is_some() && l == h && b == l;
        (official, r.published.clone().unwrap_or_default(), exact, r.doc_id.clone(), r.event_id.clone())
    };
    let &&(chosen, chosen_rev) = pool.iter().max_by(|a, b| rank(a.1).cmp(&rank(b.1)))?;
    let (_, best, _) = triple(chosen_rev);
    let low = figures.iter().filter_map(|(_, r)| {
        let (l, b, h) = triple(r);
        l.or(b).or(h)
    });
    let low = low.min();
    let high = figures.iter().filter_map(|(_, r)| {
        let (l, b, h) = triple(r);
        h.or(if l.is_none() { b } else { None })
    });
    let high = high.max();
    let best = best.map(|b| {
        let b = low.map_or(b, |l| b.max(l));
        high.map_or(b, |h| b.min(h))
    });
    let (official, published, exact, _, _) = rank(chosen_rev);
    let mut why = Vec::new();
    if precise.is_empty() {
        why.push("only vague figures reported".to_string());
    }
    if official {
        why.push(format!("official source ({})", chosen_rev.attributed_to.as_deref().unwrap_or_default()));
    }
    if !published.is_empty() {
        why.push(format!("latest such report ({published}, {})", chosen_rev.doc_id));
    }
    if exact {
        why.push("exact figure".into());
    }
    Some(Estimate { low, best, high, revision: chosen, rule: why.join("; ") })
}

/// Canonical revision order: publication date, document, event, position.
fn sort_revisions(revs: &mut [Revision]) {
    revs.sort_by(|a, b| {
        (a.published.as_deref().unwrap_or(""), &a.doc_id, &a.event_id, a.span, &a.field).cmp(&(
            b.published.as_deref().unwrap_or(""),
            &b.doc_id,
            &b.event_id,
            b.span,
            &b.field,
        ))
    });
}

/// The history and best values of an incident, from its material events and
/// the statements attached to it.
pub fn history(material: &[Report], statements: &[Report], cfg: &MergeConfig) -> IncidentHistory {
    let mut revisions = Vec::new();
    for r in material {
        if let Some(c) = &r.event.fatalities {
            revisions.extend(count_revisions("fatalities", c, r));
        }
        if let Some(c) = &r.event.injuries {
            revisions.extend(count_revisions("injuries", c, r));
        }
        for a in r.event.actors_with(Role::Perpetrator) {
            revisions.push(actor_revision("perpetrator", a, None, r));
        }
    }
    for r in statements {
        match r.event.kind {
            EventKind::Claim => {
                for a in r.event.actors_with(Role::Claimant) {
                    revisions.push(actor_revision("claim", a, r.event.channel.as_ref(), r));
                }
            }
            EventKind::Denial => {
                for a in r.event.actors_with(Role::Denier) {
                    revisions.push(actor_revision("denial", a, r.event.channel.as_ref(), r));
                }
            }
            _ => {}
        }
    }
    sort_revisions(&mut revisions);

    // Perpetrators: documents naming each actor, in revision (time) order.
    struct Tally {
        id: Option<String>,
        name: String,
        docs: std::collections::BTreeSet<String>,
        claimed: bool,
        denied: bool,
        first: usize,
    }
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for (i, rev) in revisions.iter().enumerate() {
        if !matches!(rev.field.as_str(), "perpetrator" | "claim" | "denial") {
            continue;
        }
        let id = rev.value.get("id").and_then(|v| v.as_str()).map(str::to_string);
        let name = rev.value.get("name").and_then(|v| v.as_str()).unwrap_or(&rev.text).to_string();
        let key = id.clone().unwrap_or_else(|| name.to_lowercase());
        let t = tallies.entry(key).or_insert_with(|| Tally {
            id: id.clone(),
            name: name.clone(),
            docs: Default::default(),
            claimed: false,
            denied: false,
            first: i,
        });
        match rev.field.as_str() {
            "denial" => t.denied = true,
            "claim" => {
                t.claimed = true;
                t.docs.insert(rev.doc_id.clone());
            }
            _ => {
                t.docs.insert(rev.doc_id.clone());
            }
        }
    }
    let mut perpetrators: Vec<(usize, Perpetrator)> = tallies
        .into_values()
        .filter(|t| !t.docs.is_empty())
        .map(|t| {
            (
                t.first,
                Perpetrator { id: t.id, name: t.name, documents: t.docs.len(), claimed: t.claimed, denied: t.denied },
            )
        })
        .collect();
    perpetrators
        .sort_by(|(fa, a), (fb, b)| b.documents.cmp(&a.documents).then(b.claimed.cmp(&a.claimed)).then(fa.cmp(fb)));
    let perpetrators: Vec<Perpetrator> = perpetrators.into_iter().map(|(_, p)| p).collect();

    IncidentHistory {
        fatalities: estimate(&revisions, "fatalities", cfg),
        injuries: estimate(&revisions, "injuries", cfg),
        perpetrator: perpetrators.first().cloned(),
        perpetrators,
        revisions,
    }
}
