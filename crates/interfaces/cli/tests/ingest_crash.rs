//! Crash safety of `sitrep ingest`: a run killed with SIGKILL in the middle
//! leaves a consistent store (whole batches only), and running the same
//! command again ends with exactly what a clean single run gives.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sitrep_store::{Stats, Store};

const BIN: &str = env!("CARGO_BIN_EXE_sitrep");
const BATCH: u64 = 50;

/// A fresh directory, removed when the returned guard drops.
fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("sitrep-crash-test-").tempdir().expect("temp dir")
}

fn remove_db(path: &Path) {
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
    }
}

/// Writes `n` distinct, realistic short reports as JSON Lines.
fn generate(path: &Path, n: usize) {
    const CITIES: [&str; 8] = ["Mogadishu", "Baghdad", "Kabul", "Aleppo", "Maiduguri", "Goma", "Sanaa", "Gao"];
    const WHAT: [&str; 4] = ["A car bomb killed", "Gunmen killed", "An air strike killed", "A suicide bomber killed"];
    let mut out = String::new();
    for i in 0..n {
        let city = CITIES[i % CITIES.len()];
        let what = WHAT[(i / 8) % WHAT.len()];
        let day = 1 + (i / 32) % 28;
        let text = format!(
            "{city} (Wire) - {what} {} people in {city} on Monday, police said. Report number {i}.",
            3 + i % 40
        );
        let line = serde_json::json!({
            "id": format!("wire-{i}"),
            "text": text,
            "published": format!("2024-02-{day:02}"),
            "source": "Wire",
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

fn ingest(db: &Path, feed: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(["ingest", "--db"]).arg(db).args(["--batch", &BATCH.to_string(), "-j", "2"]).arg(feed);
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

fn stats(db: &Path) -> Stats {
    Store::open(db).unwrap().stats().unwrap()
}

fn incidents_jsonl(db: &Path) -> String {
    let out = Command::new(BIN).args(["incidents", "--db"]).arg(db).output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn killed_ingest_then_rerun_equals_a_clean_run() {
    let tmp = temp_dir();
    let dir = tmp.path();
    // Small first (the full pipeline may be slow), larger if the run ends
    // before the kill lands.
    let mut n = 4_000;
    let mut killed_mid_way = false;
    for attempt in 0..5 {
        let feed = dir.join(format!("feed-{attempt}.jsonl"));
        generate(&feed, n);
        let clean = dir.join(format!("clean-{attempt}.db"));
        let crash = dir.join(format!("crash-{attempt}.db"));
        remove_db(&clean);
        remove_db(&crash);

        let mut child = ingest(&crash, &feed).spawn().unwrap();
        let start = Instant::now();
        let mut at_kill = 0;
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if crash.exists() {
                if let Ok(store) = Store::open(&crash) {
                    if let Ok(s) = store.stats() {
                        if s.documents >= n as u64 / 5 {
                            at_kill = s.documents;
                            child.kill().unwrap(); // SIGKILL
                            break;
                        }
                    }
                }
            }
            assert!(start.elapsed() < Duration::from_secs(300), "ingest never started");
            std::thread::sleep(Duration::from_millis(2));
        }
        let _ = child.wait();
        let after_kill = stats(&crash);
        Store::open(&crash).unwrap().check().expect("a killed ingest leaves a sound store");
        assert_eq!(after_kill.documents % BATCH, 0, "only whole batches are committed: {after_kill:?}");
        assert!(after_kill.documents >= at_kill);

        let status = ingest(&crash, &feed).status().unwrap();
        assert!(status.success());
        let status = ingest(&clean, &feed).status().unwrap();
        assert!(status.success());
        let (resumed, fresh) = (stats(&crash), stats(&clean));
        assert_eq!(resumed, fresh, "re-run after a kill must equal a clean run");
        assert_eq!(fresh.documents, n as u64);
        assert_eq!(incidents_jsonl(&crash), incidents_jsonl(&clean));
        Store::open(&crash).unwrap().check().unwrap();

        if after_kill.documents < n as u64 {
            eprintln!("killed after {} of {n} documents; re-run completed the store", after_kill.documents);
            killed_mid_way = true;
            break;
        }
        eprintln!("attempt {attempt}: ingest finished before the kill; retrying with more documents");
        n *= 3;
    }
    assert!(killed_mid_way, "could not kill the ingest mid-way");
}

#[test]
fn re_ingesting_the_same_feed_changes_nothing() {
    let tmp = temp_dir();
    let dir = tmp.path();
    let feed = dir.join("small.jsonl");
    generate(&feed, 300);
    let db = dir.join("idem.db");
    remove_db(&db);
    assert!(ingest(&db, &feed).status().unwrap().success());
    let once = stats(&db);
    let listing = incidents_jsonl(&db);
    assert!(ingest(&db, &feed).status().unwrap().success());
    assert_eq!(stats(&db), once);
    assert_eq!(incidents_jsonl(&db), listing);
    assert_eq!(once.documents, 300);
    // Recomputing every incident changes nothing either.
    let mut cmd = Command::new(BIN);
    let out = cmd.args(["ingest", "--reresolve", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stats(&db), once);
    assert_eq!(incidents_jsonl(&db), listing);
}

#[test]
fn incidents_command_checks_its_arguments_and_writes_every_format() {
    let tmp = temp_dir();
    let dir = tmp.path();
    let feed = dir.join("formats.jsonl");
    generate(&feed, 20);
    let db = dir.join("formats.db");
    remove_db(&db);
    assert!(ingest(&db, &feed).status().unwrap().success());
    let run = |args: &[&str]| {
        let out = Command::new(BIN).args(["incidents", "--db"]).arg(&db).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, out, _) = run(&["--format", "geojson"]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let (code, out, _) = run(&["--format", "acled"]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("event_id_cnty,event_date,year,event_type"));
    let (code, out, _) = run(&["--format", "cameo", "--country", "SO"]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("GLOBALEVENTID\tSQLDATE"));
    for bad in [&["--bbox", "1,2,3"][..], &["--since", "2024-13-01"], &["--kind", "bombing"], &["--bbox", "10,0,5,5"]] {
        let (code, _, err) = run(bad);
        assert_eq!(code, Some(2), "{bad:?} should be refused");
        assert!(!err.is_empty());
    }
    let (code, _, err) = run(&["--id", "inc-0000"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("no incident"));
    let missing = dir.join("missing.db");
    let out = Command::new(BIN).args(["incidents", "--db"]).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sitrep ingest"));
    assert!(!missing.exists(), "a query never creates a store");
}
