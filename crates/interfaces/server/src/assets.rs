//! The analysts' page: HTML, CSS, JavaScript and the basemap, compiled into
//! the binary so `sitrep serve` needs no files beside it and no network.
//!
//! The Content-Security-Policy allows nothing but this server, which both
//! guards against injected content from document texts and proves in the
//! browser tests that the page works offline.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

const INDEX_HTML: &str = include_str!("../web/index.html");

/// `(name, content type, bytes)` of every file under `/static/`.
const FILES: &[(&str, &str, &[u8])] = &[
    ("app.js", "text/javascript; charset=utf-8", include_bytes!("../web/app.js")),
    ("style.css", "text/css; charset=utf-8", include_bytes!("../web/style.css")),
    ("countries-110m.json", "application/json", include_bytes!("../web/countries-110m.json")),
];

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
                   script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

fn with_headers(content_type: &'static str, body: &'static [u8]) -> Response {
    let mut r = (StatusCode::OK, body).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // The files change only with the binary; revalidating is cheap on loopback.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

pub(crate) async fn index() -> Response {
    with_headers("text/html; charset=utf-8", INDEX_HTML.as_bytes())
}

pub(crate) async fn file(Path(name): Path<String>) -> Response {
    match FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, content_type, body)) => with_headers(content_type, body),
        None => ApiError::not_found(format!("no static file {name:?}")).into_response(),
    }
}
