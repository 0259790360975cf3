//! Speed of the compiled-in analyser: model load time (the load that
//! `Analyzer::embedded` does, and a copying load as for a model file), then tagging +
//! parsing throughput on one core (tokens per second), and the two stages
//! separately. Uses the EWT dev set when `../shared` is present, otherwise
//! a built-in news paragraph repeated.
//!
//! `cargo bench -p sitrep-analysis --bench analyze`

use std::hint::black_box;
use std::time::Instant;

use sitrep_analysis::tagger::Tags;
use sitrep_analysis::{conllu, tokenize, Analyzer, PARSER_MODEL, TAGGER_MODEL};

const SAMPLE: &str =
    "Armed forces spokesman Colonel Isaacs said that the attack was not against the farm. \
The raid, which local officials attributed to the RSF, killed at least 12 people on Thursday. \
AL-SHABAAB CLAIMED RESPONSIBILITY FOR THE BLAST IN MOGADISHU, POLICE SAID. \
gunmen opened fire on a bus near the border, wounding three soldiers and a child.";

/// User + system CPU seconds of this process from /proc (Linux), so the
/// figures stay meaningful on a machine shared with other jobs.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit(')').next()?;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
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
    let reps = 5;
    let c0 = cpu_seconds();
    let t = Instant::now();
    for _ in 0..reps {
        for w in &refs {
            black_box(a.analyze(w));
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = match (c0, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => format!(
            ", {:.0} tokens per CPU second",
            (n_tokens * reps) as f64 / (b - a)
        ),
        _ => String::new(),
    };
    println!(
        "tag + lemmatise + parse: {:.0} tokens/s wall{cpu} ({} tokens x {reps}, one thread)",
        (n_tokens * reps) as f64 / secs,
        n_tokens
    );

    let mut tags = Tags::default();
    let t = Instant::now();
    let mut all_tags = Vec::new();
    for w in &refs {
        a.tagger().tag(w, &mut tags);
        all_tags.push(tags.clone());
    }
    let tag_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for (w, x) in refs.iter().zip(&all_tags) {
        black_box(a.parse_tagged(w, x));
    }
    let parse_secs = t.elapsed().as_secs_f64();
    println!(
        "tagger alone: {:.0} tokens/s; parser alone: {:.0} tokens/s",
        n_tokens as f64 / tag_secs,
        n_tokens as f64 / parse_secs
    );
}
