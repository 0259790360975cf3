//! How much parsing could a better prefilter save, with the output unchanged?
//!
//! `worth_parsing` lets a sentence through when one of its words could start
//! a trigger, a statement, an interaction or a casualty phrase; many such
//! sentences then yield nothing. This parses MUC-4 documents as the pipeline
//! does, marks the parsed sentences in which no rule finds anything
//! (mentions, statements, interactions, counts), and runs the whole pipeline
//! again parsing only the productive ones: if every document's output is the
//! same, those sentences were parsed for nothing, and their share of the
//! parsed tokens is what an ideal prefilter would save. It also lists the
//! words that let the unproductive sentences through, the candidates for a
//! stricter cue list.
//!
//! Run: `cargo run --release -p sitrep-extraction --example prefilter_oracle [dev|test|train]`
//! (reads ../shared/eval/muc4/{split}.json).

use std::collections::{HashMap, HashSet};

use sitrep_extraction::{extract_document, extract_document_parsing, syntax, worth_parsing};

#[path = "../benches/support/muc4_docs.rs"]
mod muc4_docs;

fn main() {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    let docs = match muc4_docs::load(&split) {
        Ok(docs) => docs,
        Err(path) => {
            eprintln!("{} not found", path.display());
            return;
        }
    };
    let analyzer = sitrep_analysis::Analyzer::embedded();
    let lexicon = sitrep_extraction::lexicon::Lexicon::get();
    let (mut all, mut parsed, mut idle) = (0usize, 0usize, 0usize);
    let mut idle_cues: HashMap<String, usize> = HashMap::new();
    let (mut same, mut differ) = (0usize, 0usize);
    for d in &docs {
        let text = d.text.as_str();
        let published = d.published.as_deref().and_then(|p| sitrep_text::dates::parse_iso_date(p).ok());
        let layer = sitrep_text::analyze_text(text, published);
        // The registry's names, as extract_document gives them to the tagger.
        let (actors, _) = sitrep_knowledge::KnowledgeBase::embedded().find_mentions(text);
        let names: Vec<std::ops::Range<usize>> =
            actors.iter().filter(|a| a.entry_type == sitrep_knowledge::actors::EntryType::Named).map(|a| a.range.clone()).collect();
        let sentences = syntax::parse_document(text, &layer, analyzer, &names, |t| worth_parsing(text, t));
        let dates: Vec<std::ops::Range<usize>> = layer.dates.iter().map(|m| m.range.clone()).collect();
        // Sentences (by their first byte) where some rule finds something.
        let mut productive: HashSet<usize> = HashSet::new();
        for (s, ls) in sentences.iter().zip(&layer.sentences) {
            let n = ls.tokens.len();
            all += n;
            if s.words.is_empty() {
                continue;
            }
            parsed += n;
            let found = sitrep_extraction::mentions::find_mentions(s);
            let yields = !found.is_empty()
                || !sitrep_extraction::attribution::find_statements(s).is_empty()
                || !sitrep_extraction::interactions::find_interactions(s, &found).is_empty()
                || !sitrep_extraction::casualties::find_counts(s, &dates).is_empty();
            if yields {
                productive.insert(s.start);
            } else {
                idle += n;
                let cue = match s.words.iter().map(|w| w.lower.as_str()).find(|w| w.len() >= 3 && lexicon.may_matter(w)) {
                    Some(w) => w.to_string(),
                    // Let through by a pattern: its head word.
                    None => {
                        let forms: HashSet<&str> = s.words.iter().map(|w| w.lower.as_str()).collect();
                        let head = s.words.iter().map(|w| w.lower.as_str()).find(|w| lexicon.pattern_may_matter(&HashSet::from([*w]))
                            || lexicon.pattern_may_matter(&forms) && !lexicon.pattern_may_matter(&forms.iter().copied().filter(|f| f != w).collect::<HashSet<&str>>()));
                        format!("pattern {}", head.unwrap_or("?"))
                    }
                };
                *idle_cues.entry(cue).or_default() += 1;
            }
        }
        let id = d.id.as_deref().unwrap_or("");
        let full = serde_json::to_string(&extract_document(id, d)).unwrap_or_default();
        let oracle = extract_document_parsing(id, d, |_, t| {
            t.first().is_some_and(|first| layer.sentences.iter().any(|s| s.start <= first.start && first.start < s.end && productive.contains(&s.start)))
        });
        if serde_json::to_string(&oracle).unwrap_or_default() == full {
            same += 1;
        } else {
            differ += 1;
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!("{split}: {} docs, tokens {all}, parsed {parsed} ({:.1}%), parsed in sentences where no rule finds anything {idle} ({:.1}% of parsed)", docs.len(), pct(parsed, all), pct(idle, parsed));
    println!("parsing only the productive sentences: {same} documents give the same output, {differ} differ");
    let mut cues: Vec<(String, usize)> = idle_cues.into_iter().collect();
    cues.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("first cue word of the unproductive sentences (sentences):");
    for (w, n) in cues.iter().take(40) {
        println!("  {n:5} {w}");
    }
}
