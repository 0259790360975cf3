//! Merge and revision rules on families of hand-written reports: the same
//! bombing told by several outlets over three days, a second bombing in the
//! same city the same day, a bombing in another country, and a claim that
//! arrives a day later.

mod common;

use std::collections::BTreeSet;

use common::*;
use sitrep_resolution::{
    cluster, compare, history, is_clusterable, statement_target, Comparison, DocMeta, MergeConfig, MergeItem, Report,
};
use sitrep_schema::{EventKind, Modality};

fn items(docs: &[Doc], cfg: &MergeConfig) -> Vec<MergeItem> {
    let mut out = Vec::new();
    for d in docs {
        let meta = d.meta();
        for e in d.result.events.iter().filter(|e| is_clusterable(e)) {
            out.push(MergeItem::from_event(e, &meta, cfg));
        }
    }
    out
}

fn incidents(items: &[MergeItem], cfg: &MergeConfig) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = cluster(items, cfg)
        .into_iter()
        .map(|c| {
            let mut ids: Vec<String> = c.members.iter().map(|&i| items[i].event_id.clone()).collect();
            ids.sort();
            ids
        })
        .collect();
    out.sort();
    out
}

fn expected() -> Vec<Vec<String>> {
    let mut e: Vec<Vec<String>> =
        baghdad_expected().into_iter().map(|v| v.into_iter().map(str::to_string).collect()).collect();
    e.sort();
    e
}

fn find<'a>(items: &'a [MergeItem], id: &str) -> &'a MergeItem {
    items.iter().find(|i| i.event_id == id).expect("event in the family")
}

#[test]
fn one_bombing_told_by_five_outlets_is_one_incident_and_the_others_stay_apart() {
    let cfg = MergeConfig::default();
    let docs = baghdad_family();
    let it = items(&docs, &cfg);
    assert_eq!(incidents(&it, &cfg), expected());
}

#[test]
fn pair_verdicts_explain_themselves() {
    let cfg = MergeConfig::default();
    let docs = baghdad_family();
    let it = items(&docs, &cfg);
    // The recount and the first report: same day, same city, 40 vs 31.
    let c = compare(find(&it, "reuters-0302#e1"), find(&it, "afp-0303#e1"), &cfg);
    let score = c.score().expect("compatible");
    assert!(score >= cfg.threshold, "{}", c.explanation());
    assert!(c.explanation().contains("killed"), "{}", c.explanation());
    // Karrada and Dora are 6 km apart: two neighbourhoods, two events.
    match compare(find(&it, "reuters-0302#e1"), find(&it, "ap-0302-dora#e1"), &cfg) {
        Comparison::Incompatible(why) => assert!(why.contains("km apart"), "{why}"),
        other => panic!("Karrada and Dora should never merge: {other:?}"),
    }
    // Only the city is known for the second Dora report: the figures keep it apart.
    let c = compare(find(&it, "afp-0303#e1"), find(&it, "xinhua-0302#e1"), &cfg);
    assert!(c.score().expect("compatible") < cfg.threshold, "{}", c.explanation());
    // Different countries never merge.
    match compare(find(&it, "tolo-0302#e1"), find(&it, "afp-0303#e1"), &cfg) {
        Comparison::Incompatible(why) => assert!(why.contains("countries differ"), "{why}"),
        other => panic!("{other:?}"),
    }
    // Events of one document never merge with each other.
    let same = find(&it, "amaq-0303#e1");
    assert!(compare(same, same, &cfg).score().is_none());
}

#[test]
fn incidents_do_not_depend_on_document_order() {
    let cfg = MergeConfig::default();
    let docs = baghdad_family();
    let base = incidents(&items(&docs, &cfg), &cfg);
    for seed in 0..12u64 {
        let perm = permutation(docs.len(), seed);
        let mut shuffled = Vec::new();
        for &i in &perm {
            let d = &docs[i];
            shuffled.push(Doc { input: d.input.clone(), result: d.result.clone() });
        }
        let mut it = items(&shuffled, &cfg);
        // Reverse the events too, for good measure.
        if seed % 2 == 1 {
            it.reverse();
        }
        assert_eq!(incidents(&it, &cfg), base, "permutation {perm:?}");
    }
}

#[test]
fn merge_links_name_the_pairs_and_scores() {
    let cfg = MergeConfig::default();
    let docs = baghdad_family();
    let it = items(&docs, &cfg);
    let clusters = cluster(&it, &cfg);
    let karrada = clusters.iter().find(|c| c.members.len() == 5).expect("the five-report incident");
    assert_eq!(karrada.links.len(), 4, "n members need n-1 merges");
    for link in &karrada.links {
        assert!(link.group_score >= cfg.threshold);
        assert!(link.explanation.starts_with("score "), "{}", link.explanation);
        assert_ne!(it[link.a].doc_id, it[link.b].doc_id);
    }
}

#[test]
fn negated_and_future_events_are_not_clustered() {
    let doc = Doc::new("d1", "X", "2024-03-02", "The army denied that it shelled the village and vowed to attack.")
        .event(EventKind::Attack, "shelled", |e| e.modality(Modality::Negated))
        .event(EventKind::Attack, "attack", |e| e.modality(Modality::Future));
    assert!(doc.result.events.iter().all(|e| !is_clusterable(e)));
}

fn history_of(docs: &[Doc], ids: &[&str], cfg: &MergeConfig) -> sitrep_resolution::IncidentHistory {
    let metas: Vec<DocMeta> = docs.iter().map(|d| d.meta()).collect();
    let mut material = Vec::new();
    let mut statements = Vec::new();
    for (d, meta) in docs.iter().zip(&metas) {
        for e in &d.result.events {
            if ids.contains(&e.id.as_str()) {
                material.push(Report { event: e, doc: meta });
            } else if let Some(target) = statement_target(e, &d.result.events) {
                if ids.contains(&target) {
                    statements.push(Report { event: e, doc: meta });
                }
            }
        }
    }
    history(&material, &statements, cfg)
}

#[test]
fn revision_history_keeps_every_figure_and_picks_the_official_recount() {
    let cfg = MergeConfig::default();
    let docs = baghdad_family();
    let ids = &baghdad_expected()[0];
    let h = history_of(&docs, ids, &cfg);
    let fatal: Vec<_> = h.revisions.iter().filter(|r| r.field == "fatalities").collect();
    // 40 (Reuters), 40 then 31 (AFP), dozens (Al Jazeera), 40 (local paper).
    assert_eq!(fatal.len(), 5, "{fatal:#?}");
    assert_eq!(fatal.iter().filter(|r| r.superseded).count(), 1);
    let dates: Vec<&str> = fatal.iter().map(|r| r.published.as_deref().unwrap_or("")).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "revisions read in publication order");
    let best = h.fatalities.as_ref().expect("a figure");
    assert_eq!(best.best, Some(31), "the health ministry recount wins: {}", best.rule);
    assert_eq!(h.revisions[best.revision].doc_id, "afp-0303");
    assert_eq!(best.low, Some(24), "low is the least of the lows (\"dozens\" = 24)");
    assert_eq!(best.high, Some(40), "high is the greatest of the highs");
    assert!(best.rule.contains("official"), "{}", best.rule);
    let inj = h.injuries.as_ref().expect("injuries");
    assert_eq!((inj.low, inj.best, inj.high), (Some(60), Some(60), Some(60)));
    let perp = h.perpetrator.as_ref().expect("claimed");
    assert_eq!(perp.id.as_deref(), Some("grp.islamic_state"));
    assert!(perp.claimed);
    assert!(h.revisions.iter().any(|r| r.field == "claim" && r.doc_id == "amaq-0303"));
}

#[test]
fn vague_figures_never_override_precise_ones_and_later_official_figures_win() {
    let cfg = MergeConfig::default();
    let mk = |id: &str, day: &str, low, best, high, words: &str, source: Option<&str>| {
        Doc::new(id, "Outlet", day, &format!("In Mogadishu {words} were killed in the attack.")).event(
            EventKind::Attack,
            "attack",
            |e| e.killed(low, best, high, words, source),
        )
    };
    let docs = vec![
        mk("a", "2024-05-01", Some(5), Some(5), None, "at least five", Some("police")),
        mk("b", "2024-05-02", Some(17), Some(17), Some(17), "17 people", Some("police")),
        mk("c", "2024-05-03", Some(20), None, Some(99), "dozens", Some("hospital officials")),
        mk("d", "2024-05-03", Some(25), Some(25), Some(25), "25 people", Some("witnesses")),
    ];
    let ids = ["a#e1", "b#e1", "c#e1", "d#e1"];
    let h = history_of(&docs, &ids, &cfg);
    let best = h.fatalities.expect("figures");
    assert_eq!(
        best.best,
        Some(17),
        "the vague official 'dozens' and the later unofficial 25 do not replace police's 17"
    );
    assert_eq!((best.low, best.high), (Some(5), Some(99)));
    // Without any official source, the latest precise figure wins.
    let docs2 = vec![
        mk("a", "2024-05-01", Some(5), Some(5), Some(5), "five", None),
        mk("b", "2024-05-02", Some(20), None, Some(99), "dozens", None),
        mk("c", "2024-05-03", Some(8), Some(8), Some(8), "eight", None),
    ];
    let h = history_of(&docs2, &["a#e1", "b#e1", "c#e1"], &cfg);
    assert_eq!(h.fatalities.expect("figures").best, Some(8));
    // Only vague figures: the vague one is still reported.
    let docs3 = vec![mk("a", "2024-05-01", Some(20), None, Some(99), "dozens", None)];
    let h = history_of(&docs3, &["a#e1"], &cfg);
    let only = h.fatalities.expect("figure");
    assert_eq!((only.low, only.best, only.high), (Some(20), None, Some(99)));
    assert!(only.rule.contains("vague"));
}

#[test]
fn history_is_the_same_whatever_the_order() {
    let cfg = MergeConfig::default();
    let docs = baghdad_family();
    let ids = &baghdad_expected()[0];
    let base = history_of(&docs, ids, &cfg);
    for seed in 0..6 {
        let perm = permutation(docs.len(), seed);
        let shuffled: Vec<Doc> =
            perm.iter().map(|&i| Doc { input: docs[i].input.clone(), result: docs[i].result.clone() }).collect();
        assert_eq!(history_of(&shuffled, ids, &cfg), base);
    }
}

#[test]
fn undated_events_use_the_publication_date_and_still_merge() {
    let cfg = MergeConfig::default();
    let docs = baghdad_family();
    let it = items(&docs, &cfg);
    let dozens = find(&it, "aljazeera-0303#e1");
    let d = dozens.date.expect("a date from the publication date");
    assert!(d.coarse);
    assert!(d.end - d.start == cfg.published_lookback_days as i32);
    let ids: BTreeSet<&str> = baghdad_expected()[0].iter().copied().collect();
    assert!(ids.contains("aljazeera-0303#e1"));
}
