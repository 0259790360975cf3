//! docs/taxonomy.md is the human-readable cross-walk table; it must list
//! exactly the rows of data/taxonomy.tsv that the extractor uses.

#[test]
fn taxonomy_doc_matches_the_data_file() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let tsv = std::fs::read_to_string(format!("{root}/crates/extraction/data/taxonomy.tsv")).expect("taxonomy.tsv");
    let doc = std::fs::read_to_string(format!("{root}/docs/taxonomy.md")).expect("docs/taxonomy.md");
    let data_rows: Vec<String> = tsv
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| format!("| {} |", l.split('\t').map(str::trim).collect::<Vec<_>>().join(" | ")))
        .collect();
    let doc_rows: Vec<&str> = doc.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| kind |")).collect();
    assert_eq!(doc_rows.len(), data_rows.len(), "docs/taxonomy.md rows differ in number from taxonomy.tsv: regenerate it");
    for (d, t) in doc_rows.iter().zip(&data_rows) {
        assert_eq!(*d, t.as_str(), "docs/taxonomy.md is out of date");
    }
}
