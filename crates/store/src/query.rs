//! Reading the store: incident lists with filters and pages, one incident
//! with everything behind it, one document with its text and events.

use rusqlite::{params_from_iter, types::Value, OptionalExtension};
use serde::{Deserialize, Serialize};
use sitrep_resolution::{Estimate, Perpetrator, Revision};
use sitrep_schema::{Dateline, Event, EventKind, Location, Span, Warning};

use crate::{Ctx, Store, StoreError};

/// An actor as exports need it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    pub id: Option<String>,
    pub name: String,
    pub cameo: Option<String>,
    pub country: Option<String>,
}

/// Event codes of an incident: the most frequent among its members.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Codes {
    pub cameo: Option<String>,
    pub plover_type: Option<String>,
    pub plover_mode: Option<String>,
    pub acled_event_type: Option<String>,
    pub acled_sub_event_type: Option<String>,
    pub gtd: Option<String>,
}

/// One incident with its best values (what lists and exports show).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentSummary {
    pub id: String,
    pub kind: EventKind,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    /// The most precise member location.
    pub location: Option<Location>,
    pub fatalities: Option<Estimate>,
    pub injuries: Option<Estimate>,
    pub perpetrator: Option<Perpetrator>,
    /// Perpetrator actor as named (with CAMEO code when known).
    pub actor1: Option<ActorRef>,
    /// The most named target or victim.
    pub actor2: Option<ActorRef>,
    pub codes: Codes,
    pub weapon: Option<String>,
    pub suicide: bool,
    /// Member (material) events, canonical order.
    pub events: Vec<String>,
    /// Claims, denials and other statements about the incident.
    pub statements: Vec<String>,
    pub documents: Vec<String>,
    /// Outlets, in order of first report.
    pub sources: Vec<String>,
    pub urls: Vec<String>,
    /// Title of the first report.
    pub title: Option<String>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
}

/// An event with the document it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    pub doc_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub event: Event,
}

/// Why two groups of events were merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergeRecord {
    pub event_a: String,
    pub event_b: String,
    pub pair_score: f64,
    pub group_score: f64,
    pub explanation: String,
}

/// Everything about one incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentDetail {
    #[serde(flatten)]
    pub summary: IncidentSummary,
    pub member_events: Vec<StoredEvent>,
    pub statement_events: Vec<StoredEvent>,
    pub revisions: Vec<Revision>,
    pub merges: Vec<MergeRecord>,
}

/// A stored document: its text, metadata and events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDocument {
    pub id: String,
    pub content_hash: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub text: String,
    pub dateline: Option<Dateline>,
    pub warnings: Vec<Warning>,
    pub events: Vec<Event>,
    /// Incident of each event (same order as `events`), if any.
    pub incidents: Vec<Option<String>>,
    pub ingested_at: String,
}

/// Filters for [`Store::incidents`]; every set field must match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IncidentFilter {
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// An event kind; matches incidents with any member of that kind.
    pub kind: Option<EventKind>,
    /// An actor registry id (`grp.al_shabaab`) or name (case-insensitive).
    pub actor: Option<String>,
    /// Incidents ending on or after this day (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Incidents starting on or before this day.
    pub until: Option<String>,
    /// `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: Option<[f64; 4]>,
    /// Case-insensitive substring of the places, actors, titles or texts.
    pub text: Option<String>,
}

/// A page of results: skip `offset`, return at most `limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub offset: usize,
    pub limit: usize,
}

impl Page {
    pub fn first(limit: usize) -> Page {
        Page { offset: 0, limit }
    }
    pub const ALL: Page = Page { offset: 0, limit: usize::MAX };
}

/// Row counts of the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub documents: u64,
    pub events: u64,
    pub incidents: u64,
    pub revisions: u64,
    pub merges: u64,
}

fn corrupt(what: &str, e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

pub(crate) fn like_pattern(s: &str) -> String {
    let escaped = s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{}%", escaped.to_lowercase())
}

impl IncidentFilter {
    pub(crate) fn where_clause(&self) -> (String, Vec<Value>) {
        let mut conds: Vec<String> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        if let Some(c) = &self.country {
            conds.push("i.country = ?".into());
            args.push(Value::Text(c.to_ascii_uppercase()));
        }
        if let Some(k) = self.kind {
            // The incident's own kind is one of its members' kinds, so the
            // members (and statements) say it all.
            conds.push(
                "i.id IN (SELECT e.incident_id FROM events e WHERE e.kind = ? AND e.incident_id IS NOT NULL)".into(),
            );
            args.push(Value::Text(k.as_str().into()));
        }
        if let Some(a) = &self.actor {
            conds.push(
                "i.id IN (SELECT e.incident_id FROM event_actors a JOIN events e ON e.id = a.event_id \
                 WHERE a.actor_id = ? OR a.name = ? COLLATE NOCASE)"
                    .into(),
            );
            args.push(Value::Text(a.clone()));
            args.push(Value::Text(a.clone()));
        }
        if let Some(s) = &self.since {
            conds.push("i.date_end >= ?".into());
            args.push(Value::Text(s.clone()));
        }
        if let Some(u) = &self.until {
            conds.push("i.date_start <= ?".into());
            args.push(Value::Text(u.clone()));
        }
        if let Some([min_lon, min_lat, max_lon, max_lat]) = self.bbox {
            conds.push("i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?".into());
            args.extend([min_lat, max_lat, min_lon, max_lon].map(Value::Real));
        }
        if let Some(t) = &self.text {
            conds.push(
                "(i.search_text LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM events e JOIN documents d ON d.id = e.doc_id \
                 WHERE e.incident_id = i.id AND d.text LIKE ? ESCAPE '\\'))"
                    .into(),
            );
            let p = like_pattern(t);
            args.push(Value::Text(p.clone()));
            args.push(Value::Text(p));
        }
        let clause = if conds.is_empty() { String::new() } else { format!("WHERE {}", conds.join(" AND ")) };
        (clause, args)
    }
}

impl Store {
    /// Incidents matching `filter`, ordered by start date (undated first) then id.
    pub fn incidents(&self, filter: &IncidentFilter, page: Page) -> Result<Vec<IncidentSummary>, StoreError> {
        let (clause, mut args) = filter.where_clause();
        let sql =
            format!("SELECT i.summary_json FROM incidents i {clause} ORDER BY i.date_start, i.id LIMIT ? OFFSET ?");
        args.push(Value::Integer(page.limit.min(i64::MAX as usize) as i64));
        args.push(Value::Integer(page.offset.min(i64::MAX as usize) as i64));
        let mut stmt = self.conn.prepare_cached(&sql).ctx("preparing the incident query")?;
        let rows = stmt.query_map(params_from_iter(args), |r| r.get::<_, String>(0)).ctx("querying incidents")?;
        let mut out = Vec::new();
        for json in rows {
            let json = json.ctx("reading an incident")?;
            out.push(serde_json::from_str(&json).map_err(|e| corrupt("incident summary", e))?);
        }
        Ok(out)
    }

    /// How many incidents match `filter`.
    pub fn count_incidents(&self, filter: &IncidentFilter) -> Result<u64, StoreError> {
        let (clause, args) = filter.where_clause();
        let sql = format!("SELECT count(*) FROM incidents i {clause}");
        let mut stmt = self.conn.prepare_cached(&sql).ctx("preparing the count")?;
        let n: i64 = stmt.query_row(params_from_iter(args), |r| r.get(0)).ctx("counting incidents")?;
        Ok(n as u64)
    }

    /// The incident named `id` (or formerly named `id`, see the aliases),
    /// with its events, statements, revisions and merge explanations.
    pub fn incident(&self, id: &str) -> Result<Option<IncidentDetail>, StoreError> {
        let mut found: Option<(String, String)> = self
            .conn
            .query_row("SELECT id, summary_json FROM incidents WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .ctx("reading an incident")?;
        if found.is_none() {
            found = self
                .conn
                .query_row(
                    "SELECT i.id, i.summary_json FROM incident_aliases a JOIN incidents i ON i.id = a.new_id WHERE a.old_id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .ctx("reading an incident alias")?;
        }
        let Some((id, json)) = found else { return Ok(None) };
        let summary: IncidentSummary = serde_json::from_str(&json).map_err(|e| corrupt("incident summary", e))?;
        let mut member_events = Vec::new();
        let mut statement_events = Vec::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT doc_id, source, published, json, clusterable FROM events WHERE incident_id = ?1 \
                     ORDER BY day_start, doc_id, seq",
                )
                .ctx("preparing the event query")?;
            let rows = stmt
                .query_map([&id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, bool>(4)?,
                    ))
                })
                .ctx("reading events")?;
            for row in rows {
                let (doc_id, source, published, json, clusterable) = row.ctx("reading an event")?;
                let event: Event = serde_json::from_str(&json).map_err(|e| corrupt("event", e))?;
                let se = StoredEvent { doc_id, source, published, event };
                if clusterable && !se.event.kind.is_statement() {
                    member_events.push(se);
                } else {
                    statement_events.push(se);
                }
            }
        }
        let (revisions, merges) = self.revisions_and_merges(&id)?;
        Ok(Some(IncidentDetail { summary, member_events, statement_events, revisions, merges }))
    }

    /// A stored document with its text and events.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, content_hash, published, source, url, title, text, result_json, ingested_at FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, String>(7)?,
                        r.get::<_, String>(8)?,
                    ))
                },
            )
            .optional()
            .ctx("reading a document")?;
        let Some((id, content_hash, published, source, url, title, text, result_json, ingested_at)) = row else {
            return Ok(None);
        };
        let result: sitrep_schema::DocumentResult =
            serde_json::from_str(&result_json).map_err(|e| corrupt("document result", e))?;
        let mut events = Vec::new();
        let mut incidents = Vec::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT json, incident_id FROM events WHERE doc_id = ?1 ORDER BY seq")
            .ctx("preparing the event query")?;
        let rows = stmt
            .query_map([&id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))
            .ctx("reading events")?;
        for row in rows {
            let (json, incident) = row.ctx("reading an event")?;
            events.push(serde_json::from_str(&json).map_err(|e| corrupt("event", e))?);
            incidents.push(incident);
        }
        Ok(Some(StoredDocument {
            id,
            content_hash,
            published,
            source,
            url,
            title,
            text,
            dateline: result.dateline,
            warnings: result.warnings,
            events,
            incidents,
            ingested_at,
        }))
    }

    /// Row counts.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .ctx(&format!("counting {table}"))?;
            Ok(n as u64)
        };
        Ok(Stats {
            documents: count("documents")?,
            events: count("events")?,
            incidents: count("incidents")?,
            revisions: count("revisions")?,
            merges: count("merges")?,
        })
    }
}

impl Store {
    /// Runs SQLite's integrity and foreign-key checks; `Ok` if the file is
    /// sound, otherwise the first problems found.
    pub fn check(&self) -> Result<(), StoreError> {
        let integrity: Vec<String> = self
            .conn
            .prepare("PRAGMA integrity_check")
            .ctx("preparing the integrity check")?
            .query_map([], |r| r.get(0))
            .ctx("running the integrity check")?
            .collect::<Result<_, _>>()
            .ctx("reading the integrity check")?;
        if integrity != ["ok"] {
            return Err(StoreError::Corrupt(integrity.join("; ")));
        }
        let fk: i64 = self
            .conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
            .ctx("running the foreign-key check")?;
        if fk > 0 {
            return Err(StoreError::Corrupt(format!("{fk} rows point to missing rows")));
        }
        // Every clusterable event with a date belongs to an incident.
        let orphans: i64 = self
            .conn
            .query_row("SELECT count(*) FROM events WHERE clusterable = 1 AND incident_id IS NULL", [], |r| r.get(0))
            .ctx("counting events without incident")?;
        if orphans > 0 {
            return Err(StoreError::Corrupt(format!("{orphans} events have no incident")));
        }
        Ok(())
    }
}

impl Store {
    /// The revisions and merge explanations of an incident (by its current id).
    pub(crate) fn revisions_and_merges(&self, id: &str) -> Result<(Vec<Revision>, Vec<MergeRecord>), StoreError> {
        let mut revisions = Vec::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT field, value_json, text, attributed_to, doc_id, source, published, event_id, span_start, span_end, superseded \
                     FROM revisions WHERE incident_id = ?1 ORDER BY seq",
                )
                .ctx("preparing the revision query")?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, String>(7)?,
                        r.get::<_, i64>(8)?,
                        r.get::<_, i64>(9)?,
                        r.get::<_, bool>(10)?,
                    ))
                })
                .ctx("reading revisions")?;
            for row in rows {
                let (field, value, text, attributed_to, doc_id, source, published, event_id, s, e, superseded) =
                    row.ctx("reading a revision")?;
                revisions.push(Revision {
                    field,
                    value: serde_json::from_str(&value).map_err(|e| corrupt("revision value", e))?,
                    text,
                    attributed_to,
                    doc_id,
                    source,
                    published,
                    event_id,
                    span: Span(s.max(0) as usize, e.max(0) as usize),
                    superseded,
                });
            }
        }
        let mut merges = Vec::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT event_a, event_b, pair_score, group_score, explanation FROM merges WHERE incident_id = ?1 ORDER BY step",
                )
                .ctx("preparing the merge query")?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok(MergeRecord {
                        event_a: r.get(0)?,
                        event_b: r.get(1)?,
                        pair_score: r.get(2)?,
                        group_score: r.get(3)?,
                        explanation: r.get(4)?,
                    })
                })
                .ctx("reading merges")?;
            for row in rows {
                merges.push(row.ctx("reading a merge")?);
            }
        }
        Ok((revisions, merges))
    }
}
