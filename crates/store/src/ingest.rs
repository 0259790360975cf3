//! Ingest: documents and their events in, incidents recomputed, all in one
//! transaction per call.
//!
//! For the new events of a batch the store finds their *neighbourhood*: every
//! stored event linked to them by a chain of pairs scoring at or above the
//! merge threshold (candidates are looked up by kind family, date window and
//! country through an index, then scored in Rust). The incidents of that
//! neighbourhood are deleted and recomputed from scratch with
//! `sitrep_resolution::cluster`, which depends only on the set of events; so
//! the store ends in the same state whatever order documents arrive in.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sitrep_resolution::merge::day_string;
use sitrep_resolution::{
    cluster, history, is_clusterable, merge::is_strong, statement_target, Cluster, DocMeta, IncidentHistory,
    MergeConfig, MergeItem, Report,
};
use sitrep_schema::{DocumentResult, Event, InputDocument, Role};

use crate::query::{ActorRef, Codes, IncidentSummary, StoredEvent};
use crate::{Ctx, Store, StoreError};

/// Largest neighbourhood recomputed at once. Beyond it (thousands of reports
/// chained into one area and week) expansion stops and the incidents already
/// touched are recomputed whole; order independence is then not guaranteed
/// for that neighbourhood.
pub(crate) const MAX_NEIGHBOURHOOD: usize = 5000;

/// What one [`Store::ingest`] call did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IngestReport {
    /// New documents stored.
    pub documents_added: usize,
    /// Documents skipped because one with the same id or the same text was
    /// already stored (or came earlier in the batch).
    pub duplicates: usize,
    /// Documents not stored because extraction failed on them (`error` set).
    pub rejected: usize,
    pub events_added: usize,
    /// Events skipped because their id was already taken.
    pub duplicate_events: usize,
    /// Incidents written (new or recomputed).
    pub incidents_written: usize,
    /// True if a neighbourhood hit the size cap (see the module comment).
    pub capped: bool,
}

impl IngestReport {
    pub fn add(&mut self, other: &IngestReport) {
        self.documents_added += other.documents_added;
        self.duplicates += other.duplicates;
        self.rejected += other.rejected;
        self.events_added += other.events_added;
        self.duplicate_events += other.duplicate_events;
        self.incidents_written += other.incidents_written;
        self.capped |= other.capped;
    }
}

/// SHA-256 of a document text, hex: the content key for duplicates.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn incident_id(anchor_event: &str) -> String {
    let h = content_hash(anchor_event);
    format!("inc-{}", &h[..16])
}

fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl Store {
    /// Stores documents with their extraction results and updates the
    /// incidents they touch, in one transaction. `docs` pairs each input
    /// document (for its text and metadata) with its result.
    pub fn ingest(&mut self, docs: &[(InputDocument, DocumentResult)]) -> Result<IngestReport, StoreError> {
        let cfg = &self.cfg;
        let cap = self.neighbourhood_cap;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).ctx("starting a transaction")?;
        let mut report = IngestReport::default();
        let mut seeds: Vec<MergeItem> = Vec::new();
        let ingested_at = now();
        for (input, result) in docs {
            if result.error.is_some() {
                report.rejected += 1;
                continue;
            }
            if !insert_document(&tx, cfg, input, result, &ingested_at, &mut seeds, &mut report)? {
                report.duplicates += 1;
            }
        }
        let (written, capped) = resolve(&tx, cfg, seeds, cap)?;
        report.incidents_written = written;
        report.capped = capped;
        tx.commit().ctx("committing the batch")?;
        Ok(report)
    }

    /// Recomputes every incident with this store's merge configuration, in
    /// one transaction: after `data/merge.toml` changed, or to repair a store.
    /// Merge records (and the publication-date stand-ins for missing dates)
    /// are rebuilt from the stored events; old incident ids are not kept as
    /// aliases. The result is the same as ingesting every document afresh.
    pub fn reresolve(&mut self) -> Result<IngestReport, StoreError> {
        let cfg = &self.cfg;
        let cap = self.neighbourhood_cap;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).ctx("starting a transaction")?;
        tx.execute_batch("DELETE FROM incidents; DELETE FROM incident_aliases;").ctx("clearing the incidents")?;
        type Row = (String, String, String, Option<String>, Option<String>);
        let rows: Vec<Row> = tx
            .prepare("SELECT id, json, doc_id, published, source FROM events WHERE clusterable = 1")
            .ctx("preparing the event scan")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .ctx("scanning events")?
            .collect::<Result<_, _>>()
            .ctx("reading an event")?;
        let mut items = Vec::with_capacity(rows.len());
        {
            let mut update = tx
                .prepare("UPDATE events SET merge_json = ?1, day_start = ?2, day_end = ?3, ckey = ?4 WHERE id = ?5")
                .ctx("preparing the merge record update")?;
            for (id, json, doc_id, published, source) in rows {
                let event: Event =
                    serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("event {id}: {e}")))?;
                let item = MergeItem::from_event(&event, &DocMeta { doc_id, source, published }, cfg);
                let merge_json = serde_json::to_string(&item).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let ckey = item.place.as_ref().and_then(|p| p.country.clone()).unwrap_or_default();
                update
                    .execute(params![merge_json, item.date.map(|d| d.start), item.date.map(|d| d.end), ckey, id])
                    .ctx("updating a merge record")?;
                items.push(item);
            }
        }
        items.sort_by(|a, b| a.canonical_key().cmp(&b.canonical_key()));
        let mut report = IngestReport::default();
        let mut assigned = tx
            .prepare("SELECT incident_id IS NOT NULL FROM events WHERE id = ?1")
            .ctx("preparing the assignment check")?;
        let mut pending = items.into_iter().peekable();
        while pending.peek().is_some() {
            // Events an earlier chunk's neighbourhood already placed are
            // done; the rest seed the next recomputation.
            let mut seeds = Vec::new();
            for item in pending.by_ref() {
                let done: bool = assigned.query_row([&item.event_id], |r| r.get(0)).ctx("checking an event")?;
                if !done {
                    seeds.push(item);
                }
                if seeds.len() >= 512 {
                    break;
                }
            }
            let (written, capped) = resolve(&tx, cfg, seeds, cap)?;
            report.incidents_written += written;
            report.capped |= capped;
        }
        drop(assigned);
        tx.commit().ctx("committing the recomputation")?;
        Ok(report)
    }
}

/// Inserts one document and its events; false if it was already stored.
fn insert_document(
    tx: &Transaction,
    cfg: &MergeConfig,
    input: &InputDocument,
    result: &DocumentResult,
    ingested_at: &str,
    seeds: &mut Vec<MergeItem>,
    report: &mut IngestReport,
) -> Result<bool, StoreError> {
    let hash = content_hash(&input.text);
    let exists: Option<i64> = tx
        .prepare_cached("SELECT 1 FROM documents WHERE id = ?1 OR content_hash = ?2")
        .ctx("preparing the duplicate check")?
        .query_row(params![result.id, hash], |r| r.get(0))
        .optional()
        .ctx("checking for duplicates")?;
    if exists.is_some() {
        return Ok(false);
    }
    let published = result.published.clone();
    let source = result.source.clone().or_else(|| input.source.clone());
    let url = result.url.clone().or_else(|| input.url.clone());
    let title = result.title.clone().or_else(|| input.title.clone());
    let mut stripped = result.clone();
    stripped.events.clear();
    let result_json = serde_json::to_string(&stripped).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    tx.prepare_cached(
        "INSERT INTO documents (id, content_hash, published, source, url, title, text, result_json, ingested_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )
    .ctx("preparing the document insert")?
    .execute(params![result.id, hash, published, source, url, title, input.text, result_json, ingested_at])
    .ctx("storing a document")?;
    report.documents_added += 1;

    let meta = DocMeta { doc_id: result.id.clone(), source: source.clone(), published: published.clone() };
    for (seq, ev) in result.events.iter().enumerate() {
        let item = MergeItem::from_event(ev, &meta, cfg);
        let clusterable = is_clusterable(ev);
        let family = (!ev.kind.is_statement()).then(|| cfg.family(ev.kind).to_string());
        let target = statement_target(ev, &result.events);
        let loc = ev.location.as_ref();
        let actor_ids: String = ev.actors.iter().filter_map(|a| a.id.as_deref()).fold(" ".to_string(), |mut s, id| {
            s.push_str(id);
            s.push(' ');
            s
        });
        let count = |c: &Option<sitrep_schema::Count>| c.as_ref().and_then(|c| c.best.or(c.low)).map(|v| v as i64);
        let json = serde_json::to_string(ev).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let merge_json = if clusterable {
            Some(serde_json::to_string(&item).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        } else {
            None
        };
        let inserted = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO events (id, doc_id, seq, kind, family, clusterable, target_event, date_start, date_end, \
                 day_start, day_end, country, ckey, lat, lon, actor_ids, fatalities, injuries, published, source, json, merge_json) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?21, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?22)",
            )
            .ctx("preparing the event insert")?
            .execute(params![
                ev.id,
                result.id,
                seq as i64,
                ev.kind.as_str(),
                family,
                clusterable,
                target,
                ev.date.as_ref().map(|d| d.start.clone()),
                ev.date.as_ref().map(|d| d.end.clone()),
                item.date.map(|d| d.start),
                item.date.map(|d| d.end),
                loc.and_then(|l| l.country.as_ref()).map(|c| c.to_ascii_uppercase()),
                loc.and_then(|l| l.lat),
                loc.and_then(|l| l.lon),
                actor_ids,
                count(&ev.fatalities),
                count(&ev.injuries),
                published,
                source,
                json,
                item.place.as_ref().and_then(|p| p.country.clone()).unwrap_or_default(),
                merge_json,
            ])
            .ctx("storing an event")?;
        if inserted == 0 {
            report.duplicate_events += 1;
            continue;
        }
        report.events_added += 1;
        let mut actor_stmt = tx
            .prepare_cached("INSERT INTO event_actors (event_id, role, actor_id, name) VALUES (?1, ?2, ?3, ?4)")
            .ctx("preparing the actor insert")?;
        for a in &ev.actors {
            let role =
                serde_json::to_value(a.role).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            let name = a.name.clone().unwrap_or_else(|| a.text.clone());
            actor_stmt.execute(params![ev.id, role, a.id, name]).ctx("storing an actor")?;
        }
        if clusterable {
            seeds.push(item);
        }
    }
    Ok(true)
}

/// A stored clusterable event, as read back for merging.
struct Known {
    item: MergeItem,
    incident: Option<String>,
}

/// Ids of stored events that pass the cheap hard constraints with `item`
/// (kind family, date window, country), from a covering index.
fn candidates(tx: &Transaction, cfg: &MergeConfig, item: &MergeItem) -> Result<Vec<String>, StoreError> {
    let Some(date) = item.date else { return Ok(Vec::new()) };
    let w = cfg.date_window_days as i32;
    let lo = date.start - w - cfg.max_date_span_days as i32;
    let hi = date.end + w;
    let family = cfg.family(item.kind);
    let country = item.place.as_ref().and_then(|p| p.country.clone());
    let mut out = Vec::new();
    match country {
        Some(c) => {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT id FROM events WHERE clusterable = 1 AND family = ?1 AND ckey IN (?2, '') \
                     AND day_start BETWEEN ?3 AND ?4 AND day_end >= ?5",
                )
                .ctx("preparing the candidate query")?;
            let rows = stmt
                .query_map(params![family, c, lo, hi, date.start - w], |r| r.get(0))
                .ctx("finding merge candidates")?;
            for r in rows {
                out.push(r.ctx("reading a candidate")?);
            }
        }
        None => {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT id FROM events INDEXED BY events_candidates_any WHERE clusterable = 1 AND family = ?1 \
                     AND day_start BETWEEN ?2 AND ?3 AND day_end >= ?4",
                )
                .ctx("preparing the candidate query")?;
            let rows = stmt
                .query_map(params![family, lo, hi, date.start - w], |r| r.get(0))
                .ctx("finding merge candidates")?;
            for r in rows {
                out.push(r.ctx("reading a candidate")?);
            }
        }
    }
    out.retain(|id: &String| id != &item.event_id);
    Ok(out)
}

/// Reads a stored event back as a merge item (kept beside it at ingest).
fn load_known(tx: &Transaction, id: &str) -> Result<Known, StoreError> {
    let (merge_json, incident): (Option<String>, Option<String>) = tx
        .prepare_cached("SELECT merge_json, incident_id FROM events WHERE id = ?1")
        .ctx("preparing the event read")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .ctx("reading a candidate event")?;
    let merge_json = merge_json.ok_or_else(|| StoreError::Corrupt(format!("event {id} has no merge record")))?;
    let item: MergeItem =
        serde_json::from_str(&merge_json).map_err(|e| StoreError::Corrupt(format!("merge record of {id}: {e}")))?;
    Ok(Known { item, incident })
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Recomputes the incidents around `seeds` (new events). Returns the number
/// of incidents written and whether the neighbourhood cap was hit.
fn resolve(
    tx: &Transaction,
    cfg: &MergeConfig,
    seeds: Vec<MergeItem>,
    cap: usize,
) -> Result<(usize, bool), StoreError> {
    if seeds.is_empty() {
        return Ok((0, false));
    }
    let mut nodes: Vec<Known> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut uf = UnionFind(Vec::new());
    let mut queue = VecDeque::new();
    for s in seeds {
        index.insert(s.event_id.clone(), nodes.len());
        uf.0.push(nodes.len());
        queue.push_back(nodes.len());
        nodes.push(Known { item: s, incident: None });
    }
    let mut capped = false;
    // Stored events read so far (strong or not), so each is parsed once.
    let mut cache: HashMap<String, Known> = HashMap::new();
    while let Some(i) = queue.pop_front() {
        if nodes.len() >= cap {
            capped = true;
            break;
        }
        for id in candidates(tx, cfg, &nodes[i].item)? {
            if let Some(&j) = index.get(&id) {
                if is_strong(&nodes[i].item, &nodes[j].item, cfg) {
                    uf.union(i, j);
                }
                continue;
            }
            if !cache.contains_key(&id) {
                let known = load_known(tx, &id)?;
                cache.insert(id.clone(), known);
            }
            let strong = cache.get(&id).is_some_and(|k| is_strong(&nodes[i].item, &k.item, cfg));
            if strong {
                if let Some(known) = cache.remove(&id) {
                    let j = nodes.len();
                    index.insert(id, j);
                    uf.0.push(j);
                    nodes.push(known);
                    queue.push_back(j);
                    uf.union(i, j);
                }
            }
        }
    }
    if capped {
        // Recompute touched incidents whole rather than split them blindly.
        let touched: BTreeSet<String> = nodes.iter().filter_map(|n| n.incident.clone()).collect();
        for inc in touched {
            let anchor = nodes.iter().position(|n| n.incident.as_deref() == Some(inc.as_str()));
            let ids: Vec<String> = tx
                .prepare_cached("SELECT id FROM events WHERE incident_id = ?1 AND clusterable = 1")
                .ctx("preparing the member query")?
                .query_map([&inc], |r| r.get(0))
                .ctx("reading incident members")?
                .collect::<Result<_, _>>()
                .ctx("reading an incident member")?;
            for id in ids {
                let j = match index.get(&id) {
                    Some(&j) => j,
                    None => {
                        let j = nodes.len();
                        nodes.push(load_known(tx, &id)?);
                        index.insert(id, j);
                        uf.0.push(j);
                        j
                    }
                };
                if let Some(a) = anchor {
                    uf.union(a, j);
                }
            }
        }
    }
    // Components, each recomputed on its own.
    let mut comps: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..nodes.len() {
        let r = uf.find(i);
        comps.entry(r).or_default().push(i);
    }
    let mut written = 0;
    for members in comps.values() {
        let items: Vec<MergeItem> = members.iter().map(|&i| nodes[i].item.clone()).collect();
        let old: BTreeSet<String> = members.iter().filter_map(|&i| nodes[i].incident.clone()).collect();
        let clusters = cluster(&items, cfg);
        // An old incident whose members come out exactly the same (and got no
        // new event, hence no new statement) is left as it is.
        let mut old_members: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for &i in members {
            if let Some(inc) = &nodes[i].incident {
                old_members.entry(inc.as_str()).or_default().insert(nodes[i].item.event_id.as_str());
            }
        }
        let unchanged = |c: &Cluster| -> Option<String> {
            let first = &nodes[members[c.members[0]]];
            let inc = first.incident.as_deref()?;
            let ids: BTreeSet<&str> = c.members.iter().map(|&m| nodes[members[m]].item.event_id.as_str()).collect();
            (old_members.get(inc) == Some(&ids)).then(|| inc.to_string())
        };
        let kept: Vec<Option<String>> = clusters.iter().map(unchanged).collect();
        for inc in &old {
            if kept.iter().any(|k| k.as_deref() == Some(inc.as_str())) {
                continue;
            }
            tx.prepare_cached("DELETE FROM incidents WHERE id = ?1")
                .ctx("preparing the incident delete")?
                .execute([inc])
                .ctx("deleting a recomputed incident")?;
        }
        let mut new_of_event: HashMap<&str, String> = HashMap::new();
        let mut new_ids = Vec::new();
        for (c, kept) in clusters.iter().zip(&kept) {
            let id = match kept {
                Some(id) => id.clone(),
                None => {
                    written += 1;
                    write_incident(tx, cfg, &items, c)?
                }
            };
            for &m in &c.members {
                new_of_event.insert(items[m].event_id.as_str(), id.clone());
            }
            new_ids.push(id);
        }
        // Keep old incident names working: old name -> incident of its
        // earliest old member.
        for inc in &old {
            if new_ids.contains(inc) {
                continue;
            }
            let anchor = members
                .iter()
                .filter(|&&i| nodes[i].incident.as_deref() == Some(inc.as_str()))
                .min_by(|&&a, &&b| nodes[a].item.canonical_key().cmp(&nodes[b].item.canonical_key()));
            if let Some(new) = anchor.and_then(|&a| new_of_event.get(nodes[a].item.event_id.as_str())) {
                tx.execute("UPDATE incident_aliases SET new_id = ?1 WHERE new_id = ?2", params![new, inc])
                    .ctx("updating aliases")?;
                tx.execute(
                    "INSERT OR REPLACE INTO incident_aliases (old_id, new_id) VALUES (?1, ?2)",
                    params![inc, new],
                )
                .ctx("writing an alias")?;
            }
        }
        for id in &new_ids {
            tx.execute("DELETE FROM incident_aliases WHERE old_id = ?1", [id]).ctx("clearing an alias")?;
        }
    }
    Ok((written, capped))
}

/// A stored event with what the summary needs of its document.
struct Member {
    stored: StoredEvent,
    url: Option<String>,
    title: Option<String>,
}

fn load_member(tx: &Transaction, event_id: &str) -> Result<Member, StoreError> {
    let (doc_id, source, published, json, url, title): (String, Option<String>, Option<String>, String, Option<String>, Option<String>) = tx
        .prepare_cached(
            "SELECT e.doc_id, e.source, e.published, e.json, d.url, d.title FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.id = ?1",
        )
        .ctx("preparing the member query")?
        .query_row([event_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
        .ctx("reading a member event")?;
    let event: Event =
        serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("event {event_id}: {e}")))?;
    Ok(Member { stored: StoredEvent { doc_id, source, published, event }, url, title })
}

fn write_incident(tx: &Transaction, cfg: &MergeConfig, items: &[MergeItem], c: &Cluster) -> Result<String, StoreError> {
    let anchor = &items[c.members[0]];
    let id = incident_id(&anchor.event_id);
    let mut members = Vec::new();
    for &m in &c.members {
        members.push(load_member(tx, &items[m].event_id)?);
    }
    let mut statements = Vec::new();
    {
        let mut stmt = tx
            .prepare_cached("SELECT id FROM events WHERE target_event = ?1 ORDER BY published, doc_id, seq")
            .ctx("preparing the statement query")?;
        for &m in &c.members {
            let ids: Vec<String> = stmt
                .query_map([&items[m].event_id], |r| r.get(0))
                .ctx("finding statements")?
                .collect::<Result<_, _>>()
                .ctx("reading a statement id")?;
            for sid in ids {
                statements.push(load_member(tx, &sid)?);
            }
        }
    }
    let metas: Vec<DocMeta> = members
        .iter()
        .chain(&statements)
        .map(|m| DocMeta {
            doc_id: m.stored.doc_id.clone(),
            source: m.stored.source.clone(),
            published: m.stored.published.clone(),
        })
        .collect();
    let material: Vec<Report> =
        members.iter().zip(&metas).map(|(m, d)| Report { event: &m.stored.event, doc: d }).collect();
    let said: Vec<Report> = statements
        .iter()
        .zip(&metas[members.len()..])
        .map(|(m, d)| Report { event: &m.stored.event, doc: d })
        .collect();
    let hist = history(&material, &said, cfg);
    let summary = summarise(&id, items, c, &members, &statements, &hist);
    let search_text = search_text(&summary, &members, &statements);
    let summary_json = serde_json::to_string(&summary).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let loc = summary.location.as_ref();
    tx.prepare_cached(
        "INSERT INTO incidents (id, kind, date_start, date_end, country, lat, lon, fatalities, n_events, n_documents, search_text, summary_json) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )
    .ctx("preparing the incident insert")?
    .execute(params![
        id,
        summary.kind.as_str(),
        summary.date_start,
        summary.date_end,
        loc.and_then(|l| l.country.as_ref()).map(|c| c.to_ascii_uppercase()),
        loc.and_then(|l| l.lat),
        loc.and_then(|l| l.lon),
        summary.fatalities.as_ref().and_then(|f| f.best.or(f.low)).map(|v| v as i64),
        summary.events.len() as i64,
        summary.documents.len() as i64,
        search_text,
        summary_json,
    ])
    .ctx("storing an incident")?;
    {
        let mut stmt = tx
            .prepare_cached("UPDATE events SET incident_id = ?1 WHERE id = ?2")
            .ctx("preparing the membership update")?;
        for m in members.iter().chain(&statements) {
            stmt.execute(params![id, m.stored.event.id]).ctx("linking an event to its incident")?;
        }
    }
    {
        let mut stmt = tx
            .prepare_cached(
                "INSERT INTO merges (incident_id, step, event_a, event_b, pair_score, group_score, explanation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .ctx("preparing the merge insert")?;
        for (step, l) in c.links.iter().enumerate() {
            stmt.execute(params![
                id,
                step as i64,
                items[l.a].event_id,
                items[l.b].event_id,
                l.pair_score,
                l.group_score,
                l.explanation
            ])
            .ctx("storing a merge")?;
        }
    }
    {
        let mut stmt = tx
            .prepare_cached(
                "INSERT INTO revisions (incident_id, seq, field, value_json, text, attributed_to, doc_id, source, published, event_id, \
                 span_start, span_end, superseded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )
            .ctx("preparing the revision insert")?;
        for (seq, r) in hist.revisions.iter().enumerate() {
            stmt.execute(params![
                id,
                seq as i64,
                r.field,
                r.value.to_string(),
                r.text,
                r.attributed_to,
                r.doc_id,
                r.source,
                r.published,
                r.event_id,
                r.span.0 as i64,
                r.span.1 as i64,
                r.superseded,
            ])
            .ctx("storing a revision")?;
        }
    }
    Ok(id)
}

/// The most frequent value; ties go to the one seen first.
fn modal<T: Clone + Ord>(values: impl IntoIterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, (usize, usize)> = BTreeMap::new();
    for (i, v) in values.into_iter().enumerate() {
        let e = counts.entry(v).or_insert((0, i));
        e.0 += 1;
    }
    counts.into_iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1))).map(|(v, _)| v)
}

fn summarise(
    id: &str,
    items: &[MergeItem],
    c: &Cluster,
    members: &[Member],
    statements: &[Member],
    hist: &IncidentHistory,
) -> IncidentSummary {
    let events: Vec<&Event> = members.iter().map(|m| &m.stored.event).collect();
    let kind = modal(events.iter().map(|e| e.kind)).unwrap_or(items[c.members[0]].kind);
    // Date: the most reported day-precise date, else the narrowest given
    // date, else the range the publication dates stand in for.
    let valid = |d: &&sitrep_schema::DateValue| {
        sitrep_resolution::merge::day_number(&d.start).is_some()
            && sitrep_resolution::merge::day_number(&d.end).is_some()
    };
    let day_dates = events
        .iter()
        .filter_map(|e| e.date.as_ref())
        .filter(valid)
        .filter(|d| d.precision == sitrep_schema::DatePrecision::Day);
    let (date_start, date_end) = match modal(day_dates.map(|d| (d.start.clone(), d.end.clone()))) {
        Some((s, e)) => (Some(s), Some(e)),
        None => match events.iter().filter_map(|e| e.date.as_ref()).filter(valid).min_by_key(|d| {
            (
                sitrep_resolution::merge::day_number(&d.end).unwrap_or(0)
                    - sitrep_resolution::merge::day_number(&d.start).unwrap_or(0),
                d.start.clone(),
            )
        }) {
            Some(d) => (Some(d.start.clone()), Some(d.end.clone())),
            None => {
                let s = c.members.iter().filter_map(|&m| items[m].date.map(|d| d.start)).max();
                let e = c.members.iter().filter_map(|&m| items[m].date.map(|d| d.end)).min();
                match (s, e) {
                    (Some(s), Some(e)) if s <= e => (Some(day_string(s)), Some(day_string(e))),
                    (Some(s), Some(_)) => (Some(day_string(s)), Some(day_string(s))),
                    _ => (None, None),
                }
            }
        },
    };
    // Location: the finest precision; among equals the most named place.
    let locs: Vec<&sitrep_schema::Location> = events.iter().filter_map(|e| e.location.as_ref()).collect();
    let location = locs
        .iter()
        .enumerate()
        .min_by_key(|(i, l)| {
            let same = locs.iter().filter(|o| o.name == l.name && o.name.is_some()).count();
            (l.precision.map(|p| p as u8).unwrap_or(u8::MAX), l.lat.is_none(), usize::MAX - same, *i)
        })
        .map(|(_, l)| (*l).clone());
    let actor_ref = |a: &sitrep_schema::Actor| ActorRef {
        id: a.id.clone(),
        name: a.name.clone().unwrap_or_else(|| a.text.clone()),
        cameo: a.cameo.clone(),
        country: a.country.clone(),
    };
    let all_actors = || members.iter().chain(statements).flat_map(|m| m.stored.event.actors.iter());
    let actor1 = hist.perpetrator.as_ref().and_then(|p| {
        all_actors()
            .filter(|a| matches!(a.role, Role::Perpetrator | Role::Claimant))
            .find(|a| match &p.id {
                Some(id) => a.id.as_deref() == Some(id.as_str()),
                None => a.name.as_deref().unwrap_or(&a.text).eq_ignore_ascii_case(&p.name),
            })
            .map(actor_ref)
    });
    // An interaction (a visit, sanctions) has an initiator, not a perpetrator.
    let actor1 = actor1.or_else(|| events.iter().flat_map(|e| e.actors.iter()).find(|a| a.role == Role::Initiator).map(actor_ref));
    let targets: Vec<&sitrep_schema::Actor> = events
        .iter()
        .flat_map(|e| e.actors.iter())
        .filter(|a| matches!(a.role, Role::Target | Role::Victim | Role::Recipient))
        .collect();
    let actor2 = modal(targets.iter().map(|a| sitrep_resolution::merge::actor_key(a)))
        .and_then(|k| targets.iter().find(|a| sitrep_resolution::merge::actor_key(a) == k).map(|a| actor_ref(a)));
    let codes = Codes {
        cameo: modal(events.iter().filter_map(|e| e.cameo.clone())),
        plover_type: modal(events.iter().filter_map(|e| e.plover.as_ref().map(|p| p.event_type.clone()))),
        plover_mode: modal(events.iter().filter_map(|e| e.plover.as_ref().and_then(|p| p.mode.clone()))),
        acled_event_type: modal(events.iter().filter_map(|e| e.acled.as_ref().map(|a| a.event_type.clone()))),
        acled_sub_event_type: modal(
            events.iter().filter_map(|e| e.acled.as_ref().and_then(|a| a.sub_event_type.clone())),
        ),
        gtd: modal(events.iter().filter_map(|e| e.gtd.clone())),
    };
    // Documents in order of publication.
    let mut docs: Vec<&Member> = members.iter().chain(statements).collect();
    docs.sort_by(|a, b| (&a.stored.published, &a.stored.doc_id).cmp(&(&b.stored.published, &b.stored.doc_id)));
    let mut documents = Vec::new();
    let mut sources = Vec::new();
    let mut urls = Vec::new();
    for d in &docs {
        if !documents.contains(&d.stored.doc_id) {
            documents.push(d.stored.doc_id.clone());
        }
        if let Some(s) = &d.stored.source {
            if !sources.contains(s) {
                sources.push(s.clone());
            }
        }
        if let Some(u) = &d.url {
            if !urls.contains(u) {
                urls.push(u.clone());
            }
        }
    }
    let mut statement_ids: Vec<String> = statements.iter().map(|s| s.stored.event.id.clone()).collect();
    statement_ids.dedup();
    IncidentSummary {
        id: id.to_string(),
        kind,
        date_start,
        date_end,
        location,
        fatalities: hist.fatalities.clone(),
        injuries: hist.injuries.clone(),
        perpetrator: hist.perpetrator.clone(),
        actor1,
        actor2,
        codes,
        weapon: modal(events.iter().filter_map(|e| e.weapon.as_ref().map(|w| w.kind.clone()))),
        suicide: events.iter().any(|e| e.suicide),
        events: events.iter().map(|e| e.id.clone()).collect(),
        statements: statement_ids,
        documents,
        sources,
        urls,
        title: docs.iter().find_map(|d| d.title.clone()),
        first_published: docs.iter().filter_map(|d| d.stored.published.clone()).min(),
        last_published: docs.iter().filter_map(|d| d.stored.published.clone()).max(),
    }
}

fn search_text(s: &IncidentSummary, members: &[Member], statements: &[Member]) -> String {
    let mut parts: Vec<String> = vec![s.kind.as_str().to_string()];
    if let Some(l) = &s.location {
        parts.push(l.text.clone());
        parts.extend(l.name.clone());
        parts.extend(l.admin1.clone());
    }
    for m in members.iter().chain(statements) {
        for a in &m.stored.event.actors {
            parts.push(a.text.clone());
            parts.extend(a.name.clone());
        }
        parts.extend(m.title.clone());
    }
    parts.join(" | ").to_lowercase()
}
