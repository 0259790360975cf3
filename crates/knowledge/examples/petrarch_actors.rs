//! Coverage of the actor registry on the PETRARCH2 gold standard records
//! (`../shared/eval/petrarch2-gsr/PETR2_GSR_validation.xml`): for every
//! expected source and target CAMEO actor code, whether an actor mention in
//! the record's text carries exactly that code, or at least its country
//! part (`USA` for `USAGOV`; role-only codes such as `---REB` match on the
//! role). Skips with a message when `../shared` is absent.
//!
//! Run: `cargo run --release -p sitrep-knowledge --example petrarch_actors`

use std::path::Path;

use sitrep_knowledge::KnowledgeBase;

fn attr<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let start = line.find(&format!("{name}=\""))? + name.len() + 2;
    let end = line[start..].find('"')? + start;
    Some(&line[start..end])
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/petrarch2-gsr/PETR2_GSR_validation.xml");
    let Ok(xml) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return;
    };
    let kb = KnowledgeBase::embedded();
    let (mut total, mut exact, mut partial) = (0usize, 0usize, 0usize);
    let mut codes: Vec<String> = Vec::new();
    let mut in_text = false;
    let mut text = String::new();
    for line in xml.lines() {
        if line.starts_with("<Sentence ") {
            codes.clear();
        } else if line.starts_with("<EventCoding") {
            for a in ["sourcecode", "targetcode"] {
                if let Some(c) = attr(line, a) {
                    if c.len() >= 3 {
                        codes.push(c.to_string());
                    }
                }
            }
        } else if line.starts_with("<Text>") {
            in_text = true;
            text.clear();
        } else if line.starts_with("</Text>") {
            in_text = false;
            let found: Vec<String> = kb.actors.find_mentions(&text).into_iter().filter_map(|m| m.cameo).collect();
            for c in &codes {
                total += 1;
                let (country, role) = c.split_at(3);
                if found.iter().any(|f| f == c || (country == "---" && f.ends_with(role) && !role.is_empty())) {
                    exact += 1;
                    partial += 1;
                } else if country != "---" && found.iter().any(|f| f.starts_with(country)) {
                    partial += 1;
                }
            }
        } else if in_text {
            text.push_str(line);
            text.push('\n');
        }
    }
    let pct = |a: usize| if total == 0 { 0.0 } else { 100.0 * a as f64 / total as f64 };
    println!("PETRARCH2 GSR: {total} expected source/target codes");
    println!("  exact CAMEO code among the text's actor mentions: {exact} ({:.1}%)", pct(exact));
    println!("  at least the country (or role) part:              {partial} ({:.1}%)", pct(partial));
}
