//! Exports of incidents in the formats analysts already load: sitrep JSON
//! Lines, ACLED-style CSV, GDELT/CAMEO-style TSV, PLOVER JSON Lines and
//! GeoJSON. Incidents are read a page at a time and written as they come, so
//! an export of a large store runs in constant memory.
//!
//! Mappings (see docs/notes-store.md for the full tables):
//! - ACLED: `country` is the ISO 3166-1 alpha-2 code, not the country name;
//!   `geo_precision` is 1 for a point or town, 2 for a district (admin2), 3 for
//!   anything coarser; `fatalities` is the best figure (0 when unknown, as
//!   ACLED does); `notes` is the title of the first report.
//! - CAMEO/GDELT: a header row is written (GDELT's files have none);
//!   `GLOBALEVENTID` is a number derived from the incident id (stable across
//!   runs); `ActionGeo_CountryCode` is ISO alpha-2, not FIPS; `NumMentions`
//!   counts member events and statements, `NumSources` outlets,
//!   `NumArticles` documents; `SOURCEURL` is the first report's URL.
//! - PLOVER: one JSON object per incident with `id`, `date`, `event_type`,
//!   `mode`, `context`, `actor`, `actor_country`, `recipient`,
//!   `recipient_country`, `location`, `fatalities`, `injuries`, `sources`,
//!   `urls`, `source_ids`.
//! - GeoJSON: a FeatureCollection of Points `[lon, lat]`; incidents without
//!   coordinates are left out (their count is in the return value's
//!   complement: the function returns the features written).

use std::io::Write;

use serde_json::json;
use sitrep_schema::GeoPrecision;

use crate::query::{IncidentFilter, IncidentSummary, Page};
use crate::{Store, StoreError};

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One incident per line: summary, revisions and merge explanations.
    Jsonl,
    Acled,
    Cameo,
    Plover,
    Geojson,
}

impl ExportFormat {
    pub fn parse(s: &str) -> Option<ExportFormat> {
        Some(match s {
            "jsonl" => ExportFormat::Jsonl,
            "acled" => ExportFormat::Acled,
            "cameo" => ExportFormat::Cameo,
            "plover" => ExportFormat::Plover,
            "geojson" => ExportFormat::Geojson,
            _ => return None,
        })
    }
}

const PAGE: usize = 500;

fn csv_err(e: csv::Error) -> StoreError {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => StoreError::Io(io),
        other => StoreError::Io(std::io::Error::other(format!("{other:?}"))),
    }
}

fn json_err(e: serde_json::Error) -> StoreError {
    StoreError::Io(std::io::Error::other(e))
}

fn best_count(e: &Option<sitrep_resolution::Estimate>) -> Option<u64> {
    e.as_ref().and_then(|f| f.best.or(f.low))
}

fn acled_precision(p: Option<GeoPrecision>) -> &'static str {
    match p {
        Some(GeoPrecision::Point) | Some(GeoPrecision::City) => "1",
        Some(GeoPrecision::Admin2) => "2",
        Some(_) => "3",
        None => "",
    }
}

fn opt_f64(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.5}")).unwrap_or_default()
}

/// A stable positive number for an incident id (`inc-<16 hex>`).
fn numeric_id(id: &str) -> u64 {
    let hex = id.trim_start_matches("inc-");
    u64::from_str_radix(&hex[..hex.len().min(12)], 16).unwrap_or(0)
}

/// Calls `f` on every incident matching `filter`, a page at a time.
fn for_each_incident(
    store: &Store,
    filter: &IncidentFilter,
    mut f: impl FnMut(&IncidentSummary) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut offset = 0;
    loop {
        let page = store.incidents(filter, Page { offset, limit: PAGE })?;
        for inc in &page {
            f(inc)?;
        }
        if page.len() < PAGE {
            return Ok(());
        }
        offset += page.len();
    }
}

const ACLED_HEADER: [&str; 16] = [
    "event_id_cnty",
    "event_date",
    "year",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
];

const CAMEO_HEADER: [&str; 16] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor2Code",
    "Actor2Name",
    "EventCode",
    "EventRootCode",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "SOURCEURL",
];

/// Writes every incident matching `filter` in `format`; returns how many
/// records were written.
pub fn export(
    store: &Store,
    filter: &IncidentFilter,
    format: ExportFormat,
    out: &mut impl Write,
) -> Result<usize, StoreError> {
    let mut written = 0;
    match format {
        ExportFormat::Acled | ExportFormat::Cameo => {
            let mut builder = csv::WriterBuilder::new();
            if format == ExportFormat::Cameo {
                builder.delimiter(b'\t');
            }
            let mut w = builder.from_writer(&mut *out);
            type RowFn = fn(&IncidentSummary) -> Vec<String>;
            let (header, row): (&[&str], RowFn) =
                if format == ExportFormat::Acled { (&ACLED_HEADER, acled_row) } else { (&CAMEO_HEADER, cameo_row) };
            w.write_record(header).map_err(csv_err)?;
            for_each_incident(store, filter, |inc| {
                w.write_record(row(inc)).map_err(csv_err)?;
                written += 1;
                Ok(())
            })?;
            w.flush()?;
        }
        ExportFormat::Jsonl => for_each_incident(store, filter, |inc| {
            let (revisions, merges) = store.revisions_and_merges(&inc.id)?;
            let mut v = serde_json::to_value(inc).map_err(json_err)?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("revisions".into(), serde_json::to_value(revisions).map_err(json_err)?);
                obj.insert("merges".into(), serde_json::to_value(merges).map_err(json_err)?);
            }
            serde_json::to_writer(&mut *out, &v).map_err(json_err)?;
            out.write_all(b"\n")?;
            written += 1;
            Ok(())
        })?,
        ExportFormat::Plover => for_each_incident(store, filter, |inc| {
            serde_json::to_writer(&mut *out, &plover_record(inc)).map_err(json_err)?;
            out.write_all(b"\n")?;
            written += 1;
            Ok(())
        })?,
        ExportFormat::Geojson => {
            out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
            for_each_incident(store, filter, |inc| {
                if let Some(f) = geojson_feature(inc) {
                    if written > 0 {
                        out.write_all(b",\n")?;
                    }
                    serde_json::to_writer(&mut *out, &f).map_err(json_err)?;
                    written += 1;
                }
                Ok(())
            })?;
            out.write_all(b"\n]}\n")?;
        }
    }
    out.flush()?;
    Ok(written)
}

fn acled_row(inc: &IncidentSummary) -> Vec<String> {
    let date = inc.date_start.clone().unwrap_or_default();
    let loc = inc.location.as_ref();
    vec![
        inc.id.clone(),
        date.clone(),
        date.get(..4).unwrap_or("").to_string(),
        inc.codes.acled_event_type.clone().unwrap_or_default(),
        inc.codes.acled_sub_event_type.clone().unwrap_or_default(),
        inc.actor1
            .as_ref()
            .map(|a| a.name.clone())
            .or_else(|| inc.perpetrator.as_ref().map(|p| p.name.clone()))
            .unwrap_or_default(),
        inc.actor2.as_ref().map(|a| a.name.clone()).unwrap_or_default(),
        loc.and_then(|l| l.country.clone()).unwrap_or_default(),
        loc.and_then(|l| l.admin1.clone()).unwrap_or_default(),
        loc.map(|l| l.name.clone().unwrap_or_else(|| l.text.clone())).unwrap_or_default(),
        opt_f64(loc.and_then(|l| l.lat)),
        opt_f64(loc.and_then(|l| l.lon)),
        acled_precision(loc.and_then(|l| l.precision)).to_string(),
        inc.sources.join("; "),
        inc.title.clone().unwrap_or_default(),
        best_count(&inc.fatalities).unwrap_or(0).to_string(),
    ]
}

fn cameo_row(inc: &IncidentSummary) -> Vec<String> {
    let loc = inc.location.as_ref();
    let code = inc.codes.cameo.clone().unwrap_or_default();
    let root = code.get(..2).unwrap_or("").to_string();
    let full_name = loc
        .map(|l| {
            let mut parts = vec![l.name.clone().unwrap_or_else(|| l.text.clone())];
            parts.extend(l.admin1.clone());
            parts.extend(l.country.clone());
            parts.join(", ")
        })
        .unwrap_or_default();
    vec![
        numeric_id(&inc.id).to_string(),
        inc.date_start.clone().unwrap_or_default().replace('-', ""),
        inc.actor1.as_ref().and_then(|a| a.cameo.clone()).unwrap_or_default(),
        inc.actor1.as_ref().map(|a| a.name.to_uppercase()).unwrap_or_default(),
        inc.actor2.as_ref().and_then(|a| a.cameo.clone()).unwrap_or_default(),
        inc.actor2.as_ref().map(|a| a.name.to_uppercase()).unwrap_or_default(),
        code,
        root,
        full_name,
        loc.and_then(|l| l.country.clone()).unwrap_or_default(),
        opt_f64(loc.and_then(|l| l.lat)),
        opt_f64(loc.and_then(|l| l.lon)),
        (inc.events.len() + inc.statements.len()).to_string(),
        inc.sources.len().to_string(),
        inc.documents.len().to_string(),
        inc.urls.first().cloned().unwrap_or_default(),
    ]
}

fn plover_record(inc: &IncidentSummary) -> serde_json::Value {
    let loc = inc.location.as_ref();
    json!({
        "id": inc.id,
        "date": inc.date_start,
        "event_type": inc.codes.plover_type,
        "mode": inc.codes.plover_mode,
        "context": inc.weapon,
        "actor": inc.actor1.as_ref().map(|a| &a.name),
        "actor_country": inc.actor1.as_ref().and_then(|a| a.country.clone()),
        "recipient": inc.actor2.as_ref().map(|a| &a.name),
        "recipient_country": inc.actor2.as_ref().and_then(|a| a.country.clone()),
        "location": loc.map(|l| json!({
            "name": l.name.clone().unwrap_or_else(|| l.text.clone()),
            "country": l.country,
            "admin1": l.admin1,
            "lat": l.lat,
            "lon": l.lon,
            "geonameid": l.geonameid,
        })),
        "fatalities": best_count(&inc.fatalities),
        "injuries": best_count(&inc.injuries),
        "sources": inc.sources,
        "urls": inc.urls,
        "source_ids": inc.documents,
    })
}

fn geojson_feature(inc: &IncidentSummary) -> Option<serde_json::Value> {
    let loc = inc.location.as_ref()?;
    let (lat, lon) = (loc.lat?, loc.lon?);
    Some(json!({
        "type": "Feature",
        "id": inc.id,
        "geometry": { "type": "Point", "coordinates": [lon, lat] },
        "properties": {
            "id": inc.id,
            "kind": inc.kind.as_str(),
            "date_start": inc.date_start,
            "date_end": inc.date_end,
            "place": loc.name.clone().unwrap_or_else(|| loc.text.clone()),
            "country": loc.country,
            "precision": loc.precision,
            "fatalities": best_count(&inc.fatalities),
            "fatalities_low": inc.fatalities.as_ref().and_then(|f| f.low),
            "fatalities_high": inc.fatalities.as_ref().and_then(|f| f.high),
            "injuries": best_count(&inc.injuries),
            "perpetrator": inc.perpetrator.as_ref().map(|p| &p.name),
            "events": inc.events.len(),
            "documents": inc.documents.len(),
            "sources": inc.sources,
            "title": inc.title,
        }
    }))
}
