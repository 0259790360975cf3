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
    /// Score the pipeline on the evaluation sets in ../shared/eval (MUC-4, PETRARCH-2).
    Eval(commands::eval::EvalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(args) => commands::eval::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("sitrep: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
