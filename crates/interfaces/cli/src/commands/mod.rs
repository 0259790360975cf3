//! One module per subcommand, each with a clap `Args` struct and a `run`.

pub mod eval;
pub mod extract;
pub mod analyze;
pub mod train;
pub mod lookup;
pub mod incidents;
pub mod ingest;
pub mod serve;
