//! Store benchmark: ingest throughput and query latency on synthetic data.
//!
//! `cargo bench -p sitrep-store` builds a store of synthetic reports (default
//! 50,000 documents, about 110,000 events; set `SITREP_BENCH_DOCS` to change
//! it): real-world events spread over 40 cities and a year, each reported by
//! one to five outlets with perturbed figures, dates, places and kinds, so
//! that merging does real work. It prints documents and events per second for
//! ingest (batches of 256, as `sitrep ingest` does), then the latency of the
//! queries a UI or the CLI makes.

use std::time::Instant;

use sitrep_schema::*;
use sitrep_store::{export, ExportFormat, IncidentFilter, Page, Store};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const KINDS: [EventKind; 6] = [
    EventKind::Attack,
    EventKind::Killing,
    EventKind::Clash,
    EventKind::Protest,
    EventKind::Arrest,
    EventKind::Kidnapping,
];
const OUTLETS: [&str; 8] = ["Reuters", "AFP", "AP", "Xinhua", "Al Jazeera", "BBC", "Anadolu", "local"];

fn date_string(day: i64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default();
    (base + chrono::Duration::days(day)).format("%Y-%m-%d").to_string()
}

fn actor(role: Role, id: String, text: &str) -> Actor {
    Actor {
        role,
        text: text.into(),
        name: Some(text.into()),
        id: Some(id),
        kind: Some(ActorKind::Group),
        country: None,
        sector: None,
        cameo: None,
        generic: false,
        span: Span(0, 5),
    }
}

/// Synthetic documents: `n` reports of about n/2.5 real events.
fn synthetic(n: usize, seed: u64) -> Vec<(InputDocument, DocumentResult)> {
    let mut rng = Rng(seed | 1);
    let cities: Vec<(String, String, f64, f64)> = (0..40)
        .map(|i| {
            let cc = format!("{}{}", (b'A' + (i / 26) as u8) as char, (b'A' + (i % 26) as u8) as char);
            (format!("City{i}"), cc, -30.0 + rng.unit() * 70.0, -20.0 + rng.unit() * 120.0)
        })
        .collect();
    let mut docs = Vec::with_capacity(n);
    let mut event_no = 0usize;
    while docs.len() < n {
        // One real event...
        let (city, cc, lat, lon) = &cities[rng.below(cities.len() as u64) as usize];
        let day = rng.below(365) as i64;
        let kind = KINDS[rng.below(KINDS.len() as u64) as usize];
        let killed = rng.below(60);
        let perp = format!("grp.g{}", rng.below(50));
        let point = (lat + rng.unit() * 0.2 - 0.1, lon + rng.unit() * 0.2 - 0.1);
        let reports = 1 + rng.below(5) as usize;
        event_no += 1;
        // ...told by several outlets.
        for r in 0..reports {
            if docs.len() >= n {
                break;
            }
            let id = format!("doc-{event_no}-{r}");
            let published = date_string(day + rng.below(3) as i64);
            let text = format!(
                "{city} ({}) - {} people were killed in {city} on day {day}, officials said. Report {id}. {}",
                OUTLETS[r % OUTLETS.len()],
                killed,
                "Background paragraph. ".repeat(20)
            );
            let mut result = DocumentResult::empty(&id);
            result.published = Some(published.clone());
            result.source = Some(OUTLETS[r % OUTLETS.len()].into());
            result.title = Some(format!("Violence in {city}"));
            let n_events = 1 + rng.below(3) as usize;
            for e in 0..n_events {
                let ev_kind = if e == 0 { kind } else { KINDS[rng.below(KINDS.len() as u64) as usize] };
                let mut ev = Event::new(
                    format!("{id}#e{}", e + 1),
                    ev_kind,
                    Trigger { text: "killed".into(), span: Span(10, 16) },
                );
                let d = if e == 0 { day } else { rng.below(365) as i64 };
                ev.date = Some(DateValue {
                    start: date_string(d),
                    end: date_string(d),
                    precision: DatePrecision::Day,
                    text: "on day".into(),
                    span: Span(30, 36),
                });
                let precise = rng.below(2) == 0;
                ev.location = Some(Location {
                    text: city.clone(),
                    name: Some(city.clone()),
                    country: Some(cc.clone()),
                    admin1: None,
                    lat: Some(if precise { point.0 } else { *lat }),
                    lon: Some(if precise { point.1 } else { *lon }),
                    precision: Some(if precise { GeoPrecision::Point } else { GeoPrecision::City }),
                    geonameid: None,
                    span: Span(20, 26),
                });
                let k = if e == 0 { killed as i64 + rng.below(5) as i64 - 2 } else { rng.below(60) as i64 };
                let k = k.max(0) as u64;
                ev.fatalities = Some(Count {
                    low: Some(k),
                    best: Some(k),
                    high: Some(k),
                    text: format!("{k} people"),
                    source: (rng.below(2) == 0).then(|| "officials".to_string()),
                    span: Span(40, 48),
                    reports: Vec::new(),
                });
                if rng.below(2) == 0 {
                    ev.actors.push(actor(Role::Perpetrator, perp.clone(), "Group"));
                }
                ev.acled = Some(Acled {
                    event_type: "Violence against civilians".into(),
                    sub_event_type: Some("Attack".into()),
                });
                ev.cameo = Some("190".into());
                result.events.push(ev);
            }
            let input = InputDocument {
                id: Some(id.clone()),
                text,
                published: Some(published),
                source: result.source.clone(),
                url: Some(format!("https://news.example/{id}")),
                title: result.title.clone(),
            };
            docs.push((input, result));
        }
    }
    docs
}

fn time<T>(label: &str, reps: usize, mut f: impl FnMut() -> T) -> T {
    let mut times = Vec::with_capacity(reps);
    let mut last = None;
    for _ in 0..reps {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!("  {label:<58} median {:>8.2} ms   max {:>8.2} ms", times[times.len() / 2], times[times.len() - 1]);
    last.expect("at least one repetition")
}

fn main() {
    let n: usize = std::env::var("SITREP_BENCH_DOCS").ok().and_then(|s| s.parse().ok()).unwrap_or(55_000);
    let dir = std::env::temp_dir().join(format!("sitrep-store-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bench.db");
    println!("generating {n} synthetic documents...");
    let docs = synthetic(n, 42);
    let n_events: usize = docs.iter().map(|d| d.1.events.len()).sum();
    let mut store = Store::open(&path).expect("open");
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    let mut report = sitrep_store::IngestReport::default();
    for chunk in docs.chunks(256) {
        report.add(&store.ingest(chunk).expect("ingest"));
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let stats = store.stats().expect("stats");
    println!(
        "ingest: {} documents, {} events in {secs:.1} s: {:.0} documents/s, {:.0} events/s",
        report.documents_added,
        n_events,
        report.documents_added as f64 / secs,
        n_events as f64 / secs
    );
    if let Some(cpu) = cpu {
        println!(
            "ingest CPU time: {cpu:.1} s ({:.0} documents per CPU second; wall time on a shared machine is noisier)",
            report.documents_added as f64 / cpu
        );
    }
    println!(
        "store: {} incidents, {} revisions, {} merges, {:.1} MB (incl. WAL){}",
        stats.incidents,
        stats.revisions,
        stats.merges,
        dir_size(&dir) as f64 / 1e6,
        if report.capped { ", neighbourhood cap hit" } else { "" }
    );
    let t = Instant::now();
    let again = store.ingest(&docs[..2560]).expect("re-ingest");
    println!(
        "re-ingest of 2560 known documents: {:.0} documents/s ({} duplicates)",
        2560.0 / t.elapsed().as_secs_f64(),
        again.duplicates
    );

    println!("queries ({} incidents):", stats.incidents);
    let all = IncidentFilter::default();
    time("first page of 50, no filter", 20, || store.incidents(&all, Page::first(50)).expect("q").len());
    time("page 100 of 50 (offset 5000)", 20, || {
        store.incidents(&all, Page { offset: 5000, limit: 50 }).expect("q").len()
    });
    let f = IncidentFilter { country: Some("AC".into()), ..Default::default() };
    time("country = AC, first 50", 20, || store.incidents(&f, Page::first(50)).expect("q").len());
    time("count country = AC", 20, || store.count_incidents(&f).expect("q"));
    let f = IncidentFilter {
        kind: Some(EventKind::Protest),
        since: Some("2023-06-01".into()),
        until: Some("2023-06-30".into()),
        ..Default::default()
    };
    time("kind = protest, June 2023, first 50", 20, || store.incidents(&f, Page::first(50)).expect("q").len());
    let f = IncidentFilter { bbox: Some([0.0, 0.0, 20.0, 20.0]), ..Default::default() };
    time("bbox 20x20 degrees, first 50", 20, || store.incidents(&f, Page::first(50)).expect("q").len());
    let f = IncidentFilter { actor: Some("grp.g7".into()), ..Default::default() };
    time("actor = grp.g7, first 50", 20, || store.incidents(&f, Page::first(50)).expect("q").len());
    let f = IncidentFilter { text: Some("city17".into()), ..Default::default() };
    time("text ~ city17, first 50", 10, || store.incidents(&f, Page::first(50)).expect("q").len());
    let some = store.incidents(&all, Page { offset: 777, limit: 20 }).expect("q");
    let mut i = 0;
    time("incident(id) with events, revisions, merges", 20, || {
        i += 1;
        store.incident(&some[i % some.len()].id).expect("q").map(|d| d.member_events.len())
    });
    time("document(id) with text and events", 20, || store.document("doc-100-0").expect("q").map(|d| d.events.len()));
    let f = IncidentFilter { country: Some("AC".into()), ..Default::default() };
    time("export ACLED CSV, one country", 3, || {
        let mut out = Vec::new();
        export(&store, &f, ExportFormat::Acled, &mut out).expect("export")
    });
    time("export GeoJSON, whole store", 1, || {
        let mut out = Vec::new();
        export(&store, &all, ExportFormat::Geojson, &mut out).expect("export")
    });
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

/// CPU seconds (user + system) used by this process so far, from
/// /proc/self/stat (Linux); None elsewhere. Wall time on a shared machine
/// is noisy, CPU time much less so.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn dir_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0)
}
