//! Sentence segmentation over tokens.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets
//! after it) when the next token can start a sentence, and always at a blank
//! line. Three things make news text hard and are handled here:
//! abbreviations ("Gen. Smith", "Jan. 5", "the U.S. embassy"), text in
//! one case only (wire copy in ALL CAPS, corpora lower-cased by preprocessing,
//! where capitalisation says nothing), and datelines, which are split off as
//! their own segment by [`crate::datelines`] before this runs.

use std::ops::Range;

use crate::tokens::{Token, TokenKind, MONTH_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS};

/// A sentence: a byte range of the text and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// How the document uses letter case, which decides whether a capital
/// letter is evidence of a sentence start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    Mixed,
    Upper,
    Lower,
}

/// Classifies the letter case of a text from its letters.
pub fn detect_casing(text: &str) -> Casing {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(20_000) {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    let letters = upper + lower;
    if letters == 0 {
        return Casing::Mixed;
    }
    if upper * 100 >= letters * 85 {
        Casing::Upper
    } else if upper * 100 <= letters {
        Casing::Lower
    } else {
        Casing::Mixed
    }
}

/// "Gunmen", "Mogadishu": a capital, then lower-case letters only (at least
/// one), the shape of a word in running mixed-case text.
pub fn is_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.clone().next().is_some() && chars.all(char::is_lowercase)
}

/// Words that commonly begin a sentence, used after abbreviations that may
/// or may not end one ("... the U.S. He said" vs "the U.S. embassy").
const SENTENCE_STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "this", "that",
    "these", "those", "there", "in", "on", "at", "but", "and", "however", "meanwhile", "police", "officials",
    "according", "earlier", "later", "on", "after", "before", "while", "when", "no", "some", "many", "most",
];

/// Splits the token stream into sentences. `text` is the document the
/// tokens index into; `boundaries` are byte offsets where a segment must end
/// regardless of punctuation (e.g. the end of a dateline).
pub fn split_sentences(text: &str, tokens: &[Token], casing: Casing, boundaries: &[usize]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0usize;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let mut end_here = false;
        let mut last = i;
        let tok = &tokens[i];
        let word = tok.text(text);
        if i + 1 < n && forced_break(text, tokens[i].end, tokens[i + 1].start, boundaries) {
            end_here = true;
        } else if tok.kind == TokenKind::Punct && is_terminal(word) {
            // Absorb closing quotes and brackets: `... attack." He said`.
            while last + 1 < n && is_closer(tokens[last + 1].text(text)) && tokens[last + 1].start == tokens[last].end {
                last += 1;
            }
            end_here = last + 1 >= n || can_start_sentence(text, &tokens[last + 1], casing);
        } else if tok.kind == TokenKind::Word && word.ends_with('.') && i + 1 < n {
            end_here = abbreviation_ends_sentence(text, word, &tokens[i + 1], casing);
        }
        if end_here || last + 1 >= n {
            let start_tok = &tokens[first];
            sentences.push(Sentence { start: start_tok.start, end: tokens[last].end, tokens: first..last + 1 });
            first = last + 1;
        }
        i = last + 1;
    }
    sentences
}

fn forced_break(text: &str, prev_end: usize, next_start: usize, boundaries: &[usize]) -> bool {
    if boundaries.iter().any(|&b| b > prev_end.saturating_sub(1) && b <= next_start) {
        return true;
    }
    // A blank line (paragraph break) always ends a sentence.
    let gap = &text[prev_end..next_start];
    gap.matches('\n').count() >= 2
}

fn is_terminal(word: &str) -> bool {
    word.starts_with('.') || word.starts_with('!') || word.starts_with('?') || word == "…"
}

fn is_closer(word: &str) -> bool {
    matches!(word, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

fn can_start_sentence(text: &str, next: &Token, casing: Casing) -> bool {
    let w = next.text(text);
    let c = match w.chars().next() {
        Some(c) => c,
        None => return false,
    };
    match casing {
        // Lower-cased text: anything but a continuation character may start one.
        Casing::Lower => !matches!(c, ',' | ';' | ':' | ')' | ']'),
        _ => c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[' | '«' | '-' | '—'),
    }
}

/// After a word ending in a period: does the sentence end here?
fn abbreviation_ends_sentence(text: &str, word: &str, next: &Token, casing: Casing) -> bool {
    let stem = word.trim_end_matches('.').to_ascii_lowercase();
    if TITLE_ABBREVIATIONS.contains(&stem.as_str()) {
        return false;
    }
    let next_text = next.text(text);
    if MONTH_ABBREVIATIONS.contains(&stem.as_str()) && next.kind == TokenKind::Number {
        return false;
    }
    if !can_start_sentence(text, next, casing) {
        return false;
    }
    let is_initial = stem.chars().count() == 1 && !OTHER_ABBREVIATIONS.contains(&stem.as_str());
    if is_initial && casing != Casing::Lower {
        // "John F. Kennedy": an initial is followed by a name.
        return false;
    }
    // "U.S.", "Inc.", "a.m.": end the sentence only before a word that
    // usually starts one.
    SENTENCE_STARTERS.contains(&next_text.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        split_sentences(text, &toks, detect_casing(text), &[]).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Gen. Smith met U.S. envoys on Jan. 5. The talks failed. Police said Mr. Jones left."),
            ["Gen. Smith met U.S. envoys on Jan. 5.", "The talks failed.", "Police said Mr. Jones left."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end_before_a_starter() {
        assert_eq!(
            split("The embassy of the U.S. He said nothing. The U.S. embassy closed."),
            ["The embassy of the U.S.", "He said nothing.", "The U.S. embassy closed."]
        );
    }

    #[test]
    fn quotes_close_the_sentence() {
        assert_eq!(
            split("\"We will take revenge.\" The group said it would strike again!  Who knows?"),
            ["\"We will take revenge.\"", "The group said it would strike again!", "Who knows?"]
        );
    }

    #[test]
    fn all_caps_wire_text() {
        let text = "THE ARCE BATTALION HAS REPORTED THAT ABOUT 50 PEASANTS WERE KIDNAPPED.  ACCORDING TO GEN. \
                    ADOLFO BLANDON, THE KIDNAPPING TOOK PLACE ON 30 DECEMBER. MILITARY DETACHMENT NO. 4 REPORTED A CLASH.";
        assert_eq!(detect_casing(text), Casing::Upper);
        let s = split(text);
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[1].starts_with("ACCORDING TO GEN. ADOLFO"));
        assert!(s[2].starts_with("MILITARY DETACHMENT NO. 4"));
    }

    #[test]
    fn lower_cased_corpus_text() {
        let text = "the guatemala army denied today that guerrillas attacked the farm since 2 february.    \
                    a report published by the agency says that a column attacked the farm.";
        assert_eq!(detect_casing(text), Casing::Lower);
        let s = split(text);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[1].starts_with("a report"));
    }

    #[test]
    fn blank_lines_and_boundaries_force_breaks() {
        assert_eq!(split("Headline without stop\n\nBody text here."), ["Headline without stop", "Body text here."]);
        let text = "BEIRUT (AP) - Gunmen opened fire";
        let toks = tokenize(text);
        let s = split_sentences(text, &toks, Casing::Mixed, &[13]);
        assert_eq!(s.len(), 2);
        assert_eq!(&text[s[1].start..s[1].end], "Gunmen opened fire");
    }

    #[test]
    fn decimals_and_ellipses() {
        assert_eq!(split("Prices rose 3.5 percent... Then fell."), ["Prices rose 3.5 percent...", "Then fell."]);
    }
}
