//! The text layer: everything sitrep reads off raw text before any parsing.
//!
//! Sentence segmentation, tokenization, wire-service datelines, number
//! expressions and date expressions, all with byte offsets into the original
//! text; [`offsets::CharOffsets`] converts them to the character offsets of
//! the output schema.

pub mod dates;
pub mod datelines;
pub mod numbers;
pub mod offsets;
pub mod sentences;
pub mod tokens;

pub use sentences::{Casing, Sentence};
pub use tokens::{Token, TokenKind};

use chrono::NaiveDate;

/// The text layer of one document.
#[derive(Debug, Clone)]
pub struct TextLayer {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub dateline: Option<datelines::DatelineMatch>,
    pub casing: Casing,
    pub dates: Vec<dates::DateMention>,
    /// The publication date actually used: the given one, else the dateline's.
    pub published: Option<NaiveDate>,
}

/// Runs the whole text layer over `text`.
pub fn analyze_text(text: &str, published: Option<NaiveDate>) -> TextLayer {
    let tokens = tokens::tokenize(text);
    let casing = sentences::detect_casing(text);
    let dateline = datelines::find_dateline(text, published);
    let published = published.or_else(|| dateline.as_ref().and_then(|d| d.date.map(|r| r.start)));
    let boundaries: Vec<usize> = dateline.iter().map(|d| d.range.end).collect();
    let sentences = sentences::split_sentences(text, &tokens, casing, &boundaries);
    let bounds: Vec<_> = sentences.iter().map(|s| s.tokens.clone()).collect();
    let dates = dates::find_dates(text, &tokens, &bounds, published);
    TextLayer { tokens, sentences, dateline, casing, dates, published }
}
