//! Speed of the compiled-in analyser: model load time (the load that
//! `Analyzer::embedded` does, and a copying load as for a model file), then tagging +
//! parsing throughput on one core (tokens per second), and the two stages
//! separately. Uses the EWT dev set when `../shared` is present, otherwise
//! a built-in news paragraph repeated.
//!
//! `cargo bench -p sitrep-analysis --bench analyze`
//!
//! With `SITREP_BENCH_ENSEMBLE=r2l.bin[,more.bin]` the same rounds also time
//! a parser ensemble (the compiled-in parser plus those models, module
//! `ensemble`), interleaved with the single parser so both see the same load.

use std::hint::black_box;
use std::time::Instant;

use sitrep_analysis::tagger::Tags;
use sitrep_analysis::{conllu, tokenize, Analyzer, Parser, PARSER_MODEL, TAGGER_MODEL};

const SAMPLE: &str =
    "Armed forces spokesman Colonel Isaacs said that the attack was not against the farm. \
The raid, which local officials attributed to the RSF, killed at least 12 people on Thursday. \
AL-SHABAAB CLAIMED RESPONSIBILITY FOR THE BLAST IN MOGADISHU, POLICE SAID. \
gunmen opened fire on a bus near the border, wounding three soldiers and a child.";

/// CPU seconds used by this thread so far (Linux), so the figures stay
/// meaningful on a machine shared with other jobs; `None` elsewhere.
fn thread_cpu() -> Option<f64> {
    #[cfg(target_os = "linux")]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec for the call to fill.
        let r = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        if r == 0 {
            return Some(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9);
        }
    }
    None
}

/// Wall and thread-CPU seconds of one run of `f`.
fn timed(f: &mut dyn FnMut()) -> (f64, Option<f64>) {
    let c0 = thread_cpu();
    let t = Instant::now();
    f();
    let wall = t.elapsed().as_secs_f64();
    let cpu = match (c0, thread_cpu()) {
        (Some(a), Some(b)) if b > a => Some(b - a),
        _ => None,
    };
    (wall, cpu)
}

/// "median M tokens/s (best B)" over rounds of `n` tokens each, for wall
/// time and, when known, CPU time.
fn rates(n: usize, runs: &[(f64, Option<f64>)]) -> String {
    let summary = |mut secs: Vec<f64>| {
        secs.sort_by(f64::total_cmp);
        let med = secs[secs.len() / 2];
        format!(
            "median {:.0} (best {:.0})",
            n as f64 / med,
            n as f64 / secs[0]
        )
    };
    let wall = summary(runs.iter().map(|r| r.0).collect());
    let cpus: Vec<f64> = runs.iter().filter_map(|r| r.1).collect();
    if cpus.len() == runs.len() {
        format!(
            "{wall} tokens/s wall, {} tokens per CPU second",
            summary(cpus)
        )
    } else {
        format!("{wall} tokens/s wall")
    }
}

fn main() {
    // Load time: best, median and mean of several loads from the
    // compiled-in bytes, as `Analyzer::embedded` loads them (tables used in
    // place) and as a model file read from disk is loaded (tables copied).
    let stats = |load: &dyn Fn() -> bool| {
        let mut times = Vec::new();
        for _ in 0..11 {
            let t = Instant::now();
            black_box(load());
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        format!(
            "best {:.1} ms, median {:.1} ms, mean {mean:.1} ms",
            times[0],
            times[times.len() / 2]
        )
    };
    let in_place = stats(&|| Analyzer::from_static(TAGGER_MODEL, PARSER_MODEL).is_ok());
    let copied = stats(&|| Analyzer::from_bytes(TAGGER_MODEL, PARSER_MODEL).is_ok());
    println!(
        "model load: {in_place} ({} + {} bytes, tables in place); copied as from a file: {copied}",
        TAGGER_MODEL.len(),
        PARSER_MODEL.len()
    );

    let a = Analyzer::embedded();
    let dev = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
    );
    let sents: Vec<Vec<String>> = match std::fs::read_to_string(dev)
        .ok()
        .and_then(|t| conllu::parse(&t).ok())
    {
        Some(s) => {
            println!("corpus: EWT dev ({} sentences)", s.len());
            s.iter()
                .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
                .collect()
        }
        None => {
            println!("corpus: built-in sample (../shared not found)");
            let one: Vec<Vec<String>> = tokenize::sentences(SAMPLE)
                .into_iter()
                .map(|s| s.into_iter().map(|r| SAMPLE[r].to_string()).collect())
                .collect();
            (0..500).flat_map(|_| one.clone()).collect()
        }
    };
    let refs: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.iter().map(|w| w.as_str()).collect())
        .collect();
    let n_tokens: usize = refs.iter().map(|s| s.len()).sum();
    for w in refs.iter().take(50) {
        black_box(a.analyze(w));
    }
    let ens = ensemble_analyzer();
    // Rounds of the whole pipeline, the tagger alone and the parser alone
    // in turn, so that a change in the machine's load touches all three.
    let rounds = 7;
    let (mut all, mut tag, mut parse) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ens_all, mut ens_parse) = (Vec::new(), Vec::new());
    let mut tags = Tags::default();
    let mut all_tags = Vec::new();
    for _ in 0..rounds {
        all.push(timed(&mut || {
            for w in &refs {
                black_box(a.analyze(w));
            }
        }));
        all_tags.clear();
        tag.push(timed(&mut || {
            for w in &refs {
                a.tagger().tag(w, &mut tags);
                all_tags.push(tags.clone());
            }
        }));
        parse.push(timed(&mut || {
            for (w, x) in refs.iter().zip(&all_tags) {
                black_box(a.parse_tagged(w, x));
            }
        }));
        if let Some(e) = &ens {
            ens_all.push(timed(&mut || {
                for w in &refs {
                    black_box(e.analyze(w));
                }
            }));
            ens_parse.push(timed(&mut || {
                for (w, x) in refs.iter().zip(&all_tags) {
                    black_box(e.parse_tagged(w, x));
                }
            }));
        }
    }
    println!(
        "tag + lemmatise + parse: {} ({n_tokens} tokens x {rounds} rounds, one thread)",
        rates(n_tokens, &all)
    );
    println!("tagger alone: {}", rates(n_tokens, &tag));
    println!("parser alone: {}", rates(n_tokens, &parse));
    if !ens_all.is_empty() {
        println!("ensemble tag + lemmatise + parse: {}", rates(n_tokens, &ens_all));
        println!("ensemble parsers alone: {}", rates(n_tokens, &ens_parse));
    }
}

/// The compiled-in analyser plus the parser models named in
/// `SITREP_BENCH_ENSEMBLE` (comma-separated), or `None` when it is unset or
/// a model cannot be read (said on standard output).
fn ensemble_analyzer() -> Option<Analyzer> {
    let paths = std::env::var("SITREP_BENCH_ENSEMBLE").ok()?;
    let mut others = Vec::new();
    for p in paths.split(',').filter(|p| !p.is_empty()) {
        match std::fs::read(p).map(|b| Parser::from_bytes(&b)) {
            Ok(Ok(m)) => others.push(m),
            _ => {
                println!("ensemble: cannot load {p}");
                return None;
            }
        }
    }
    let base = Analyzer::from_static(TAGGER_MODEL, PARSER_MODEL).ok()?;
    let e = base.with_ensemble(others, Default::default()).ok()?;
    println!("ensemble: compiled-in parser + {paths}");
    Some(e)
}
