//! The store on hand-written families of reports: merging, revisions,
//! idempotence, order and batching independence, filters, exports, errors.

#[path = "../../resolution/tests/common/mod.rs"]
mod common;

use std::path::PathBuf;

use common::*;
use sitrep_schema::{DocumentResult, EventKind, InputDocument};
use sitrep_store::{export, ExportFormat, IncidentFilter, IncidentSummary, Page, Store, StoreError};

/// A database path in a fresh temporary directory, removed when this drops
/// (after the stores opened on it: declare it before them).
struct TempDb {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn temp_db(name: &str) -> TempDb {
    let dir = tempfile::Builder::new().prefix("sitrep-store-test-").tempdir().expect("temp dir");
    let path = dir.path().join(format!("{name}.db"));
    TempDb { _dir: dir, path }
}

fn pairs(docs: &[Doc]) -> Vec<(InputDocument, DocumentResult)> {
    docs.iter().map(|d| (d.input.clone(), d.result.clone())).collect()
}

fn all(store: &Store) -> Vec<IncidentSummary> {
    store.incidents(&IncidentFilter::default(), Page::ALL).unwrap()
}

fn karrada(store: &Store) -> IncidentSummary {
    all(store).into_iter().find(|i| i.events.len() == 5).expect("the Karrada incident")
}

#[test]
fn a_family_of_reports_becomes_three_incidents_with_history() {
    let family_db = temp_db("family");
    let path = &family_db.path;
    let mut store = Store::open(&path).unwrap();
    let report = store.ingest(&pairs(&baghdad_family())).unwrap();
    assert_eq!(report.documents_added, 8);
    assert_eq!(report.events_added, 9);
    let incidents = all(&store);
    let mut sets: Vec<Vec<String>> = incidents
        .iter()
        .map(|i| {
            let mut e = i.events.clone();
            e.sort();
            e
        })
        .collect();
    sets.sort();
    let mut expected: Vec<Vec<String>> =
        baghdad_expected().into_iter().map(|v| v.into_iter().map(str::to_string).collect()).collect();
    expected.sort();
    assert_eq!(sets, expected);

    let k = karrada(&store);
    assert_eq!(k.statements, vec!["amaq-0303#e2".to_string()], "the claim joins the incident it is about");
    assert_eq!(k.fatalities.as_ref().and_then(|f| f.best), Some(31));
    assert_eq!(k.perpetrator.as_ref().and_then(|p| p.id.clone()).as_deref(), Some("grp.islamic_state"));
    assert_eq!(k.date_start.as_deref(), Some("2024-03-02"));
    assert_eq!(k.location.as_ref().and_then(|l| l.name.clone()).as_deref(), Some("Karrada"), "the most precise place");
    assert_eq!(k.first_published.as_deref(), Some("2024-03-02"));
    assert_eq!(k.last_published.as_deref(), Some("2024-03-04"));
    assert_eq!(k.sources.first().map(String::as_str), Some("Reuters"));
    assert_eq!(k.codes.acled_sub_event_type.as_deref(), Some("Suicide bomb"));

    let detail = store.incident(&k.id).unwrap().expect("detail");
    assert_eq!(detail.member_events.len(), 5);
    assert_eq!(detail.statement_events.len(), 1);
    assert_eq!(detail.merges.len(), 4);
    assert!(detail.merges.iter().all(|m| m.group_score >= 0.7 && m.explanation.starts_with("score")));
    let fatal: Vec<_> = detail.revisions.iter().filter(|r| r.field == "fatalities").collect();
    assert_eq!(fatal.len(), 5);
    assert!(detail.revisions.iter().any(|r| r.field == "claim" && r.doc_id == "amaq-0303"));
    // Evidence spans point into the stored text.
    let doc = store.document("afp-0303").unwrap().expect("document");
    let count = doc.events[0].fatalities.as_ref().unwrap();
    let words: String = doc.text.chars().skip(count.span.0).take(count.span.len()).collect();
    assert_eq!(words, "31 dead");
    assert_eq!(doc.incidents[0].as_deref(), Some(k.id.as_str()));
    assert!(store.incident("inc-does-not-exist").unwrap().is_none());
    assert!(store.document("nope").unwrap().is_none());
}

#[test]
fn re_ingesting_changes_nothing() {
    let idem_db = temp_db("idem");
    let path = &idem_db.path;
    let mut store = Store::open(&path).unwrap();
    let docs = pairs(&baghdad_family());
    store.ingest(&docs).unwrap();
    let before = store.stats().unwrap();
    let incidents_before = all(&store);
    let again = store.ingest(&docs).unwrap();
    assert_eq!(again.documents_added, 0);
    assert_eq!(again.duplicates, 8);
    assert_eq!(again.incidents_written, 0);
    // Same text under another id, and another text under a known id.
    let (mut input, mut result) = docs[0].clone();
    result.id = "reuters-copy".into();
    input.id = Some("reuters-copy".into());
    let (mut input2, result2) = docs[1].clone();
    input2.text.push_str(" Updated.");
    let r = store.ingest(&[(input, result), (input2, result2)]).unwrap();
    assert_eq!((r.documents_added, r.duplicates), (0, 2));
    assert_eq!(store.stats().unwrap(), before);
    assert_eq!(all(&store), incidents_before);
    // Reopening finds the same store.
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.stats().unwrap(), before);
}

#[test]
fn incidents_do_not_depend_on_order_or_batching() {
    let docs = baghdad_family();
    let mut reference: Option<(Vec<IncidentSummary>, Vec<String>)> = None;
    for (seed, batch) in [(0u64, 8usize), (1, 1), (2, 3), (3, 1), (4, 2), (5, 5)] {
        let perm = permutation(docs.len(), seed);
        let ordered: Vec<(InputDocument, DocumentResult)> =
            perm.iter().map(|&i| (docs[i].input.clone(), docs[i].result.clone())).collect();
        let order_db = temp_db("order");
        let mut store = Store::open(&order_db.path).unwrap();
        for chunk in ordered.chunks(batch) {
            store.ingest(chunk).unwrap();
        }
        let incidents = all(&store);
        // Full revision histories too, not just memberships.
        let details: Vec<String> = incidents
            .iter()
            .map(|i| {
                let d = store.incident(&i.id).unwrap().unwrap();
                serde_json::to_string(&(d.revisions, d.merges.len())).unwrap()
            })
            .collect();
        match &reference {
            None => reference = Some((incidents, details)),
            Some((inc, det)) => {
                assert_eq!(&incidents, inc, "order {perm:?}, batches of {batch}");
                assert_eq!(&details, det, "order {perm:?}, batches of {batch}");
            }
        }
    }
}

#[test]
fn renamed_incidents_keep_answering_to_their_old_id() {
    let docs = baghdad_family();
    let alias_db = temp_db("alias");
    let mut store = Store::open(&alias_db.path).unwrap();
    // The local paper first: its incident is named after it...
    let local = docs.iter().find(|d| d.result.id == "localnews-0304").unwrap();
    store.ingest(&pairs(std::slice::from_ref(local))).unwrap();
    let first_id = all(&store)[0].id.clone();
    // ...then the AFP report, which sorts first (same event date, smaller
    // document id), arrives and the incident is renamed.
    let afp = docs.iter().find(|d| d.result.id == "afp-0303").unwrap();
    store.ingest(&pairs(std::slice::from_ref(afp))).unwrap();
    let incidents = all(&store);
    assert_eq!(incidents.len(), 1);
    assert_ne!(incidents[0].id, first_id);
    let via_old = store.incident(&first_id).unwrap().expect("old id still resolves");
    assert_eq!(via_old.summary.id, incidents[0].id);
}

#[test]
fn filters_select_incidents() {
    let filters_db = temp_db("filters");
    let mut store = Store::open(&filters_db.path).unwrap();
    store.ingest(&pairs(&baghdad_family())).unwrap();
    let count = |f: IncidentFilter| store.count_incidents(&f).unwrap();
    assert_eq!(count(IncidentFilter::default()), 3);
    assert_eq!(count(IncidentFilter { country: Some("iq".into()), ..Default::default() }), 2);
    assert_eq!(count(IncidentFilter { country: Some("AF".into()), ..Default::default() }), 1);
    assert_eq!(count(IncidentFilter { kind: Some(EventKind::Killing), ..Default::default() }), 2);
    assert_eq!(count(IncidentFilter { kind: Some(EventKind::Protest), ..Default::default() }), 0);
    assert_eq!(count(IncidentFilter { actor: Some("grp.islamic_state".into()), ..Default::default() }), 1);
    assert_eq!(count(IncidentFilter { actor: Some("iraqi police".into()), ..Default::default() }), 1);
    assert_eq!(count(IncidentFilter { since: Some("2024-03-03".into()), ..Default::default() }), 0);
    assert_eq!(
        count(IncidentFilter {
            since: Some("2024-03-01".into()),
            until: Some("2024-03-02".into()),
            ..Default::default()
        }),
        3
    );
    assert_eq!(count(IncidentFilter { bbox: Some([69.0, 34.0, 70.0, 35.0]), ..Default::default() }), 1);
    assert_eq!(count(IncidentFilter { text: Some("KARRADA".into()), ..Default::default() }), 1);
    assert_eq!(count(IncidentFilter { text: Some("mourn".into()), ..Default::default() }), 1, "matches document text");
    assert_eq!(
        count(IncidentFilter { text: Some("100%_".into()), ..Default::default() }),
        0,
        "LIKE wildcards are literal"
    );
    let page = store.incidents(&IncidentFilter::default(), Page { offset: 1, limit: 1 }).unwrap();
    assert_eq!(page.len(), 1);
    assert_eq!(page[0], all(&store)[1]);
}

#[test]
fn exports_in_every_format_parse_back() {
    let export_db = temp_db("export");
    let mut store = Store::open(&export_db.path).unwrap();
    store.ingest(&pairs(&baghdad_family())).unwrap();
    let run = |format| {
        let mut out = Vec::new();
        let n = export(&store, &IncidentFilter::default(), format, &mut out).unwrap();
        (n, String::from_utf8(out).unwrap())
    };
    let (n, jsonl) = run(ExportFormat::Jsonl);
    assert_eq!(n, 3);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["events"].is_array() && v["revisions"].is_array() && v["merges"].is_array());
    }
    let (n, acled) = run(ExportFormat::Acled);
    assert_eq!(n, 3);
    let mut rdr = csv::Reader::from_reader(acled.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(headers.len(), 16);
    assert_eq!(&headers[0], "event_id_cnty");
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let k = rows.iter().find(|r| &r[9] == "Karrada").expect("Karrada row");
    assert_eq!(&k[15], "31");
    assert_eq!(&k[12], "1");
    assert_eq!(&k[5], "Islamic State");
    assert_eq!(&k[1], "2024-03-02");
    assert!(k[13].contains("Reuters") && k[13].contains("AFP"));
    let (n, cameo) = run(ExportFormat::Cameo);
    assert_eq!(n, 3);
    let mut rdr = csv::ReaderBuilder::new().delimiter(b'\t').from_reader(cameo.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.len() == 16));
    assert!(rows.iter().any(|r| &r[1] == "20240302" && &r[6] == "183" && &r[7] == "18"));
    let (n, plover) = run(ExportFormat::Plover);
    assert_eq!(n, 3);
    for line in plover.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v.get("event_type").is_some() && v.get("location").is_some());
    }
    let (n, geo) = run(ExportFormat::Geojson);
    assert_eq!(n, 3);
    let v: serde_json::Value = serde_json::from_str(&geo).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 3);
    assert_eq!(features.iter().filter(|f| f["properties"]["country"] == "AF").count(), 1);
    let kabul = features.iter().find(|f| f["properties"]["country"] == "AF").unwrap();
    assert_eq!(kabul["geometry"]["coordinates"][0].as_f64(), Some(KABUL.1), "GeoJSON is [lon, lat]");
}

#[test]
fn documents_with_errors_are_not_stored_and_statements_without_target_float() {
    let errors_db = temp_db("errors");
    let mut store = Store::open(&errors_db.path).unwrap();
    let mut bad = DocumentResult::empty("bad");
    bad.error = Some("feed.jsonl:3: malformed JSON".into());
    let input = InputDocument { text: "x".into(), ..Default::default() };
    let lonely = Doc::new("lonely", "X", "2024-03-05", "The group denied any role in recent violence.").event(
        EventKind::Denial,
        "denied",
        |e| e,
    );
    let r = store.ingest(&[(input, bad), (lonely.input.clone(), lonely.result.clone())]).unwrap();
    assert_eq!((r.rejected, r.documents_added, r.events_added), (1, 1, 1));
    assert_eq!(store.stats().unwrap().incidents, 0);
    let doc = store.document("lonely").unwrap().unwrap();
    assert_eq!(doc.incidents, vec![None]);
}

#[test]
fn readers_work_while_another_connection_ingests() {
    let concurrent_db = temp_db("concurrent");
    let path = &concurrent_db.path;
    let docs = baghdad_family();
    let mut writer = Store::open(&path).unwrap();
    writer.ingest(&pairs(&docs[..2])).unwrap();
    let reader_path = path.clone();
    let reader = std::thread::spawn(move || {
        let store = Store::open(&reader_path).unwrap();
        let mut seen = 0;
        for _ in 0..50 {
            seen = seen.max(store.stats().unwrap().documents);
            let _ = store.incidents(&IncidentFilter::default(), Page::first(10)).unwrap();
        }
        seen
    });
    for d in &docs[2..] {
        writer.ingest(&pairs(std::slice::from_ref(d))).unwrap();
    }
    let seen = reader.join().unwrap();
    assert!(seen >= 2);
    // A second writer waits for the first instead of failing.
    let path2 = path.clone();
    let other = std::thread::spawn(move || {
        let mut s = Store::open(&path2).unwrap();
        s.ingest(&pairs(&baghdad_family())).unwrap().duplicates
    });
    assert_eq!(other.join().unwrap(), 8);
}

#[test]
fn foreign_files_and_newer_stores_are_refused_with_advice() {
    let foreign_db = temp_db("foreign");
    let path = &foreign_db.path;
    std::fs::write(&path, b"this is not a database, just some text that is long enough to fill a header").unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");
    assert!(err.to_string().contains("not a sitrep store"));

    let newer_db = temp_db("newer");
    let path = &newer_db.path;
    drop(Store::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute("UPDATE schema_version SET version = 99", []).unwrap();
    }
    let err = Store::open(&path).err().expect("refused");
    assert!(err.to_string().contains("newer sitrep"), "{err}");
}

/// Many overlapping reports (few cities, few days, perturbed figures and
/// places, so neighbourhoods chain and compete): the incidents must not
/// depend on the order or the batching of ingest.
fn dense_reports(n: usize) -> Vec<Doc> {
    let places = [("Baghdad", BAGHDAD), ("Karrada", KARRADA), ("Dora", DORA)];
    let mut x: u64 = 0x9E3779B97F4A7C15;
    let mut next = move |m: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % m
    };
    (0..n)
        .map(|i| {
            let (name, (lat, lon)) = places[next(3) as usize];
            let day = 1 + next(4);
            let killed = [3u64, 4, 12, 30, 31, 40][next(6) as usize];
            let kind = [EventKind::Attack, EventKind::Killing, EventKind::Clash][next(3) as usize];
            let jitter = next(100) as f64 / 10_000.0;
            let precision =
                if name == "Baghdad" { sitrep_schema::GeoPrecision::City } else { sitrep_schema::GeoPrecision::Point };
            let text =
                format!("Report {i}: an explosion killed {killed} people in {name} on March {day}, police said.");
            let published = format!("2024-03-{:02}", day + next(2));
            Doc::new(&format!("r{i:03}"), ["AP", "AFP", "Reuters"][i % 3], &published, &text).event(
                kind,
                "killed",
                |e| {
                    let e = e
                        .date(&format!("2024-03-{day:02}"), &format!("March {day}"))
                        .place(name, name, "IQ", lat + jitter, lon - jitter, precision)
                        .killed(Some(killed), Some(killed), Some(killed), &format!("{killed} people"), Some("police"));
                    if next(2) == 0 {
                        e.weapon("explosive", "explosion")
                    } else {
                        e
                    }
                },
            )
        })
        .collect()
}

#[test]
fn dense_overlapping_reports_give_the_same_incidents_in_any_order_and_batching() {
    let docs = dense_reports(120);
    let mut reference: Option<Vec<IncidentSummary>> = None;
    for (seed, batch) in [(0u64, 120usize), (1, 1), (2, 7), (3, 16), (4, 1)] {
        let perm = permutation(docs.len(), seed);
        let ordered: Vec<(InputDocument, DocumentResult)> =
            perm.iter().map(|&i| (docs[i].input.clone(), docs[i].result.clone())).collect();
        let dense_db = temp_db("dense");
        let mut store = Store::open(&dense_db.path).unwrap();
        for chunk in ordered.chunks(batch) {
            store.ingest(chunk).unwrap();
        }
        store.check().unwrap();
        let incidents = all(&store);
        assert!(incidents.len() > 3 && incidents.len() < 100, "merging did real work: {} incidents", incidents.len());
        match &reference {
            None => reference = Some(incidents),
            Some(r) => assert_eq!(&incidents, r, "seed {seed}, batches of {batch}"),
        }
    }
}

#[test]
fn a_capped_neighbourhood_still_leaves_a_sound_store() {
    let docs = baghdad_family();
    let cap_db = temp_db("cap");
    let mut store = Store::open(&cap_db.path).unwrap().with_neighbourhood_cap(2);
    let mut capped = false;
    for d in &docs {
        capped |= store.ingest(&pairs(std::slice::from_ref(d))).unwrap().capped;
    }
    assert!(capped, "the cap of 2 must be hit by the five-report family");
    store.check().unwrap();
    // Every event is in exactly one incident.
    let incidents = all(&store);
    let mut seen: Vec<String> = incidents.iter().flat_map(|i| i.events.clone()).collect();
    let n = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), n);
    assert_eq!(n, 8, "the eight material events (the claim is a statement)");
}

#[test]
fn odd_values_from_extraction_do_not_break_ingest() {
    let odd_db = temp_db("odd");
    let mut store = Store::open(&odd_db.path).unwrap();
    let mut doc = Doc::new("odd", "X", "2024-03-05", "Clashes erupted somewhere in the north, killing many.").event(
        EventKind::Clash,
        "Clashes",
        |e| {
            e.date("2024-02-30", "somewhere").place(
                "the north",
                "North",
                "iq",
                f64::NAN,
                f64::INFINITY,
                sitrep_schema::GeoPrecision::Admin1,
            )
        },
    );
    doc.result.published = None;
    let twin = Doc::new("odd2", "Y", "2024-03-05", "Clashes erupted in the north, killing many, officials said.")
        .event(EventKind::Clash, "Clashes", |e| e.date("2024-02-30", "north"));
    let mut twin = twin;
    twin.result.published = None;
    let r =
        store.ingest(&[(doc.input.clone(), doc.result.clone()), (twin.input.clone(), twin.result.clone())]).unwrap();
    assert_eq!(r.events_added, 2);
    store.check().unwrap();
    let incidents = all(&store);
    assert_eq!(incidents.len(), 2, "undated events never merge");
    assert!(incidents.iter().all(|i| i.date_start.is_none()));
    let f = IncidentFilter { country: Some("IQ".into()), ..Default::default() };
    assert_eq!(store.count_incidents(&f).unwrap(), 1, "country codes are upper-cased");
    let mut out = Vec::new();
    export(&store, &IncidentFilter::default(), ExportFormat::Geojson, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["features"].as_array().unwrap().len(), 0, "no feature without finite coordinates");
}

#[test]
fn reresolving_with_new_thresholds_equals_a_fresh_ingest() {
    let strict = sitrep_resolution::MergeConfig::from_toml_str(
        &sitrep_resolution::config::DEFAULT_MERGE_TOML.replace("threshold = 0.7", "threshold = 0.99"),
    )
    .unwrap();
    let reresolve_db = temp_db("reresolve");
    let path = &reresolve_db.path;
    let docs = pairs(&baghdad_family());
    {
        let mut store = Store::open_with_config(&path, strict).unwrap();
        for d in &docs {
            store.ingest(std::slice::from_ref(d)).unwrap();
        }
        assert_eq!(store.stats().unwrap().incidents, 8, "nothing merges at 0.99");
    }
    let mut store = Store::open(&path).unwrap();
    let report = store.reresolve().unwrap();
    assert_eq!(report.incidents_written, 3);
    store.check().unwrap();
    let fresh_db = temp_db("fresh");
    let mut fresh = Store::open(&fresh_db.path).unwrap();
    fresh.ingest(&docs).unwrap();
    assert_eq!(all(&store), all(&fresh));
    assert_eq!(store.stats().unwrap(), fresh.stats().unwrap());
    // Idempotent.
    store.reresolve().unwrap();
    assert_eq!(all(&store), all(&fresh));
}
