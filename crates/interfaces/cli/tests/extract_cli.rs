//! End-to-end tests of `sitrep extract` as a user runs it: real files, real
//! process, exit codes and stderr, including every kind of bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..").canonicalize().expect("repo root")
}

/// A fresh directory, removed when the returned guard drops.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("sitrep-cli-{name}-")).tempdir().expect("temp dir")
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = sitrep().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("wait")
}

#[test]
fn bundled_example_runs_cleanly() {
    let root = repo_root();
    let out = sitrep().arg("extract").arg(root.join("examples/beledweyne.txt")).args(["--date", "2024-03-10"]).output().unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["schema"], "sitrep/1");
    assert_eq!(recs[0]["published"], "2024-03-10");
    assert_eq!(recs[0]["dateline"]["place"], "BELEDWEYNE");
    let out = sitrep().arg("extract").arg(root.join("examples/reports.jsonl")).output().unwrap();
    assert!(out.status.success());
    let ids: Vec<_> = records(&out).iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["wire-001", "wire-002", "wire-003"]);
}

#[test]
fn bad_files_are_reported_and_the_rest_processed() {
    let tmp = temp_dir("bad-files");
    let dir = tmp.path();
    let good = dir.join("good.txt");
    std::fs::write(&good, "Gunmen attacked a police station on Monday.").unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.join("image.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00").unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"BOGOT\xc1, 3 JAN 90 (EFE) -- Guerrillas attacked a bank.").unwrap();
    let huge = dir.join("huge.txt");
    std::fs::write(&huge, "Gunmen attacked. ".repeat(3_000_000)).unwrap(); // ~51 MB
    let missing = dir.join("missing.txt");
    let good2 = dir.join("good2.txt");
    std::fs::write(&good2, "Protesters marched in the capital.").unwrap();

    let out = sitrep()
        .arg("extract")
        .args([&good, &empty, &binary, &latin1, &huge, &missing, &good2])
        .args(["--date", "2024-03-09"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a failed document makes the exit code 1; stderr: {stderr}");
    let recs = records(&out);
    assert_eq!(recs.len(), 7, "one record per input document, in order");
    assert!(recs[0]["error"].is_null());
    assert!(recs[1]["error"].as_str().unwrap().contains("empty"));
    assert!(recs[2]["error"].as_str().unwrap().contains("binary"));
    assert!(recs[3]["error"].is_null(), "Latin-1 text is decoded, with a warning");
    assert_eq!(recs[3]["warnings"][0]["code"], "not_utf8");
    assert!(recs[4]["error"].as_str().unwrap().contains("over the limit"));
    assert!(recs[5]["error"].as_str().unwrap().contains("no such file"));
    assert!(recs[6]["error"].is_null());
    for name in ["empty.txt", "image.png", "huge.txt", "missing.txt", "latin1.txt"] {
        assert!(stderr.contains(name), "stderr names {name}: {stderr}");
    }
    assert!(stderr.contains("5 of 7 documents had problems"), "{stderr}");
}

#[test]
fn malformed_json_lines_name_their_line() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"Gunmen killed two soldiers.\",\"published\":\"2024-03-09\"}\n",
        "{\"id\":\"b\",\"text\":\"broken\n",
        "[1,2,3]\n",
        "{\"id\":\"d\",\"title\":\"no text\"}\n",
        "{\"id\":\"e\",\"text\":\"A bomb exploded.\",\"published\":\"2023-02-30\"}\n",
        "{\"id\":\"f\",\"text\":\"Police arrested five men.\"}\n",
    );
    let out = run_with_stdin(&["extract", "--input", "jsonl"], input.as_bytes());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let recs = records(&out);
    assert_eq!(recs.len(), 6);
    assert_eq!(recs[0]["id"], "a");
    assert!(recs[0]["error"].is_null());
    assert!(stderr.contains("<stdin>:2: malformed JSON"), "{stderr}");
    assert!(stderr.contains("<stdin>:3"), "{stderr}");
    assert!(recs[3]["error"].as_str().unwrap().contains("missing \"text\""));
    assert_eq!(recs[3]["id"], "d", "the id is kept when the line is JSON");
    assert!(recs[4]["error"].is_null(), "an impossible date does not stop the document");
    assert!(recs[4]["published"].is_null());
    assert_eq!(recs[4]["warnings"][0]["code"], "invalid_published_date");
    assert!(stderr.contains("<stdin>:5") && stderr.contains("2023-02-30"), "{stderr}");
    assert_eq!(recs[5]["id"], "f");
}

#[test]
fn bad_arguments_fail_fast_with_a_clear_message() {
    let out = sitrep().args(["extract", "--date", "2024-13-01"]).stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    let out = sitrep().args(["extract", "--threads", "0"]).stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn output_order_does_not_depend_on_threads() {
    let mut input = String::new();
    for i in 0..600 {
        let day = 1 + i % 28;
        input.push_str(&format!(
            "{{\"id\":\"doc-{i}\",\"published\":\"2024-02-{day:02}\",\"text\":\"KABUL, Afghanistan (AP) - A suicide bomber killed {i} people on Monday, officials said.\"}}\n"
        ));
    }
    let one = run_with_stdin(&["extract", "--input", "jsonl", "--threads", "1"], input.as_bytes());
    let two = run_with_stdin(&["extract", "--input", "jsonl", "--threads", "2"], input.as_bytes());
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    let recs = records(&one);
    assert_eq!(recs.len(), 600);
    assert_eq!(recs[599]["id"], "doc-599");
}
