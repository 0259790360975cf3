//! `sitrep serve`: the HTTP API and the analysts' web page over one store
//! (see the `sitrep-server` crate). Everything it serves is in the binary;
//! the only setup is the store file, created empty if it does not exist.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use sitrep_server::{ServerConfig, DEFAULT_BIND, DEFAULT_MAX_BODY, DEFAULT_MAX_PAGE};

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The store file (written by `sitrep ingest`); created empty if missing.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// Address and port to listen on. The default is reachable from this machine only;
    /// port 0 picks a free port (the address is printed).
    #[arg(long, value_name = "ADDR:PORT", default_value = DEFAULT_BIND)]
    pub bind: SocketAddr,
    /// Require `Authorization: Bearer TOKEN` for writes (posting documents).
    /// Also read from the environment variable SITREP_TOKEN.
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BODY)]
    pub max_body: usize,
    /// Largest page (`limit`) the list endpoints return.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_PAGE)]
    pub max_page: usize,
    /// Time limit for a request until its response starts, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub timeout: u64,
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(args.timeout > 0, "--timeout must be at least 1 second");
    anyhow::ensure!(args.max_page > 0, "--max-page must be at least 1");
    let token = args.token.or_else(|| std::env::var("SITREP_TOKEN").ok()).filter(|t| !t.is_empty());
    let existed = args.db.exists();
    if let Some(dir) = args.db.parent().filter(|d| !d.as_os_str().is_empty()) {
        anyhow::ensure!(dir.is_dir(), "the folder {} of --db does not exist; create it or pick another path", dir.display());
    }
    let mut config = ServerConfig::new(&args.db);
    config.bind = args.bind;
    config.max_body = args.max_body;
    config.max_page = args.max_page;
    config.timeout = Duration::from_secs(args.timeout);
    if !args.bind.ip().is_loopback() && token.is_none() {
        eprintln!(
            "sitrep: warning: listening on {} without a token: anyone who can reach it can add documents (set --token or SITREP_TOKEN)",
            args.bind
        );
    }
    config.token = token;
    let db = args.db.display().to_string();
    sitrep_server::run(config, |addr| {
        if !existed {
            eprintln!("sitrep: created an empty store at {db}; post documents to /api/documents or run `sitrep ingest --db {db}`");
        }
        // On stdout, one line, so scripts (and the browser tests) can read the address.
        println!("sitrep: serving {db} at http://{addr}/ (Ctrl-C to stop)");
        let _ = std::io::stdout().flush();
    })
    .with_context(|| format!("serving {db}"))?;
    eprintln!("sitrep: stopped");
    Ok(ExitCode::SUCCESS)
}
