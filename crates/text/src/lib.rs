//! The text layer: everything sitrep reads off raw text before any parsing.
//! Sentence segmentation, tokenization, wire-service datelines, number
//! expressions and date expressions, all with offsets into the original text.

pub mod dates;
