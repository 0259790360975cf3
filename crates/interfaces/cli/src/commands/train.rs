//! `sitrep train tagger|parser`: trains the analysis models from CoNLL-U
//! treebanks (UD English EWT) and writes a model file. The committed models
//! in `crates/analysis/models/` are rebuilt with the commands in
//! docs/analysis.md.
//!
//! `sitrep train tagger|parser --convert OLD --out NEW` instead rewrites a
//! model file in the current format without retraining (the model answers
//! exactly as before): how files written before a format change, such as
//! the `SRAP3` perceptron tables of session 4, are brought up to date.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use sitrep_analysis::conllu::{self, Sentence};
use sitrep_analysis::eval::Scores;
use sitrep_analysis::parser::{self, ParserConfig};
use sitrep_analysis::tagger::{self, Tagger, TaggerConfig};
use sitrep_analysis::{train, Analyzer, Parser};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    Tagger,
    Parser,
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Which model to train.
    #[arg(value_enum)]
    pub what: What,
    /// Training treebank (CoNLL-U).
    #[arg(long, required_unless_present = "convert")]
    pub train: Option<PathBuf>,
    /// Do not train: read this model file (any format this version reads)
    /// and write it to --out in the current format. The model is unchanged.
    #[arg(long, conflicts_with_all = ["train", "dev"])]
    pub convert: Option<PathBuf>,
    /// Development treebank (CoNLL-U), scored after training (and after
    /// every parser epoch).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// Training epochs (default: 6 for the tagger, 5 for the parser).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Train on the original text only (no UPPER/lower copies).
    #[arg(long)]
    pub no_case_augment: bool,
    /// Tagger (and the parser's jack-knife taggers): train one model over
    /// (UPOS, XPOS) pairs (format `SRTG3`) instead of a UPOS model and an
    /// XPOS model. Faster and smaller, not the committed model (see
    /// docs/analysis.md, session 5).
    #[arg(long)]
    pub joint_tagger: bool,
    /// Tagger (and the parser's jack-knife taggers): also read word clusters
    /// of the word and its neighbours (`crates/analysis/data/word-clusters.tsv`;
    /// format `SRTG4`). Not the committed model (docs/analysis.md, session 20).
    #[arg(long)]
    pub tagger_clusters: bool,
    /// Drop quantised weights smaller than this, out of 32000 for the
    /// largest (smaller model, less accurate). Default: 300 for the tagger;
    /// 400 for the parser's transitions and 100 for its labels.
    #[arg(long)]
    pub min_weight: Option<i16>,
    /// Parser: tagger model used to tag the dev set (default: the embedded one).
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Parser: number of jack-knife folds for predicted training tags (0 = gold tags).
    #[arg(long, default_value_t = 5)]
    pub jackknife: usize,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Parser: file caching the jack-knife-tagged training examples; read if
    /// it exists, written otherwise. Saves minutes per experiment with
    /// parser settings; delete it when the treebank or tagger settings
    /// change.
    #[arg(long)]
    pub examples_cache: Option<PathBuf>,
    /// Parser: after the last epoch, also score the dev set with the model
    /// pruned at each of these transition thresholds (labels at a quarter),
    /// to choose `--min-weight`.
    #[arg(long, value_delimiter = ',')]
    pub sweep_min_weight: Vec<i16>,
    /// Parser: beam width. 1 (default) trains the greedy parser; K > 1 trains
    /// a global model decoded with a beam of K (the width is stored in the
    /// model).
    #[arg(long, default_value_t = 1)]
    pub beam: usize,
    /// Parser, with --beam: update at the first step where the correct
    /// hypotheses have left the beam (early update) instead of at the step
    /// of largest violation.
    #[arg(long)]
    pub early_update: bool,
    /// Parser: train on the sentences read right to left (the second half
    /// of a parser ensemble, `sitrep analyze --also-parser`); the model file
    /// says so, and parsing reverses the words and maps the heads back.
    #[arg(long)]
    pub reverse: bool,
    /// Parser, with --reverse: keep a sentence-final run of punctuation at
    /// the end (read after the reversed words) instead of first.
    #[arg(long, requires = "reverse")]
    pub punct_last: bool,
    /// Parser: label model feature groups, bit flags (1 context beyond the
    /// dependent, 2 the head's dependents so far, 4 more of the dependent,
    /// 8 punctuation between; 0 = the features of the committed model).
    /// Written in the model file (format `SRDP4` when not 0).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=15))]
    pub label_features: u8,
    /// Parser: also train a second-pass label model for this many epochs on
    /// the finished parser's trees of the training sentences; it relabels
    /// every arc after parsing (0 = none, the committed model).
    #[arg(long, default_value_t = 0)]
    pub relabel_epochs: usize,
    /// Parser, with --relabel-epochs: train the second-pass label model on
    /// jack-knifed trees (this many folds, ≥ 2; each fold parsed by a parser
    /// trained on the others) and let it read the first-pass label.
    #[arg(long, default_value_t = 0)]
    pub relabel_folds: usize,
    /// Parser: also read word clusters learned from unlabelled text
    /// (`crates/analysis/data/word-clusters.tsv`, built by
    /// `tools/word-clusters.py`), feature groups as bit flags (1 stack and
    /// buffer words, 2 stack-top/buffer-front pairs, 4 label model; format
    /// `SRDP5` when not 0; 0 = the committed model's features).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=7))]
    pub clusters: u8,
    /// Parser: also train on these silver trees (CoNLL-U of unlabelled text
    /// parsed by other parsers, with the tagger's tags; self-/tri-training).
    /// They are added to the jack-knifed gold examples as they are (never
    /// jack-knifed nor cached), with a copy in each other casing that changes
    /// their words. A word whose HEAD is `_` is left open (partial trees:
    /// only the arcs the parsers agree on), greedy parser only. Repeatable;
    /// none by default (the committed model).
    #[arg(long)]
    pub extra_train: Vec<PathBuf>,
}

fn read_treebank(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    conllu::parse(&text).with_context(|| format!("{} is not valid CoNLL-U", path.display()))
}

fn log(msg: &str) {
    eprintln!("[train] {msg}");
}

/// `--convert`: reads a model file and writes it in the current format.
fn convert(what: What, from: &Path, out: &Path) -> anyhow::Result<ExitCode> {
    let old = std::fs::read(from).with_context(|| format!("cannot read {}", from.display()))?;
    let new = match what {
        What::Tagger => Tagger::from_bytes(&old)
            .with_context(|| format!("{} is not a tagger model", from.display()))?
            .to_bytes(),
        What::Parser => Parser::from_bytes(&old)
            .with_context(|| format!("{} is not a parser model", from.display()))?
            .to_bytes(),
    };
    std::fs::write(out, &new).with_context(|| format!("cannot write {}", out.display()))?;
    log(&format!(
        "converted {} ({} bytes) to {} ({} bytes)",
        from.display(),
        old.len(),
        out.display(),
        new.len()
    ));
    Ok(ExitCode::SUCCESS)
}

pub fn run(args: TrainArgs) -> anyhow::Result<ExitCode> {
    if let Some(from) = &args.convert {
        return convert(args.what, from, &args.out);
    }
    let Some(train_path) = &args.train else {
        anyhow::bail!("--train is required (or --convert)");
    };
    let train_set = read_treebank(train_path)?;
    let dev = args.dev.as_deref().map(read_treebank).transpose()?;
    let variants: &[u8] = if args.no_case_augment {
        &[0]
    } else {
        &[0, 1, 2]
    };
    let t0 = Instant::now();
    let mut tcfg = TaggerConfig {
        case_augment: !args.no_case_augment,
        seed: args.seed,
        joint: args.joint_tagger,
        clusters: args.tagger_clusters,
        ..Default::default()
    };
    if let (What::Tagger, Some(m)) = (args.what, args.min_weight) {
        tcfg.min_weight = m;
    }
    match args.what {
        What::Tagger => {
            if let Some(e) = args.epochs {
                tcfg.epochs = e;
            }
            log(&format!("{} training sentences", train_set.len()));
            let t = tagger::train(&train_set, &tcfg, &mut |m| log(m));
            let bytes = t.to_bytes();
            std::fs::write(&args.out, &bytes)
                .with_context(|| format!("cannot write {}", args.out.display()))?;
            log(&format!(
                "wrote {} ({} bytes) in {:.1}s",
                args.out.display(),
                bytes.len(),
                t0.elapsed().as_secs_f64()
            ));
            if let Some(dev) = &dev {
                for v in variants {
                    let mut sc = Scores::default();
                    for s in dev {
                        let tags = train::predicted_tags(&t, s, *v);
                        let mut p = s.clone();
                        for (w, (u, x)) in p.words.iter_mut().zip(tags) {
                            w.upos = u.to_string();
                            w.xpos = x.to_string();
                        }
                        let _ = sc.add(s, &p);
                    }
                    log(&format!(
                        "dev ({}): UPOS {:.2}% XPOS {:.2}%",
                        case_name(*v),
                        sc.upos_pct(),
                        sc.xpos_pct()
                    ));
                }
            }
        }
        What::Parser => {
            let tagger = match &args.tagger {
                Some(p) => Tagger::from_bytes(
                    &std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
                )
                .with_context(|| format!("{} is not a tagger model", p.display()))?,
                None => Tagger::from_bytes(sitrep_analysis::TAGGER_MODEL)
                    .context("the embedded tagger is unusable; pass --tagger")?,
            };
            let labels = train::label_names(&train_set);
            tcfg.epochs = 6;
            let cached = match &args.examples_cache {
                Some(p) if p.exists() => Some(
                    train::examples_from_bytes(
                        &std::fs::read(p)
                            .with_context(|| format!("cannot read {}", p.display()))?,
                    )
                    .with_context(|| format!("{} is not an examples cache", p.display()))?,
                ),
                _ => None,
            };
            let exs = match cached {
                // A cache from another treebank would index other labels.
                Some(e)
                    if e.iter()
                        .flat_map(|x| &x.labels)
                        .any(|&l| l as usize >= labels.len()) =>
                {
                    anyhow::bail!(
                        "{} was made from another treebank (label out of range); delete it",
                        args.examples_cache
                            .as_deref()
                            .unwrap_or(Path::new(""))
                            .display()
                    )
                }
                Some(e) => e,
                None => {
                    let e = train::parser_examples(
                        &train_set,
                        args.jackknife,
                        variants,
                        &tcfg,
                        &labels,
                        &mut |m| log(m),
                    );
                    if let Some(p) = &args.examples_cache {
                        std::fs::write(p, train::examples_to_bytes(&e))
                            .with_context(|| format!("cannot write {}", p.display()))?;
                    }
                    e
                }
            };
            let exs = with_silver_examples(exs, &args.extra_train, &tagger, variants, &labels)?;
            let partial = exs.iter().any(|e| e.heads.contains(&parser::UNKNOWN_HEAD));
            if partial && (args.beam > 1 || args.relabel_epochs > 0) {
                anyhow::bail!(
                    "partial silver trees (HEAD `_`) train only the greedy parser \
                     without --beam or --relabel-epochs"
                );
            }
            let order = match (args.reverse, args.punct_last) {
                (false, _) => parser::Order::Forward,
                (true, false) => parser::Order::Reversed,
                (true, true) => parser::Order::ReversedPunctLast,
            };
            let exs = if order == parser::Order::Forward {
                exs
            } else {
                exs.iter().map(|e| parser::ordered_example(e, order)).collect()
            };
            log(&format!(
                "{} parser examples, {} labels ({:.1}s)",
                exs.len(),
                labels.len(),
                t0.elapsed().as_secs_f64()
            ));
            let mut pcfg = ParserConfig {
                seed: args.seed,
                beam: args.beam.max(1),
                early_update: args.early_update,
                label_set: parser::LabelFeatures(args.label_features),
                relabel_epochs: args.relabel_epochs,
                relabel_folds: args.relabel_folds,
                clusters: parser::ClusterFeatures(args.clusters),
                ..Default::default()
            };
            if let Some(m) = args.min_weight {
                pcfg.trans_min_weight = m;
                pcfg.label_min_weight = m / 4;
            }
            if let Some(e) = args.epochs {
                pcfg.epochs = e;
            }
            let dev_inputs: Vec<(Sentence, tagger::Tags)> = dev
                .iter()
                .flatten()
                .map(|s| {
                    let forms = s.forms();
                    let mut tags = tagger::Tags::default();
                    tagger.tag(&forms, &mut tags);
                    (s.clone(), tags)
                })
                .collect();
            let tagger_bytes = tagger.to_bytes();
            let p = parser::train(
                &exs,
                labels,
                &pcfg,
                &mut |m| log(m),
                |epoch, make: &dyn Fn(i16, i16) -> Parser| {
                    if dev_inputs.is_empty() {
                        return;
                    }
                    let mut sweep = vec![(pcfg.trans_min_weight, pcfg.label_min_weight)];
                    if epoch + 1 == pcfg.epochs {
                        sweep.extend(args.sweep_min_weight.iter().map(|&m| (m, m / 4)));
                    }
                    for (tmw, lmw) in sweep {
                        let Ok(t) = Tagger::from_bytes(&tagger_bytes) else {
                            return;
                        };
                        let p = make(tmw, lmw).with_order(order);
                        let size = p.to_bytes().len();
                        let a = Analyzer::new(t, p);
                        let sc = score_parser(&a, &dev_inputs);
                        log(&format!(
                            "epoch {} dev (gold-case, predicted tags): UAS {:.2} LAS {:.2} \
                             (min weight {tmw}/{lmw}: {size} bytes)",
                            epoch + 1,
                            sc.uas_pct(),
                            sc.las_pct()
                        ));
                    }
                },
            );
            let bytes = p.with_order(order).to_bytes();
            std::fs::write(&args.out, &bytes)
                .with_context(|| format!("cannot write {}", args.out.display()))?;
            log(&format!(
                "wrote {} ({} bytes) in {:.1}s",
                args.out.display(),
                bytes.len(),
                t0.elapsed().as_secs_f64()
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Appends the examples of the `--extra-train` silver treebanks to the gold
/// ones, after the examples cache is read or written, so that the cache
/// holds only the jack-knifed gold examples whatever silver data is tried.
fn with_silver_examples(
    mut exs: Vec<parser::Example>,
    files: &[PathBuf],
    tagger: &Tagger,
    variants: &[u8],
    labels: &[String],
) -> anyhow::Result<Vec<parser::Example>> {
    for f in files {
        let silver = read_treebank(f)?;
        if let Some(l) = silver
            .iter()
            .flat_map(|s| &s.words)
            .find(|w| w.head.is_some() && labels.binary_search(&w.deprel).is_err())
        {
            anyhow::bail!(
                "{}: relation {:?} is not one of the training treebank's; \
                 silver trees must come from parsers trained on it",
                f.display(),
                l.deprel
            );
        }
        let extra = train::silver_examples(&silver, tagger, variants, labels);
        log(&format!(
            "{}: {} silver sentences, {} examples",
            f.display(),
            silver.len(),
            extra.len()
        ));
        exs.extend(extra);
    }
    Ok(exs)
}

fn case_name(v: u8) -> &'static str {
    match v {
        1 => "upper",
        2 => "lower",
        _ => "original",
    }
}

fn score_parser(a: &Analyzer, dev: &[(Sentence, tagger::Tags)]) -> Scores {
    let mut sc = Scores::default();
    for (s, tags) in dev {
        let forms = s.forms();
        let parse = a.parse_tagged(&forms, tags);
        let mut p = s.clone();
        for (i, w) in p.words.iter_mut().enumerate() {
            w.head = Some(parse.heads[i]);
            w.deprel = a
                .parser()
                .label_names()
                .get(parse.labels[i])
                .cloned()
                .unwrap_or_default();
        }
        let _ = sc.add(s, &p);
    }
    sc
}
