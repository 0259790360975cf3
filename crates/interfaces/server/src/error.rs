//! Errors as the API returns them: a status and a JSON body
//! `{"error": "<what went wrong and what to do>", "detail": <more, or null>}`.
//!
//! Every failure a client can see goes through [`ApiError`], including the
//! ones produced outside the handlers (body too large, timeouts, unknown
//! routes, wrong methods): [`json_errors`] rewrites any error response that
//! is not JSON yet, so clients can always parse the body.

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use serde_json::{json, Value};
use sitrep_store::{FilterError, StoreError};

/// An error response.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub error: String,
    pub detail: Value,
}

impl ApiError {
    pub fn new(status: StatusCode, error: impl Into<String>) -> Self {
        ApiError { status, error: error.into(), detail: Value::Null }
    }

    pub fn with_detail(mut self, detail: Value) -> Self {
        self.detail = detail;
        self
    }

    pub fn bad_request(error: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, error)
    }

    pub fn unprocessable(error: impl Into<String>) -> Self {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, error)
    }

    pub fn not_found(error: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, error)
    }

    pub fn internal(error: impl Into<String>) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, error)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("the store failed: {e}"))
    }
}

impl From<FilterError> for ApiError {
    fn from(e: FilterError) -> Self {
        ApiError::unprocessable(format!("bad filter {}: {}", e.param, e.message))
            .with_detail(json!({ "param": e.param, "message": e.message }))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        let body = json!({ "error": self.error, "detail": self.detail });
        (self.status, axum::Json(body)).into_response()
    }
}

/// The message for an error status that reached the client without a JSON
/// body (produced by axum or tower-http rather than a handler).
fn default_message(status: StatusCode, limit: usize) -> String {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => {
            format!("the request body is larger than the server accepts ({limit} bytes); send fewer documents per request or restart the server with a larger --max-body")
        }
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => {
            "the request took longer than the server's time limit; narrow the filters or restart the server with a larger --timeout".into()
        }
        StatusCode::NOT_FOUND => "no such endpoint; see /api/openapi.json for the API".into(),
        StatusCode::METHOD_NOT_ALLOWED => "this endpoint does not accept that method; see /api/openapi.json".into(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "send the body as application/json".into(),
        other => other.canonical_reason().unwrap_or("request failed").to_string(),
    }
}

/// Middleware body: turns a non-JSON error response into the JSON shape.
pub(crate) fn json_errors(response: Response<Body>, limit: usize) -> Response<Body> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let body = json!({ "error": default_message(status, limit), "detail": Value::Null }).to_string();
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}
