//! MUC-4 documents from `../shared/eval/muc4/{split}.json` as pipeline
//! input, for the pipeline bench and the prefilter example (which includes
//! this file by path). Every document gets the same publication date: the
//! measurements need realistic date resolution, not the true dates.

use std::path::{Path, PathBuf};

use sitrep_schema::InputDocument;

/// The documents of a split, or the path that could not be read.
pub fn load(split: &str) -> Result<Vec<InputDocument>, PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../../shared/eval/muc4/{split}.json"));
    let json = std::fs::read_to_string(&path).map_err(|_| path)?;
    Ok(json
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let text = v["doctext"].as_str()?.to_string();
            Some(InputDocument { id: v["docid"].as_str().map(str::to_string), text, published: Some("1990-01-15".into()), ..Default::default() })
        })
        .collect())
}
