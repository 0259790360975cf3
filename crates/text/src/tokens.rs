//! Tokenization into words, numbers and punctuation, with byte offsets.
//!
//! The scheme follows the Penn Treebank / UD English conventions the parser is
//! trained on (clitics `'s`, `n't`, `'re`, `'ll` split off; punctuation split
//! off words), with three deliberate differences that suit news: hyphenated
//! words stay whole ("al-Shabaab", "twenty-one", "12-15"), numbers with
//! separators stay whole ("1,200", "3.5"), and abbreviations keep their period
//! ("U.S.", "Gen.", "Jan.") so that sentence splitting can see them.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, apostrophes or periods inside.
    Word,
    /// Starts with a digit: "31", "1,200", "3.5", "12-15", "4th", "1990s".
    Number,
    /// Sentence-level punctuation and brackets.
    Punct,
    /// Anything else (symbols, emoji, currency signs).
    Symbol,
}

/// A token: a byte range of the original text and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// Words that keep a trailing period because they are abbreviations.
/// Titles never end a sentence; the others may (see `sentences`).
pub const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
    "gov", "sen", "rep", "rev", "fr", "sr", "jr", "st", "ft", "mt", "pres", "amb", "brig", "insp", "supt", "hon",
    "messrs", "mme", "mlle", "sra", "sr", "lic", "ing", "arch", "gral", "cnel", "cap", "tte", "no", "nos", "vol",
    "art", "dept", "gens", "ave", "msgr", "mgr", "srta",
];

pub const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Abbreviations that often end a sentence as well ("... in the U.S. He said").
pub const OTHER_ABBREVIATIONS: &[&str] = &[
    "inc", "co", "corp", "ltd", "bros", "etc", "vs", "approx", "est", "univ", "assn", "govt", "intl", "natl",
];

fn lower_ascii(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// True for a word (without its period) that is a known abbreviation.
pub fn is_known_abbreviation(word: &str) -> bool {
    let w = lower_ascii(word);
    TITLE_ABBREVIATIONS.contains(&w.as_str())
        || MONTH_ABBREVIATIONS.contains(&w.as_str())
        || OTHER_ABBREVIATIONS.contains(&w.as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐' || c == '‑'
}

/// Splits `text` into tokens. Never fails; every non-space character belongs
/// to exactly one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let j = scan_word(&chars, i);
            i = push_word(text, &chars, i, j, &byte_at, &mut tokens);
            continue;
        }
        // Runs of the same punctuation (--, ..., !!) form one token.
        let mut j = i + 1;
        if matches!(c, '-' | '.' | '!' | '?' | '*' | '=' | '_') {
            while j < n && chars[j].1 == c {
                j += 1;
            }
        }
        let kind = if c.is_ascii_punctuation() || is_general_punct(c) { TokenKind::Punct } else { TokenKind::Symbol };
        tokens.push(Token { start: byte_at(i), end: byte_at(j), kind });
        i = j;
    }
    tokens
}

fn is_general_punct(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '—' | '–' | '…' | '‹' | '›' | '„' | '¿' | '¡' | '·')
}

/// Scans a word starting at `i`: word characters joined by single internal
/// hyphens, apostrophes, periods (abbreviations, decimals) or commas between
/// digits ("1,200").
fn scan_word(chars: &[(usize, char)], i: usize) -> usize {
    let n = chars.len();
    let mut j = i;
    while j < n {
        let c = chars[j].1;
        if is_word_char(c) {
            j += 1;
            continue;
        }
        let next_is_word = j + 1 < n && is_word_char(chars[j + 1].1);
        if !next_is_word || j == i {
            break;
        }
        let prev = chars[j - 1].1;
        let next = chars[j + 1].1;
        let joins = if is_hyphen(c) || is_apostrophe(c) {
            true
        } else if c == ',' {
            // 1,200 but not "20,30" lists: exactly three digits must follow.
            prev.is_ascii_digit() && three_digits_follow(chars, j + 1)
        } else if c == '.' {
            // 3.5 and U.S.A; not "end.Next".
            (prev.is_ascii_digit() && next.is_ascii_digit())
                || (prev.is_alphabetic() && next.is_alphabetic() && single_letter_before(chars, i, j))
        } else if c == '/' {
            prev.is_ascii_digit() && next.is_ascii_digit()
        } else {
            false
        };
        if !joins {
            break;
        }
        j += 1;
    }
    j
}

fn three_digits_follow(chars: &[(usize, char)], k: usize) -> bool {
    let digits = chars[k..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
    digits == 3
}

/// In "U.S" the letter before the period is a one-letter segment.
fn single_letter_before(chars: &[(usize, char)], word_start: usize, dot: usize) -> bool {
    let seg_start = chars[word_start..dot].iter().rposition(|(_, c)| *c == '.').map(|p| word_start + p + 1).unwrap_or(word_start);
    dot - seg_start == 1
}

/// Emits the word `chars[i..j]`, splitting English clitics and attaching a
/// following abbreviation period. Returns the char index after what it used.
fn push_word(
    text: &str,
    chars: &[(usize, char)],
    i: usize,
    mut j: usize,
    byte_at: &dyn Fn(usize) -> usize,
    tokens: &mut Vec<Token>,
) -> usize {
    let n = chars.len();
    let start = byte_at(i);
    let word = &text[start..byte_at(j)];
    let kind = if chars[i].1.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
    // An abbreviation keeps its period: "Gen.", "U.S.", "Jan.", "a.m.".
    if j < n && chars[j].1 == '.' && kind == TokenKind::Word {
        let dotted = word.contains('.');
        if dotted || is_known_abbreviation(word) || is_initial(word) {
            j += 1;
            tokens.push(Token { start, end: byte_at(j), kind });
            return j;
        }
    }
    // Clitics: don't -> do n't; group's -> group 's; they're -> they 're.
    if kind == TokenKind::Word {
        if let Some(split) = clitic_split(word) {
            tokens.push(Token { start, end: start + split, kind });
            tokens.push(Token { start: start + split, end: byte_at(j), kind: TokenKind::Word });
            return j;
        }
    }
    // A trailing apostrophe of a plural possessive ("rebels'") is its own token;
    // it is not part of the scanned word because nothing follows it.
    tokens.push(Token { start, end: byte_at(j), kind });
    j
}

/// A single capital letter: a person's initial ("John F. Kennedy").
fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Byte index where a clitic starts inside `word`, if it ends in one.
fn clitic_split(word: &str) -> Option<usize> {
    // Every clitic below has an apostrophe, which no other character
    // lower-cases to: words without one need no lower-cased copy (one per
    // token otherwise).
    if !word.contains(['\'', '’']) {
        return None;
    }
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return None;
    }
    for suffix in ["n't", "n’t"] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() {
            let at = word.len() - suffix.len();
            // "can't" -> "ca n't" as in the treebank.
            return Some(at);
        }
    }
    for suffix in ["'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() {
            return Some(word.len() - suffix.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn punctuation_is_split_off_words() {
        assert_eq!(words("killed 20 people, police said."), ["killed", "20", "people", ",", "police", "said", "."]);
        assert_eq!(words("\"We will fight,\" he said."), ["\"", "We", "will", "fight", ",", "\"", "he", "said", "."]);
        assert_eq!(words("(Reuters) -- [TEXT]"), ["(", "Reuters", ")", "--", "[", "TEXT", "]"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(words("U.S. troops and Gen. Smith"), ["U.S.", "troops", "and", "Gen.", "Smith"]);
        assert_eq!(words("on Jan. 5 at 3 p.m. local time"), ["on", "Jan.", "5", "at", "3", "p.m.", "local", "time"]);
        assert_eq!(words("GEN. ADOLFO BLANDON"), ["GEN.", "ADOLFO", "BLANDON"]);
        assert_eq!(words("John F. Kennedy"), ["John", "F.", "Kennedy"]);
        assert_eq!(words("the attack. Police"), ["the", "attack", ".", "Police"]);
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(words("1,200 people and 3.5 million"), ["1,200", "people", "and", "3.5", "million"]);
        assert_eq!(words("12-15 dead in 1990s"), ["12-15", "dead", "in", "1990s"]);
        assert_eq!(words("lists 20,30 and 4,5"), ["lists", "20", ",", "30", "and", "4", ",", "5"]);
        assert_eq!(tokenize("31 killed")[0].kind, TokenKind::Number);
    }

    #[test]
    fn hyphenated_names_stay_whole_and_clitics_split() {
        assert_eq!(words("al-Shabaab's fighters"), ["al-Shabaab", "'s", "fighters"]);
        assert_eq!(words("twenty-one soldiers didn't"), ["twenty-one", "soldiers", "did", "n't"]);
        assert_eq!(words("the rebels' base"), ["the", "rebels", "'", "base"]);
        assert_eq!(words("a mass grave -- and more"), ["a", "mass", "grave", "--", "and", "more"]);
    }

    /// Clitics split whatever the case and apostrophe, and words without
    /// an apostrophe stay whole.
    #[test]
    fn clitics_split_in_every_case_and_with_either_apostrophe() {
        assert_eq!(words("MILITIAMEN WON'T LEAVE"), ["MILITIAMEN", "WO", "N'T", "LEAVE"]);
        assert_eq!(words("The Colonel’s convoy"), ["The", "Colonel", "’s", "convoy"]);
        assert_eq!(words("THEY'RE SHELLING Kharkiv"), ["THEY", "'RE", "SHELLING", "Kharkiv"]);
        assert_eq!(words("they’ve fled, we'd stayed"), ["they", "’ve", "fled", ",", "we", "'d", "stayed"]);
        assert_eq!(words("Pont Street riot"), ["Pont", "Street", "riot"]);
    }

    #[test]
    fn unicode_text_has_byte_offsets() {
        let text = "Qandahār — “bombing”";
        let toks = tokenize(text);
        assert_eq!(toks[0].text(text), "Qandahār");
        assert_eq!(toks[1].text(text), "—");
        assert_eq!(toks[2].text(text), "“");
        assert_eq!(toks[3].text(text), "bombing");
        for t in &toks {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
