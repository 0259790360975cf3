//! Reads the HTTP API needs beyond incident lists: events one by one, with
//! the same filters as incidents (events outside any incident, negated,
//! hypothetical or undated, are still evidence an analyst may want to see),
//! incidents per day for a timeline, and consistent multi-query reads.
//!
//! Dates: an event without a date of its own is filtered and ordered by its
//! document's publication date, as merging does.

use rusqlite::{params_from_iter, types::Value};
use sitrep_schema::Event;

use crate::query::{like_pattern, IncidentFilter, Page, StoredEvent};
use crate::{Ctx, Store, StoreError};

/// An event with its document and the incident it belongs to, if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventListing {
    #[serde(flatten)]
    pub stored: StoredEvent,
    pub incident: Option<String>,
}

fn where_clause(filter: &IncidentFilter) -> (String, Vec<Value>) {
    let mut conds: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    if let Some(c) = &filter.country {
        conds.push("e.country = ?".into());
        args.push(Value::Text(c.to_ascii_uppercase()));
    }
    if let Some(k) = filter.kind {
        conds.push("e.kind = ?".into());
        args.push(Value::Text(k.as_str().into()));
    }
    if let Some(a) = &filter.actor {
        conds.push("e.id IN (SELECT a.event_id FROM event_actors a WHERE a.actor_id = ? OR a.name = ? COLLATE NOCASE)".into());
        args.push(Value::Text(a.clone()));
        args.push(Value::Text(a.clone()));
    }
    if let Some(s) = &filter.since {
        conds.push("COALESCE(e.date_end, e.published) >= ?".into());
        args.push(Value::Text(s.clone()));
    }
    if let Some(u) = &filter.until {
        conds.push("COALESCE(e.date_start, e.published) <= ?".into());
        args.push(Value::Text(u.clone()));
    }
    if let Some([min_lon, min_lat, max_lon, max_lat]) = filter.bbox {
        conds.push("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?".into());
        args.extend([min_lat, max_lat, min_lon, max_lon].map(Value::Real));
    }
    if let Some(t) = &filter.text {
        // The event JSON holds the trigger, actor, place and figure texts.
        conds.push(
            "(e.json LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM documents d WHERE d.id = e.doc_id AND d.title LIKE ? ESCAPE '\\'))"
                .into(),
        );
        let p = like_pattern(t);
        args.push(Value::Text(p.clone()));
        args.push(Value::Text(p));
    }
    let clause = if conds.is_empty() { String::new() } else { format!("WHERE {}", conds.join(" AND ")) };
    (clause, args)
}

impl Store {
    /// Events matching `filter` (the kind filter matches the event's own
    /// kind), ordered by date (publication date when undated), then id.
    pub fn events(&self, filter: &IncidentFilter, page: Page) -> Result<Vec<EventListing>, StoreError> {
        let (clause, mut args) = where_clause(filter);
        let sql = format!(
            "SELECT e.doc_id, e.source, e.published, e.json, e.incident_id FROM events e {clause} \
             ORDER BY COALESCE(e.date_start, e.published), e.id LIMIT ? OFFSET ?"
        );
        args.push(Value::Integer(page.limit.min(i64::MAX as usize) as i64));
        args.push(Value::Integer(page.offset.min(i64::MAX as usize) as i64));
        let mut stmt = self.conn.prepare_cached(&sql).ctx("preparing the event query")?;
        let rows = stmt
            .query_map(params_from_iter(args), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            })
            .ctx("querying events")?;
        let mut out = Vec::new();
        for row in rows {
            let (doc_id, source, published, json, incident) = row.ctx("reading an event")?;
            let event: Event =
                serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("event: {e}")))?;
            out.push(EventListing { stored: StoredEvent { doc_id, source, published, event }, incident });
        }
        Ok(out)
    }

    /// How many events match `filter`.
    pub fn count_events(&self, filter: &IncidentFilter) -> Result<u64, StoreError> {
        let (clause, args) = where_clause(filter);
        let sql = format!("SELECT count(*) FROM events e {clause}");
        let mut stmt = self.conn.prepare_cached(&sql).ctx("preparing the event count")?;
        let n: i64 = stmt.query_row(params_from_iter(args), |r| r.get(0)).ctx("counting events")?;
        Ok(n as u64)
    }
}

/// Incidents starting on one day, for a timeline.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DayCount {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub incidents: u64,
    /// Sum of the incidents' best fatality figures (0 when none is known).
    pub fatalities: u64,
}

impl Store {
    /// Matching incidents per start day, in date order; undated incidents
    /// are counted apart (second value).
    pub fn incident_days(&self, filter: &IncidentFilter) -> Result<(Vec<DayCount>, u64), StoreError> {
        let (clause, args) = filter.where_clause();
        let sql = format!(
            "SELECT i.date_start, count(*), COALESCE(sum(i.fatalities), 0) FROM incidents i {clause} \
             GROUP BY i.date_start ORDER BY i.date_start"
        );
        let mut stmt = self.conn.prepare_cached(&sql).ctx("preparing the timeline query")?;
        let rows = stmt
            .query_map(params_from_iter(args), |r| {
                Ok((r.get::<_, Option<String>>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
            })
            .ctx("querying the timeline")?;
        let mut days = Vec::new();
        let mut undated = 0;
        for row in rows {
            let (date, n, dead) = row.ctx("reading the timeline")?;
            match date {
                Some(date) => days.push(DayCount { date, incidents: n.max(0) as u64, fatalities: dead.max(0) as u64 }),
                None => undated += n.max(0) as u64,
            }
        }
        Ok((days, undated))
    }
}

impl Store {
    /// Runs `f` in one read transaction, so that several queries (a count
    /// and a page, an incident and its documents) see the same state of the
    /// store even while another connection ingests.
    pub fn snapshot<T>(&self, f: impl FnOnce(&Store) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.conn.execute_batch("BEGIN DEFERRED").ctx("starting a read transaction")?;
        let result = f(self);
        // A read transaction has nothing to commit; ending it cannot lose data.
        let end = self.conn.execute_batch("COMMIT").ctx("ending a read transaction");
        let value = result?;
        end?;
        Ok(value)
    }
}
