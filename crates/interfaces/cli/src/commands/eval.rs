//! `sitrep eval`: scores the pipeline on the evaluation sets kept beside the
//! repository (`../shared/eval/`, not part of the product). A thin front over
//! the `sitrep-eval` crate, which defines every measure.
//!
//! - `sitrep eval muc4 --split dev`: CEAF-REE role filling on the MUC-4 JSON
//!   split, plus incident type/date/country/deaths/attribution measures
//!   against the 1992 keys (when `raw/` is present).
//! - `sitrep eval petrarch`: CAMEO codes and actors on the PETRARCH-2
//!   validation records.

use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use sitrep_eval::muc4::{self, MucRole, PerRole};
use sitrep_eval::muc4_keys::{self, Hits, KeysReport};
use sitrep_eval::petrarch::{self, PetrReport};
use sitrep_eval::{Counts, KindMap, MappingOptions, PetrOptions};
use sitrep_schema::{DocumentResult, InputDocument, Modality};

use super::extract::build_pool;

#[derive(clap::Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    pub command: EvalCommand,
}

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// MUC-4: CEAF-REE role filling (GRIT's measure) and incident keys.
    Muc4(Muc4Args),
    /// PETRARCH-2 gold-standard records: CAMEO codes with source and target countries.
    Petrarch(PetrarchArgs),
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Split {
    Train,
    Dev,
    Test,
}

impl Split {
    fn name(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Dev => "dev",
            Split::Test => "test",
        }
    }
}

#[derive(clap::Args)]
pub struct Muc4Args {
    /// Which split: train (DEV-MUC3 1-1300), dev (TST1+TST2), test (TST3+TST4; report only).
    #[arg(long, value_enum, default_value = "dev")]
    pub split: Split,
    /// The MUC-4 data folder (holds {split}.json and raw/).
    #[arg(long, value_name = "DIR", default_value = "../shared/eval/muc4")]
    pub data: PathBuf,
    /// Write sitrep's results (JSON Lines, schema sitrep/1) here.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write per-document counts (TSV) here.
    #[arg(long, value_name = "FILE")]
    pub per_doc: Option<PathBuf>,
    /// Only the first N documents.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Print the summary as JSON instead of tables.
    #[arg(long)]
    pub json: bool,
    /// Event modalities that count as incidents (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "asserted", value_parser = parse_modality)]
    pub modality: Vec<Modality>,
    /// Map described victims ("six jesuits") to Victim as well as named ones
    /// (MUC-4's Victim slot holds names; see `MappingOptions`).
    #[arg(long)]
    pub all_victims: bool,
    /// Count attacks on purely military targets as MUC incidents too (by
    /// default they are left out: MUC-4 codes terrorism, not war; see
    /// `MappingOptions`).
    #[arg(long)]
    pub military_targets: bool,
    /// Leave out events placed only outside MUC-4's nine countries of
    /// interest, as the MUC-4 task definition says (off by default: with
    /// sitrep's place errors it costs more recall than it gains precision).
    #[arg(long)]
    pub countries_of_interest: bool,
    /// Count events dated more than two months before the article (by
    /// default they are left out: MUC-4 records only recent incidents).
    #[arg(long)]
    pub old_events: bool,
    /// Map generic actors too ("terrorist" of "a terrorist attack": a word
    /// for a kind of party that refers to none; left out by default).
    #[arg(long)]
    pub generic_actors: bool,
    /// Write sitrep's role fillers in GRIT's prediction format (each
    /// string one entity), for inspection or for other scorers.
    #[arg(long, value_name = "FILE")]
    pub write_grit: Option<PathBuf>,
    /// Score a GRIT-format prediction file (`{"30001": {"pred_extracts": ...}}`) instead of running sitrep.
    #[arg(long, value_name = "FILE")]
    pub grit_preds: Option<PathBuf>,
    /// Worker threads (default: all cores). Results do not depend on it.
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
}

#[derive(clap::Args)]
pub struct PetrarchArgs {
    /// The validation file.
    #[arg(long, value_name = "FILE", default_value = "../shared/eval/petrarch2-gsr/PETR2_GSR_validation.xml")]
    pub file: PathBuf,
    /// Print every record: expected codings and sitrep's events.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Event modalities that count (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "asserted", value_parser = parse_modality)]
    pub modality: Vec<Modality>,
    /// Do not read the country where a protest or act of force happened as
    /// its target when it names none (the CAMEO coders' convention; see
    /// `PetrOptions::place_as_target`).
    #[arg(long)]
    pub no_place_target: bool,
    /// Write sitrep's results (JSON Lines) here.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
}

fn parse_modality(s: &str) -> Result<Modality, String> {
    serde_json::from_value(serde_json::Value::String(s.trim().to_string()))
        .map_err(|_| format!("unknown modality {s:?}: use asserted, negated, hypothetical, future, historical or generic"))
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        EvalCommand::Muc4(a) => run_muc4(a),
        EvalCommand::Petrarch(a) => run_petrarch(a),
    }
}

fn write_results(path: &Path, results: &[DocumentResult]) -> anyhow::Result<()> {
    let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = BufWriter::new(file);
    for r in results {
        writeln!(out, "{}", serde_json::to_string(r).context("serialising a result")?)?;
    }
    out.flush().with_context(|| format!("writing {}", path.display()))
}

/// Names the documents on which the pipeline panicked (they score as
/// predicting nothing).
fn report_panics(results: &[DocumentResult]) {
    let panicked: Vec<&str> = results
        .iter()
        .filter(|r| r.error.as_deref().is_some_and(|e| e.starts_with(sitrep_eval::PANIC_ERROR_PREFIX)))
        .map(|r| r.id.as_str())
        .collect();
    if !panicked.is_empty() {
        eprintln!(
            "sitrep: the pipeline panicked on {} of {} documents (scored as empty): {}",
            panicked.len(),
            results.len(),
            panicked.join(", ")
        );
    }
}

fn pct(x: f64) -> String {
    format!("{:5.1}", 100.0 * x)
}

fn hits_line(label: &str, h: &Hits) -> String {
    format!("  {label:<34} {:>5} / {:<5} {}%", h.correct, h.total, pct(h.rate()))
}

fn run_muc4(args: Muc4Args) -> anyhow::Result<ExitCode> {
    let split = args.split.name();
    let split_path = args.data.join(format!("{split}.json"));
    let mut docs = sitrep_eval::load_split(&split_path)?;
    if let Some(n) = args.limit {
        docs.truncate(n);
    }
    let map = KindMap::builtin();
    let options = MappingOptions {
        modalities: args.modality.clone(),
        victim_names_only: !args.all_victims,
        civilian_targets_only: !args.military_targets,
        countries_of_interest_only: args.countries_of_interest,
        recent_only: !args.old_events,
        generic_actors: args.generic_actors,
    };
    let raw_present = muc4_keys::corpora_dir(&args.data).exists();
    if !raw_present {
        eprintln!("sitrep: {} not found: publication dates and the key measures are skipped", muc4_keys::corpora_dir(&args.data).display());
    }

    let (role_report, results) = if let Some(preds) = &args.grit_preds {
        let clusters = muc4::load_grit_predictions(preds, &docs)?;
        (muc4::score_role_filling_clusters(&docs, &clusters), None)
    } else {
        let published = if raw_present { muc4_keys::load_split_datelines(&args.data, split)? } else { BTreeMap::new() };
        let inputs: Vec<(String, InputDocument)> = docs
            .iter()
            .map(|d| {
                let doc = InputDocument { id: Some(d.docid.clone()), text: d.text.clone(), published: published.get(&d.docid).cloned(), ..Default::default() };
                (d.docid.clone(), doc)
            })
            .collect();
        let pool = build_pool(args.threads)?;
        let results = pool.install(|| sitrep_eval::extract_all(&inputs));
        report_panics(&results);
        let preds: Vec<PerRole<Vec<String>>> = results.iter().map(|r| sitrep_eval::role_predictions(r, map, &options)).collect();
        if let Some(path) = &args.write_grit {
            let json = muc4::grit_predictions_json(&docs, &preds);
            std::fs::write(path, serde_json::to_string_pretty(&json)?).with_context(|| format!("writing {}", path.display()))?;
        }
        (sitrep_eval::score_role_filling(&docs, &preds), Some(results))
    };

    if let (Some(path), Some(results)) = (&args.out, &results) {
        write_results(path, results)?;
    }
    if let Some(path) = &args.per_doc {
        write_per_doc(path, &role_report, results.as_deref())?;
    }
    let keys_report = match (&results, raw_present) {
        (Some(results), true) => {
            let templates = muc4_keys::load_split_keys(&args.data, split)?;
            Some(muc4_keys::score_keys(&templates, results, map, &options))
        }
        _ => None,
    };

    if args.json {
        let mut summary = serde_json::json!({ "split": split, "role_filling": role_report.summary() });
        if let Some(k) = &keys_report {
            summary["keys"] = serde_json::to_value(k).context("serialising the key report")?;
        }
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        print_role_table(split, &role_report);
        if let Some(k) = &keys_report {
            print_keys(k);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write_per_doc(path: &Path, report: &sitrep_eval::RoleFillingReport, results: Option<&[DocumentResult]>) -> anyhow::Result<()> {
    let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = BufWriter::new(file);
    let mut header = vec!["docid".to_string(), "events".to_string()];
    for role in MucRole::ALL {
        for part in ["matched", "predicted", "gold"] {
            header.push(format!("{}_{part}", role.as_str()));
        }
    }
    writeln!(out, "{}", header.join("\t"))?;
    for (i, doc) in report.per_doc.iter().enumerate() {
        let events = results.and_then(|r| r.get(i)).map(|r| r.events.len().to_string()).unwrap_or_default();
        let mut row = vec![doc.docid.clone(), events];
        for c in &doc.roles {
            row.extend([c.matched.to_string(), c.predicted.to_string(), c.gold.to_string()]);
        }
        writeln!(out, "{}", row.join("\t"))?;
    }
    out.flush().with_context(|| format!("writing {}", path.display()))
}

fn print_role_table(split: &str, report: &sitrep_eval::RoleFillingReport) {
    println!("MUC-4 {split}: {} documents, CEAF-REE role filling (strict, micro over roles)", report.documents);
    println!("  {:<10} {:>6} {:>6} {:>6}   {:>7} {:>9} {:>6}", "role", "P", "R", "F1", "matched", "predicted", "gold");
    let row = |name: &str, c: &Counts| {
        println!("  {name:<10} {} {} {}   {:>7} {:>9} {:>6}", pct(c.precision()), pct(c.recall()), pct(c.f1()), c.matched, c.predicted, c.gold);
    };
    for role in MucRole::ALL {
        row(role.as_str(), &report.roles[role.index()]);
    }
    row("micro", &report.micro());
}

fn print_keys(k: &KeysReport) {
    println!();
    println!(
        "MUC-4 1992 keys: {} documents, {} incident templates ({} optional, {} required; measures over required)",
        k.documents, k.templates, k.optional_templates, k.required_templates
    );
    println!("{}", hits_line("incident type", &k.incident_type));
    println!("{}", hits_line("date", &k.date));
    println!("{}", hits_line("country", &k.country));
    println!("{}", hits_line("type + date + country", &k.joint));
    println!("{}", hits_line("deaths reported", &k.deaths));
    println!("{}", hits_line("death toll in fatality range", &k.death_count));
    println!("{}", hits_line("false alarms (docs w/o incident)", &k.false_alarm_docs));
    let c = &k.claimed_vs_claim_event;
    println!("  perpetrator confidence vs claim event in the document:");
    println!("    {:<32} {:>6} {:>6}", "", "claim", "none");
    println!("    {:<32} {:>6} {:>6}", "CLAIMED OR ADMITTED", c.gold_yes_pred_yes, c.gold_yes_pred_no);
    println!("    {:<32} {:>6} {:>6}", "other confidence", c.gold_no_pred_yes, c.gold_no_pred_no);
    let h = &k.claimed_by_perp_org;
    println!("    CLAIMED OR ADMITTED with a claim by that organisation: {} / {} {}%", h.correct, h.total, pct(h.rate()));
    for (name, h) in &k.confidence_with_claim_event {
        println!("    {name:<36} {:>4} templates, {:>4} with a claim event", h.total, h.correct);
    }
    println!("  perpetrator confidence vs sitrep's stance on that organisation (templates with a PERP: ORGANIZATION):");
    const STANCES: [&str; 8] = ["claimed", "confirmed", "accused", "suspected", "denied", "reported", "perpetrator", "none"];
    print!("    {:<36}", "");
    for st in STANCES {
        print!(" {st:>11}");
    }
    println!();
    let confidences: std::collections::BTreeSet<&String> = k.confidence_vs_stance.keys().map(|(c, _)| c).collect();
    for c in confidences {
        print!("    {c:<36}");
        for st in STANCES {
            print!(" {:>11}", k.confidence_vs_stance.get(&(c.clone(), st.to_string())).copied().unwrap_or(0));
        }
        println!();
    }
}

fn run_petrarch(args: PetrarchArgs) -> anyhow::Result<ExitCode> {
    let records = sitrep_eval::load_petrarch(&args.file)?;
    for r in records.iter().filter(|r| r.date.is_none()) {
        eprintln!("sitrep: record {}: date {:?} is not YYYYMMDD; run without a publication date", r.id, r.raw_date.as_deref().unwrap_or(""));
    }
    let inputs: Vec<(String, InputDocument)> = records
        .iter()
        .map(|r| (r.id.clone(), InputDocument { id: Some(r.id.clone()), text: r.text.clone(), published: r.date.clone(), ..Default::default() }))
        .collect();
    let pool = build_pool(args.threads)?;
    let results = pool.install(|| sitrep_eval::extract_all(&inputs));
    report_panics(&results);
    if let Some(path) = &args.out {
        write_results(path, &results)?;
    }
    let options = PetrOptions { modalities: args.modality.clone(), place_as_target: !args.no_place_target };
    let report = sitrep_eval::score_petrarch(&records, &results, &options);
    // The same scoring without the place convention, printed beside it so
    // that the figure never hides how much the convention adds.
    let without_place = options.place_as_target.then(|| sitrep_eval::score_petrarch(&records, &results, &PetrOptions { place_as_target: false, ..options.clone() }));
    if args.verbose {
        print_petrarch_records(&records, &results, &report, &options);
    }
    if args.json {
        let mut v = serde_json::to_value(&report).context("serialising the report")?;
        if let Some(obj) = v.as_object_mut() {
            obj.remove("per_record");
        }
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        print_petrarch(&report);
        if let Some(r) = &without_place {
            println!("{}", hits_line("root + countries, no place target", &r.root_actors));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_petrarch(r: &PetrReport) {
    println!("PETRARCH-2 validation: {} records, {} expected events", r.records, r.expected_events);
    println!("{}", hits_line("exact CAMEO code", &r.exact));
    println!("{}", hits_line("root code (2 digits)", &r.root));
    println!("{}", hits_line("exact code + both countries", &r.exact_actors));
    println!("{}", hits_line("root code + both countries", &r.root_actors));
    println!("{}", hits_line("false alarms on no-event records", &r.false_alarms));
    println!("  {:<34} {:>5}", "spurious dyads on event records", r.spurious_events);
}

fn print_petrarch_records(records: &[petrarch::PetrRecord], results: &[DocumentResult], report: &PetrReport, options: &PetrOptions) {
    for ((record, result), score) in records.iter().zip(results).zip(&report.per_record) {
        println!("{}  [{}]  {}", record.id, record.date.as_deref().unwrap_or("no date"), record.text.replace('\n', " "));
        if record.noevents && record.codings.is_empty() {
            println!("  expected: no event");
        }
        for c in &record.codings {
            println!("  expected: {} {} -> {}", c.event, c.source, c.target);
        }
        for e in result.events.iter().filter(|e| options.modalities.contains(&e.modality)) {
            let join = |s: std::collections::BTreeSet<String>| if s.is_empty() { "---".to_string() } else { s.into_iter().collect::<Vec<_>>().join("|") };
            println!(
                "  sitrep:   {} {} -> {}  ({} \"{}\")",
                e.cameo.as_deref().unwrap_or("-"),
                join(petrarch::source_codes(e)),
                join(petrarch::cameo_targets(e, &result.events, options)),
                e.kind.as_str(),
                e.trigger.text
            );
        }
        println!(
            "  matched: exact {} root {} exact+actors {} root+actors {} of {}",
            score.matched[0], score.matched[1], score.matched[2], score.matched[3], score.expected
        );
    }
    println!();
}
