//! One module per subcommand, each with a clap `Args` struct and a `run`.

pub mod extract;
pub mod incidents;
pub mod ingest;
