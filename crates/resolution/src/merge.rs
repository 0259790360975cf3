//! Deciding which events from different documents report the same real-world
//! event, and grouping them into incidents.
//!
//! Each clusterable event becomes a [`MergeItem`] (the few facts the decision
//! needs). [`compare`] judges one pair: hard constraints first (any failure
//! means "never together"), then a weighted score with an explanation a person
//! can check. [`cluster`] groups items by average link under those
//! constraints.
//!
//! Order independence: [`cluster`] sorts its input canonically (event date,
//! then document id, then event id) and breaks every tie by that order, so the
//! incidents are a function of the *set* of events, not of the order the
//! documents arrived in. Clusters never span two connected components of the
//! graph of pairs scoring at or above the threshold (an average can only reach
//! the threshold if some pair does), which is what lets the store recompute
//! just the component around newly ingested events and still get the same
//! answer as a clustering of everything.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use sitrep_schema::{Count, Event, EventKind, GeoPrecision, Modality, Role};

use crate::config::MergeConfig;

/// What the resolver needs to know about the document an event came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocMeta {
    pub doc_id: String,
    /// The outlet (`Reuters`, `AFP`).
    pub source: Option<String>,
    /// Publication date `YYYY-MM-DD`.
    pub published: Option<String>,
}

/// True if the event takes part in clustering: a material event (not a
/// statement) that the text asserts happened (or reports as background).
/// Negated, hypothetical and future events are kept with their document but
/// never form incidents.
pub fn is_clusterable(event: &Event) -> bool {
    !event.kind.is_statement() && matches!(event.modality, Modality::Asserted | Modality::Historical)
}

/// A range of days, as days since 0001-01-01 (inclusive both ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRange {
    pub start: i32,
    pub end: i32,
    /// Coarser than a day, or guessed from the publication date.
    pub coarse: bool,
}

/// Parses `YYYY-MM-DD` into a day number.
pub fn day_number(date: &str) -> Option<i32> {
    NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok().map(|d| d.num_days_from_ce())
}

/// Formats a day number back as `YYYY-MM-DD`.
pub fn day_string(day: i32) -> String {
    NaiveDate::from_num_days_from_ce_opt(day).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub country: Option<String>,
    pub lat_lon: Option<(f64, f64)>,
    /// Precision of the coordinates; `City` when the gazetteer did not say.
    pub precision: GeoPrecision,
    /// Gazetteer name, else the text as written, lower-cased.
    pub name: Option<String>,
}

/// The facts about one event that merging looks at. Serialisable so that a
/// store can keep it beside the event and not re-read the whole event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeItem {
    pub event_id: String,
    pub doc_id: String,
    pub kind: EventKind,
    pub date: Option<DayRange>,
    pub place: Option<Place>,
    /// Actor keys (registry id, else lower-cased name) of perpetrators.
    pub perpetrators: BTreeSet<String>,
    /// Actor keys of targets and victims.
    pub targets: BTreeSet<String>,
    #[serde(with = "open_interval")]
    pub fatalities: Option<(f64, f64)>,
    #[serde(with = "open_interval")]
    pub injuries: Option<(f64, f64)>,
    pub weapon: Option<String>,
    pub suicide: bool,
}

/// `(lo, hi)` with `hi` possibly infinite, as `[lo, hi]` or `[lo, null]`
/// (JSON has no infinity).
mod open_interval {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<(f64, f64)>, s: S) -> Result<S::Ok, S::Error> {
        v.map(|(lo, hi)| (lo, hi.is_finite().then_some(hi))).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<(f64, f64)>, D::Error> {
        let v: Option<(f64, Option<f64>)> = Deserialize::deserialize(d)?;
        Ok(v.map(|(lo, hi)| (lo, hi.unwrap_or(f64::INFINITY))))
    }
}

/// The key an actor is compared by: its registry id, else its name or text.
pub fn actor_key(actor: &sitrep_schema::Actor) -> String {
    match (&actor.id, &actor.name) {
        (Some(id), _) => id.clone(),
        (None, Some(name)) => name.to_lowercase(),
        (None, None) => actor.text.trim().to_lowercase(),
    }
}

/// A count as an interval `[lo, hi]`; `hi` is infinite for "at least N".
pub fn count_interval(count: &Count) -> Option<(f64, f64)> {
    let lo = count.low.or(count.best).or(count.high)?;
    let hi = match (count.low, count.best, count.high) {
        (_, _, Some(h)) => h as f64,
        (Some(_), _, None) => f64::INFINITY,
        (None, Some(b), None) => b as f64,
        (None, None, None) => return None,
    };
    Some((lo as f64, hi.max(lo as f64)))
}

impl MergeItem {
    /// Builds the item for an event; an event without its own date is placed
    /// just before its document's publication date (marked coarse).
    pub fn from_event(event: &Event, doc: &DocMeta, cfg: &MergeConfig) -> MergeItem {
        let date = event
            .date
            .as_ref()
            .and_then(|d| {
                let start = day_number(&d.start)?;
                let end = day_number(&d.end).unwrap_or(start).max(start);
                Some(DayRange { start, end, coarse: d.precision != sitrep_schema::DatePrecision::Day })
            })
            .or_else(|| {
                let p = day_number(doc.published.as_deref()?)?;
                Some(DayRange { start: p - cfg.published_lookback_days as i32, end: p, coarse: true })
            });
        let place = event.location.as_ref().map(|l| Place {
            country: l.country.as_ref().map(|c| c.to_ascii_uppercase()),
            lat_lon: match (l.lat, l.lon) {
                (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => Some((lat, lon)),
                _ => None,
            },
            precision: l.precision.unwrap_or(GeoPrecision::City),
            name: l
                .name
                .clone()
                .or_else(|| Some(l.text.clone()))
                .map(|n| n.trim().to_lowercase())
                .filter(|n| !n.is_empty()),
        });
        // The initiator and recipient of a CAMEO interaction play the parts
        // of perpetrator and target.
        let perpetrators =
            event.actors.iter().filter(|a| matches!(a.role, Role::Perpetrator | Role::Initiator)).map(actor_key).collect();
        let targets = event
            .actors
            .iter()
            .filter(|a| matches!(a.role, Role::Target | Role::Victim | Role::Recipient))
            .map(actor_key)
            .collect();
        MergeItem {
            event_id: event.id.clone(),
            doc_id: doc.doc_id.clone(),
            kind: event.kind,
            date,
            place,
            perpetrators,
            targets,
            fatalities: event.fatalities.as_ref().and_then(count_interval),
            injuries: event.injuries.as_ref().and_then(count_interval),
            weapon: event.weapon.as_ref().map(|w| w.kind.clone()),
            suicide: event.suicide,
        }
    }

    /// The canonical order: by first day (undated last), document id, event id.
    pub fn canonical_key(&self) -> (i32, &str, &str) {
        (self.date.map(|d| d.start).unwrap_or(i32::MAX), &self.doc_id, &self.event_id)
    }
}

/// The verdict on one pair of events.
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    /// A hard constraint failed: the two may never be in one incident.
    Incompatible(String),
    /// The weighted score in [0, 1] and why.
    Score { score: f64, explanation: String },
}

impl Comparison {
    pub fn score(&self) -> Option<f64> {
        match self {
            Comparison::Score { score, .. } => Some(*score),
            Comparison::Incompatible(_) => None,
        }
    }
    pub fn explanation(&self) -> &str {
        match self {
            Comparison::Score { explanation, .. } => explanation,
            Comparison::Incompatible(reason) => reason,
        }
    }
}

/// Great-circle distance in kilometres.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

fn ratio_score(a: (f64, f64), b: (f64, f64), cfg: &MergeConfig) -> f64 {
    let tol = cfg.casualties.tolerance;
    if a.0 <= b.1 * tol && b.0 <= a.1 * tol {
        return 1.0;
    }
    // The ranges are apart: how far, as a ratio of the nearer ends (+1 so that
    // 0 and 3 killed are told apart).
    let r = ((a.0 + 1.0) / (b.1 + 1.0)).max((b.0 + 1.0) / (a.1 + 1.0));
    (1.0 - (r - tol) / (cfg.casualties.max_ratio - tol)).clamp(0.0, 1.0)
}

fn fmt_range(r: (f64, f64)) -> String {
    if r.1.is_infinite() {
        format!("≥{}", r.0)
    } else if r.0 == r.1 {
        format!("{}", r.0)
    } else {
        format!("{}–{}", r.0, r.1)
    }
}

/// Judges whether two events may report the same real-world event.
pub fn compare(a: &MergeItem, b: &MergeItem, cfg: &MergeConfig) -> Comparison {
    judge(a, b, cfg, true)
}

/// The score of a pair without its explanation (`None` if incompatible):
/// the same number as [`compare`], without building any text.
pub fn score(a: &MergeItem, b: &MergeItem, cfg: &MergeConfig) -> Option<f64> {
    judge(a, b, cfg, false).score()
}

fn judge(a: &MergeItem, b: &MergeItem, cfg: &MergeConfig, explain: bool) -> Comparison {
    if a.doc_id == b.doc_id {
        return Comparison::Incompatible("same document: its events are distinct by construction".into());
    }
    let mut parts: Vec<String> = Vec::new();
    // Explanations cost more than the arithmetic; build them only on demand.
    macro_rules! note {
        ($($arg:tt)*) => {
            if explain {
                parts.push(format!($($arg)*));
            }
        };
    }
    let w = &cfg.weights;
    let mut total = 0.0;

    // Kind.
    let kind = if a.kind == b.kind {
        note!("same kind ({})", a.kind.as_str());
        1.0
    } else if cfg.family(a.kind) == cfg.family(b.kind) {
        note!("kinds {} and {} of one family ({})", a.kind.as_str(), b.kind.as_str(), cfg.family(a.kind));
        cfg.family_match
    } else {
        return Comparison::Incompatible(format!("kinds {} and {} are unrelated", a.kind.as_str(), b.kind.as_str()));
    };
    total += w.kind * kind;

    // Date.
    let date = match (a.date, b.date) {
        (Some(da), Some(db)) => {
            for d in [da, db] {
                if (d.end - d.start) as i64 >= cfg.max_date_span_days {
                    return Comparison::Incompatible(format!(
                        "a date spans {} days, too vague to merge on",
                        d.end - d.start + 1
                    ));
                }
            }
            let gap = (da.start.max(db.start) - da.end.min(db.end)).max(0) as i64;
            if gap > cfg.date_window_days {
                return Comparison::Incompatible(format!(
                    "dates {} and {} are {gap} days apart (window {})",
                    day_string(da.start),
                    day_string(db.start),
                    cfg.date_window_days
                ));
            }
            let coarse = da.coarse || db.coarse;
            let s =
                (1.0 - gap as f64 / (cfg.date_window_days as f64 + 1.0)) * if coarse { cfg.coarse_date } else { 1.0 };
            if gap == 0 {
                note!(
                    "dates overlap{} ({})",
                    if coarse { ", one coarse" } else { "" },
                    day_string(da.start.max(db.start))
                );
            } else {
                note!("dates {gap} day(s) apart");
            }
            s
        }
        _ => return Comparison::Incompatible("a date is unknown (no event or publication date)".into()),
    };
    total += w.date * date;

    // Place.
    let place = match (&a.place, &b.place) {
        (Some(pa), Some(pb)) => {
            if let (Some(ca), Some(cb)) = (&pa.country, &pb.country) {
                if ca != cb {
                    return Comparison::Incompatible(format!("countries differ ({ca} and {cb})"));
                }
            }
            let coarser = pa.precision.max(pb.precision);
            if let (Some(la), Some(lb)) = (pa.lat_lon, pb.lat_lon) {
                let d = haversine_km(la, lb);
                let limit = cfg.distance_km.get(coarser);
                if d > limit {
                    return Comparison::Incompatible(format!(
                        "{d:.1} km apart, beyond {limit} km for {} precision",
                        precision_name(coarser)
                    ));
                }
                note!("{d:.1} km apart ({} precision)", precision_name(coarser));
                (1.0 - d / limit) * cfg.precision_weight.get(coarser)
            } else if pa.name.is_some() && pa.name == pb.name {
                note!("same place name ({})", pa.name.as_deref().unwrap_or_default());
                cfg.precision_weight.get(coarser)
            } else if pa.country.is_some() && pa.country == pb.country {
                note!("same country ({})", pa.country.as_deref().unwrap_or_default());
                cfg.precision_weight.country.max(cfg.unknown)
            } else {
                note!("places not comparable");
                cfg.unknown
            }
        }
        _ => {
            note!("a place is unknown");
            cfg.unknown
        }
    };
    total += w.place * place;

    // Actors.
    let actors = if !a.perpetrators.is_empty() && !b.perpetrators.is_empty() {
        if a.perpetrators.intersection(&b.perpetrators).next().is_some() {
            note!("same perpetrator");
            1.0
        } else {
            note!("different perpetrators");
            0.0
        }
    } else {
        let all_a: BTreeSet<&String> = a.perpetrators.iter().chain(&a.targets).collect();
        let all_b: BTreeSet<&String> = b.perpetrators.iter().chain(&b.targets).collect();
        if all_a.is_empty() || all_b.is_empty() {
            note!("actors unknown");
            cfg.unknown
        } else {
            let inter = all_a.intersection(&all_b).count() as f64;
            let union = all_a.union(&all_b).count() as f64;
            note!("{inter} of {union} actors shared");
            inter / union
        }
    };
    total += w.actors * actors;

    // Casualties.
    let mut cas = Vec::new();
    if let (Some(fa), Some(fb)) = (a.fatalities, b.fatalities) {
        let s = ratio_score(fa, fb, cfg);
        note!("killed {} vs {} ({s:.2})", fmt_range(fa), fmt_range(fb));
        cas.push(s);
    }
    if let (Some(ia), Some(ib)) = (a.injuries, b.injuries) {
        let s = ratio_score(ia, ib, cfg);
        note!("injured {} vs {} ({s:.2})", fmt_range(ia), fmt_range(ib));
        cas.push(s);
    }
    let casualties = if cas.is_empty() {
        note!("no common casualty figure");
        cfg.unknown
    } else {
        cas.iter().sum::<f64>() / cas.len() as f64
    };
    total += w.casualties * casualties;

    // Details: the weapon type. (The suicide flag is only ever positive
    // evidence: `false` means the report did not say, so it is not compared.)
    let details = match (&a.weapon, &b.weapon) {
        (Some(wa), Some(wb)) => {
            note!("weapon {wa}/{wb}");
            let mut s: f64 = if wa == wb { 1.0 } else { 0.0 };
            if a.suicide && b.suicide {
                s = s.max(1.0);
            }
            s
        }
        _ => cfg.unknown,
    };
    total += w.details * details;

    let score = total / w.total();
    let explanation = if explain { format!("score {score:.2}: {}", parts.join("; ")) } else { String::new() };
    Comparison::Score { score, explanation }
}

fn precision_name(p: GeoPrecision) -> &'static str {
    match p {
        GeoPrecision::Point => "point",
        GeoPrecision::City => "city",
        GeoPrecision::Admin2 => "admin2",
        GeoPrecision::Admin1 => "admin1",
        GeoPrecision::Country => "country",
        GeoPrecision::Region => "region",
    }
}

/// True if the pair scores at or above the threshold (an edge of the graph
/// whose connected components bound the clusters).
pub fn is_strong(a: &MergeItem, b: &MergeItem, cfg: &MergeConfig) -> bool {
    score(a, b, cfg).is_some_and(|s| s >= cfg.threshold)
}

/// One merge step of a cluster: why two groups of events were joined.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The best-scoring pair across the two groups (indices into the input).
    pub a: usize,
    pub b: usize,
    pub pair_score: f64,
    /// The mean score over all cross pairs, the value compared with the threshold.
    pub group_score: f64,
    pub explanation: String,
}

/// One incident's events, as indices into the input, canonical order first
/// member first, with the merge steps that built it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub members: Vec<usize>,
    pub links: Vec<Link>,
}

/// Groups items into incidents; see the module comment for the guarantees.
/// Clusters come out sorted by their first member in canonical order.
pub fn cluster(items: &[MergeItem], cfg: &MergeConfig) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&x, &y| items[x].canonical_key().cmp(&items[y].canonical_key()));
    // Connected components over strong pairs, in canonical positions.
    let n = order.len();
    let mut comps: Vec<Vec<usize>> = Vec::new();
    let mut comp_of = vec![usize::MAX; n];
    for start in 0..n {
        if comp_of[start] != usize::MAX {
            continue;
        }
        let id = comps.len();
        comp_of[start] = id;
        let mut members = vec![start];
        let mut i = 0;
        while i < members.len() {
            let p = members[i];
            for q in 0..n {
                if comp_of[q] == usize::MAX && is_strong(&items[order[p]], &items[order[q]], cfg) {
                    comp_of[q] = id;
                    members.push(q);
                }
            }
            i += 1;
        }
        members.sort_unstable();
        comps.push(members);
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    for comp in comps {
        let idx: Vec<usize> = comp.iter().map(|&p| order[p]).collect();
        clusters.extend(average_link(items, &idx, cfg));
    }
    clusters.sort_by(|x, y| items[x.members[0]].canonical_key().cmp(&items[y.members[0]].canonical_key()));
    clusters
}

/// Average-link agglomeration of `idx` (already in canonical order) with
/// cannot-link constraints; ties go to the earliest pair in canonical order.
fn average_link(items: &[MergeItem], idx: &[usize], cfg: &MergeConfig) -> Vec<Cluster> {
    let n = idx.len();
    if n == 1 {
        return vec![Cluster { members: vec![idx[0]], links: Vec::new() }];
    }
    // Pair scores (None: cannot link); explanations are built only for the
    // pairs that end up explaining a merge.
    let mut pair: Vec<Vec<Option<f64>>> = Vec::with_capacity(n);
    for i in 0..n {
        let mut row = Vec::with_capacity(n);
        for j in 0..n {
            row.push(if i == j {
                None
            } else if j < i {
                pair[j][i]
            } else {
                score(&items[idx[i]], &items[idx[j]], cfg)
            });
        }
        pair.push(row);
    }
    // Sums of pair scores between groups, and cannot-link flags.
    let mut sum: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| pair[i][j].unwrap_or(0.0)).collect()).collect();
    let mut cannot: Vec<Vec<bool>> = (0..n).map(|i| (0..n).map(|j| pair[i][j].is_none()).collect()).collect();
    let mut groups: Vec<Option<Cluster>> =
        (0..n).map(|i| Some(Cluster { members: vec![i], links: Vec::new() })).collect();
    loop {
        let mut best: Option<(f64, usize, usize)> = None;
        for i in 0..n {
            let Some(gi) = &groups[i] else { continue };
            for j in (i + 1)..n {
                let Some(gj) = &groups[j] else { continue };
                if cannot[i][j] {
                    continue;
                }
                let avg = sum[i][j] / (gi.members.len() * gj.members.len()) as f64;
                if avg >= cfg.threshold && best.map_or(true, |(b, _, _)| avg > b) {
                    best = Some((avg, i, j));
                }
            }
        }
        let Some((avg, i, j)) = best else { break };
        let gj = groups[j].take().unwrap_or(Cluster { members: Vec::new(), links: Vec::new() });
        let Some(gi) = groups[i].as_mut() else { break };
        // The strongest pair across the two groups explains the merge.
        let mut top: Option<(f64, usize, usize)> = None;
        for &p in &gi.members {
            for &q in &gj.members {
                if let Some(s) = pair[p][q] {
                    if top.map_or(true, |(t, _, _)| s > t) {
                        top = Some((s, p, q));
                    }
                }
            }
        }
        if let Some((s, p, q)) = top {
            gi.links.push(Link {
                a: idx[p],
                b: idx[q],
                pair_score: s,
                group_score: avg,
                explanation: compare(&items[idx[p]], &items[idx[q]], cfg).explanation().to_string(),
            });
        }
        gi.members.extend(gj.members);
        gi.members.sort_unstable();
        gi.links.extend(gj.links);
        for k in 0..n {
            sum[i][k] += sum[j][k];
            sum[k][i] = sum[i][k];
            cannot[i][k] |= cannot[j][k];
            cannot[k][i] = cannot[i][k];
        }
    }
    groups
        .into_iter()
        .flatten()
        .map(|g| Cluster { members: g.members.iter().map(|&p| idx[p]).collect(), links: g.links })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_items_survive_json_with_open_ranges() {
        let item = MergeItem {
            event_id: "d#e1".into(),
            doc_id: "d".into(),
            kind: EventKind::Attack,
            date: Some(DayRange { start: 738000, end: 738001, coarse: true }),
            place: Some(Place {
                country: Some("IQ".into()),
                lat_lon: Some((33.3, 44.4)),
                precision: GeoPrecision::City,
                name: Some("baghdad".into()),
            }),
            perpetrators: ["grp.x".to_string()].into_iter().collect(),
            targets: BTreeSet::new(),
            fatalities: Some((40.0, f64::INFINITY)),
            injuries: Some((3.0, 5.0)),
            weapon: Some("explosive".into()),
            suicide: true,
        };
        let json = serde_json::to_string(&item).unwrap();
        assert!(json.contains("[40.0,null]"), "{json}");
        let back: MergeItem = serde_json::from_str(&json).unwrap();
        assert_eq!(back, item);
        let cfg = MergeConfig::default();
        assert_eq!(score(&item, &back, &cfg), None, "same document");
    }
}
