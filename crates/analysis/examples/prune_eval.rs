//! Development tool: prunes a trained parser at several thresholds and
//! scores each on a CoNLL-U file, to pick the size/accuracy trade-off.
//! `cargo run --release -p sitrep-analysis --example prune_eval -- TAGGER PARSER DEV.conllu [OUT_DIR]`

use sitrep_analysis::conllu;
use sitrep_analysis::eval::Scores;
use sitrep_analysis::{Analyzer, Parser, Tagger};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        return Err("usage: prune_eval TAGGER PARSER DEV.conllu [OUT_DIR]".into());
    }
    let tb = std::fs::read(&args[1])?;
    let parser = Parser::from_bytes(&std::fs::read(&args[2])?)?;
    let gold = conllu::parse(&std::fs::read_to_string(&args[3])?)?;
    for (tm, lm) in [(800, 200), (1500, 300), (3000, 500), (6000, 1000)] {
        let p = parser.pruned(tm, lm);
        let bytes = p.to_bytes();
        let a = Analyzer::new(Tagger::from_bytes(&tb)?, Parser::from_bytes(&bytes)?);
        let mut sc = Scores::default();
        let t0 = std::time::Instant::now();
        for g in &gold {
            let mut s = g.clone();
            a.annotate(&mut s);
            sc.add(g, &s)?;
        }
        println!("prune {tm}/{lm}: {} bytes, features {:?}, {:.2}s: {}", bytes.len(), p.n_features(), t0.elapsed().as_secs_f64(), sc.summary());
        if let Some(dir) = args.get(4) {
            std::fs::write(format!("{dir}/parser-{tm}-{lm}.bin"), &bytes)?;
        }
    }
    Ok(())
}
