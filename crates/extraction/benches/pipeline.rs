//! Whole-pipeline throughput (text layer, tagging, parsing, knowledge base,
//! extraction) over MUC-4 documents, on one core.
//!
//! Run: `cargo bench -p sitrep-extraction`. Skips when ../shared is absent.

use std::path::Path;
use std::time::Instant;

use sitrep_schema::InputDocument;

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/muc4/dev.json");
    let Ok(json) = std::fs::read_to_string(&path) else {
        eprintln!("skipping pipeline benchmark: {} not found", path.display());
        return;
    };
    let docs: Vec<InputDocument> = json
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let text = v["doctext"].as_str()?.to_string();
            Some(InputDocument { id: v["docid"].as_str().map(str::to_string), text, published: Some("1990-01-15".into()), ..Default::default() })
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Load models and data once, outside the timing, and report the load time.
    let t = Instant::now();
    let _ = sitrep_analysis::Analyzer::embedded();
    let analysis_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let _ = sitrep_knowledge::KnowledgeBase::embedded();
    let kb_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut best = f64::MAX;
    let mut events = 0;
    for _ in 0..3 {
        let t = Instant::now();
        events = 0;
        for d in &docs {
            events += sitrep_extraction::extract_document(d.id.as_deref().unwrap_or(""), d).events.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("model load: analysis {analysis_ms:.1} ms, knowledge base {kb_ms:.1} ms");
    println!(
        "pipeline over MUC-4 dev.json: {} docs, {:.2} MB, {:.2} MB/s on one core, {:.0} docs/s, {events} events (best of 3)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / best,
        docs.len() as f64 / best
    );
}
