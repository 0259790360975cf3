//! `sitrep extract`: documents in, JSON Lines out.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Input files; `-` or none reads standard input.
    pub files: Vec<std::path::PathBuf>,
}

pub fn run(_args: ExtractArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet wired")
}
