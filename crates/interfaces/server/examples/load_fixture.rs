//! Test-only: fills a store with the hand-annotated reports of
//! `tests/fixtures/reports.jsonl` through `Store::ingest`, without the
//! extraction pipeline, for the browser tests (`tests/browser/`).
//!
//! `cargo run -p sitrep-server --example load_fixture -- STORE.db [FIXTURE.jsonl]`

#[path = "../tests/support/mod.rs"]
mod support;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(db) = args.next() else {
        eprintln!("usage: load_fixture STORE.db [FIXTURE.jsonl]");
        return ExitCode::from(2);
    };
    let path = args.next().map(std::path::PathBuf::from).unwrap_or_else(support::fixture_path);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("load_fixture: cannot read {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let docs: Vec<_> = text.lines().filter(|l| !l.trim().is_empty()).map(support::annotated).collect();
    let result = sitrep_store::Store::open(&db).and_then(|mut s| {
        let report = s.ingest(&docs)?;
        Ok((report, s.stats()?))
    });
    match result {
        Ok((report, stats)) => {
            eprintln!(
                "load_fixture: {} documents added ({} already there); {db} holds {} documents, {} incidents",
                report.documents_added, report.duplicates, stats.documents, stats.incidents
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("load_fixture: {e}");
            ExitCode::from(1)
        }
    }
}
