//! Coverage of the gazetteer on the MUC-4 gold incident locations.
//!
//! Reads `INCIDENT: LOCATION` slots from the raw MUC-4 answer keys in
//! `../shared/eval/muc4/raw/TASK/CORPORA/` (train = `dev/key-dev-*`, dev =
//! `tst1` + `tst2` keys; the test keys are not read), e.g.
//! `EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)`, and
//! prints for each split the share whose country the gazetteer resolves, and
//! whose most specific place it resolves in that country (and in the named
//! department/province when one is given): once as "in the gazetteer" (some
//! candidate fits) and once as "resolved" (the text `PLACE, COUNTRY` run
//! through `find_mentions` + `resolve_places` picks a fitting record); and,
//! over the incident's own document, the share of those places that
//! `find_mentions` + `resolve_places` find in the text and resolve to the
//! gold country.
//! Skips with a message when `../shared` is absent.
//!
//! Run: `cargo run --release -p sitrep-knowledge --example muc4_locations`

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use sitrep_knowledge::fold::fold_name;
use sitrep_knowledge::{resolve_places, FeatureClass, KnowledgeBase, PlaceContext, ResolvedPlace};

/// Location types that a gazetteer of populated places and divisions is
/// expected to hold (neighbourhoods, buildings and rural areas are not).
const GAZ_TYPES: &[&str] = &["CITY", "TOWN", "VILLAGE", "DEPARTMENT", "PROVINCE", "MUNICIPALITY", "DISTRICT", "STATE", "PORT", "CAPITAL"];
const ADMIN_TYPES: &[&str] = &["DEPARTMENT", "PROVINCE", "STATE"];

fn key_files(root: &Path) -> Vec<(&'static str, PathBuf)> {
    let mut out = Vec::new();
    let corp = root.join("TASK/CORPORA");
    if let Ok(rd) = std::fs::read_dir(corp.join("dev")) {
        let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        v.sort();
        for p in v {
            if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("key-dev")) {
                out.push(("train", p));
            }
        }
    }
    for (dir, prefix) in [("tst1", "key-tst1"), ("tst2", "key-tst2")] {
        if let Ok(rd) = std::fs::read_dir(corp.join(dir)) {
            for e in rd.flatten() {
                let p = e.path();
                if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix)) {
                    out.push(("dev", p));
                }
            }
        }
    }
    out
}

/// The documents of the raw corpus files, by message id.
fn documents(root: &Path) -> HashMap<String, String> {
    let corp = root.join("TASK/CORPORA");
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(corp.join("dev")) {
        files.extend(rd.flatten().map(|e| e.path()).filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("dev-muc3"))));
    }
    files.push(corp.join("tst1/tst1-muc3"));
    files.push(corp.join("tst2/tst2-muc4"));
    let mut docs = HashMap::new();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        let mut id: Option<String> = None;
        let mut cur = String::new();
        for line in text.lines() {
            let first = line.split_whitespace().next().unwrap_or("");
            let is_header = line.starts_with(first)
                && (first.starts_with("DEV-MUC3-") || first.starts_with("TST1-MUC3-") || first.starts_with("TST2-MUC4-"));
            if is_header {
                if let Some(prev) = id.take() {
                    docs.insert(prev, std::mem::take(&mut cur));
                }
                id = Some(first.to_string());
                cur.clear();
            } else {
                cur.push_str(line);
                cur.push('\n');
            }
        }
        if let Some(prev) = id {
            docs.insert(prev, cur);
        }
    }
    docs
}

/// The (message id, LOCATION slot value) pairs of one key file
/// (continuation lines joined).
fn locations(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    let mut id = String::new();
    for line in text.lines() {
        if let Some(pos) = line.find("MESSAGE: ID") {
            id = line[pos + "MESSAGE: ID".len()..].split_whitespace().next().unwrap_or("").to_string();
        }
        if let Some(pos) = line.find("INCIDENT: LOCATION") {
            if let Some(c) = cur.take() {
                out.push((id.clone(), c));
            }
            cur = Some(line[pos + "INCIDENT: LOCATION".len()..].trim().to_string());
        } else if let Some(c) = cur.as_mut() {
            let t = line.trim_start();
            let numbered = t.split_once('.').is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if line.starts_with(char::is_whitespace) && !numbered && !t.is_empty() {
                c.push(' ');
                c.push_str(t.trim());
            } else {
                out.push((id.clone(), cur.take().unwrap_or_default()));
            }
        }
    }
    if let Some(c) = cur {
        out.push((id, c));
    }
    out
}

/// Splits "NAME (TYPE)" into name and type.
fn name_type(part: &str) -> (String, String) {
    let part = part.trim().trim_start_matches('?').trim().trim_matches('"');
    match part.find('(') {
        Some(i) => (part[..i].trim().to_string(), part[i + 1..].trim_end_matches(')').trim().to_string()),
        None => (part.to_string(), String::new()),
    }
}

#[derive(Default)]
struct Tally {
    total: usize,
    country: usize,
    deepest_total: usize,
    deepest_in_gaz: usize,
    deepest_resolved: usize,
    gaztype_total: usize,
    gaztype_in_gaz: usize,
    gaztype_resolved: usize,
    doc_total: usize,
    doc_mentioned: usize,
    doc_resolved: usize,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/muc4/raw");
    if !root.exists() {
        eprintln!("skipping: {} not found", root.display());
        return;
    }
    let kb = KnowledgeBase::embedded();
    let mut tallies: Vec<(&str, Tally)> = vec![("train", Tally::default()), ("dev", Tally::default())];
    let mut misses: Vec<String> = Vec::new();
    let docs = documents(&root);
    let mut resolved_docs: HashMap<String, Vec<ResolvedPlace>> = HashMap::new();
    for (split, path) in key_files(&root) {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        let Some(t) = tallies.iter_mut().find(|t| t.0 == split).map(|t| &mut t.1) else { continue };
        for (msg, loc) in locations(&text) {
            let first = loc.split(" / ").next().unwrap_or("").trim();
            // A whole value in parentheses marks an uncertain location.
            let first = match first.strip_prefix('(').and_then(|f| f.strip_suffix(')')) {
                Some(inner) => inner.trim(),
                None => first,
            };
            if first.is_empty() || first == "*" || first == "-" {
                continue;
            }
            let parts: Vec<&str> = first.split(':').collect();
            let (country_name, _) = name_type(parts[0]);
            t.total += 1;
            let Some(country) = kb.gazetteer.lookup(&country_name).into_iter().find(|c| c.feature == FeatureClass::Country) else {
                misses.push(format!("country? {first}"));
                continue;
            };
            t.country += 1;
            let iso2 = country.country.clone();
            // Levels below the country; a range "A (CITY) - B (CITY)" keeps A.
            let levels: Vec<(String, String)> = parts[1..].iter().map(|p| name_type(p.split(" - ").next().unwrap_or(p))).collect();
            if levels.is_empty() {
                continue;
            }
            // Enclosing department/province, when named: any division of
            // that name in the country (the codes of all of them).
            let admin1: Vec<String> = levels
                .iter()
                .rev()
                .skip(1)
                .find(|(_, ty)| ADMIN_TYPES.contains(&ty.as_str()))
                .map(|(n, _)| {
                    kb.gazetteer
                        .lookup(n)
                        .into_iter()
                        .filter(|c| c.country == iso2 && c.feature == FeatureClass::Admin1)
                        .filter_map(|c| c.admin1_code)
                        .collect()
                })
                .unwrap_or_default();
            let fits = |c_country: &str, c_admin1: Option<&str>| -> bool {
                c_country == iso2 && (admin1.is_empty() || c_admin1.is_some_and(|a| admin1.iter().any(|x| x == a)))
            };
            let check = |name: &str| -> (bool, bool) {
                let in_gaz = kb.gazetteer.lookup(name).iter().any(|c| fits(&c.country, c.admin1_code.as_deref()));
                let text = format!("{name}, {country_name}");
                let m = kb.gazetteer.find_mentions(&text);
                let r = resolve_places(&text, &m, &PlaceContext::default());
                // The first mention must cover the place name itself.
                let resolved = m.first().is_some_and(|m| m.range == (0..name.len()))
                    && r.iter().find(|p| p.range == (0..name.len())).is_some_and(|p| {
                        let code = kb.gazetteer.lookup(&p.name).into_iter().find(|c| c.geonameid == p.geonameid).and_then(|c| c.admin1_code);
                        fits(&p.country, code.as_deref())
                    });
                (in_gaz, resolved)
            };
            let (dn, _) = &levels[levels.len() - 1];
            t.deepest_total += 1;
            let (g, r) = check(dn);
            t.deepest_in_gaz += usize::from(g);
            t.deepest_resolved += usize::from(r);
            if let Some((gn, _)) = levels.iter().rev().find(|(_, ty)| GAZ_TYPES.iter().any(|g| ty.starts_with(g))) {
                t.gaztype_total += 1;
                let (g, r) = check(gn);
                t.gaztype_in_gaz += usize::from(g);
                t.gaztype_resolved += usize::from(r);
                if !g && split == "train" {
                    misses.push(format!("place? {first}"));
                }
                // In the document itself: full find_mentions + resolve_places.
                if let Some(doc) = docs.get(&msg) {
                    t.doc_total += 1;
                    let key = fold_name(gn);
                    let folded_doc = format!(" {} ", fold_name(doc));
                    if folded_doc.contains(&format!(" {key} ")) {
                        t.doc_mentioned += 1;
                    }
                    let places = resolved_docs.entry(msg.clone()).or_insert_with(|| {
                        let m = kb.gazetteer.find_mentions(doc);
                        resolve_places(doc, &m, &PlaceContext::default())
                    });
                    let hit = places.iter().any(|p| {
                        let f = fold_name(&p.text);
                        p.country == iso2 && (f == key || f.starts_with(&format!("{key} ")))
                    });
                    t.doc_resolved += usize::from(hit);
                    if g && !hit && split == "train" {
                        let got: Vec<String> = places.iter().filter(|p| fold_name(&p.text).starts_with(&key)).map(|p| format!("{}={}", p.text, p.country)).collect();
                        misses.push(format!("doc? {msg} {first} -> {got:?}"));
                    }
                }
            }
        }
    }
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    for (split, t) in &tallies {
        println!("MUC-4 {split}: {} gold incident locations", t.total);
        println!("  country resolved:                      {:>5}/{:<5} {:5.1}%", t.country, t.total, pct(t.country, t.total));
        println!(
            "  most specific place, in gazetteer:     {:>5}/{:<5} {:5.1}%   resolved in context: {:5.1}%",
            t.deepest_in_gaz,
            t.deepest_total,
            pct(t.deepest_in_gaz, t.deepest_total),
            pct(t.deepest_resolved, t.deepest_total)
        );
        println!(
            "  most specific city/town/department:    {:>5}/{:<5} {:5.1}%   resolved in context: {:5.1}%",
            t.gaztype_in_gaz,
            t.gaztype_total,
            pct(t.gaztype_in_gaz, t.gaztype_total),
            pct(t.gaztype_resolved, t.gaztype_total)
        );
        println!(
            "  same, in its own document (full text): named in text {:5.1}%, found and resolved to the gold country {:>4}/{:<4} {:5.1}%",
            pct(t.doc_mentioned, t.doc_total),
            t.doc_resolved,
            t.doc_total,
            pct(t.doc_resolved, t.doc_total)
        );
    }
    if std::env::args().any(|a| a == "--misses") {
        for m in misses {
            println!("{m}");
        }
    }
}
