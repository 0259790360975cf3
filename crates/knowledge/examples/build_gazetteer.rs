//! Compiles the gazetteer: source TSV from `tools/extract-geonames.py` plus
//! `data/countries.tsv` and `data/regions.tsv` → `data/gazetteer.bin`
//! (format in `src/gazetteer/format.rs`). Run through
//! `tools/build-gazetteer.sh`.
//!
//! Usage: build_gazetteer SOURCE.tsv COUNTRIES.tsv REGIONS.tsv OUT.bin

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 5 {
        eprintln!("usage: build_gazetteer SOURCE.tsv COUNTRIES.tsv REGIONS.tsv OUT.bin");
        return ExitCode::from(2);
    }
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"));
    let result = (|| -> Result<usize, String> {
        let src = read(&args[1])?;
        let countries = sitrep_knowledge::countries::CountryTable::parse(&read(&args[2])?)?;
        let regions = sitrep_knowledge::regions::parse(&read(&args[3])?)?;
        let bytes = sitrep_knowledge::gazetteer::format::compile(&src, &countries, &regions).map_err(|e| e.to_string())?;
        std::fs::write(&args[4], &bytes).map_err(|e| format!("cannot write {}: {e}", args[4]))?;
        Ok(bytes.len())
    })();
    match result {
        Ok(n) => {
            eprintln!("wrote {} ({n} bytes)", args[4]);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("build_gazetteer: {e}");
            ExitCode::FAILURE
        }
    }
}
