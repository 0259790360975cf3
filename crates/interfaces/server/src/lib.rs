//! `sitrep serve`: an HTTP API and a web page for analysts over one sitrep
//! store, from the same binary as the rest of sitrep.
//!
//! Why a server at all: analysts look at incidents on a map and a timeline,
//! open one, and read the evidence (the source text with every extracted
//! value highlighted, the claims and denials, the casualty revisions) before
//! they trust it. The page does that; the API under it is the same data for
//! scripts (see `openapi.json`, served at `/api/openapi.json`).
//!
//! Design:
//! - axum on a tokio runtime; every store call runs in
//!   `tokio::task::spawn_blocking` on a connection borrowed from a small pool
//!   ([`pool`]): rusqlite connections are `Send` but not `Sync`, and SQLite
//!   in WAL mode lets many readers work while one request ingests. Writes
//!   (POST of documents) are serialised by a mutex in the process, so two
//!   posts never wait on SQLite's busy timeout.
//! - Limits: request bodies (default 8 MiB), page size (default 500),
//!   request time (default 60 s, tower-http `TimeoutLayer`, measured until
//!   the response starts: a long export streams past it). Errors are always
//!   JSON `{"error", "detail"}` ([`error`]).
//! - Binds to 127.0.0.1 by default. With a token (`--token` or
//!   `SITREP_TOKEN`), anything that writes needs `Authorization: Bearer
//!   TOKEN`; reading stays open, since the data is what the page shows.
//! - The page (`web/`) is plain HTML, CSS and JavaScript with an offline
//!   basemap, embedded with `include_str!`/`include_bytes!` ([`assets`]): no
//!   network, no CDN, no build step.
//! - Extraction is a function value ([`Extractor`]) so that tests can feed
//!   the server hand-annotated results; the binary uses
//!   `sitrep_extraction::extract_document`. A panic inside extraction fails
//!   that one document (reported in the response), never the server.

mod api;
mod assets;
mod error;
mod pool;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use sitrep_schema::{DocumentResult, InputDocument};
use sitrep_store::{Store, StoreError};

pub use api::ROUTES;
pub use error::ApiError;

/// The pipeline as the server calls it: document id and input in, result out.
pub type Extractor = Arc<dyn Fn(&str, &InputDocument) -> DocumentResult + Send + Sync>;

/// The embedded OpenAPI 3 description of the API.
pub const OPENAPI_JSON: &str = include_str!("../openapi.json");

/// Default request body limit: 8 MiB, a few hundred articles per post.
pub const DEFAULT_MAX_BODY: usize = 8 * 1024 * 1024;
/// Default cap on `limit` for list endpoints.
pub const DEFAULT_MAX_PAGE: usize = 500;
/// Default time limit for a request until its response starts.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default address: loopback only, so nothing is exposed by accident.
pub const DEFAULT_BIND: &str = "127.0.0.1:8765";

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The store file; created if missing.
    pub db: PathBuf,
    pub bind: SocketAddr,
    /// When set, writes need `Authorization: Bearer <token>`.
    pub token: Option<String>,
    pub max_body: usize,
    pub max_page: usize,
    pub timeout: Duration,
    /// Connections kept open between requests.
    pub pool_size: usize,
}

impl ServerConfig {
    /// The defaults, for the store at `db`.
    pub fn new(db: impl Into<PathBuf>) -> ServerConfig {
        ServerConfig {
            db: db.into(),
            bind: SocketAddr::from(([127, 0, 0, 1], 8765)),
            token: None,
            max_body: DEFAULT_MAX_BODY,
            max_page: DEFAULT_MAX_PAGE,
            timeout: DEFAULT_TIMEOUT,
            pool_size: 8,
        }
    }
}

/// What can stop the server from starting or running.
#[derive(Debug)]
pub enum ServerError {
    /// The store could not be opened.
    Store(StoreError),
    /// The address could not be bound.
    Bind { addr: SocketAddr, source: std::io::Error },
    /// The runtime could not start, or the server failed while running.
    Io(std::io::Error),
}

impl std::fmt::Display for ServerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServerError::Store(e) => write!(f, "{e}"),
            ServerError::Bind { addr, source } => write!(
                f,
                "cannot listen on {addr}: {source}; pick another address with --bind (port 0 picks a free port)"
            ),
            ServerError::Io(e) => write!(f, "server: {e}"),
        }
    }
}

impl std::error::Error for ServerError {
    // The messages above already include the underlying error's; returning
    // it as the source too would print it twice in an error chain.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        None
    }
}

impl From<StoreError> for ServerError {
    fn from(e: StoreError) -> Self {
        ServerError::Store(e)
    }
}

/// Shared by every request.
pub(crate) struct AppState {
    pub(crate) pool: Arc<pool::Pool>,
    /// Held while ingesting: one writer at a time inside this process.
    pub(crate) write_lock: Mutex<()>,
    pub(crate) extractor: Extractor,
    pub(crate) token: Option<String>,
    pub(crate) max_page: usize,
    pub(crate) max_body: usize,
}

/// The real pipeline, with panics turned into a failed document.
pub fn pipeline_extractor() -> Extractor {
    Arc::new(|id: &str, doc: &InputDocument| sitrep_extraction::extract_document(id, doc))
}

/// The application (API, page, limits, error shaping) for `config`, with
/// the given extractor. Opens (or creates) the store once to check it.
pub fn app_with_extractor(config: &ServerConfig, extractor: Extractor) -> Result<Router, ServerError> {
    let first = Store::open(&config.db)?;
    let state = Arc::new(AppState {
        pool: pool::Pool::new(first, config.pool_size),
        write_lock: Mutex::new(()),
        extractor,
        token: config.token.clone().filter(|t| !t.is_empty()),
        max_page: config.max_page.max(1),
        max_body: config.max_body,
    });
    Ok(api::router(state, config.timeout))
}

/// The application with the real pipeline.
pub fn app(config: &ServerConfig) -> Result<Router, ServerError> {
    app_with_extractor(config, pipeline_extractor())
}

/// Serves `app` on `listener` until `shutdown` completes, then finishes the
/// requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await.map_err(ServerError::Io)
}

/// Completes on Ctrl-C (SIGINT) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// Runs the server for `config` until Ctrl-C or SIGTERM: what `sitrep serve`
/// calls. `on_ready` gets the bound address (useful with port 0) once the
/// server accepts connections.
pub fn run(config: ServerConfig, on_ready: impl FnOnce(SocketAddr)) -> Result<(), ServerError> {
    let app = app(&config)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(ServerError::Io)?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.bind)
            .await
            .map_err(|source| ServerError::Bind { addr: config.bind, source })?;
        let addr = listener.local_addr().map_err(ServerError::Io)?;
        on_ready(addr);
        serve(listener, app, shutdown_signal()).await
    })
}
