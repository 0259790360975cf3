//! `sitrep`: the command-line front of the pipeline. Each subcommand lives in
//! its own module under `commands/`; this file only dispatches.

mod commands;
mod input;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "sitrep", version, about = "Turns conflict news into structured, sourced event data.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events from documents and write JSON Lines (schema sitrep/1).
    Extract(commands::extract::ExtractArgs),
    /// Train the tagger or parser on a CoNLL-U treebank.
    Train(commands::train::TrainArgs),
    /// Tag, lemmatise and parse text or CoNLL-U; write CoNLL-U or scores.
    Analyze(commands::analyze::AnalyzeArgs),
    /// Look up places and actors in the embedded knowledge base (JSON out).
    Lookup(commands::lookup::LookupArgs),
    /// Extract events from documents and merge them into incidents in a store.
    Ingest(commands::ingest::IngestArgs),
    /// List or export the incidents of a store.
    Incidents(commands::incidents::IncidentsArgs),
    /// Serve the HTTP API and the analysts' web page over a store.
    Serve(commands::serve::ServeArgs),
    /// Score the pipeline on the evaluation sets in ../shared/eval (MUC-4, PETRARCH-2).
    Eval(commands::eval::EvalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Train(args) => commands::train::run(args),
        Command::Analyze(args) => commands::analyze::run(args),
        Command::Lookup(args) => commands::lookup::run(args),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Incidents(args) => commands::incidents::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::Serve(args) => commands::serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("sitrep: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
