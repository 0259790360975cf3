//! `sitrep incidents`: lists the incidents of a store, filtered, in sitrep
//! JSON Lines or in the formats of ACLED (CSV), GDELT/CAMEO (TSV), PLOVER
//! (JSON Lines) or GeoJSON. `--id` prints one incident with its events,
//! statements, revisions and merge explanations.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use sitrep_schema::EventKind;
use sitrep_store::{export, ExportFormat, IncidentFilter, Store, StoreError};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// sitrep JSON Lines: incident, member event ids, best values, revisions, merges.
    Jsonl,
    /// ACLED-style CSV.
    Acled,
    /// GDELT/CAMEO-style TSV.
    Cameo,
    /// PLOVER JSON Lines.
    Plover,
    /// A GeoJSON FeatureCollection (incidents with coordinates).
    Geojson,
}

#[derive(clap::Args)]
pub struct IncidentsArgs {
    /// The store file written by `sitrep ingest`.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// Only incidents in this country (ISO 3166-1 alpha-2, e.g. IQ).
    #[arg(long, value_parser = sitrep_store::parse_country)]
    pub country: Option<String>,
    /// Only incidents with an event of this kind (attack, clash, protest, ...).
    #[arg(long, value_parser = sitrep_store::parse_kind)]
    pub kind: Option<EventKind>,
    /// Only incidents involving this actor (registry id like grp.al_shabaab, or name).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only incidents ending on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = sitrep_store::parse_day)]
    pub since: Option<String>,
    /// Only incidents starting on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = sitrep_store::parse_day)]
    pub until: Option<String>,
    /// Only incidents inside this box.
    #[arg(long, value_name = "MINLON,MINLAT,MAXLON,MAXLAT", value_parser = sitrep_store::parse_bbox)]
    pub bbox: Option<[f64; 4]>,
    /// Only incidents whose places, actors, titles or texts contain this (case-insensitive).
    #[arg(long)]
    pub text: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Print this one incident in full (JSON), ignoring the filters.
    #[arg(long, value_name = "INCIDENT")]
    pub id: Option<String>,
}

pub fn run(args: IncidentsArgs) -> anyhow::Result<ExitCode> {
    if !args.db.exists() {
        anyhow::bail!(
            "no store at {}; create one with `sitrep ingest --db {} FILES`",
            args.db.display(),
            args.db.display()
        );
    }
    let store = Store::open(&args.db).with_context(|| format!("opening the store {}", args.db.display()))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if let Some(id) = &args.id {
        let Some(detail) = store.incident(id)? else {
            eprintln!("sitrep: no incident {id} in {}", args.db.display());
            return Ok(ExitCode::from(1));
        };
        let json = serde_json::to_string_pretty(&detail).context("serialising the incident")?;
        return finish(writeln!(out, "{json}").and_then(|_| out.flush()));
    }
    let filter = IncidentFilter {
        country: args.country,
        kind: args.kind,
        actor: args.actor,
        since: args.since,
        until: args.until,
        bbox: args.bbox,
        text: args.text,
    };
    let format = match args.format {
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Acled => ExportFormat::Acled,
        Format::Cameo => ExportFormat::Cameo,
        Format::Plover => ExportFormat::Plover,
        Format::Geojson => ExportFormat::Geojson,
    };
    match export(&store, &filter, format, &mut out) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(StoreError::Io(e)) => finish(Err(e)),
        Err(e) => Err(e.into()),
    }
}

/// A closed pipe (`| head`) is a normal end, not an error.
fn finish(result: io::Result<()>) -> anyhow::Result<ExitCode> {
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e).context("writing to standard output"),
    }
}
