//! The HTTP API: routes, query parsing, and the handlers, each a thin layer
//! over one or two store calls run on the blocking pool.
//!
//! [`ROUTES`] is the one list of endpoints: the router is built from it and
//! a test checks it against `openapi.json` both ways, so the description
//! cannot drift from what is served.

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use sitrep_schema::{DocumentResult, InputDocument};
use sitrep_store::{export, ExportFormat, FilterParams, IncidentFilter, Page, Store};
use tower_http::timeout::TimeoutLayer;

use crate::error::{json_errors, ApiError};
use crate::pool::Pooled;
use crate::{assets, AppState};

/// Every route: method and path (OpenAPI path syntax, which axum 0.8 shares).
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/api/health"),
    ("GET", "/api/stats"),
    ("GET", "/api/openapi.json"),
    ("GET", "/api/incidents"),
    ("GET", "/api/incidents/{id}"),
    ("GET", "/api/events"),
    ("POST", "/api/documents"),
    ("GET", "/api/documents/{id}"),
    ("GET", "/api/timeline"),
    ("GET", "/api/map"),
    ("GET", "/api/export"),
];

/// Default page size of list endpoints.
const DEFAULT_LIMIT: usize = 50;
/// Most points the map endpoint returns.
const MAP_CAP: usize = 10_000;

fn handler(method: &str, path: &str) -> MethodRouter<Arc<AppState>> {
    match (method, path) {
        ("GET", "/api/health") => get(health),
        ("GET", "/api/stats") => get(stats),
        ("GET", "/api/openapi.json") => get(openapi),
        ("GET", "/api/incidents") => get(list_incidents),
        ("GET", "/api/incidents/{id}") => get(get_incident),
        ("GET", "/api/events") => get(list_events),
        ("POST", "/api/documents") => post(post_documents),
        ("GET", "/api/documents/{id}") => get(get_document),
        ("GET", "/api/timeline") => get(timeline),
        ("GET", "/api/map") => get(map_points),
        ("GET", "/api/export") => get(export_incidents),
        // A route listed in ROUTES without a handler is a programming error
        // that every test run catches at start-up.
        _ => panic!("no handler for {method} {path}"),
    }
}

pub(crate) fn router(state: Arc<AppState>, timeout: Duration) -> Router {
    let limit = state.max_body;
    let mut paths: Vec<&str> = ROUTES.iter().map(|(_, p)| *p).collect();
    paths.dedup();
    let mut router: Router<Arc<AppState>> = Router::new();
    for path in BTreeSet::from_iter(paths) {
        let mut methods: Option<MethodRouter<Arc<AppState>>> = None;
        for (m, _) in ROUTES.iter().filter(|(_, p)| *p == path) {
            let h = handler(m, path);
            methods = Some(match methods {
                None => h,
                Some(prev) => prev.merge(h),
            });
        }
        if let Some(methods) = methods {
            router = router.route(path, methods);
        }
    }
    router
        .route("/", get(assets::index))
        .route("/index.html", get(assets::index))
        .route("/static/{file}", get(assets::file))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&state), require_token))
        .layer(DefaultBodyLimit::max(limit))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, timeout))
        .layer(middleware::map_response(move |r: Response| async move { json_errors(r, limit) }))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint; see /api/openapi.json for the API, or open / for the page")
}

/// Compares without an early exit, so timing does not reveal the token.
fn same_token(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = given.len() ^ expected.len();
    for (i, b) in expected.iter().enumerate() {
        diff |= usize::from(given.get(i).copied().unwrap_or(0) ^ b);
    }
    diff == 0
}

/// Writes need the bearer token when one is configured.
async fn require_token(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let reads = [Method::GET, Method::HEAD, Method::OPTIONS];
    if let Some(token) = &state.token {
        if !reads.contains(request.method()) {
            let given = request
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim);
            let ok = given.is_some_and(|g| same_token(g.as_bytes(), token.as_bytes()));
            if !ok {
                let message = if given.is_some() {
                    "the bearer token is wrong; use the token the server was started with (--token or SITREP_TOKEN)"
                } else {
                    "this server needs a token for writes: send `Authorization: Bearer TOKEN`"
                };
                let mut response = ApiError::new(StatusCode::UNAUTHORIZED, message).into_response();
                response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                return response;
            }
        }
    }
    next.run(request).await
}

/// Runs `f` on the blocking pool with a pooled store connection.
async fn with_store<T: Send + 'static>(
    state: &Arc<AppState>,
    f: impl FnOnce(&mut Pooled) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let state = Arc::clone(state);
    tokio::task::spawn_blocking(move || {
        let mut store = state.pool.get()?;
        f(&mut store)
    })
    .await
    .map_err(|e| ApiError::internal(format!("the request failed inside the server: {e}")))?
}

/// Query parameters of the list, timeline, map and export endpoints.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    country: Option<String>,
    kind: Option<String>,
    actor: Option<String>,
    since: Option<String>,
    until: Option<String>,
    bbox: Option<String>,
    text: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
    format: Option<String>,
}

impl Params {
    fn from_query(q: Result<Query<Params>, QueryRejection>) -> Result<Params, ApiError> {
        q.map(|Query(p)| p).map_err(|e| {
            ApiError::unprocessable(format!(
                "bad query string: {}; the parameters are country, kind, actor, since, until, bbox, text, limit, offset (and format for exports)",
                e.body_text()
            ))
        })
    }

    fn filter(&self) -> Result<IncidentFilter, ApiError> {
        let p = FilterParams {
            country: self.country.clone(),
            kind: self.kind.clone(),
            actor: self.actor.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            bbox: self.bbox.clone(),
            text: self.text.clone(),
        };
        Ok(p.to_filter()?)
    }

    /// Rejects parameters this endpoint does not use, so a client that
    /// sends `format` to a list endpoint learns it was ignored.
    fn reject(&self, names: &[&str]) -> Result<(), ApiError> {
        for &name in names {
            let set = match name {
                "limit" => self.limit.is_some(),
                "offset" => self.offset.is_some(),
                "format" => self.format.is_some(),
                _ => false,
            };
            if set {
                return Err(ApiError::unprocessable(format!("this endpoint takes no {name} parameter"))
                    .with_detail(json!({ "param": name })));
            }
        }
        Ok(())
    }

    fn page(&self, max: usize) -> Result<Page, ApiError> {
        let number = |name: &'static str, v: &Option<String>, default: usize| -> Result<usize, ApiError> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(default),
                Some(s) => s.parse::<usize>().map_err(|_| {
                    ApiError::unprocessable(format!("bad {name} {s:?}: give a whole number ≥ 0"))
                        .with_detail(json!({ "param": name }))
                }),
            }
        };
        let limit = number("limit", &self.limit, DEFAULT_LIMIT.min(max))?;
        let offset = number("offset", &self.offset, 0)?;
        if limit > max {
            return Err(ApiError::unprocessable(format!(
                "limit {limit} is above this server's page size cap of {max}; page through with offset"
            ))
            .with_detail(json!({ "param": "limit", "max": max })));
        }
        Ok(Page { offset, limit })
    }
}

async fn health() -> Json<Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

async fn stats(State(state): State<Arc<AppState>>) -> Result<Json<Value>, ApiError> {
    let stats = with_store(&state, |s| Ok(s.stats()?)).await?;
    Ok(Json(json!(stats)))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], crate::OPENAPI_JSON).into_response()
}

async fn list_incidents(
    State(state): State<Arc<AppState>>,
    q: Result<Query<Params>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    list_page(&state, q, "incidents", Store::count_incidents, Store::incidents).await
}

async fn list_events(
    State(state): State<Arc<AppState>>,
    q: Result<Query<Params>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    list_page(&state, q, "events", Store::count_events, Store::events).await
}

/// One page of a filtered list with its total, both read in one snapshot
/// so that they agree while another connection ingests.
async fn list_page<T: serde::Serialize + Send + 'static>(
    state: &Arc<AppState>,
    q: Result<Query<Params>, QueryRejection>,
    key: &'static str,
    count: fn(&Store, &IncidentFilter) -> Result<u64, sitrep_store::StoreError>,
    page_of: fn(&Store, &IncidentFilter, Page) -> Result<Vec<T>, sitrep_store::StoreError>,
) -> Result<Json<Value>, ApiError> {
    let params = Params::from_query(q)?;
    params.reject(&["format"])?;
    let filter = params.filter()?;
    let page = params.page(state.max_page)?;
    with_store(state, move |s| {
        let (total, items) = s.snapshot(|s| Ok((count(s, &filter)?, page_of(s, &filter, page)?)))?;
        Ok(Json(json!({ "total": total, "offset": page.offset, "limit": page.limit, (key): items })))
    })
    .await
}

async fn get_incident(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    with_store(&state, move |s| {
        let found = s.snapshot(|s| {
            let Some(detail) = s.incident(&id)? else { return Ok(None) };
            let mut reports = Vec::new();
            for doc_id in &detail.summary.documents {
                if let Some(d) = s.document(doc_id)? {
                    reports.push(json!({
                        "id": d.id, "title": d.title, "source": d.source, "published": d.published, "url": d.url,
                    }));
                }
            }
            Ok(Some((detail, reports)))
        })?;
        let Some((detail, reports)) = found else {
            return Err(ApiError::not_found(format!("no incident {id:?} in this store; list them at /api/incidents"))
                .with_detail(json!({ "id": id })));
        };
        let mut value = serde_json::to_value(&detail)
            .map_err(|e| ApiError::internal(format!("serialising the incident: {e}")))?;
        value["reports"] = Value::Array(reports);
        Ok(Json(value))
    })
    .await
}

async fn get_document(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    with_store(&state, move |s| match s.document(&id)? {
        Some(doc) => Ok(Json(json!(doc))),
        None => Err(ApiError::not_found(format!("no document {id:?} in this store"))
            .with_detail(json!({ "id": id }))),
    })
    .await
}

async fn timeline(
    State(state): State<Arc<AppState>>,
    q: Result<Query<Params>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let params = Params::from_query(q)?;
    params.reject(&["limit", "offset", "format"])?;
    let filter = params.filter()?;
    with_store(&state, move |s| {
        let (days, undated) = s.incident_days(&filter)?;
        Ok(Json(json!({ "days": days, "undated": undated })))
    })
    .await
}

async fn map_points(
    State(state): State<Arc<AppState>>,
    q: Result<Query<Params>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let params = Params::from_query(q)?;
    params.reject(&["limit", "offset", "format"])?;
    let filter = params.filter()?;
    with_store(&state, move |s| {
        let (total, incidents) =
            s.snapshot(|s| Ok((s.count_incidents(&filter)?, s.incidents(&filter, Page::first(MAP_CAP))?)))?;
        let points: Vec<Value> = incidents
            .iter()
            .filter_map(|i| {
                let loc = i.location.as_ref()?;
                let (lat, lon) = (loc.lat?, loc.lon?);
                Some(json!({
                    "id": i.id,
                    "lat": lat,
                    "lon": lon,
                    "kind": i.kind,
                    "date": i.date_start,
                    "place": loc.name.as_ref().unwrap_or(&loc.text),
                    "fatalities": i.fatalities.as_ref().and_then(|f| f.best.or(f.low)),
                }))
            })
            .collect();
        Ok(Json(json!({ "total": total, "truncated": total as usize > MAP_CAP, "points": points })))
    })
    .await
}

/// Hands written bytes to the response body, a chunk at a time.
struct ChannelWriter(tokio::sync::mpsc::Sender<Result<Bytes, io::Error>>);

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .blocking_send(Ok(Bytes::copy_from_slice(buf)))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn export_format(name: &str) -> Result<(ExportFormat, &'static str, &'static str), ApiError> {
    Ok(match name {
        "jsonl" => (ExportFormat::Jsonl, "application/x-ndjson", "jsonl"),
        "acled" => (ExportFormat::Acled, "text/csv; charset=utf-8", "csv"),
        "cameo" => (ExportFormat::Cameo, "text/tab-separated-values; charset=utf-8", "tsv"),
        "plover" => (ExportFormat::Plover, "application/x-ndjson", "plover.jsonl"),
        "geojson" => (ExportFormat::Geojson, "application/geo+json", "geojson"),
        other => {
            return Err(ApiError::unprocessable(format!(
                "unknown format {other:?}; use one of jsonl, acled, cameo, plover, geojson"
            ))
            .with_detail(json!({ "param": "format" })))
        }
    })
}

/// Streams the export: the store writes on a blocking thread while the
/// client reads, so a large store is exported in constant memory.
async fn export_incidents(
    State(state): State<Arc<AppState>>,
    q: Result<Query<Params>, QueryRejection>,
) -> Result<Response, ApiError> {
    let params = Params::from_query(q)?;
    params.reject(&["limit", "offset"])?;
    let filter = params.filter()?;
    let (format, content_type, ext) = export_format(params.format.as_deref().unwrap_or("jsonl"))?;
    // Borrow the connection first, so a store that cannot be opened is a
    // 500 rather than a truncated 200.
    let pooled_state = Arc::clone(&state);
    let store = tokio::task::spawn_blocking(move || pooled_state.pool.get())
        .await
        .map_err(|e| ApiError::internal(format!("the request failed inside the server: {e}")))??;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, io::Error>>(16);
    tokio::task::spawn_blocking(move || {
        let store: &Store = &store;
        let mut out = io::BufWriter::with_capacity(64 * 1024, ChannelWriter(tx.clone()));
        let result = export(store, &filter, format, &mut out).map_err(|e| e.to_string()).and_then(|_| out.flush().map_err(|e| e.to_string()));
        if let Err(message) = result {
            // Too late for a status: abort the body so the client sees a
            // broken transfer, not a silently short file.
            let _ = tx.blocking_send(Err(io::Error::other(message)));
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|item| (item, rx)) });
    let disposition = format!("attachment; filename=\"sitrep-incidents.{ext}\"");
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_DISPOSITION, disposition)
        .body(Body::from_stream(stream))
        .map_err(|e| ApiError::internal(format!("building the response: {e}")))
}

/// A stable id for a posted document without one: its text's hash, so that
/// posting the same text twice names it the same.
fn derived_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("api-{hex}")
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Reads the posted body: one document object or an array of them, in the
/// input format of `sitrep extract` (`text` required).
fn parse_documents(body: &[u8]) -> Result<Vec<(String, InputDocument)>, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_request(format!("the body is not valid JSON: {e}"))
            .with_detail(json!({ "line": e.line(), "column": e.column() }))
    })?;
    let items = match value {
        Value::Array(items) => items,
        obj @ Value::Object(_) => vec![obj],
        _ => {
            return Err(ApiError::unprocessable(
                "send one document as a JSON object {\"text\": ...} or an array of them",
            ))
        }
    };
    if items.is_empty() {
        return Err(ApiError::unprocessable("the array holds no documents; send at least one"));
    }
    let mut docs = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let doc: InputDocument = serde_json::from_value(item).map_err(|e| {
            ApiError::unprocessable(format!(
                "document {index} is not a sitrep input document: {e}; fields are id, text (required), published (YYYY-MM-DD), source, url, title"
            ))
            .with_detail(json!({ "index": index }))
        })?;
        let id = doc.id.clone().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).unwrap_or_else(|| derived_id(&doc.text));
        docs.push((id, doc));
    }
    Ok(docs)
}

async fn post_documents(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    let body = body.map_err(|e| {
        let status = e.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                status,
                format!(
                    "the request body is larger than the server accepts ({} bytes); send fewer documents per request or restart the server with a larger --max-body",
                    state.max_body
                ),
            )
            .with_detail(json!({ "max_bytes": state.max_body }))
        } else {
            ApiError::new(status, format!("could not read the request body: {}", e.body_text()))
        }
    })?;
    let docs = parse_documents(&body)?;
    let state2 = Arc::clone(&state);
    tokio::task::spawn_blocking(move || {
        let state = state2;
        let results: Vec<DocumentResult> = docs
            .iter()
            .map(|(id, doc)| {
                let extract = AssertUnwindSafe(|| (state.extractor)(id, doc));
                match std::panic::catch_unwind(extract) {
                    Ok(mut r) => {
                        r.id = id.clone();
                        r
                    }
                    Err(payload) => {
                        let mut r = DocumentResult::empty(id.clone());
                        r.error = Some(format!("extraction failed on this document: {}", panic_message(&*payload)));
                        r
                    }
                }
            })
            .collect();
        let _writer = state.write_lock.lock().unwrap_or_else(|p| p.into_inner());
        let mut store = state.pool.get()?;
        let mut existed = Vec::with_capacity(docs.len());
        for (id, _) in &docs {
            existed.push(store.document(id)?.is_some());
        }
        let pairs: Vec<(InputDocument, DocumentResult)> =
            docs.iter().map(|(_, d)| d.clone()).zip(results.iter().cloned()).collect();
        let report = store.ingest(&pairs)?;
        let mut out = Vec::with_capacity(docs.len());
        let mut seen = BTreeSet::new();
        for (((id, _), result), existed) in docs.iter().zip(&results).zip(existed) {
            let stored = if result.error.is_some() { None } else { store.document(id)? };
            let status = match (&result.error, existed, &stored) {
                (Some(_), _, _) => "failed",
                (None, true, _) => "duplicate",
                (None, false, Some(_)) if seen.insert(id.clone()) => "added",
                // Same text as a stored document under another id, or the
                // same id twice in this request.
                _ => "duplicate",
            };
            let incidents: BTreeSet<String> =
                stored.iter().flat_map(|d| d.incidents.iter().flatten().cloned()).collect();
            out.push(json!({
                "id": id,
                "status": status,
                "events": result.events.len(),
                "incidents": incidents,
                "warnings": result.warnings,
                "error": result.error,
            }));
        }
        Ok(Json(json!({ "report": report, "documents": out })))
    })
    .await
    .map_err(|e| ApiError::internal(format!("the request failed inside the server: {e}")))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_comparison() {
        assert!(same_token(b"secret", b"secret"));
        assert!(!same_token(b"secreT", b"secret"));
        assert!(!same_token(b"secret1", b"secret"));
        assert!(!same_token(b"", b"secret"));
    }

    #[test]
    fn every_route_has_a_handler() {
        for (m, p) in ROUTES {
            let _ = handler(m, p);
        }
    }

    #[test]
    fn posted_documents_parse() {
        let docs = parse_documents(br#"{"text": "A bomb exploded.", "published": "2024-03-09"}"#).expect("one");
        assert_eq!(docs.len(), 1);
        assert!(docs[0].0.starts_with("api-"));
        let docs = parse_documents(br#"[{"id": "a", "text": "x"}, {"id": " ", "text": "y"}]"#).expect("two");
        assert_eq!(docs[0].0, "a");
        assert_eq!(docs[1].0, derived_id("y"));
        assert_eq!(parse_documents(b"{\"text\": ").unwrap_err().status, StatusCode::BAD_REQUEST);
        assert_eq!(parse_documents(b"[]").unwrap_err().status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(parse_documents(b"\"text\"").unwrap_err().status, StatusCode::UNPROCESSABLE_ENTITY);
        let e = parse_documents(br#"[{"text": "x"}, {"title": "no text"}]"#).unwrap_err();
        assert_eq!(e.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e.detail["index"], 1);
    }
}
