//! Reading input documents from files and standard input.
//!
//! Two formats: plain text (one document per file) and JSON Lines (one
//! document per line, `{"id", "text", "published", "source", "url", "title"}`,
//! only `text` required). Every problem with one document becomes an
//! [`InputRecord`] carrying an error that names the file and line, so that the
//! caller can report it and carry on with the next document: one bad line never
//! costs the others.
//!
//! Records are produced lazily, one at a time, so that a multi-gigabyte JSON
//! Lines feed is streamed rather than loaded.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;

use sitrep_schema::{InputDocument, Warning};

/// How to interpret input files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// `.jsonl`/`.ndjson` files are JSON Lines, everything else plain text.
    Auto,
    /// One plain-text document per file.
    Text,
    /// One JSON document per line.
    Jsonl,
}

#[derive(Debug, Clone)]
pub struct InputOptions {
    pub format: InputFormat,
    /// Publication date (`YYYY-MM-DD`) for plain-text documents.
    pub default_date: Option<String>,
    /// Documents larger than this are rejected with an error.
    pub max_bytes: usize,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions { format: InputFormat::Auto, default_date: None, max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// The input arguments shared by the commands that read documents
/// (`extract`, `ingest`).
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Input files: plain text (one document each) or JSON Lines. `-` or none reads standard input.
    pub files: Vec<PathBuf>,
    /// Input format; `auto` treats `.jsonl`/`.ndjson` files as JSON Lines.
    #[arg(long, value_enum, default_value = "auto")]
    pub input: InputFormat,
    /// Publication date (YYYY-MM-DD) for plain-text input, used to resolve "on Saturday".
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Worker threads (default: all cores). Output order does not depend on it.
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
}

impl InputArgs {
    /// Checks the arguments and opens the documents for reading.
    pub fn reader(&self) -> anyhow::Result<InputReader> {
        if let Some(date) = &self.date {
            if let Err(msg) = sitrep_text::dates::parse_iso_date(date) {
                anyhow::bail!("--date: {msg}; write it as YYYY-MM-DD");
            }
        }
        let options = InputOptions { format: self.input, default_date: self.date.clone(), max_bytes: self.max_bytes };
        Ok(InputReader::new(&self.files, options))
    }
}

/// 16 MiB: far above any news article, low enough that one runaway document
/// cannot exhaust memory when many are processed in parallel.
pub const DEFAULT_MAX_BYTES: usize = 16 * 1024 * 1024;

/// One input document, or the reason it could not be read.
#[derive(Debug)]
pub struct InputRecord {
    /// Where the document came from: `path` or `path:line` (`<stdin>` for stdin).
    pub origin: String,
    /// The document id: the one given in JSON, else the origin.
    pub id: String,
    pub document: Result<InputDocument, String>,
    /// Problems that did not stop the document from being read.
    pub warnings: Vec<Warning>,
}

impl InputRecord {
    fn failed(origin: String, message: String) -> Self {
        InputRecord { id: origin.clone(), origin, document: Err(message), warnings: Vec::new() }
    }
}

enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    fn is_jsonl(&self, format: InputFormat) -> bool {
        match format {
            InputFormat::Jsonl => true,
            InputFormat::Text => false,
            InputFormat::Auto => match self {
                Source::Stdin => false,
                Source::File(p) => matches!(
                    p.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref(),
                    Some("jsonl") | Some("ndjson")
                ),
            },
        }
    }

    fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        Ok(match self {
            Source::Stdin => Box::new(io::stdin()),
            Source::File(p) => Box::new(File::open(p)?),
        })
    }
}

/// Streams [`InputRecord`]s from a list of paths (`-` is standard input; an
/// empty list means standard input).
pub struct InputReader {
    sources: std::vec::IntoIter<Source>,
    options: InputOptions,
    current: Option<JsonLines>,
}

struct JsonLines {
    name: String,
    reader: BufReader<Box<dyn Read + Send>>,
    line: usize,
    buf: Vec<u8>,
}

impl InputReader {
    pub fn new(paths: &[PathBuf], options: InputOptions) -> Self {
        let sources: Vec<Source> = if paths.is_empty() {
            vec![Source::Stdin]
        } else {
            paths
                .iter()
                .map(|p| if p.as_os_str() == "-" { Source::Stdin } else { Source::File(p.clone()) })
                .collect()
        };
        InputReader { sources: sources.into_iter(), options, current: None }
    }

    fn next_json_line(&mut self) -> Option<InputRecord> {
        let max = self.options.max_bytes;
        let jl = self.current.as_mut()?;
        loop {
            jl.buf.clear();
            jl.line += 1;
            let origin = format!("{}:{}", jl.name, jl.line);
            // Read at most max+1 bytes of the line, so a runaway line is
            // detected without holding all of it; the rest is skipped below.
            let read = (&mut jl.reader).take(max as u64 + 1).read_until(b'\n', &mut jl.buf);
            match read {
                Err(e) => {
                    let name = jl.name.clone();
                    self.current = None;
                    return Some(InputRecord::failed(origin, format!("cannot read {name}: {e}")));
                }
                Ok(0) => {
                    self.current = None;
                    return None;
                }
                Ok(_) => {}
            }
            if jl.buf.len() > max && !jl.buf.ends_with(b"\n") {
                if let Err(e) = skip_rest_of_line(&mut jl.reader) {
                    let name = jl.name.clone();
                    self.current = None;
                    return Some(InputRecord::failed(origin, format!("cannot read {name}: {e}")));
                }
                return Some(InputRecord::failed(
                    origin,
                    format!("line is longer than the limit of {} bytes; raise --max-bytes or split the document", max),
                ));
            }
            let line = trim_line_end(&jl.buf);
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(parse_json_line(origin, line, &self.options));
        }
    }
}

impl Iterator for InputReader {
    type Item = InputRecord;

    fn next(&mut self) -> Option<InputRecord> {
        loop {
            if self.current.is_some() {
                if let Some(rec) = self.next_json_line() {
                    return Some(rec);
                }
                continue;
            }
            let source = self.sources.next()?;
            let name = source.name();
            if source.is_jsonl(self.options.format) {
                match source.open() {
                    Ok(r) => {
                        self.current = Some(JsonLines { name, reader: BufReader::new(r), line: 0, buf: Vec::new() })
                    }
                    Err(e) => return Some(InputRecord::failed(name.clone(), open_error(&name, &e))),
                }
            } else {
                return Some(read_text_document(&source, name, &self.options));
            }
        }
    }
}

fn open_error(name: &str, e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => format!("cannot open {name}: no such file"),
        io::ErrorKind::PermissionDenied => format!("cannot open {name}: permission denied"),
        _ => format!("cannot open {name}: {e}"),
    }
}

fn skip_rest_of_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(pos) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(pos + 1);
            return Ok(());
        }
        let n = buf.len();
        reader.consume(n);
    }
}

fn trim_line_end(buf: &[u8]) -> &[u8] {
    let mut end = buf.len();
    while end > 0 && (buf[end - 1] == b'\n' || buf[end - 1] == b'\r') {
        end -= 1;
    }
    &buf[..end]
}

fn read_text_document(source: &Source, name: String, options: &InputOptions) -> InputRecord {
    if let Source::File(path) = source {
        if path.is_dir() {
            return InputRecord::failed(name.clone(), format!("{name} is a directory; pass the files inside it"));
        }
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.len() as usize > options.max_bytes {
                return InputRecord::failed(name, too_big_message(meta.len() as usize, options.max_bytes));
            }
        }
    }
    let mut bytes = Vec::new();
    let read = source.open().and_then(|r| r.take(options.max_bytes as u64 + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        return InputRecord::failed(name.clone(), open_error(&name, &e));
    }
    if bytes.len() > options.max_bytes {
        return InputRecord::failed(name, too_big_message(bytes.len(), options.max_bytes));
    }
    let mut warnings = Vec::new();
    let text = match decode_text(&bytes) {
        Ok((text, warning)) => {
            warnings.extend(warning);
            text
        }
        Err(msg) => return InputRecord::failed(name, msg),
    };
    if text.trim().is_empty() {
        return InputRecord::failed(name, "the document is empty".to_string());
    }
    let doc = InputDocument {
        id: Some(name.clone()),
        text,
        published: options.default_date.clone(),
        ..InputDocument::default()
    };
    InputRecord { id: name.clone(), origin: name, document: Ok(doc), warnings }
}

fn too_big_message(len: usize, max: usize) -> String {
    format!(
        "the document is {:.1} MB, over the limit of {:.1} MB; split it or raise --max-bytes",
        len as f64 / 1e6,
        max as f64 / 1e6
    )
}

/// Decodes a plain-text file. UTF-8 is taken as is (a byte-order mark is
/// dropped); binary data is refused; any other bytes are read as
/// Windows-1252, the usual encoding of legacy news archives, with a warning,
/// because offsets then count characters of the decoded text.
pub fn decode_text(bytes: &[u8]) -> Result<(String, Option<Warning>), String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err("the file looks binary (it holds NUL or control bytes), not text; pass a text or JSON Lines file".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let text: String = bytes.iter().map(|&b| windows_1252(b)).collect();
            let warning = Warning::new(
                "not_utf8",
                format!(
                    "the text is not valid UTF-8 (first bad byte at offset {}); it was read as Windows-1252",
                    e.valid_up_to()
                ),
            );
            Ok((text, Some(warning)))
        }
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    !sample.is_empty() && control * 20 > sample.len()
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

fn parse_json_line(origin: String, line: &[u8], options: &InputOptions) -> InputRecord {
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            return InputRecord::failed(
                origin,
                format!("the line is not valid UTF-8 (bad byte at column {}); JSON Lines must be UTF-8", e.valid_up_to() + 1),
            )
        }
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return InputRecord::failed(origin, format!("malformed JSON: {e}")),
    };
    let given_id = value.get("id").and_then(|v| match v {
        serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let id = given_id.clone().unwrap_or_else(|| origin.clone());
    let fail = |message: String| InputRecord { id: id.clone(), origin: origin.clone(), document: Err(message), warnings: Vec::new() };
    if !value.is_object() {
        return fail("expected a JSON object with a \"text\" field".to_string());
    }
    let mut doc = InputDocument { id: Some(id.clone()), ..InputDocument::default() };
    match value.get("text") {
        Some(serde_json::Value::String(s)) => doc.text = s.clone(),
        Some(_) => return fail("\"text\" must be a string".to_string()),
        None => return fail("missing \"text\": every JSON line needs the document text".to_string()),
    }
    if doc.text.trim().is_empty() {
        return fail("the document text is empty".to_string());
    }
    let mut warnings = Vec::new();
    for (field, slot) in [
        ("published", &mut doc.published),
        ("source", &mut doc.source),
        ("url", &mut doc.url),
        ("title", &mut doc.title),
    ] {
        match value.get(field) {
            None | Some(serde_json::Value::Null) => {}
            Some(serde_json::Value::String(s)) => *slot = Some(s.clone()),
            Some(other) => warnings.push(Warning::new(
                "invalid_field",
                format!("\"{field}\" should be a string, found {other}; ignored"),
            )),
        }
    }
    if doc.published.is_none() {
        doc.published = options.default_date.clone();
    }
    InputRecord { id, origin, document: Ok(doc), warnings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A file in `dir` (a `tempfile::TempDir` the test holds, so it is
    /// removed when the test ends).
    fn temp_file(dir: &tempfile::TempDir, name: &str, contents: &[u8]) -> PathBuf {
        let path = dir.path().join(name);
        let mut f = File::create(&path).unwrap();
        f.write_all(contents).unwrap();
        path
    }

    #[test]
    fn json_lines_keep_going_after_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = temp_file(&dir,
            "mixed.jsonl",
            b"{\"id\":\"a\",\"text\":\"Gunmen killed two.\"}\n{not json\n\n{\"id\":\"c\"}\n{\"text\":\"ok\",\"published\":\"2024-01-02\"}\n",
        );
        let recs: Vec<_> = InputReader::new(&[path.clone()], InputOptions::default()).collect();
        assert_eq!(recs.len(), 4);
        assert_eq!(recs[0].id, "a");
        assert!(recs[0].document.is_ok());
        assert!(recs[1].origin.ends_with("mixed.jsonl:2"));
        assert!(recs[1].document.as_ref().unwrap_err().contains("malformed JSON"));
        assert!(recs[2].origin.ends_with(":4"), "blank line 3 is skipped but still counted");
        assert!(recs[2].document.as_ref().unwrap_err().contains("missing \"text\""));
        let last = recs[3].document.as_ref().unwrap();
        assert_eq!(last.published.as_deref(), Some("2024-01-02"));
        assert!(recs[3].id.ends_with(":5"), "a document without id is named by its line");
    }

    #[test]
    fn over_long_json_line_is_refused_and_next_line_read() {
        let mut contents = b"{\"text\":\"".to_vec();
        contents.extend(std::iter::repeat(b'x').take(5000));
        contents.extend(b"\"}\n{\"id\":\"next\",\"text\":\"fine\"}\n");
        let dir = tempfile::tempdir().unwrap();
        let path = temp_file(&dir, "long.jsonl", &contents);
        let opts = InputOptions { max_bytes: 1000, ..InputOptions::default() };
        let recs: Vec<_> = InputReader::new(&[path], opts).collect();
        assert_eq!(recs.len(), 2);
        assert!(recs[0].document.as_ref().unwrap_err().contains("longer than the limit"));
        assert_eq!(recs[1].id, "next");
    }

    #[test]
    fn text_files_binary_empty_and_latin1() {
        let dir = tempfile::tempdir().unwrap();
        let bin = temp_file(&dir, "x.bin", b"\x7fELF\x00\x00\x01garbage");
        let empty = temp_file(&dir, "empty.txt", b"  \n");
        let latin = temp_file(&dir, "latin.txt", b"Bogot\xe1, 3 JAN 90 -- Guerrillas attacked.");
        let missing = PathBuf::from("/nonexistent/sitrep/file.txt");
        let recs: Vec<_> = InputReader::new(&[bin, empty, latin, missing], InputOptions::default()).collect();
        assert_eq!(recs.len(), 4);
        assert!(recs[0].document.as_ref().unwrap_err().contains("binary"));
        assert!(recs[1].document.as_ref().unwrap_err().contains("empty"));
        let doc = recs[2].document.as_ref().unwrap();
        assert!(doc.text.starts_with("Bogotá"));
        assert_eq!(recs[2].warnings[0].code, "not_utf8");
        assert!(recs[3].document.as_ref().unwrap_err().contains("no such file"));
    }

    #[test]
    fn oversized_text_file_is_refused_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let big = temp_file(&dir, "big.txt", &vec![b'a'; 4096]);
        let opts = InputOptions { max_bytes: 1024, ..InputOptions::default() };
        let recs: Vec<_> = InputReader::new(&[big], opts).collect();
        assert!(recs[0].document.as_ref().unwrap_err().contains("over the limit"));
    }
}
