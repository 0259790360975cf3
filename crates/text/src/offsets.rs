//! Converting byte offsets (what Rust string slicing uses) to character
//! offsets (what the output schema uses, so that Python, JavaScript-with-
//! `Array.from` and most annotation tools can slice the text directly).

/// A byte-to-character offset table for one text. Pure-ASCII texts need no
/// table: the offsets are the same.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// For each char, its byte offset; empty when the text is ASCII.
    char_starts: Vec<usize>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharOffsets { char_starts: Vec::new(), len_bytes: text.len(), len_chars: text.len() };
        }
        let char_starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let len_chars = char_starts.len();
        CharOffsets { char_starts, len_bytes: text.len(), len_chars }
    }

    /// The character offset of a byte offset. A byte offset inside a
    /// character maps to that character; one past the end maps to the length.
    pub fn char_of(&self, byte: usize) -> usize {
        if self.char_starts.is_empty() {
            return byte.min(self.len_bytes);
        }
        if byte >= self.len_bytes {
            return self.len_chars;
        }
        match self.char_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The byte offset of a character offset (the inverse of [`char_of`]).
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.char_starts.is_empty() {
            return ch.min(self.len_bytes);
        }
        self.char_starts.get(ch).copied().unwrap_or(self.len_bytes)
    }

    pub fn span(&self, range: std::ops::Range<usize>) -> sitrep_schema::Span {
        sitrep_schema::Span(self.char_of(range.start), self.char_of(range.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity_and_unicode_counts_chars() {
        let t = CharOffsets::new("abc");
        assert_eq!((t.char_of(2), t.byte_of(2)), (2, 2));
        let text = "Qandahār — bomb";
        let t = CharOffsets::new(text);
        let b = text.find("bomb").unwrap();
        assert_eq!(t.char_of(b), 11);
        assert_eq!(t.byte_of(11), b);
        assert_eq!(t.char_of(text.len()), text.chars().count());
        let span = t.span(b..text.len());
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[span.0..span.1].iter().collect::<String>(), "bomb");
    }
}
