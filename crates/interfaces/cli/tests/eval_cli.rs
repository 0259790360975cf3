//! End-to-end tests of `sitrep eval` on small hand-made data sets (the real
//! evaluation sets live outside the repository): exit codes, the message when
//! the data are absent, the JSON summary, and GRIT-format prediction files.

use std::process::Command;

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

/// A fresh directory, removed when the returned guard drops.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("sitrep-eval-cli-{name}-")).tempdir().expect("temp dir")
}

#[test]
fn missing_data_is_a_clear_error() {
    let out = sitrep().args(["eval", "muc4", "--split", "dev", "--data", "/nonexistent/muc4"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not part of the product"), "stderr: {err}");
    assert!(err.contains("/nonexistent/muc4/dev.json"), "stderr: {err}");
    let out = sitrep().args(["eval", "petrarch", "--file", "/nonexistent/x.xml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Two documents: one with gold entities in three roles, one without any.
const SPLIT: &str = r#"{"docid": "TST1-MUC3-0001", "doctext": "urban guerrillas of the fmln bombed the power station.", "extracts": {"PerpInd": [[["urban guerrillas", 0]]], "PerpOrg": [[["fmln", 24]]], "Target": [[["power station", 39], ["station", 45]]], "Victim": [], "Weapon": []}}
{"docid": "TST1-MUC3-0002", "doctext": "the minister spoke about the economy.", "extracts": {"PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": []}}
"#;

#[test]
fn muc4_json_summary_and_grit_predictions() {
    let tmp = temp_dir("muc4");
    let dir = tmp.path();
    std::fs::write(dir.join("dev.json"), SPLIT).unwrap();
    let out = sitrep().args(["eval", "muc4", "--split", "dev", "--json", "--data"]).arg(&dir).output().unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    // Without raw/ the key measures are skipped with a note.
    assert!(String::from_utf8_lossy(&out.stderr).contains("skipped"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON summary");
    assert_eq!(v["split"], "dev");
    assert_eq!(v["role_filling"]["documents"], 2);
    assert_eq!(v["role_filling"]["micro"]["gold"], 3);
    assert!(v.get("keys").is_none());

    // A GRIT-format file: one right PerpOrg (normalised), one right Target
    // mention, one PerpInd string matching no gold entity, one spurious
    // Weapon in the document without gold.
    let preds = r#"{"10001": {"pred_extracts": {"PerpInd": [["guerrillas"]], "PerpOrg": [["The FMLN."]], "Target": [["station"]], "Victim": [], "Weapon": []}},
                    "10002": {"pred_extracts": {"PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [], "Weapon": [["bomb"]]}}}"#;
    std::fs::write(dir.join("preds.json"), preds).unwrap();
    let per_doc = dir.join("per_doc.tsv");
    let out = sitrep()
        .args(["eval", "muc4", "--split", "dev", "--json", "--data"])
        .arg(&dir)
        .arg("--grit-preds")
        .arg(dir.join("preds.json"))
        .arg("--per-doc")
        .arg(&per_doc)
        .output()
        .unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON summary");
    let micro = &v["role_filling"]["micro"];
    assert_eq!((micro["matched"].as_u64(), micro["predicted"].as_u64(), micro["gold"].as_u64()), (Some(2), Some(4), Some(3)));
    assert_eq!(micro["precision"], 0.5);
    assert_eq!(v["role_filling"]["roles"]["Weapon"]["predicted"], 1);
    let tsv = std::fs::read_to_string(&per_doc).unwrap();
    assert_eq!(tsv.lines().count(), 3, "header and two documents:\n{tsv}");
    assert!(tsv.lines().nth(1).unwrap().starts_with("TST1-MUC3-0001\t"));
}

#[test]
fn petrarch_runs_on_a_small_file() {
    let tmp = temp_dir("petrarch");
    let dir = tmp.path();
    let xml = r#"<Validation>
# a comment block with <EventCoding...> in it
<Sentences>
<Sentence category="T" date="20080804" id="R1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="SOMREB" targetcode="SOMMIL" />
<Text>Rebels attacked a Somali army base on Saturday.</Text>
<Parse>
</Parse></Sentence>
<Sentence category="T" date="20080804" id="R2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>The weather was fine.</Text>
</Sentences>
</Validation>"#;
    std::fs::write(dir.join("v.xml"), xml).unwrap();
    let out = sitrep().args(["eval", "petrarch", "--json", "--verbose", "--file"]).arg(dir.join("v.xml")).output().unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("expected: 190 SOMREB -> SOMMIL"), "{stdout}");
    let json_start = stdout.find("{\n").expect("a JSON summary after the records");
    let v: serde_json::Value = serde_json::from_str(&stdout[json_start..]).expect("JSON summary");
    assert_eq!(v["records"], 2);
    assert_eq!(v["expected_events"], 1);
    assert_eq!(v["false_alarms"]["total"], 1);
}
