//! `sitrep lookup`: query the embedded knowledge base from the command line.
//!
//! `sitrep lookup place NAME` and `sitrep lookup actor NAME` print ranked
//! candidates as JSON; `sitrep lookup text [FILE]` prints the place and actor
//! mentions found in a text (or standard input) with the places resolved in
//! context. Useful to check what the extraction stage will see.

use std::io::{Read, Write};
use std::process::ExitCode;

use sitrep_knowledge::{KnowledgeBase, PlaceContext};

#[derive(clap::Args)]
pub struct LookupArgs {
    #[command(subcommand)]
    pub what: LookupWhat,
}

#[derive(clap::Subcommand)]
pub enum LookupWhat {
    /// Gazetteer candidates for a place name, best first.
    Place {
        /// The name (any spelling, case or accents).
        name: Vec<String>,
        /// Maximum number of candidates to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Actor registry entries for a name, alias, demonym or "demonym + agent".
    Actor {
        name: Vec<String>,
    },
    /// Place and actor mentions in a text file (or standard input), places resolved.
    Text {
        /// A UTF-8 text file; `-` or none reads standard input.
        file: Option<std::path::PathBuf>,
        /// ISO alpha-2 country hints for disambiguation (e.g. the dateline's).
        #[arg(long = "country")]
        countries: Vec<String>,
    },
}

pub fn run(args: LookupArgs) -> anyhow::Result<ExitCode> {
    let kb = KnowledgeBase::try_embedded().map_err(anyhow::Error::msg)?;
    let out = match args.what {
        LookupWhat::Place { name, limit } => {
            let name = name.join(" ");
            if name.trim().is_empty() {
                anyhow::bail!("give a place name, e.g. `sitrep lookup place Kandahar`");
            }
            let mut c = kb.gazetteer.lookup(&name);
            c.truncate(limit);
            serde_json::json!({ "query": name, "candidates": c })
        }
        LookupWhat::Actor { name } => {
            let name = name.join(" ");
            if name.trim().is_empty() {
                anyhow::bail!("give an actor name, e.g. `sitrep lookup actor \"Salvadoran army\"`");
            }
            serde_json::json!({ "query": name, "candidates": kb.actors.lookup(&name) })
        }
        LookupWhat::Text { file, countries } => {
            let text = match file.as_deref() {
                None => read_stdin()?,
                Some(p) if p.as_os_str() == "-" => read_stdin()?,
                Some(p) => {
                    let bytes = std::fs::read(p).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", p.display()))?;
                    String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{} is not UTF-8 text", p.display()))?
                }
            };
            let mentions = kb.gazetteer.find_mentions(&text);
            let ctx = PlaceContext { countries };
            let places = kb.resolve_places(&text, &mentions, &ctx);
            let actors = kb.actors.find_mentions(&text);
            serde_json::json!({ "places": places, "actors": actors })
        }
    };
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{}", serde_json::to_string_pretty(&out)?) {
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(anyhow::anyhow!("cannot write to standard output: {e}")),
        Ok(()) => Ok(ExitCode::SUCCESS),
    }
}

fn read_stdin() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).map_err(|e| anyhow::anyhow!("cannot read standard input as UTF-8: {e}"))?;
    Ok(s)
}
