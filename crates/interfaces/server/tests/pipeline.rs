//! The server with the real pipeline (`sitrep_extraction::extract_document`):
//! posted reports are extracted, stored and merged, and their evidence
//! spans select the right words of the stored text. These tests need the
//! embedded parser model to be usable.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use sitrep_server::{app, ServerConfig};
use tower::ServiceExt;

async fn call(app: &axum::Router, method: &str, uri: &str, body: Option<String>) -> (StatusCode, Value) {
    let req = Request::builder().method(method).uri(uri).header(header::CONTENT_TYPE, "application/json");
    let req = req.body(body.map(Body::from).unwrap_or_else(Body::empty)).expect("request");
    let resp = app.clone().oneshot(req).await.expect("infallible");
    let status = resp.status();
    let bytes = resp.into_body().collect().await.expect("body").to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

fn chars(text: &str, span: &Value) -> String {
    let (s, e) = (span[0].as_u64().unwrap_or(0) as usize, span[1].as_u64().unwrap_or(0) as usize);
    text.chars().skip(s).take(e.saturating_sub(s)).collect()
}

#[tokio::test]
async fn posted_reports_go_through_the_real_pipeline() {
    let dir = tempfile::Builder::new().prefix("sitrep-server-pipeline-").tempdir().expect("temp dir");
    let app = app(&ServerConfig::new(dir.path().join("store.db"))).expect("app");
    let docs = json!([
        {
            "id": "p1", "published": "2024-03-09", "source": "Reuters", "title": "Car bomb in Mogadishu",
            "text": "MOGADISHU, March 9 (Reuters) - A car bomb exploded outside a busy restaurant in Mogadishu on Saturday, killing at least 20 people, police said. Al-Shabaab claimed responsibility for the attack."
        },
        {
            "id": "p2", "published": "2024-03-10", "source": "AFP", "title": "Mogadishu toll rises",
            "text": "The death toll from Saturday's car bomb attack in Mogadishu has risen to 31, a hospital official said on Sunday."
        }
    ]);
    let (status, v) = call(&app, "POST", "/api/documents", Some(docs.to_string())).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    for d in v["documents"].as_array().expect("documents") {
        assert_eq!(d["status"], "added", "{d}");
        assert!(d["events"].as_u64().unwrap_or(0) >= 1, "the pipeline found an event: {d}");
    }
    let (status, list) = call(&app, "GET", "/api/incidents?country=SO", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list["total"].as_u64().unwrap_or(0) >= 1, "{list}");
    let (_, doc) = call(&app, "GET", "/api/documents/p1", None).await;
    let text = doc["text"].as_str().expect("text").to_string();
    let attack = doc["events"].as_array().expect("events").iter().find(|e| e["kind"] == "attack").expect("an attack");
    let trigger = chars(&text, &attack["trigger"]["span"]);
    assert_eq!(trigger, attack["trigger"]["text"].as_str().unwrap_or(""), "the trigger span selects its words");
    if let Some(loc) = attack["location"].as_object() {
        assert_eq!(chars(&text, &loc["span"]), loc["text"].as_str().unwrap_or(""));
    }
}
