//! The table layout and its version. Each table's comment says what it
//! holds; `docs/notes-store.md` has the overview.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::{Ctx, StoreError, SCHEMA_VERSION};

const SCHEMA_V1: &str = r#"
-- One row: the layout version of this file.
CREATE TABLE schema_version (version INTEGER NOT NULL);

-- Input documents with their text (so a UI can highlight evidence spans)
-- and the DocumentResult minus its events (dateline, warnings).
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,   -- SHA-256 of the text, hex
    published    TEXT,
    source       TEXT,
    url          TEXT,
    title        TEXT,
    text         TEXT NOT NULL,
    result_json  TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

-- Incidents: derived, rewritten whenever a member joins. summary_json is an
-- IncidentSummary; the other columns are copies for filtering.
CREATE TABLE incidents (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    date_start     TEXT,
    date_end       TEXT,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    fatalities     INTEGER,
    n_events       INTEGER NOT NULL,
    n_documents    INTEGER NOT NULL,
    search_text    TEXT NOT NULL,        -- lower-cased names, places, titles
    summary_json   TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date_start, id);
CREATE INDEX incidents_country ON incidents(country, date_start);
CREATE INDEX incidents_latlon ON incidents(lat, lon);

-- Every event of every document, with its full JSON and indexed copies.
-- Only the indexes that queries use: each one costs page writes on ingest.
-- day_start/day_end: the effective date as day numbers (the publication
-- date stands in for a missing event date), used to find merge candidates.
CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    family       TEXT,
    clusterable  INTEGER NOT NULL,
    target_event TEXT,                   -- statements: the material event they are about
    date_start   TEXT,
    date_end     TEXT,
    day_start    INTEGER,
    day_end      INTEGER,
    country      TEXT,
    ckey         TEXT NOT NULL,          -- country or '' (candidate lookups)
    lat          REAL,
    lon          REAL,
    actor_ids    TEXT NOT NULL,          -- ' id1 id2 ' for quick filters
    fatalities   INTEGER,
    injuries     INTEGER,
    published    TEXT,
    source       TEXT,
    incident_id  TEXT REFERENCES incidents(id) ON DELETE SET NULL,
    merge_json   TEXT,                   -- sitrep_resolution::MergeItem (clusterable events)
    json         TEXT NOT NULL           -- the Event, last: long, read only when needed
);
CREATE INDEX events_doc ON events(doc_id, seq);
CREATE INDEX events_candidates ON events(family, ckey, day_start, day_end, id) WHERE clusterable = 1;
CREATE INDEX events_candidates_any ON events(family, day_start, day_end, id) WHERE clusterable = 1;
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_target ON events(target_event) WHERE target_event IS NOT NULL;
CREATE INDEX events_kind ON events(kind, date_start);

-- Actors of events, for --actor filters (id or name).
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    actor_id TEXT,
    name     TEXT NOT NULL
);
CREATE INDEX event_actors_id ON event_actors(actor_id);
CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE);

-- Why events were merged: one row per merge step of an incident.
CREATE TABLE merges (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    step        INTEGER NOT NULL,
    event_a     TEXT NOT NULL,
    event_b     TEXT NOT NULL,
    pair_score  REAL NOT NULL,
    group_score REAL NOT NULL,
    explanation TEXT NOT NULL
);
CREATE INDEX merges_incident ON merges(incident_id, step);

-- Every value every report gave for an incident's fields.
CREATE TABLE revisions (
    incident_id   TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    field         TEXT NOT NULL,
    value_json    TEXT NOT NULL,
    text          TEXT NOT NULL,
    attributed_to TEXT,
    doc_id        TEXT NOT NULL,
    source        TEXT,
    published     TEXT,
    event_id      TEXT NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    superseded    INTEGER NOT NULL
);
CREATE INDEX revisions_incident ON revisions(incident_id, seq);

-- Incident ids are named after their earliest member; when an earlier report
-- arrives the incident is renamed and the old name kept here.
CREATE TABLE incident_aliases (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);
CREATE INDEX incident_aliases_new ON incident_aliases(new_id);
"#;

/// Creates the tables in a new file, or checks the version of an existing one.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    // The common case, an existing store of this version, needs no write
    // lock, so readers can open the store while another process ingests.
    let existing: Option<i64> =
        conn.query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0)).optional().ok().flatten().flatten();
    if existing == Some(SCHEMA_VERSION) {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StoreError::NotAStore { path: path.to_path_buf(), reason: e.to_string() })?;
    let has_version: bool = tx
        .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| StoreError::NotAStore { path: path.to_path_buf(), reason: e.to_string() })?
        > 0;
    if !has_version {
        let tables: i64 = tx
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))
            .ctx("reading the table list")?;
        if tables > 0 {
            return Err(StoreError::NotAStore {
                path: path.to_path_buf(),
                reason: "it is an SQLite database with other tables".into(),
            });
        }
        tx.execute_batch(SCHEMA_V1).ctx("creating the tables")?;
        tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [SCHEMA_VERSION]).ctx("writing the version")?;
    } else {
        let found: Option<i64> = tx
            .query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))
            .optional()
            .ctx("reading the version")?
            .flatten();
        match found {
            Some(v) if v > SCHEMA_VERSION => {
                return Err(StoreError::NewerSchema { path: path.to_path_buf(), found: v, supported: SCHEMA_VERSION })
            }
            Some(_) => {}
            None => {
                return Err(StoreError::NotAStore {
                    path: path.to_path_buf(),
                    reason: "its version table is empty".into(),
                })
            }
        }
    }
    tx.commit().ctx("committing the schema")?;
    Ok(())
}
