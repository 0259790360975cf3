//! API tests: every endpoint over a store filled with hand-annotated
//! reports (`tests/fixtures/reports.jsonl`), through the router with
//! tower's `oneshot`, plus one real server on 127.0.0.1:0. Bad input
//! (malformed JSON, oversized bodies, unknown ids, bad filters), the token,
//! timeouts, panics in extraction and concurrent ingest while reading are
//! covered here; the real pipeline is exercised in `pipeline.rs`.

mod support;

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use sitrep_schema::{DocumentResult, InputDocument};
use sitrep_server::{app_with_extractor, Extractor, ServerConfig, OPENAPI_JSON, ROUTES};
use sitrep_store::Store;
use tower::ServiceExt;

/// A store path in a fresh temporary directory, removed when this drops:
/// keep it alive as long as the app that uses it.
struct TempDb {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn temp_db(name: &str) -> TempDb {
    let dir = tempfile::Builder::new().prefix(&format!("sitrep-server-test-{name}-")).tempdir().expect("temp dir");
    let path = dir.path().join("store.db");
    TempDb { _dir: dir, path }
}

/// The annotated result of a fixture text, or an empty result for others:
/// stands in for the pipeline so these tests check the server, not the
/// extractor.
fn fixture_extractor() -> Extractor {
    let by_text: HashMap<String, DocumentResult> =
        support::reports().into_iter().map(|(doc, result)| (doc.text, result)).collect();
    Arc::new(move |id: &str, doc: &InputDocument| {
        let mut r = by_text.get(&doc.text).cloned().unwrap_or_else(|| DocumentResult::empty(id));
        // Event ids follow the id the server gave the document.
        let old = r.id.clone();
        r.id = id.to_string();
        for e in &mut r.events {
            e.id = e.id.replacen(&old, id, 1);
            if let Some(a) = &mut e.about {
                *a = a.replacen(&old, id, 1);
            }
        }
        r
    })
}

fn filled(name: &str) -> (Router, TempDb) {
    let db = temp_db(name);
    let mut store = Store::open(&db.path).expect("open");
    store.ingest(&support::reports()).expect("ingest");
    let app = app_with_extractor(&ServerConfig::new(&db.path), fixture_extractor()).expect("app");
    (app, db)
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("UTF-8")
    }
    fn content_type(&self) -> &str {
        self.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
    /// An error reply has the documented shape.
    fn error(&self, status: StatusCode) -> Value {
        assert_eq!(self.status, status, "{}", String::from_utf8_lossy(&self.body));
        assert!(self.content_type().starts_with("application/json"), "{}", self.content_type());
        let v = self.json();
        assert!(v["error"].as_str().is_some_and(|s| s.len() > 10), "{v}");
        assert!(v.get("detail").is_some(), "{v}");
        v
    }
}

async fn send(app: &Router, method: &str, uri: &str, body: Option<Vec<u8>>, headers: &[(&str, &str)]) -> Reply {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = match body {
        Some(b) => req.header(header::CONTENT_TYPE, "application/json").body(Body::from(b)),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let resp = app.clone().oneshot(req).await.expect("infallible");
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = resp.into_body().collect().await.expect("body").to_bytes().to_vec();
    Reply { status, headers, body }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, "GET", uri, None, &[]).await
}

async fn post(app: &Router, uri: &str, body: &str) -> Reply {
    send(app, "POST", uri, Some(body.as_bytes().to_vec()), &[]).await
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array().expect("array").iter().map(|i| i["id"].as_str().expect("id").to_string()).collect()
}

fn mogadishu(app_list: &Value) -> Value {
    app_list["incidents"]
        .as_array()
        .expect("incidents")
        .iter()
        .find(|i| i["location"]["name"] == "Mogadishu")
        .cloned()
        .expect("the Mogadishu incident")
}

#[tokio::test]
async fn health_stats_and_page() {
    let (app, _db) = filled("health");
    let r = get(&app, "/api/health").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["status"], "ok");
    let s = get(&app, "/api/stats").await.json();
    assert_eq!(s["documents"], 8);
    assert_eq!(s["incidents"], 5, "{s}");
    let page = get(&app, "/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.content_type().starts_with("text/html"));
    assert!(page.text().contains("/static/app.js"));
    let csp = page.headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(csp.contains("default-src 'self'"), "{csp}");
    for (file, ct) in [("app.js", "text/javascript"), ("style.css", "text/css"), ("countries-110m.json", "application/json")] {
        let r = get(&app, &format!("/static/{file}")).await;
        assert_eq!(r.status, StatusCode::OK, "{file}");
        assert!(r.content_type().starts_with(ct), "{file}: {}", r.content_type());
        assert!(r.body.len() > 100, "{file} is empty");
    }
    get(&app, "/static/secret.txt").await.error(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn incidents_merge_reports_and_carry_best_values() {
    let (app, _db) = filled("list");
    let r = get(&app, "/api/incidents").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["total"], 5);
    assert_eq!(v["offset"], 0);
    assert_eq!(v["limit"], 50);
    let dates: Vec<&str> = v["incidents"].as_array().unwrap().iter().map(|i| i["date_start"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "incidents come in date order");
    let mog = mogadishu(&v);
    assert_eq!(mog["documents"].as_array().unwrap().len(), 3, "three reports, one incident: {mog}");
    assert_eq!(mog["fatalities"]["best"], 35, "the ministry's latest toll wins: {mog}");
    assert_eq!(mog["fatalities"]["low"], 20);
    assert_eq!(mog["perpetrator"]["id"], "grp.al_shabaab");
    assert_eq!(mog["perpetrator"]["claimed"], true);
}

#[tokio::test]
async fn filters_and_paging() {
    let (app, _db) = filled("filters");
    let total = |uri: String| {
        let app = app.clone();
        async move {
            let r = get(&app, &uri).await;
            assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.text());
            r.json()["total"].as_u64().expect("total")
        }
    };
    assert_eq!(total("/api/incidents?country=SO".into()).await, 1);
    assert_eq!(total("/api/incidents?country=so".into()).await, 1, "country codes are case-insensitive");
    assert_eq!(total("/api/incidents?kind=protest".into()).await, 1);
    assert_eq!(total("/api/incidents?kind=attack".into()).await, 2);
    assert_eq!(total("/api/incidents?actor=grp.al_shabaab".into()).await, 1);
    assert_eq!(total("/api/incidents?actor=Malian%20Armed%20Forces".into()).await, 1);
    assert_eq!(total("/api/incidents?since=2024-03-09".into()).await, 3);
    assert_eq!(total("/api/incidents?until=2024-03-07".into()).await, 2);
    assert_eq!(total("/api/incidents?since=2024-03-06&until=2024-03-12".into()).await, 3);
    assert_eq!(total("/api/incidents?bbox=44,33,45,34".into()).await, 1, "Baghdad");
    assert_eq!(total("/api/incidents?text=lido".into()).await, 1);
    assert_eq!(total("/api/incidents?text=nothing%20like%20this".into()).await, 0);
    assert_eq!(total("/api/incidents?country=&kind=&text=".into()).await, 5, "empty form fields are no filter");

    let a = get(&app, "/api/incidents?limit=2").await.json();
    let b = get(&app, "/api/incidents?limit=2&offset=2").await.json();
    let c = get(&app, "/api/incidents?limit=2&offset=4").await.json();
    assert_eq!(a["total"], 5);
    let mut all: Vec<String> = ids(&a["incidents"]);
    all.extend(ids(&b["incidents"]));
    all.extend(ids(&c["incidents"]));
    assert_eq!(all.len(), 5);
    assert_eq!(all.iter().collect::<BTreeSet<_>>().len(), 5, "pages do not overlap");
    let full = ids(&get(&app, "/api/incidents").await.json()["incidents"]);
    assert_eq!(all, full);
    let empty = get(&app, "/api/incidents?offset=100").await.json();
    assert_eq!(empty["incidents"].as_array().unwrap().len(), 0);
    assert_eq!(empty["total"], 5);
}

#[tokio::test]
async fn bad_filters_are_422_naming_the_parameter() {
    let (app, _db) = filled("badfilters");
    for (uri, param) in [
        ("/api/incidents?country=Iraq", "country"),
        ("/api/incidents?kind=bombing", "kind"),
        ("/api/incidents?since=2024-13-01", "since"),
        ("/api/incidents?until=last%20week", "until"),
        ("/api/incidents?bbox=1,2,3", "bbox"),
        ("/api/incidents?bbox=45,33,44,34", "bbox"),
        ("/api/incidents?since=2024-04-01&until=2024-03-01", "since"),
        ("/api/incidents?limit=abc", "limit"),
        ("/api/incidents?limit=-1", "limit"),
        ("/api/incidents?limit=100000", "limit"),
        ("/api/incidents?offset=1.5", "offset"),
        ("/api/incidents?format=acled", "format"),
        ("/api/events?kind=nothing", "kind"),
        ("/api/timeline?limit=3", "limit"),
        ("/api/map?bbox=a,b,c,d", "bbox"),
        ("/api/export?format=xlsx", "format"),
        ("/api/export?country=123", "country"),
    ] {
        let r = get(&app, uri).await;
        let v = r.error(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(v["detail"]["param"], param, "{uri}: {v}");
    }
    // An unknown parameter is a typo worth reporting, not something to ignore.
    let v = get(&app, "/api/incidents?contry=IQ").await.error(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(v["error"].as_str().unwrap().contains("contry"), "{v}");
}

#[tokio::test]
async fn one_incident_in_full() {
    let (app, _db) = filled("detail");
    let list = get(&app, "/api/incidents?country=SO").await.json();
    let id = list["incidents"][0]["id"].as_str().unwrap().to_string();
    let r = get(&app, &format!("/api/incidents/{id}")).await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["id"], id.as_str());
    assert_eq!(v["member_events"].as_array().unwrap().len(), 3);
    let statement_kinds: BTreeSet<&str> =
        v["statement_events"].as_array().unwrap().iter().map(|s| s["event"]["kind"].as_str().unwrap()).collect();
    assert_eq!(statement_kinds, BTreeSet::from(["accusation", "claim", "condemnation"]), "{v}");
    let tolls: Vec<u64> = v["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["field"] == "fatalities")
        .map(|r| r["value"]["best"].as_u64().or(r["value"]["low"].as_u64()).unwrap())
        .collect();
    assert_eq!(tolls, vec![20, 31, 35], "revisions in publication order");
    let reports = v["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 3);
    assert!(reports.iter().all(|r| r["title"].as_str().is_some_and(|t| !t.is_empty())));
    assert!(!v["merges"].as_array().unwrap().is_empty(), "merge explanations");

    let v = get(&app, "/api/incidents/inc-0000000000000000").await.error(StatusCode::NOT_FOUND);
    assert_eq!(v["detail"]["id"], "inc-0000000000000000");
    get(&app, "/api/incidents/%E2%9C%93%20odd%20id").await.error(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn documents_with_text_and_character_spans() {
    let (app, _db) = filled("document");
    let r = get(&app, "/api/documents/mog-afp-0310").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    let slice = |span: &Value| -> String {
        let (s, e) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
        text[s..e].iter().collect()
    };
    // The page highlights by these spans: they must select the values' words.
    assert_eq!(slice(&events[0]["trigger"]["span"]), events[0]["trigger"]["text"].as_str().unwrap());
    assert_eq!(slice(&events[0]["fatalities"]["span"]), "31");
    assert_eq!(slice(&events[0]["location"]["span"]), "Mogadishu");
    assert_eq!(v["incidents"].as_array().unwrap().len(), 2);
    assert!(v["incidents"][0].as_str().is_some_and(|s| s.starts_with("inc-")));
    get(&app, "/api/documents/nope").await.error(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn events_list_and_filters() {
    let (app, _db) = filled("events");
    let v = get(&app, "/api/events?limit=500").await.json();
    let n_events: usize = support::reports().iter().map(|(_, r)| r.events.len()).sum();
    assert_eq!(v["total"], n_events as u64);
    assert_eq!(v["events"].as_array().unwrap().len(), n_events);
    let claims = get(&app, "/api/events?kind=claim").await.json();
    assert_eq!(claims["total"], 3);
    for e in claims["events"].as_array().unwrap() {
        assert_eq!(e["event"]["kind"], "claim");
        assert!(e["doc_id"].as_str().is_some());
        assert!(e["incident"].as_str().is_some_and(|s| s.starts_with("inc-")), "claims belong to their incident: {e}");
    }
    assert_eq!(get(&app, "/api/events?country=IQ").await.json()["total"], 2, "events with a place in Iraq");
    assert_eq!(get(&app, "/api/events?actor=grp.islamic_state").await.json()["total"], 2);
    assert_eq!(get(&app, "/api/events?text=tear%20gas").await.json()["total"], 0, "text matches values, not whole documents");
    assert_eq!(get(&app, "/api/events?text=garment").await.json()["total"], 1);
    let page = get(&app, "/api/events?limit=3&offset=3").await.json();
    assert_eq!(page["events"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn timeline_and_map() {
    let (app, _db) = filled("timeline");
    let v = get(&app, "/api/timeline").await.json();
    let days = v["days"].as_array().unwrap();
    let n: u64 = days.iter().map(|d| d["incidents"].as_u64().unwrap()).sum();
    assert_eq!(n, 5);
    assert_eq!(v["undated"], 0);
    let mog = days.iter().find(|d| d["date"] == "2024-03-09").expect("the day of the Mogadishu bombing");
    assert_eq!(mog["fatalities"], 35);
    let v = get(&app, "/api/timeline?country=IQ").await.json();
    assert_eq!(v["days"], json!([{ "date": "2024-03-14", "incidents": 1, "fatalities": 14 }]));

    let m = get(&app, "/api/map").await.json();
    assert_eq!(m["total"], 5);
    assert_eq!(m["truncated"], false);
    let points = m["points"].as_array().unwrap();
    assert_eq!(points.len(), 5);
    let baghdad = points.iter().find(|p| p["place"] == "Sadr City").expect("Sadr City");
    assert!((baghdad["lat"].as_f64().unwrap() - 33.39).abs() < 0.01);
    assert_eq!(get(&app, "/api/map?kind=kidnapping").await.json()["points"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn exports_in_every_format_with_content_types() {
    let (app, _db) = filled("export");
    let r = get(&app, "/api/export").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.content_type(), "application/x-ndjson");
    let lines: Vec<Value> = r.text().lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 5);
    let cd = r.headers.get(header::CONTENT_DISPOSITION).and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(cd.starts_with("attachment"), "{cd}");

    let r = get(&app, "/api/export?format=acled").await;
    assert!(r.content_type().starts_with("text/csv"));
    let mut rows = csv::Reader::from_reader(r.body.as_slice());
    assert!(rows.headers().expect("header").iter().any(|h| h == "fatalities"));
    assert_eq!(rows.records().count(), 5);

    let r = get(&app, "/api/export?format=cameo&country=IQ").await;
    assert!(r.content_type().starts_with("text/tab-separated-values"));
    assert_eq!(r.text().lines().count(), 2, "header and one incident");

    let r = get(&app, "/api/export?format=plover").await;
    assert_eq!(r.content_type(), "application/x-ndjson");
    let first: Value = serde_json::from_str(r.text().lines().next().expect("a line")).expect("JSON");
    assert!(first.get("event_type").is_some(), "{first}");

    let r = get(&app, "/api/export?format=geojson&kind=attack").await;
    assert_eq!(r.content_type(), "application/geo+json");
    let g = r.json();
    assert_eq!(g["type"], "FeatureCollection");
    assert_eq!(g["features"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn openapi_describes_every_route_and_nothing_else() {
    let (app, _db) = filled("openapi");
    let r = get(&app, "/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.text(), OPENAPI_JSON);
    let spec = r.json();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    let paths = spec["paths"].as_object().expect("paths");
    let mut described = BTreeSet::new();
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            described.insert((method.to_uppercase(), path.clone()));
            let op = &ops[method];
            assert!(op["responses"]["200"].is_object(), "{method} {path} documents its 200");
        }
    }
    let served: BTreeSet<(String, String)> = ROUTES.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
    assert_eq!(described, served, "openapi.json and the router differ");
    // Every `$ref` points at a schema that exists.
    let text = OPENAPI_JSON;
    for piece in text.split("\"$ref\": \"#/components/schemas/").skip(1) {
        let name = piece.split('"').next().unwrap();
        assert!(spec["components"]["schemas"][name].is_object(), "missing schema {name}");
    }
    // Every described route answers (not the 404 of the fallback).
    for (method, path) in &served {
        let uri = path.replace("{id}", "x");
        let r = send(&app, method, &uri, (method == "POST").then(|| b"[]".to_vec()), &[]).await;
        let fallback = r.status == StatusCode::NOT_FOUND && r.json()["error"].as_str().unwrap().contains("no such endpoint");
        assert!(!fallback, "{method} {path} is described but not served");
    }
}

#[tokio::test]
async fn unknown_routes_and_methods_get_json_errors() {
    let (app, _db) = filled("routes");
    get(&app, "/api/nothing").await.error(StatusCode::NOT_FOUND);
    send(&app, "DELETE", "/api/incidents", None, &[]).await.error(StatusCode::METHOD_NOT_ALLOWED);
    send(&app, "PUT", "/api/documents", Some(b"{}".to_vec()), &[]).await.error(StatusCode::METHOD_NOT_ALLOWED);
}

fn input_docs_json() -> String {
    let docs: Vec<InputDocument> = support::reports().into_iter().map(|(d, _)| d).collect();
    serde_json::to_string(&docs).expect("JSON")
}

#[tokio::test]
async fn posting_documents_extracts_and_ingests() {
    let db = temp_db("post");
    let app = app_with_extractor(&ServerConfig::new(&db.path), fixture_extractor()).expect("app");
    assert_eq!(get(&app, "/api/stats").await.json()["documents"], 0, "a new store is created empty");
    let r = post(&app, "/api/documents", &input_docs_json()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    assert_eq!(v["report"]["documents_added"], 8);
    let docs = v["documents"].as_array().unwrap();
    assert!(docs.iter().all(|d| d["status"] == "added"), "{v}");
    let mog = docs.iter().find(|d| d["id"] == "mog-afp-0310").unwrap();
    assert_eq!(mog["events"], 2);
    assert_eq!(mog["incidents"].as_array().unwrap().len(), 1);
    assert_eq!(get(&app, "/api/incidents").await.json()["total"], 5);

    // Again: nothing changes, each document reported as a duplicate.
    let v = post(&app, "/api/documents", &input_docs_json()).await.json();
    assert_eq!(v["report"]["documents_added"], 0);
    assert!(v["documents"].as_array().unwrap().iter().all(|d| d["status"] == "duplicate"), "{v}");

    // One object, no id: named by its text's hash; posting it twice is one document.
    let one = r#"{"text": "Protesters gathered in Nairobi on Tuesday.", "published": "2024-03-12", "source": "KBC"}"#;
    let v = post(&app, "/api/documents", one).await.json();
    let id = v["documents"][0]["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("api-"));
    assert_eq!(v["documents"][0]["status"], "added");
    assert_eq!(post(&app, "/api/documents", one).await.json()["documents"][0]["status"], "duplicate");
    let d = get(&app, &format!("/api/documents/{id}")).await.json();
    assert_eq!(d["source"], "KBC");
    assert_eq!(get(&app, "/api/stats").await.json()["documents"], 9);
}

#[tokio::test]
async fn bad_posts() {
    let db = temp_db("badpost");
    let mut config = ServerConfig::new(&db.path);
    config.max_body = 4096;
    let app = app_with_extractor(&config, fixture_extractor()).expect("app");
    let v = post(&app, "/api/documents", r#"{"text": "unterminated"#).await.error(StatusCode::BAD_REQUEST);
    assert!(v["detail"]["line"].is_number());
    post(&app, "/api/documents", "").await.error(StatusCode::BAD_REQUEST);
    send(&app, "POST", "/api/documents", Some(vec![0xff, 0xfe, 0x00]), &[]).await.error(StatusCode::BAD_REQUEST);
    post(&app, "/api/documents", "[]").await.error(StatusCode::UNPROCESSABLE_ENTITY);
    post(&app, "/api/documents", "42").await.error(StatusCode::UNPROCESSABLE_ENTITY);
    let v = post(&app, "/api/documents", r#"[{"text": "fine"}, {"title": "no text"}]"#).await.error(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["detail"]["index"], 1);
    post(&app, "/api/documents", r#"{"text": 5}"#).await.error(StatusCode::UNPROCESSABLE_ENTITY);
    let big = format!(r#"{{"text": "{}"}}"#, "x".repeat(5000));
    let v = post(&app, "/api/documents", &big).await.error(StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(v["detail"]["max_bytes"], 4096);
    // Without a Content-Length the limit holds while streaming.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = (0..10).map(|_| Ok(vec![b' '; 1000])).collect();
    let req = Request::builder()
        .method("POST")
        .uri("/api/documents")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(futures_util::stream::iter(chunks)))
        .unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // None of it was stored, and the server still answers.
    assert_eq!(get(&app, "/api/stats").await.json()["documents"], 0);
}

#[tokio::test]
async fn token_guards_writes_only() {
    let db = temp_db("token");
    let mut config = ServerConfig::new(&db.path);
    config.token = Some("s3cret-token".into());
    let app = app_with_extractor(&config, fixture_extractor()).expect("app");
    let body = Some(input_docs_json().into_bytes());
    let r = send(&app, "POST", "/api/documents", body.clone(), &[]).await;
    r.error(StatusCode::UNAUTHORIZED);
    assert_eq!(r.headers.get(header::WWW_AUTHENTICATE).and_then(|v| v.to_str().ok()), Some("Bearer"));
    send(&app, "POST", "/api/documents", body.clone(), &[("authorization", "Bearer wrong")]).await.error(StatusCode::UNAUTHORIZED);
    send(&app, "POST", "/api/documents", body.clone(), &[("authorization", "s3cret-token")]).await.error(StatusCode::UNAUTHORIZED);
    assert_eq!(get(&app, "/api/stats").await.json()["documents"], 0, "refused writes stored nothing");
    let r = send(&app, "POST", "/api/documents", body, &[("authorization", "Bearer s3cret-token")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    // Reads need no token.
    assert_eq!(get(&app, "/api/incidents").await.json()["total"], 5);
    assert_eq!(get(&app, "/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_panicking_extractor_fails_one_document_not_the_server() {
    let db = temp_db("panic");
    let by_text = fixture_extractor();
    let extractor: Extractor = Arc::new(move |id: &str, doc: &InputDocument| {
        if doc.text.contains("POISON") {
            panic!("simulated pipeline bug");
        }
        by_text(id, doc)
    });
    let app = app_with_extractor(&ServerConfig::new(&db.path), extractor).expect("app");
    let docs = support::reports();
    let body = json!([
        { "id": "bad", "text": "POISON pill" },
        docs[0].0,
    ]);
    let r = post(&app, "/api/documents", &body.to_string()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    assert_eq!(v["documents"][0]["status"], "failed");
    assert!(v["documents"][0]["error"].as_str().unwrap().contains("simulated pipeline bug"));
    assert_eq!(v["documents"][1]["status"], "added");
    assert_eq!(v["report"]["rejected"], 1);
    get(&app, "/api/documents/bad").await.error(StatusCode::NOT_FOUND);
    assert_eq!(get(&app, "/api/stats").await.json()["documents"], 1);
}

#[tokio::test]
async fn slow_requests_time_out_with_json() {
    let db = temp_db("timeout");
    let mut config = ServerConfig::new(&db.path);
    config.timeout = Duration::from_millis(200);
    let extractor: Extractor = Arc::new(|id: &str, _doc: &InputDocument| {
        std::thread::sleep(Duration::from_millis(1500));
        DocumentResult::empty(id)
    });
    let app = app_with_extractor(&config, extractor).expect("app");
    let r = post(&app, "/api/documents", r#"{"text": "slow"}"#).await;
    let v = r.error(StatusCode::SERVICE_UNAVAILABLE);
    assert!(v["error"].as_str().unwrap().contains("time limit"), "{v}");
    assert_eq!(get(&app, "/api/health").await.status, StatusCode::OK);
}

/// One writer posts batches while readers list incidents: every read
/// succeeds and sees a consistent, growing store.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_ingest_while_reading() {
    let db = temp_db("concurrent");
    let app = app_with_extractor(&ServerConfig::new(&db.path), fixture_extractor()).expect("app");
    let docs: Vec<InputDocument> = support::reports().into_iter().map(|(d, _)| d).collect();
    // The eight reports plus 32 variants (distinct texts and ids) that the
    // extractor knows nothing about: forty documents in ten posts.
    let mut all = docs.clone();
    for i in 0..32 {
        all.push(InputDocument { id: Some(format!("extra-{i}")), text: format!("Report number {i}."), ..Default::default() });
    }
    let writer = {
        let app = app.clone();
        tokio::spawn(async move {
            for batch in all.chunks(4) {
                let r = post(&app, "/api/documents", &serde_json::to_string(batch).unwrap()).await;
                assert_eq!(r.status, StatusCode::OK, "{}", r.text());
            }
        })
    };
    let mut readers = Vec::new();
    for k in 0..4 {
        let app = app.clone();
        readers.push(tokio::spawn(async move {
            let mut last = 0;
            let mut reads = 0;
            loop {
                let s = get(&app, "/api/stats").await;
                assert_eq!(s.status, StatusCode::OK);
                let n = s.json()["documents"].as_u64().unwrap();
                assert!(n >= last, "reader {k}: documents went from {last} to {n}");
                last = n;
                let r = get(&app, "/api/incidents?limit=100").await;
                assert_eq!(r.status, StatusCode::OK, "{}", r.text());
                let v = r.json();
                assert_eq!(v["incidents"].as_array().unwrap().len() as u64, v["total"].as_u64().unwrap().min(100));
                reads += 1;
                if n == 40 {
                    return reads;
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
        }));
    }
    tokio::time::timeout(Duration::from_secs(120), writer).await.expect("writer finished").expect("writer ok");
    for r in readers {
        let reads = tokio::time::timeout(Duration::from_secs(60), r).await.expect("reader finished").expect("reader ok");
        assert!(reads >= 1);
    }
    assert_eq!(get(&app, "/api/incidents").await.json()["total"], 5);
    Store::open(&db.path).expect("open").check().expect("the store is consistent");
}

/// A real server on a loopback port: bytes on a socket, then a graceful stop.
#[tokio::test]
async fn real_server_on_loopback_stops_gracefully() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (app, _db) = filled("real");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(sitrep_server::serve(listener, app, async {
        let _ = stopped.await;
    }));
    let mut conn = tokio::net::TcpStream::connect(addr).await.expect("connect");
    conn.write_all(b"GET /api/incidents?country=IQ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut reply = String::new();
    conn.read_to_string(&mut reply).await.unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let body = reply.split("\r\n\r\n").nth(1).expect("body");
    let v: Value = serde_json::from_str(body).expect("JSON body");
    assert_eq!(v["total"], 1);
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), server).await.expect("stops").expect("join").expect("clean stop");
    assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "no longer listening");
}
