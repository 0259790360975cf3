//! Test support: hand-annotated reports (`tests/fixtures/reports.jsonl`,
//! written by `make_reports.py`) turned into the `(InputDocument,
//! DocumentResult)` pairs `Store::ingest` takes, and a server on a loopback
//! port.
//!
//! Annotations give every value by its words; this loader finds the words
//! in the document and computes the schema's character spans, so the
//! fixture stays readable and its spans cannot be off by one. A value is
//! searched for inside its own `evidence` sentence if it has one, else the
//! event's first evidence sentence, else the whole text; a value that cannot
//! be found is a broken fixture and panics.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};
use sitrep_schema::{DocumentResult, Event, InputDocument, Span, SCHEMA_VERSION};

pub fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports.jsonl")
}

/// Char span of the first `needle` in `text` at or after byte `from`.
fn find(text: &str, needle: &str, from: usize) -> Option<Span> {
    let at = text.get(from..)?.find(needle)? + from;
    let start = text[..at].chars().count();
    Some(Span(start, start + needle.chars().count()))
}

fn byte_of_char(text: &str, ch: usize) -> usize {
    text.char_indices().nth(ch).map_or(text.len(), |(b, _)| b)
}

struct Doc<'a> {
    id: &'a str,
    text: &'a str,
}

impl Doc<'_> {
    fn locate(&self, needle: &str, scope: Option<Span>) -> Span {
        if let Some(scope) = scope {
            let from = byte_of_char(self.text, scope.0);
            if let Some(s) = find(self.text, needle, from) {
                if s.1 <= scope.1 {
                    return s;
                }
            }
        }
        find(self.text, needle, 0)
            .unwrap_or_else(|| panic!("fixture {}: {needle:?} is not in the text", self.id))
    }
}

fn span_json(s: Span) -> Value {
    json!([s.0, s.1])
}

/// Builds the schema JSON of one annotated value (`trigger`, `date`, an
/// actor, a count...): every key kept, `text` located, `span` added. Extra
/// keys of the annotation (`evidence`) are removed.
fn value(doc: &Doc, v: &Value, scope: Option<Span>, evidence: &mut Vec<Span>) -> Value {
    let mut obj: Map<String, Value> = match v {
        Value::String(s) => Map::from_iter([("text".to_string(), Value::String(s.clone()))]),
        Value::Object(o) => o.clone(),
        other => panic!("fixture {}: a value must be a string or an object, not {other}", doc.id),
    };
    let mut scope = scope;
    if let Some(sentence) = obj.remove("evidence") {
        let sentence = sentence.as_str().expect("evidence is a sentence");
        let s = doc.locate(sentence, None);
        if !evidence.contains(&s) {
            evidence.push(s);
        }
        scope = Some(s);
    }
    let text = obj.get("text").and_then(Value::as_str).unwrap_or_else(|| panic!("fixture {}: a value has no text", doc.id)).to_string();
    obj.insert("span".into(), span_json(doc.locate(&text, scope)));
    Value::Object(obj)
}

fn event(doc: &Doc, ann: &Value) -> Event {
    let a = ann.as_object().expect("an event is an object");
    let mut evidence: Vec<Span> = a
        .get("evidence")
        .and_then(Value::as_array)
        .map(|v| v.iter().map(|s| doc.locate(s.as_str().expect("evidence sentence"), None)).collect())
        .unwrap_or_default();
    let scope = evidence.first().copied();
    let local = a["id"].as_str().expect("event id");
    let mut out = Map::new();
    out.insert("id".into(), json!(format!("{}#{local}", doc.id)));
    for key in ["kind", "subtype", "cameo", "plover", "acled", "gtd", "channel"] {
        out.insert(key.into(), a.get(key).cloned().unwrap_or(Value::Null));
    }
    out.insert("modality".into(), a.get("modality").cloned().unwrap_or(json!("asserted")));
    out.insert("suicide".into(), a.get("suicide").cloned().unwrap_or(json!(false)));
    out.insert("about".into(), a.get("about").and_then(Value::as_str).map_or(Value::Null, |e| json!(format!("{}#{e}", doc.id))));
    out.insert("attribution".into(), Value::Null);
    let trigger = value(doc, &a["trigger"], scope, &mut evidence);
    out.insert("trigger".into(), trigger);
    for key in ["date", "location", "fatalities", "injuries", "weapon"] {
        let v = match a.get(key) {
            Some(v) if !v.is_null() => value(doc, v, scope, &mut evidence),
            _ => Value::Null,
        };
        out.insert(key.into(), v);
    }
    let actors: Vec<Value> = a
        .get("actors")
        .and_then(Value::as_array)
        .map(|v| {
            v.iter()
                .map(|actor| {
                    let mut o = value(doc, actor, scope, &mut evidence);
                    for key in ["name", "id", "kind", "country", "sector", "cameo"] {
                        o.as_object_mut().expect("object").entry(key).or_insert(Value::Null);
                    }
                    o
                })
                .collect()
        })
        .unwrap_or_default();
    out.insert("actors".into(), Value::Array(actors));
    if evidence.is_empty() {
        let t = &out["trigger"]["span"];
        evidence.push(Span(t[0].as_u64().unwrap_or(0) as usize, t[1].as_u64().unwrap_or(0) as usize));
    }
    out.insert("evidence".into(), Value::Array(evidence.into_iter().map(span_json).collect()));
    for count in ["fatalities", "injuries"] {
        if let Some(o) = out.get_mut(count).and_then(Value::as_object_mut) {
            for key in ["low", "best", "high", "source"] {
                o.entry(key).or_insert(Value::Null);
            }
        }
    }
    if let Some(o) = out.get_mut("location").and_then(Value::as_object_mut) {
        for key in ["name", "country", "admin1", "lat", "lon", "precision", "geonameid"] {
            o.entry(key).or_insert(Value::Null);
        }
    }
    serde_json::from_value(Value::Object(out)).unwrap_or_else(|e| panic!("fixture {}#{local}: not a schema event: {e}", doc.id))
}

/// One annotated line: the input document and the result sitrep should give.
pub fn annotated(line: &str) -> (InputDocument, DocumentResult) {
    let v: Value = serde_json::from_str(line).expect("fixture line is JSON");
    let input: InputDocument = serde_json::from_value(v["document"].clone()).expect("fixture document");
    let id = input.id.clone().expect("fixture documents have ids");
    let doc = Doc { id: &id, text: &input.text };
    let mut result = DocumentResult::empty(id.clone());
    result.schema = SCHEMA_VERSION.to_string();
    result.published = input.published.clone();
    result.source = input.source.clone();
    result.title = input.title.clone();
    result.url = input.url.clone();
    result.events = v["events"].as_array().map(|evs| evs.iter().map(|e| event(&doc, e)).collect()).unwrap_or_default();
    (input, result)
}

/// Every annotated report of the fixture, in file order.
pub fn reports() -> Vec<(InputDocument, DocumentResult)> {
    let text = std::fs::read_to_string(fixture_path()).expect("tests/fixtures/reports.jsonl");
    text.lines().filter(|l| !l.trim().is_empty()).map(annotated).collect()
}
