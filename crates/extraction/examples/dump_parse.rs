//! Prints the parse as extraction sees it (after the tagging hints and the
//! repairs of `syntax::parse_document`) and the event mentions found in each
//! sentence: for finding why a sentence yields no event or a wrong argument.
//! `sitrep analyze` shows the bare parser's output, without either.
//!
//! Run: `cargo run --release -p sitrep-extraction --example dump_parse < text.txt`

use std::io::Read;

use sitrep_extraction::{syntax, worth_parsing};

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("standard input is not UTF-8 text");
        return;
    }
    let layer = sitrep_text::analyze_text(&text, None);
    // The registry's names, as extract_document gives them to the tagger.
    let (actors, _) = sitrep_knowledge::KnowledgeBase::embedded().find_mentions(&text);
    let names = sitrep_extraction::names_for_the_tagger(&layer, &actors);
    let sentences = syntax::parse_document(&text, &layer, sitrep_analysis::Analyzer::embedded(), &names, |t| worth_parsing(&text, t));
    for s in sentences.iter().filter(|s| !s.words.is_empty()) {
        println!("# {}", &text[s.start..s.end]);
        for (i, w) in s.words.iter().enumerate() {
            let head = w.head.map_or(0, |h| h + 1);
            println!("{}\t{}\t{}\t{:?}\t{}\t{}", i + 1, w.lower, w.lemma, w.upos, head, w.deprel);
        }
        for m in sitrep_extraction::mentions::find_mentions(s) {
            let args: Vec<String> = m.args.iter().map(|a| format!("{:?}={}", a.role, s.words[a.words.clone()].iter().map(|w| w.lower.as_str()).collect::<Vec<_>>().join(" "))).collect();
            println!("mention {:?} '{}': {}", m.kind, s.words[m.head].lower, args.join("; "));
        }
        println!();
    }
}
