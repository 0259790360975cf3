//! Decompresses `data/gazetteer.bin` at compile time so that the binary
//! embeds the ready-to-query text payload: loading then costs no inflate,
//! no scan and no hashing: the payload and its index (src/gazetteer/index.rs)
//! are both computed here. The repository keeps the compact compressed file.
//!
//! A missing or invalid file does not stop compilation (the gazetteer
//! compiler is an example of this crate and must still build); it embeds an
//! empty payload, which fails at load with a message to rebuild the file.

use std::path::PathBuf;

#[allow(dead_code)]
mod index {
    include!("src/gazetteer/index.rs");
}

fn payload() -> Result<Vec<u8>, String> {
    let src = "data/gazetteer.bin";
    let bytes = std::fs::read(src).map_err(|e| format!("cannot read {src}: {e}"))?;
    // Keep in step with `MAGIC` in src/gazetteer/format.rs.
    if bytes.len() < 12 || &bytes[..8] != b"SRGAZ002" {
        return Err(format!("{src} is not a gazetteer file (bad magic)"));
    }
    let len = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes[12..], len).map_err(|e| format!("{src} is corrupt ({e:?})"))
}

fn main() {
    println!("cargo:rerun-if-changed=data/gazetteer.bin");
    let data = payload().unwrap_or_else(|e| {
        println!("cargo:warning={e}; rebuild it with tools/build-gazetteer.sh");
        Vec::new()
    });
    let dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let idx = match std::str::from_utf8(&data).map_err(|e| e.to_string()).and_then(index::build_index) {
        Ok(ix) => index::serialize_index(&ix),
        Err(e) => {
            if !data.is_empty() {
                println!("cargo:warning=gazetteer payload: {e}");
            }
            Vec::new()
        }
    };
    for (name, bytes) in [("gazetteer.txt", &data), ("gazetteer.idx", &idx)] {
        if let Err(e) = std::fs::write(dir.join(name), bytes) {
            println!("cargo:warning=cannot write {name}: {e}");
        }
    }
}
