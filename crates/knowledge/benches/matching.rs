//! Knowledge-base figures: load time, sizes, and matching speed over the
//! MUC-4 training documents (`../shared/eval/muc4/raw/TASK/CORPORA/dev/`,
//! ALL CAPS) and the same text lower-cased. Skips the speed part when
//! `../shared` is absent.
//!
//! Run: `cargo bench -p sitrep-knowledge --bench matching`

use std::path::Path;
use std::time::Instant;

use sitrep_knowledge::{KnowledgeBase, PlaceContext, ACTORS_TSV, AGENTS_TSV, COUNTRIES_TSV, GAZETTEER_BIN};

fn main() {
    // Load time: a fresh knowledge base from the embedded bytes, best of 5.
    let mut best = f64::MAX;
    let mut kb = None;
    for _ in 0..5 {
        let t = Instant::now();
        let k = match KnowledgeBase::load_embedded() {
            Ok(k) => k,
            Err(e) => {
                eprintln!("cannot load the knowledge base: {e}");
                std::process::exit(1);
            }
        };
        best = best.min(t.elapsed().as_secs_f64());
        kb = Some(k);
    }
    let Some(kb) = kb else { return };
    let t = Instant::now();
    let from_file = KnowledgeBase::from_parts(GAZETTEER_BIN, COUNTRIES_TSV, ACTORS_TSV, AGENTS_TSV).is_ok();
    println!(
        "(loading from the compressed file instead, with run-time decompression: {:.1} ms, ok={from_file}; embedded payload {} bytes)",
        t.elapsed().as_secs_f64() * 1000.0,
        sitrep_knowledge::GAZETTEER_PAYLOAD.len()
    );
    let (c, a, p, n) = kb.gazetteer.counts();
    println!("gazetteer.bin: {} bytes; {c} countries, {a} divisions, {p} places, {n} distinct names", GAZETTEER_BIN.len());
    println!(
        "actors: {} entries ({} named), {} distinct folded names; tsv bytes {}",
        kb.actors.entries().len(),
        kb.actors.entries().iter().filter(|e| e.entry_type == sitrep_knowledge::EntryType::Named).count(),
        kb.actors.pattern_count(),
        ACTORS_TSV.len() + AGENTS_TSV.len() + COUNTRIES_TSV.len()
    );
    for ty in [sitrep_knowledge::EntryType::Country, sitrep_knowledge::EntryType::Metonym, sitrep_knowledge::EntryType::Agent] {
        println!("  {ty:?} entries: {}", kb.actors.entries().iter().filter(|e| e.entry_type == ty).count());
    }
    println!("load (gazetteer + actor registry): {:.1} ms (best of 5)", best * 1000.0);

    let t = Instant::now();
    let n_lookups = 20_000;
    let names = ["Kandahar", "Paris", "San Miguel", "Tripoli", "Morazan Department", "Xqzzy"];
    let mut hits = 0usize;
    for i in 0..n_lookups {
        hits += kb.gazetteer.lookup(names[i % names.len()]).len();
    }
    let el = t.elapsed().as_secs_f64();
    println!("gazetteer.lookup: {:.1} µs per call ({hits} candidates)", el * 1e6 / n_lookups as f64);

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/muc4/raw/TASK/CORPORA/dev");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("skipping matching speed: {} not found", dir.display());
        return;
    };
    let mut docs: Vec<String> = Vec::new();
    let mut files: Vec<_> = rd.flatten().map(|e| e.path()).filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("dev-muc3"))).collect();
    files.sort();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else { continue };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut cur = String::new();
        for line in text.lines() {
            if line.starts_with("DEV-MUC3-") && !cur.is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
            cur.push_str(line);
            cur.push('\n');
        }
        if !cur.is_empty() {
            docs.push(cur);
        }
    }
    let lower: Vec<String> = docs.iter().map(|d| d.to_lowercase()).collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} MUC-4 train documents, {:.2} MB", docs.len(), mb);
    let t = Instant::now();
    let mut nt = 0usize;
    for d in docs.iter() {
        nt += sitrep_knowledge::fold::Tokens::new(d).tokens.len();
    }
    println!("tokenise+fold alone: {:.1} MB/s ({nt} tokens)", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let mut nc = 0usize;
    for d in docs.iter() {
        nc += kb.gazetteer.find_mentions(d).iter().map(|m| m.candidates.len()).sum::<usize>();
    }
    println!("candidates built: {nc} in {:.2} s", t.elapsed().as_secs_f64());
    for (label, set) in [("ALL CAPS", &docs), ("lower-case", &lower)] {
        let t = Instant::now();
        let mut pm = 0usize;
        for d in set.iter() {
            pm += kb.gazetteer.find_mentions(d).len();
        }
        let g = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut am = 0usize;
        for d in set.iter() {
            am += kb.actors.find_mentions(d).len();
        }
        let ac = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut rp = 0usize;
        for d in set.iter() {
            let m = kb.gazetteer.find_mentions(d);
            rp += kb.resolve_places(d, &m, &PlaceContext::default()).len();
        }
        let r = t.elapsed().as_secs_f64();
        println!(
            "{label:>10}: places {:.1} MB/s ({pm} mentions) | actors {:.1} MB/s ({am} mentions) | places+resolve {:.1} MB/s ({rp})",
            mb / g,
            mb / ac,
            mb / r
        );
    }
}
