//! Load test of the API on loopback: builds a store of synthetic incidents
//! with `Store::ingest` (default 12,000; `SITREP_LOAD_INCIDENTS`), starts the
//! server in-process on 127.0.0.1:0, and fires a fixed number of requests
//! (`SITREP_LOAD_REQUESTS`, default 4,000) from a fixed number of concurrent
//! keep-alive connections (`SITREP_LOAD_CONCURRENCY`, default 16) with a small
//! hand-written HTTP/1.1 client. Stops by itself after the last request or
//! after 120 s, whichever comes first. Prints requests per second and p50/p99
//! latency per kind of query.
//!
//! `cargo bench -p sitrep-server --bench load`

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use sitrep_schema::*;
use sitrep_server::{app_with_extractor, Extractor, ServerConfig};
use sitrep_store::Store;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const CAP: Duration = Duration::from_secs(120);

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn date(day: i64) -> String {
    let base = chrono_like(2022, 1, 1);
    days_to_date(base + day)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm), to
/// avoid a chrono dependency for the bench alone.
fn chrono_like(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn days_to_date(z: i64) -> String {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

const KINDS: [EventKind; 5] = [EventKind::Attack, EventKind::Clash, EventKind::Protest, EventKind::Kidnapping, EventKind::Killing];

/// One report per incident: 60 places at least 1.5 degrees apart and dates
/// 5 days apart, so that no two reports merge and incidents = documents.
fn synthetic(n: usize) -> Vec<(InputDocument, DocumentResult)> {
    let places = 60usize;
    (0..n)
        .map(|i| {
            let p = i % places;
            let day = (i / places) as i64 * 5;
            let lat = -30.0 + (p / 10) as f64 * 10.0 + 0.5;
            let lon = -20.0 + (p % 10) as f64 * 15.0 + 0.5;
            let cc = format!("{}{}", (b'A' + (p / 26) as u8) as char, (b'A' + (p % 26) as u8) as char);
            let id = format!("load-{i}");
            let city = format!("Town{p}");
            let text = format!(
                "{city}, {} - Gunmen attacked a checkpoint in {city} on Monday, killing {} people, officials said. {}",
                date(day),
                i % 40,
                "Further paragraphs of background. ".repeat(10)
            );
            let mut result = DocumentResult::empty(&id);
            result.published = Some(date(day));
            result.source = Some(["Reuters", "AFP", "AP"][i % 3].into());
            result.title = Some(format!("Attack in {city}"));
            let kind = KINDS[i % KINDS.len()];
            let mut ev = Event::new(format!("{id}#e1"), kind, Trigger { text: "attacked".into(), span: Span(18, 26) });
            ev.date = Some(DateValue { start: date(day), end: date(day), precision: DatePrecision::Day, text: "on Monday".into(), span: Span(40, 49) });
            ev.location = Some(Location {
                text: city.clone(),
                name: Some(city.clone()),
                country: Some(cc),
                admin1: None,
                lat: Some(lat),
                lon: Some(lon),
                precision: Some(GeoPrecision::City),
                geonameid: None,
                span: Span(0, city.len()),
            });
            let k = (i % 40) as u64;
            ev.fatalities = Some(Count { low: Some(k), best: Some(k), high: Some(k), text: format!("{k} people"), source: Some("officials".into()), span: Span(60, 70), reports: Vec::new() });
            ev.actors.push(Actor {
                role: Role::Perpetrator,
                text: "Gunmen".into(),
                name: Some(format!("Group {}", i % 25)),
                id: Some(format!("grp.g{}", i % 25)),
                kind: Some(ActorKind::Group),
                country: None,
                sector: None,
                cameo: None,
                generic: false,
                span: Span(10, 16),
            });
            result.events.push(ev);
            let input = InputDocument { id: Some(id), text, published: result.published.clone(), source: result.source.clone(), url: None, title: result.title.clone() };
            (input, result)
        })
        .collect()
}

/// A minimal HTTP/1.1 keep-alive client: GET, status and body.
struct Client {
    conn: BufReader<TcpStream>,
}

impl Client {
    async fn connect(addr: std::net::SocketAddr) -> Client {
        let s = TcpStream::connect(addr).await.expect("connect");
        s.set_nodelay(true).expect("nodelay");
        Client { conn: BufReader::new(s) }
    }

    async fn get(&mut self, path: &str) -> (u16, usize) {
        let req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        self.conn.get_mut().write_all(req.as_bytes()).await.expect("write");
        let mut line = String::new();
        self.conn.read_line(&mut line).await.expect("status line");
        let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("status");
        let mut length = 0usize;
        loop {
            line.clear();
            self.conn.read_line(&mut line).await.expect("header");
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().expect("content-length");
                }
            }
        }
        let mut body = vec![0u8; length];
        self.conn.read_exact(&mut body).await.expect("body");
        (status, length)
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let n = env("SITREP_LOAD_INCIDENTS", 12_000);
    let total = env("SITREP_LOAD_REQUESTS", 4_000);
    let concurrency = env("SITREP_LOAD_CONCURRENCY", 16).max(1);
    let dir = std::env::temp_dir().join(format!("sitrep-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let db = dir.join("load.db");
    let t = Instant::now();
    {
        let mut store = Store::open(&db).expect("open");
        for chunk in synthetic(n).chunks(500) {
            store.ingest(chunk).expect("ingest");
        }
        let stats = store.stats().expect("stats");
        println!("store: {} incidents, {} events, built in {:.1} s", stats.incidents, stats.events, t.elapsed().as_secs_f64());
        assert!(stats.incidents as usize >= n.min(10_000), "the synthetic reports must not merge");
    }
    let extractor: Extractor = Arc::new(|id: &str, _: &InputDocument| DocumentResult::empty(id));
    let app = app_with_extractor(&ServerConfig::new(&db), extractor).expect("app");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    // An incident id to fetch.
    let sample_id = {
        let store = Store::open(&db).expect("open");
        store.incidents(&Default::default(), sitrep_store::Page { offset: n / 2, limit: 1 }).expect("q")[0].id.clone()
    };
    let queries: Vec<(&str, String)> = vec![
        ("list, first page of 50", "/api/incidents?limit=50".into()),
        ("list, page at offset 5000", "/api/incidents?limit=50&offset=5000".into()),
        ("list, country", "/api/incidents?country=AC&limit=50".into()),
        ("list, kind + since/until", "/api/incidents?kind=protest&since=2022-06-01&until=2022-12-31&limit=50".into()),
        ("list, bbox", "/api/incidents?bbox=-20,-30,10,0&limit=50".into()),
        ("list, actor", "/api/incidents?actor=grp.g7&limit=50".into()),
        ("list, text", "/api/incidents?text=town12&limit=50".into()),
        ("one incident", format!("/api/incidents/{sample_id}")),
        ("timeline, all", "/api/timeline".into()),
    ];
    let names: Vec<&str> = queries.iter().map(|q| q.0).collect();
    let queries = Arc::new(queries);
    let report = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(sitrep_server::serve(listener, app, async {
            let _ = stopped.await;
        }));
        let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let deadline = Instant::now() + CAP;
        let start = Instant::now();
        let mut workers = Vec::new();
        for _ in 0..concurrency {
            let next = Arc::clone(&next);
            let queries = Arc::clone(&queries);
            workers.push(tokio::spawn(async move {
                let mut client = Client::connect(addr).await;
                let mut samples: Vec<(usize, f64, u16)> = Vec::new();
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= total || Instant::now() > deadline {
                        break;
                    }
                    let q = i % queries.len();
                    let t = Instant::now();
                    let (status, _) = client.get(&queries[q].1).await;
                    samples.push((q, t.elapsed().as_secs_f64() * 1e3, status));
                }
                samples
            }));
        }
        let mut all = Vec::new();
        for w in workers {
            all.extend(w.await.expect("worker"));
        }
        let elapsed = start.elapsed().as_secs_f64();
        let _ = stop.send(());
        let _ = server.await;
        (all, elapsed)
    });
    let (samples, elapsed) = report;
    let errors = samples.iter().filter(|s| s.2 != 200).count();
    let mut by_query: BTreeMap<usize, Vec<f64>> = BTreeMap::new();
    let mut all: Vec<f64> = Vec::new();
    for (q, ms, _) in &samples {
        by_query.entry(*q).or_default().push(*ms);
        all.push(*ms);
    }
    all.sort_by(f64::total_cmp);
    println!(
        "{} requests over {concurrency} connections in {elapsed:.2} s: {:.0} requests/s; latency p50 {:.2} ms, p99 {:.2} ms; {errors} non-200",
        samples.len(),
        samples.len() as f64 / elapsed,
        percentile(&all, 0.5),
        percentile(&all, 0.99)
    );
    for (q, mut v) in by_query {
        v.sort_by(f64::total_cmp);
        println!("  {:<28} n={:<5} p50 {:>8.2} ms  p99 {:>8.2} ms", names[q], v.len(), percentile(&v, 0.5), percentile(&v, 0.99));
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(errors, 0, "every request should succeed");
}
