//! Coverage of the actor registry on MUC-4 gold perpetrators.
//!
//! For the `train` and `dev` splits of `../shared/eval/muc4/{train,dev}.json`
//! (lower-cased text), prints the share of gold `PerpOrg` entities with a
//! mention that `ActorRegistry::find_mentions` covers with a named actor
//! (and with the right country when the entity is also in the registry by
//! name), and the share of gold `PerpInd` entities covered by any actor
//! mention (agents such as "terrorists", "guerrillas", "soldiers").
//! Skips with a message when `../shared` is absent. `--misses` lists the
//! uncovered `PerpOrg` strings of the train split.
//!
//! Run: `cargo run --release -p sitrep-knowledge --example muc4_actors`

use std::collections::BTreeMap;
use std::path::Path;

use sitrep_knowledge::{EntryType, KnowledgeBase};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/muc4");
    if !dir.exists() {
        eprintln!("skipping: {} not found", dir.display());
        return;
    }
    let kb = KnowledgeBase::embedded();
    let show_misses = std::env::args().any(|a| a == "--misses");
    for split in ["train", "dev"] {
        let Ok(text) = std::fs::read_to_string(dir.join(format!("{split}.json"))) else {
            eprintln!("skipping {split}: cannot read {split}.json");
            continue;
        };
        let (mut org_total, mut org_hit, mut ind_total, mut ind_hit) = (0usize, 0usize, 0usize, 0usize);
        let mut misses: BTreeMap<String, usize> = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
                eprintln!("{split}.json line {}: not JSON, skipped", n + 1);
                continue;
            };
            let Some(body) = doc["doctext"].as_str() else { continue };
            let mentions = kb.actors.find_mentions(body);
            // Gold offsets are in chars; map them to bytes.
            let byte_of: Vec<usize> = body.char_indices().map(|(b, _)| b).chain(std::iter::once(body.len())).collect();
            let covered = |entity: &serde_json::Value, named_only: bool| -> bool {
                entity.as_array().is_some_and(|ms| {
                    ms.iter().any(|m| {
                        let (Some(s), Some(off)) = (m[0].as_str(), m[1].as_u64()) else { return false };
                        let Some(&start) = byte_of.get(off as usize) else { return false };
                        let Some(&end) = byte_of.get(off as usize + s.chars().count()) else { return false };
                        mentions.iter().any(|a| {
                            a.range.start < end
                                && start < a.range.end
                                && (!named_only || matches!(a.entry_type, EntryType::Named | EntryType::Compound | EntryType::Country))
                        })
                    })
                })
            };
            for e in doc["extracts"]["PerpOrg"].as_array().into_iter().flatten() {
                org_total += 1;
                if covered(e, true) {
                    org_hit += 1;
                } else if let Some(s) = e[0][0].as_str() {
                    *misses.entry(s.to_string()).or_default() += 1;
                }
            }
            for e in doc["extracts"]["PerpInd"].as_array().into_iter().flatten() {
                ind_total += 1;
                ind_hit += usize::from(covered(e, false));
            }
        }
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        println!("MUC-4 {split}: PerpOrg entities covered by a named/national actor: {org_hit}/{org_total} {:.1}%", pct(org_hit, org_total));
        println!("MUC-4 {split}: PerpInd entities covered by any actor mention:      {ind_hit}/{ind_total} {:.1}%", pct(ind_hit, ind_total));
        if show_misses && split == "train" {
            let mut v: Vec<_> = misses.into_iter().collect();
            v.sort_by_key(|x| std::cmp::Reverse(x.1));
            for (s, c) in v.iter().take(60) {
                println!("  miss {c:>3} {s}");
            }
        }
    }
}
