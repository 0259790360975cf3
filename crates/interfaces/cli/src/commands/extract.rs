//! `sitrep extract`: documents in, JSON Lines out (schema sitrep/1).
//!
//! Documents are read lazily and processed in batches on a rayon pool; each
//! batch is written in input order, so the output is the same whatever the
//! thread count. A document that cannot be read still gets an output record
//! (with `error` set) and a message on stderr naming its file and line; the
//! exit code is 1 if any document had a problem, 0 otherwise.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use sitrep_schema::DocumentResult;

use crate::input::{InputArgs, InputRecord};

#[derive(clap::Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Pretty-print each record over several lines (not JSON Lines).
    #[arg(long)]
    pub pretty: bool,
}

/// Documents handed to the pool at once: big enough to keep every core busy,
/// small enough that output starts early and memory stays bounded.
const BATCH: usize = 256;

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let mut reader = args.inputs.reader()?;
    let pool = build_pool(args.inputs.threads)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut problems = 0usize;
    let mut total = 0usize;
    loop {
        let batch: Vec<InputRecord> = reader.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<DocumentResult> = pool.install(|| batch.par_iter().map(process_record).collect());
        for (record, result) in batch.iter().zip(&results) {
            total += 1;
            if report_problems(record, result) {
                problems += 1;
            }
            let line = if args.pretty { serde_json::to_string_pretty(result) } else { serde_json::to_string(result) };
            let line = line.context("serialising a result")?;
            if let Err(e) = writeln!(out, "{line}") {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    return Ok(ExitCode::SUCCESS);
                }
                return Err(e).context("writing to standard output");
            }
        }
    }
    out.flush().ok();
    if problems > 0 {
        eprintln!("sitrep: {problems} of {total} documents had problems (see above); the others were processed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn build_pool(threads: Option<usize>) -> anyhow::Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        builder = builder.num_threads(n);
    }
    builder.build().context("starting worker threads")
}

/// Runs the pipeline on one record, or builds the error record for it.
pub fn process_record(record: &InputRecord) -> DocumentResult {
    match &record.document {
        Ok(doc) => {
            let mut result = sitrep_extraction::extract_document(&record.id, doc);
            let mut warnings = record.warnings.clone();
            warnings.append(&mut result.warnings);
            result.warnings = warnings;
            result
        }
        Err(message) => {
            let mut result = DocumentResult::empty(record.id.clone());
            result.error = Some(format!("{}: {message}", record.origin));
            result.warnings = record.warnings.clone();
            result
        }
    }
}

/// Prints a record's problems on stderr; true if it had any that count as a
/// failure (an unreadable document, or a field that had to be ignored).
pub fn report_problems(record: &InputRecord, result: &DocumentResult) -> bool {
    if let Err(message) = &record.document {
        eprintln!("sitrep: {}: {message}", record.origin);
        return true;
    }
    let mut failed = false;
    for w in &result.warnings {
        if sitrep_extraction::is_input_problem(&w.code) {
            eprintln!("sitrep: {}: {}", record.origin, w.message);
            failed = true;
        }
    }
    failed
}
