//! Text-layer throughput: tokenization, sentences, dateline, dates over the
//! MUC-4 corpus (`../shared/eval/muc4/`), on one core.
//!
//! Run: `cargo bench -p sitrep-text`. Prints MB/s for the original ALL-CAPS
//! wire text and the lower-cased JSON text; skips when ../shared is absent.

use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/muc4");
    if !root.exists() {
        eprintln!("skipping text-layer benchmark: {} not found", root.display());
        return;
    }
    let mut raw = String::new();
    let dev = root.join("raw/TASK/CORPORA/dev");
    if let Ok(entries) = std::fs::read_dir(&dev) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("dev-muc3"))
        }).collect();
        paths.sort();
        for p in paths {
            raw.push_str(&String::from_utf8_lossy(&std::fs::read(&p).unwrap_or_default()));
        }
    }
    // The raw files hold 100 documents each; split at the document headers.
    let raw_docs: Vec<&str> = raw.split("\nDEV-MUC3-").filter(|d| !d.trim().is_empty()).collect();
    let json = std::fs::read_to_string(root.join("train.json")).unwrap_or_default();
    let lower_docs: Vec<String> = json
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["doctext"].as_str().map(str::to_string))
        .collect();
    let published = chrono::NaiveDate::from_ymd_opt(1990, 1, 15);
    report("MUC-4 raw dev (ALL CAPS, datelines)", raw_docs.iter().map(|s| *s), published);
    report("MUC-4 train.json (lower case)", lower_docs.iter().map(|s| s.as_str()), published);
}

fn report<'a>(name: &str, docs: impl Iterator<Item = &'a str> + Clone, published: Option<chrono::NaiveDate>) {
    let bytes: usize = docs.clone().map(|d| d.len()).sum();
    let count = docs.clone().count();
    if count == 0 {
        eprintln!("{name}: no documents found");
        return;
    }
    // One warm-up pass, then the best of three timed passes.
    let mut sink = 0usize;
    for d in docs.clone() {
        sink += sitrep_text::analyze_text(d, published).tokens.len();
    }
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        for d in docs.clone() {
            sink += sitrep_text::analyze_text(d, published).sentences.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{name}: {count} docs, {:.1} MB, {:.1} MB/s on one core (best of 3; checksum {sink})",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / best
    );
}
