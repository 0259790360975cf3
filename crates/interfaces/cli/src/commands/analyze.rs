//! `sitrep analyze`: tags, lemmatises and parses text and writes CoNLL-U.
//!
//! With `--pretokenized` the input is CoNLL-U whose words are re-analysed in
//! place (comments, multiword tokens and empty nodes are kept), so the output
//! lines up with the input for any CoNLL scorer; `--score` then compares the
//! analysis with the input's own annotation (UPOS, XPOS, lemma, UAS, LAS,
//! CoNLL 2018 conventions). Otherwise the input is raw text, split into
//! sentences and tokens by sitrep-text exactly as `sitrep extract` splits it.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use sitrep_analysis::conllu::{self, Sentence};
use sitrep_analysis::eval::Scores;
use sitrep_analysis::tagger::recase;
use sitrep_analysis::Analyzer;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Conllu,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Case {
    Original,
    Upper,
    Lower,
}

#[derive(clap::Args)]
pub struct AnalyzeArgs {
    /// Input files; `-` or none reads standard input.
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "conllu")]
    pub format: Format,
    /// Input is CoNLL-U: keep its tokens and sentences, re-analyse the words.
    #[arg(long)]
    pub pretokenized: bool,
    /// With --pretokenized: print accuracy against the input's annotation
    /// instead of writing CoNLL-U (unless --output is given).
    #[arg(long)]
    pub score: bool,
    /// Re-case the input words first (to measure robustness to casing).
    #[arg(long, value_enum, default_value = "original")]
    pub case: Case,
    /// Write CoNLL-U here instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Use this tagger model instead of the compiled-in one.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Use this parser model instead of the compiled-in one.
    #[arg(long)]
    pub parser: Option<PathBuf>,
    /// Decode with this beam width instead of the parser model's own
    /// (1 = greedy).
    #[arg(long)]
    pub beam: Option<usize>,
    /// Parse with an ensemble: this parser model (e.g. one trained with
    /// `sitrep train parser --reverse`) parses too, and the trees are
    /// combined by weighted votes and a maximum spanning tree. Repeatable.
    #[arg(long)]
    pub also_parser: Vec<PathBuf>,
    /// Ensemble: temperature of the vote weights (logistic of transition
    /// margin / temperature, in quantised perceptron units).
    #[arg(long)]
    pub ensemble_temperature: Option<f32>,
    /// Ensemble: weight of an arc made by a forced transition.
    #[arg(long)]
    pub ensemble_forced: Option<f32>,
    /// Ensemble: vote weight of each parser, the main one first
    /// (comma-separated; missing ones count 1).
    #[arg(long, value_delimiter = ',')]
    pub ensemble_weights: Vec<f32>,
}

fn read_input(path: &PathBuf) -> anyhow::Result<String> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read standard input as UTF-8")?;
        return Ok(s);
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

pub fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    if args.score && !args.pretokenized {
        anyhow::bail!("--score needs --pretokenized CoNLL-U input with gold annotation");
    }
    let t0 = Instant::now();
    let owned;
    let plain = args.also_parser.is_empty();
    let analyzer: &Analyzer = match (&args.tagger, &args.parser, args.beam) {
        (None, None, None) if plain => Analyzer::embedded(),
        (t, p, beam) => {
            let tb = match t {
                Some(p) => {
                    std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?
                }
                None => sitrep_analysis::TAGGER_MODEL.to_vec(),
            };
            let pb = match p {
                Some(p) => {
                    std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?
                }
                None => sitrep_analysis::PARSER_MODEL.to_vec(),
            };
            let mut parser = sitrep_analysis::Parser::from_bytes(&pb)?;
            if let Some(k) = beam {
                parser = parser.with_beam(k);
            }
            let mut others = Vec::new();
            for p in &args.also_parser {
                let b = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
                others.push(
                    sitrep_analysis::Parser::from_bytes(&b)
                        .with_context(|| format!("{} is not a parser model", p.display()))?,
                );
            }
            let mut cfg = sitrep_analysis::ensemble::Config::default();
            if let Some(t) = args.ensemble_temperature {
                cfg.temperature = t;
            }
            if let Some(f) = args.ensemble_forced {
                cfg.forced = f;
            }
            if !args.ensemble_weights.is_empty() {
                cfg.weights = args.ensemble_weights.clone();
            }
            owned = Analyzer::new(sitrep_analysis::Tagger::from_bytes(&tb)?, parser)
                .with_ensemble(others, cfg)?;
            &owned
        }
    };
    let load = t0.elapsed();
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let variant = match args.case {
        Case::Original => 0,
        Case::Upper => 1,
        Case::Lower => 2,
    };
    let mut out = String::new();
    let mut scores = Scores::default();
    let mut n_words = 0usize;
    let t1 = Instant::now();
    for f in &files {
        let text = read_input(f)?;
        if args.pretokenized {
            let gold = conllu::parse(&text)
                .with_context(|| format!("{} is not valid CoNLL-U", f.display()))?;
            for g in &gold {
                let mut s = g.clone();
                for w in s.words.iter_mut() {
                    w.form = recase(&w.form, variant);
                }
                analyzer.annotate(&mut s);
                n_words += s.words.len();
                if args.score {
                    let mut gc = g.clone();
                    for w in gc.words.iter_mut() {
                        w.form = recase(&w.form, variant);
                    }
                    scores
                        .add(&gc, &s)
                        .map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
                }
                if !args.score || args.output.is_some() {
                    conllu::write_sentence(&s, &mut out);
                }
            }
        } else {
            let text = recase(&text, variant);
            // The same tokens and sentences as `sitrep extract` sees.
            let layer = sitrep_text::analyze_text(&text, None);
            for (k, sent) in layer.sentences.iter().enumerate() {
                let forms: Vec<&str> = layer.tokens[sent.tokens.clone()].iter().map(|t| t.text(&text)).collect();
                let (start, end) = (sent.start, sent.end);
                let flat: String = text[start..end].split_whitespace().collect::<Vec<_>>().join(" ");
                let mut s = Sentence::from_forms(&forms, &[format!("# sent_id = {}", k + 1), format!("# text = {flat}")]);
                analyzer.annotate(&mut s);
                n_words += s.words.len();
                conllu::write_sentence(&s, &mut out);
            }
        }
    }
    let secs = t1.elapsed().as_secs_f64();
    if args.score {
        println!("{}", scores.summary());
        eprintln!(
            "model load {:.1} ms; {} words in {:.2}s ({:.0} words/s)",
            load.as_secs_f64() * 1e3,
            n_words,
            secs,
            n_words as f64 / secs.max(1e-9)
        );
    }
    match &args.output {
        Some(p) => {
            std::fs::write(p, &out).with_context(|| format!("cannot write {}", p.display()))?
        }
        None => {
            if !out.is_empty() {
                std::io::stdout()
                    .lock()
                    .write_all(out.as_bytes())
                    .context("cannot write to standard output")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
