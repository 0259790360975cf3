//! Name folding and tokenisation shared by the gazetteer, the actor registry
//! and the gazetteer compiler.
//!
//! Why one module: a name only matches if the data file and the running text
//! were folded the same way. Folding is per character: ASCII letters and
//! digits are lower-cased, other characters are transliterated to ASCII with
//! `deunicode` ("Qandahār" → "qandahar", "Ø" → "o", "ß" → "ss"), and anything
//! that is not a letter or digit after that (spaces, hyphens, apostrophes,
//! dots) separates tokens. A folded name is its tokens joined by one space:
//! "al-Qa'ida" → "al qa ida", "U.S." → "u s".
//!
//! Tokens keep the byte range of the original text they came from, so every
//! match found on folded text maps back to exact byte spans of the input.

use std::ops::Range;

/// One word of the input: its original byte range, its folded form, and
/// whether a hard break (clause punctuation, paragraph) precedes it, across
/// which no name may match.
#[derive(Debug, Clone)]
pub struct Token {
    pub range: Range<usize>,
    /// Range of the folded form inside [`Tokens::folded`].
    pub folded: Range<usize>,
    pub hard_break_before: bool,
    /// The first character of the original token is upper-case.
    pub capitalised: bool,
    /// Sentence-initial: the previous non-space character ends a sentence
    /// (or there is none).
    pub sentence_start: bool,
}

/// The tokens of a text plus the folded text they index: tokens joined by a
/// single space, or by `|` where a hard break separates them, so a pattern
/// (made only of letters, digits and single spaces) can never span a break.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub folded: String,
}

/// How a document is cased, which decides whether capitalisation is
/// evidence (mixed case) or carries no information (ALL CAPS, all lower).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextCase {
    Mixed,
    Upper,
    Lower,
}

impl TextCase {
    /// Upper if over 80% of letters are upper-case, Lower if under 2%.
    ///
    /// Each document is classified three times (place names, actors, place
    /// resolution), so ASCII text, nearly all news, is counted byte by byte
    /// without decoding characters (the same counts: an ASCII byte is an
    /// upper- or lower-case letter exactly when its character is).
    pub fn detect(text: &str) -> TextCase {
        let (up, low) = if text.is_ascii() { ascii_case_counts(text.as_bytes()) } else { case_counts(text) };
        let total = up + low;
        if total == 0 {
            return TextCase::Mixed;
        }
        if up * 10 >= total * 8 {
            TextCase::Upper
        } else if up * 50 <= total {
            TextCase::Lower
        } else {
            TextCase::Mixed
        }
    }
}

/// Upper- and lower-case letters of any text.
fn case_counts(text: &str) -> (usize, usize) {
    let (mut up, mut low) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
        }
    }
    (up, low)
}

/// [`case_counts`] of ASCII text, a branch-free loop over its bytes.
fn ascii_case_counts(bytes: &[u8]) -> (usize, usize) {
    let (mut up, mut low) = (0usize, 0usize);
    for &b in bytes {
        up += b.is_ascii_uppercase() as usize;
        low += b.is_ascii_lowercase() as usize;
    }
    (up, low)
}

/// Appends the folded form of `c` to `out` (lower-case ASCII; non-alphanumeric
/// output bytes are token separators).
fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        match deunicode::deunicode_char(c) {
            Some(s) => {
                for b in s.chars() {
                    out.push(b.to_ascii_lowercase());
                }
            }
            None => out.push(' '),
        }
    }
}

/// Folds a whole name to its canonical key: lower-case ASCII tokens joined by
/// single spaces. Returns an empty string for a name with no letters/digits.
pub fn fold_name(name: &str) -> String {
    let mut tmp = String::with_capacity(name.len());
    for c in name.chars() {
        fold_char_into(c, &mut tmp);
    }
    let mut out = String::with_capacity(tmp.len());
    for word in tmp.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `fold_name(a) == fold_name(b)`, without building either key when both
/// names are ASCII (nearly all): then a folded name is its runs of ASCII
/// letters and digits, lower-cased, so comparing the runs case-blind is
/// comparing the keys. Place resolution asks this of every candidate.
pub fn same_folded_name(a: &str, b: &str) -> bool {
    if !(a.is_ascii() && b.is_ascii()) {
        return fold_name(a) == fold_name(b);
    }
    let (mut x, mut y) = (runs_iter(a), runs_iter(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p.eq_ignore_ascii_case(q) => continue,
            _ => return false,
        }
    }
}

/// The runs of ASCII letters and digits of `s`, in order.
fn runs_iter(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty())
}

/// Characters whose presence between two tokens stops a name from spanning
/// them. Dots, hyphens, apostrophes and slashes do not ("U.S.", "al-Qaeda").
fn is_hard_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '!' | '?' | '|' | '\u{201C}' | '\u{201D}')
}

impl Tokens {
    /// Tokenises and folds `text` in one pass.
    pub fn new(text: &str) -> Tokens {
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
        let mut folded = String::with_capacity(text.len() + 8);
        let mut buf = String::with_capacity(8);
        // State of the token being built.
        let mut cur: Option<(usize, usize, usize)> = None; // (orig start, orig end, folded start)
        let mut hard_break = true; // nothing precedes the first token
        let mut newlines = 0usize;
        let mut sentence_start = true;
        let mut cur_cap = false;
        let mut cur_sentence_start = true;
        let mut cur_hard = true;

        let close = |cur: &mut Option<(usize, usize, usize)>,
                         tokens: &mut Vec<Token>,
                         folded: &mut String,
                         cap: bool,
                         ss: bool,
                         hb: bool| {
            if let Some((s, e, fs)) = cur.take() {
                tokens.push(Token {
                    range: s..e,
                    folded: fs..folded.len(),
                    hard_break_before: hb,
                    capitalised: cap,
                    sentence_start: ss,
                });
            }
        };

        // An ASCII character folds to itself lower-cased, written here
        // without going through `fold_char_into` and `buf`.
        let mut one = [0u8; 4];
        for (i, c) in text.char_indices() {
            let folded_c: &str = if c.is_ascii() {
                c.to_ascii_lowercase().encode_utf8(&mut one)
            } else {
                buf.clear();
                fold_char_into(c, &mut buf);
                &buf
            };
            let end = i + c.len_utf8();
            let mut any_alnum = false;
            for b in folded_c.chars() {
                if b.is_ascii_alphanumeric() {
                    any_alnum = true;
                    if cur.is_none() {
                        if !tokens.is_empty() || !folded.is_empty() {
                            folded.push(if hard_break { '|' } else { ' ' });
                        }
                        cur = Some((i, end, folded.len()));
                        cur_cap = c.is_uppercase();
                        cur_sentence_start = sentence_start;
                        cur_hard = hard_break;
                    }
                    folded.push(b);
                } else if cur.is_some() {
                    // A character folding to "a b" splits mid-character;
                    // rare (e.g. ligature symbols): end the token here.
                    close(&mut cur, &mut tokens, &mut folded, cur_cap, cur_sentence_start, cur_hard);
                    hard_break = false;
                    sentence_start = false;
                }
            }
            if any_alnum {
                if let Some(t) = cur.as_mut() {
                    t.1 = end;
                }
                hard_break = false;
                sentence_start = false;
                newlines = 0;
            } else {
                if cur.is_some() {
                    close(&mut cur, &mut tokens, &mut folded, cur_cap, cur_sentence_start, cur_hard);
                }
                if is_hard_break(c) {
                    hard_break = true;
                }
                if c == '\n' {
                    newlines += 1;
                    if newlines >= 2 {
                        hard_break = true;
                        sentence_start = true;
                    }
                }
                if matches!(c, '.' | '!' | '?') {
                    sentence_start = true;
                    // A full stop ends a clause too, unless it closes an
                    // abbreviation such as "U.S." (single letter before it).
                    if c != '.' || tokens.last().map_or(true, |t| t.range.len() > 1) {
                        hard_break = true;
                    }
                }
            }
        }
        close(&mut cur, &mut tokens, &mut folded, cur_cap, cur_sentence_start, cur_hard);
        Tokens { tokens, folded }
    }

    /// The folded form of token `i`.
    pub fn folded_token(&self, i: usize) -> &str {
        &self.folded[self.tokens[i].folded.clone()]
    }

    /// Index of the token whose folded form starts at folded byte `pos`.
    pub fn token_starting_at(&self, pos: usize) -> Option<usize> {
        self.tokens.binary_search_by(|t| t.folded.start.cmp(&pos)).ok()
    }

    /// Index of the token whose folded form ends at folded byte `pos`.
    pub fn token_ending_at(&self, pos: usize) -> Option<usize> {
        self.tokens.binary_search_by(|t| t.folded.end.cmp(&pos)).ok()
    }
}

/// True if the original text of `range` has no lower-case letter.
pub fn is_all_upper(text: &str) -> bool {
    text.chars().any(|c| c.is_uppercase()) && !text.chars().any(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_case_and_punctuation() {
        assert_eq!(fold_name("Qandahār"), "qandahar");
        assert_eq!(fold_name("KANDAHAR"), "kandahar");
        assert_eq!(fold_name("al-Qa'ida"), "al qa ida");
        assert_eq!(fold_name("U.S."), "u s");
        assert_eq!(fold_name("  São   Paulo "), "sao paulo");
        assert_eq!(fold_name("..."), "");
    }

    #[test]
    fn tokens_map_back_to_original_bytes() {
        let text = "Troops entered Qandahār, then São Paulo.";
        let t = Tokens::new(text);
        let words: Vec<&str> = t.tokens.iter().map(|k| &text[k.range.clone()]).collect();
        assert_eq!(words, ["Troops", "entered", "Qandahār", "then", "São", "Paulo"]);
        assert_eq!(t.folded, "troops entered qandahar|then sao paulo");
        assert!(t.tokens[3].hard_break_before);
        assert!(t.tokens[0].sentence_start && !t.tokens[1].sentence_start);
    }

    #[test]
    fn abbreviation_dots_do_not_break() {
        let t = Tokens::new("the U.S. Army said");
        assert_eq!(t.folded, "the u s army said");
    }

    #[test]
    fn detects_case_of_document() {
        assert_eq!(TextCase::detect("SAN SALVADOR, 3 JAN 90 -- ARMY"), TextCase::Upper);
        assert_eq!(TextCase::detect("the army said on monday"), TextCase::Lower);
        assert_eq!(TextCase::detect("The Army said on Monday"), TextCase::Mixed);
    }
}
