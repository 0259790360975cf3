//! The whole product path on the bundled examples: raw text through
//! extraction into the store, where three reports of one car bombing
//! become one incident with its casualty revisions and claim.

use std::path::Path;
use std::process::Command;

#[test]
fn three_reports_of_one_bombing_become_one_incident() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let dir = tempfile::Builder::new().prefix("sitrep-e2e-").tempdir().expect("temp dir");
    let db = dir.path().join("store.db");
    let status = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(root.join("examples/reports.jsonl"))
        .arg(root.join("examples/beledweyne.txt"))
        .args(["--date", "2024-03-10"])
        .status()
        .unwrap();
    assert!(status.success());
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep")).args(["incidents", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let incidents: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let bombing: Vec<&serde_json::Value> = incidents
        .iter()
        .filter(|i| i["kind"] == "attack" && i["location"]["name"] == "Beledweyne" && i["date_start"] == "2024-03-09")
        .collect();
    assert_eq!(bombing.len(), 1, "one incident for the bombing: {incidents:#?}");
    let b = bombing[0];
    assert_eq!(b["documents"].as_array().unwrap().len(), 3, "{b:#}");
    assert_eq!(b["fatalities"]["best"], 31, "{b:#}");
    assert_eq!(b["fatalities"]["low"], 20, "{b:#}");
    // The Jowhar ambush is a different incident.
    assert!(incidents.iter().any(|i| i["location"]["name"] == "Jawhar"));
}
