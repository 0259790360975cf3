//! The sitrep store: one SQLite file (WAL mode) holding documents, the events
//! extracted from them, the incidents those events were merged into, and
//! every revision of every incident's figures.
//!
//! Why SQLite: one file an analyst can copy, no server, transactions that
//! survive `kill -9`, and concurrent readers while one process ingests.
//!
//! Guarantees:
//! - Idempotence: a document already stored (same id, or same text by
//!   SHA-256) is skipped; ingesting the same feed twice changes nothing.
//! - Crash safety: [`Store::ingest`] runs one transaction per call; a batch's
//!   documents, their events and the incidents they touch are committed
//!   together or not at all, so an interrupted ingest leaves a consistent
//!   store and re-running it completes the job.
//! - Order independence: incidents are recomputed for the whole connected
//!   neighbourhood of new events (see `sitrep_resolution::merge`), so the
//!   same set of documents gives the same incidents whatever the order and
//!   batching of ingest.
//!
//! Concurrency: a [`Store`] owns one connection and is `Send` but not
//! `Sync`; open one per thread or process. Writers wait for each other
//! (`busy_timeout`), readers never block.

mod events;
mod export;
mod ingest;
mod params;
mod query;
mod schema;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use sitrep_resolution::MergeConfig;

pub use events::{DayCount, EventListing};
pub use export::{export, ExportFormat};
pub use ingest::IngestReport;
pub use params::{parse_bbox, parse_country, parse_day, parse_kind, FilterError, FilterParams};
pub use query::{
    ActorRef, Codes, IncidentDetail, IncidentFilter, IncidentSummary, MergeRecord, Page, Stats, StoredDocument,
    StoredEvent,
};

/// Version of the table layout; bumped with a migration when it changes.
pub const SCHEMA_VERSION: i64 = 1;

/// How long a writer waits for another writer before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// Everything that can go wrong with the store, with what to do about it.
#[derive(Debug)]
pub enum StoreError {
    /// SQLite refused an operation; `context` says which.
    Sqlite { context: String, source: rusqlite::Error },
    /// The file was written by a newer sitrep.
    NewerSchema { path: PathBuf, found: i64, supported: i64 },
    /// The file is not a sitrep store.
    NotAStore { path: PathBuf, reason: String },
    /// A stored JSON value could not be read back (a damaged store).
    Corrupt(String),
    /// Writing an export failed.
    Io(std::io::Error),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Sqlite { context, source } => write!(f, "store: {context}: {source}"),
            StoreError::NewerSchema { path, found, supported } => write!(
                f,
                "{} was written by a newer sitrep (store schema {found}, this build reads up to {supported}); upgrade sitrep",
                path.display()
            ),
            StoreError::NotAStore { path, reason } => {
                write!(f, "{} is not a sitrep store ({reason}); pass a new file name or an existing store", path.display())
            }
            StoreError::Corrupt(msg) => write!(f, "store is damaged: {msg}; re-ingest into a new file"),
            StoreError::Io(e) => write!(f, "writing the export: {e}"),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Sqlite { source, .. } => Some(source),
            StoreError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Io(e)
    }
}

/// Adds a context to SQLite errors.
pub(crate) trait Ctx<T> {
    fn ctx(self, context: &str) -> Result<T, StoreError>;
}

impl<T> Ctx<T> for Result<T, rusqlite::Error> {
    fn ctx(self, context: &str) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Sqlite { context: context.to_string(), source })
    }
}

/// A handle on one store file.
pub struct Store {
    conn: Connection,
    cfg: MergeConfig,
    path: PathBuf,
    neighbourhood_cap: usize,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, with the embedded merge
    /// configuration.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        Store::open_with_config(path, MergeConfig::default())
    }

    /// Opens the store with a custom merge configuration (tests, tuning).
    pub fn open_with_config(path: impl AsRef<Path>, cfg: MergeConfig) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open(&path).ctx(&format!("opening {}", path.display()))?;
        conn.busy_timeout(BUSY_TIMEOUT).ctx("setting the busy timeout")?;
        let not_a_store = |e: rusqlite::Error| StoreError::NotAStore { path: path.clone(), reason: e.to_string() };
        conn.pragma_update(None, "journal_mode", "WAL").map_err(not_a_store)?;
        conn.pragma_update(None, "foreign_keys", "ON").ctx("enabling foreign keys")?;
        // WAL + NORMAL: a crash of the process never loses a committed
        // transaction; a power cut may lose the last few, never consistency.
        conn.pragma_update(None, "synchronous", "NORMAL").ctx("setting synchronous")?;
        // Merging reads events all over the file: a 64 MB page cache and
        // memory-mapped reads keep that off the system-call path.
        conn.pragma_update(None, "cache_size", -65536).ctx("setting the cache size")?;
        conn.pragma_update(None, "mmap_size", 268_435_456i64).ctx("setting the mmap size")?;
        // Checkpoint every 32 MB of WAL rather than 4 MB: pages that many
        // batches touch (indexes, incidents) are copied back once, not often.
        conn.pragma_update(None, "wal_autocheckpoint", 8192).ctx("setting the checkpoint interval")?;
        let mut store = Store { conn, cfg, path, neighbourhood_cap: ingest::MAX_NEIGHBOURHOOD };
        schema::migrate(&mut store.conn, &store.path)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn config(&self) -> &MergeConfig {
        &self.cfg
    }

    /// Sets the largest neighbourhood recomputed in one go (default 5000
    /// events); see [`IngestReport::capped`]. For tests and tuning.
    pub fn with_neighbourhood_cap(mut self, cap: usize) -> Store {
        self.neighbourhood_cap = cap.max(1);
        self
    }
}
