//! Whole-pipeline throughput (text layer, tagging, parsing, knowledge base,
//! extraction) over MUC-4 documents, on one core.
//!
//! Run: `cargo bench -p sitrep-extraction`. Skips when ../shared is absent.

use std::time::Instant;

#[path = "support/muc4_docs.rs"]
mod muc4_docs;

/// User + system CPU seconds of this process from /proc (Linux), so the
/// figure stays meaningful on a machine shared with other jobs.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit(')').next()?;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let docs = match muc4_docs::load("dev") {
        Ok(docs) => docs,
        Err(path) => {
            eprintln!("skipping pipeline benchmark: {} not found", path.display());
            return;
        }
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Load models and data once, outside the timing, and report the load time.
    let t = Instant::now();
    let _ = sitrep_analysis::Analyzer::embedded();
    let analysis_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let _ = sitrep_knowledge::KnowledgeBase::embedded();
    let kb_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut events = 0;
    for _ in 0..3 {
        let c = cpu_seconds();
        let t = Instant::now();
        events = 0;
        for d in &docs {
            events += sitrep_extraction::extract_document(d.id.as_deref().unwrap_or(""), d).events.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    // How much of the text reaches the tagger and parser at all.
    let (mut parsed_tokens, mut all_tokens) = (0usize, 0usize);
    for d in &docs {
        let layer = sitrep_text::analyze_text(&d.text, None);
        for s in &layer.sentences {
            let tokens = &layer.tokens[s.tokens.clone()];
            all_tokens += tokens.len();
            if sitrep_extraction::worth_parsing(&d.text, tokens) {
                parsed_tokens += tokens.len();
            }
        }
    }
    println!("model load: analysis {analysis_ms:.1} ms, knowledge base {kb_ms:.1} ms");
    println!(
        "tokens parsed: {parsed_tokens} of {all_tokens} ({:.1}%)",
        100.0 * parsed_tokens as f64 / all_tokens.max(1) as f64
    );
    let cpu = if best_cpu > 0.0 && best_cpu < f64::MAX {
        format!(", {:.2} MB per CPU second", bytes as f64 / 1e6 / best_cpu)
    } else {
        String::new()
    };
    println!(
        "pipeline over MUC-4 dev.json: {} docs, {:.2} MB, {:.2} MB/s on one core{cpu}, {:.0} docs/s, {events} events (best of 3)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / best,
        docs.len() as f64 / best
    );
}
