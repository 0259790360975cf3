//! Loads the real evaluation files when `../shared/eval` sits beside the
//! repository and checks that the loaders read what is there. Skips with a
//! message otherwise (the data are not part of the product).

use std::path::PathBuf;

use sitrep_eval::muc4_keys::PerpConfidence;
use sitrep_eval::{load_petrarch, load_split, load_split_datelines, load_split_keys, MucRole};

fn shared_eval() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    if dir.exists() {
        Some(dir)
    } else {
        eprintln!("skipping: ../shared/eval not found beside the repository");
        None
    }
}

#[test]
fn muc4_splits_load() {
    let Some(eval) = shared_eval() else { return };
    let muc4 = eval.join("muc4");
    let dev = load_split(&muc4.join("dev.json")).expect("dev split");
    assert_eq!(dev.len(), 200);
    assert_eq!(dev[0].docid, "TST1-MUC3-0001");
    assert!(dev[0].text.starts_with("the guatemala army denied"));
    let perp_ind = &dev[0].gold[MucRole::PerpInd.index()];
    assert_eq!(perp_ind, &vec![vec!["guerrillas".to_string(), "guerrilla column".to_string()]]);
    assert_eq!(load_split(&muc4.join("test.json")).expect("test split").len(), 200);
    assert_eq!(load_split(&muc4.join("train.json")).expect("train split").len(), 1300);
}

#[test]
fn muc4_raw_keys_load() {
    let Some(eval) = shared_eval() else { return };
    let muc4 = eval.join("muc4");
    // Template counts (slot 0 lines) of the raw key files: dev/ 1717,
    // tst1 135 + tst2 140, tst3 154 + tst4 129.
    let train = load_split_keys(&muc4, "train").expect("train keys");
    assert_eq!(train.len(), 1717);
    let dev = load_split_keys(&muc4, "dev").expect("dev keys");
    assert_eq!(dev.len(), 275);
    assert_eq!(load_split_keys(&muc4, "test").expect("test keys").len(), 283);
    let first = &dev[0];
    assert_eq!(first.docid, "TST1-MUC3-0001");
    assert_eq!(first.country_codes(), vec!["GT"]);
    assert!(first.perp_confidence.contains(&PerpConfidence::ClaimedOrAdmitted));
    // Every dev document has at least one template (possibly empty).
    let docs: std::collections::BTreeSet<&str> = dev.iter().map(|t| t.docid.as_str()).collect();
    assert_eq!(docs.len(), 200);
    // Every non-empty template has a type, and nearly all a resolvable country.
    let all: Vec<_> = train.iter().chain(&dev).filter(|t| !t.empty).collect();
    assert!(all.iter().all(|t| !t.types.is_empty()), "a template without an incident type");
    let without_country = all.iter().filter(|t| t.country_codes().is_empty()).count();
    assert!(without_country * 20 < all.len(), "{without_country} of {} templates have no country", all.len());
    let dated = all.iter().filter(|t| !t.dates.is_empty()).count();
    assert!(dated * 10 > all.len() * 9, "only {dated} of {} templates have a parsed date", all.len());
}

#[test]
fn muc4_datelines_load() {
    let Some(eval) = shared_eval() else { return };
    let muc4 = eval.join("muc4");
    let dates = load_split_datelines(&muc4, "dev").expect("dev datelines");
    assert_eq!(dates.get("TST1-MUC3-0001").map(String::as_str), Some("1990-02-04"));
    assert!(dates.len() > 180, "only {} of 200 dev documents have a dated dateline", dates.len());
    let train = load_split_datelines(&muc4, "train").expect("train datelines");
    assert_eq!(train.get("DEV-MUC3-0001").map(String::as_str), Some("1990-01-03"));
}

#[test]
fn petrarch_records_load() {
    let Some(eval) = shared_eval() else { return };
    let records = load_petrarch(&eval.join("petrarch2-gsr/PETR2_GSR_validation.xml")).expect("records");
    // 78 <Sentence> records (grep counts 79 lines with "<Sentence" because of
    // the <Sentences> wrapper); 80 codings and 12 no-event records.
    assert_eq!(records.len(), 78);
    assert_eq!(records.iter().map(|r| r.codings.len()).sum::<usize>(), 80);
    assert_eq!(records.iter().filter(|r| r.noevents).count(), 12);
    assert!(records.iter().all(|r| !r.text.is_empty()), "a record without text");
    assert_eq!(records[0].id, "AFP0808020625_4");
    assert_eq!(records[0].date.as_deref(), Some("2008-08-04"));
}

#[test]
fn gold_as_grit_predictions_scores_perfectly() {
    // Round trip through the GRIT prediction format: predicting each gold
    // entity by its first mention gives F1 1.0; dropping every second entity
    // of a role keeps precision at 1 and matches exactly the kept ones.
    let Some(eval) = shared_eval() else { return };
    let docs = load_split(&eval.join("muc4/dev.json")).expect("dev split");
    let mut file = serde_json::Map::new();
    let mut half = serde_json::Map::new();
    for doc in &docs {
        let id = sitrep_eval::muc4::grit_numeric_id(&doc.docid).expect("numeric id");
        let mut roles = serde_json::Map::new();
        let mut half_roles = serde_json::Map::new();
        for role in MucRole::ALL {
            let firsts: Vec<Vec<String>> = doc.gold[role.index()].iter().filter(|e| !e.is_empty()).map(|e| vec![e[0].clone()]).collect();
            let halved: Vec<Vec<String>> = firsts.iter().step_by(2).cloned().collect();
            roles.insert(role.as_str().into(), serde_json::json!(firsts));
            half_roles.insert(role.as_str().into(), serde_json::json!(halved));
        }
        file.insert(id.clone(), serde_json::json!({ "pred_extracts": roles }));
        half.insert(id, serde_json::json!({ "pred_extracts": half_roles }));
    }
    let dir = std::env::temp_dir().join(format!("sitrep-eval-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let full_path = dir.join("full.json");
    let half_path = dir.join("half.json");
    std::fs::write(&full_path, serde_json::Value::Object(file).to_string()).expect("write");
    std::fs::write(&half_path, serde_json::Value::Object(half).to_string()).expect("write");
    let preds = sitrep_eval::muc4::load_grit_predictions(&full_path, &docs).expect("load");
    let report = sitrep_eval::muc4::score_role_filling_clusters(&docs, &preds);
    let micro = report.micro();
    assert!(micro.gold > 400);
    assert_eq!(micro.matched, micro.gold);
    assert_eq!(micro.f1(), 1.0);
    let preds = sitrep_eval::muc4::load_grit_predictions(&half_path, &docs).expect("load");
    let micro = sitrep_eval::muc4::score_role_filling_clusters(&docs, &preds).micro();
    assert_eq!(micro.precision(), 1.0);
    let kept: usize = docs
        .iter()
        .flat_map(|d| d.gold.iter())
        .map(|entities| entities.iter().filter(|e| !e.is_empty()).count().div_ceil(2))
        .sum();
    assert_eq!(micro.matched, kept);
    assert!(micro.recall() < 1.0);
    std::fs::remove_dir_all(&dir).ok();
}
