//! `sitrep ingest`: documents in, store updated. Reads the same inputs as
//! `sitrep extract`, runs the same pipeline on a rayon pool, and writes each
//! batch of documents, their events and the incidents they touch to the store
//! in one transaction, so an interrupted run leaves a consistent store and a
//! re-run picks up where it stopped (documents already stored are skipped by
//! id and by content hash).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use sitrep_schema::{DocumentResult, InputDocument};
use sitrep_store::{IngestReport, Store};

use super::extract::{build_pool, process_record, report_problems};
use crate::input::{InputArgs, InputRecord};

#[derive(clap::Args)]
pub struct IngestArgs {
    /// The store file; created if it does not exist.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Documents per transaction: larger is faster, smaller loses less work if interrupted.
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub batch: usize,
    /// Read no documents: recompute every incident of the store with the
    /// current merge rules (after a change to merge.toml).
    #[arg(long, conflicts_with = "files")]
    pub reresolve: bool,
}

pub fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(args.batch > 0, "--batch must be at least 1");
    let mut reader = args.inputs.reader()?;
    let pool = build_pool(args.inputs.threads)?;
    let mut store = Store::open(&args.db).with_context(|| format!("opening the store {}", args.db.display()))?;
    if args.reresolve {
        let report =
            store.reresolve().with_context(|| format!("recomputing the incidents of {}", args.db.display()))?;
        eprintln!("sitrep: {} incidents recomputed in {}", report.incidents_written, args.db.display());
        return Ok(ExitCode::SUCCESS);
    }
    let progress = progress_bar();
    let mut total = IngestReport::default();
    let mut problems = 0usize;
    let mut seen = 0usize;
    let started = Instant::now();
    loop {
        let batch: Vec<InputRecord> = reader.by_ref().take(args.batch).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<DocumentResult> = pool.install(|| batch.par_iter().map(process_record).collect());
        let mut docs: Vec<(InputDocument, DocumentResult)> = Vec::with_capacity(batch.len());
        for (record, result) in batch.iter().zip(results) {
            seen += 1;
            if progress.is_hidden() {
                if report_problems(record, &result) {
                    problems += 1;
                }
            } else {
                let mut failed = false;
                progress.suspend(|| failed = report_problems(record, &result));
                problems += usize::from(failed);
            }
            if let Ok(doc) = &record.document {
                docs.push((doc.clone(), result));
            }
        }
        let report = store.ingest(&docs).with_context(|| format!("writing to {}", args.db.display()))?;
        total.add(&report);
        progress.set_position(seen as u64);
        let rate = seen as f64 / started.elapsed().as_secs_f64().max(1e-3);
        progress.set_message(format!(
            "{rate:.0} documents/s, {} new, {} already stored",
            total.documents_added, total.duplicates
        ));
    }
    progress.finish_and_clear();
    let stats = store.stats().context("reading the store totals")?;
    eprintln!(
        "sitrep: {} new documents ({} events), {} already stored, {} incidents written; {} now holds {} documents, {} events, {} incidents",
        total.documents_added,
        total.events_added,
        total.duplicates,
        total.incidents_written,
        args.db.display(),
        stats.documents,
        stats.events,
        stats.incidents
    );
    if total.capped {
        eprintln!("sitrep: note: a very dense neighbourhood of reports hit the merge size cap; its incidents may depend on ingest order");
    }
    if problems > 0 {
        eprintln!("sitrep: {problems} of {seen} documents had problems (see above); the others were stored");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// A counter on stderr when it is a terminal; hidden otherwise (CI, pipes).
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} documents read [{elapsed}] {msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
