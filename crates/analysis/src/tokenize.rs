//! Interim English tokeniser and sentence splitter for `sitrep analyze` on
//! raw text. It follows the UD English EWT conventions the models were
//! trained on (clitics `n't 's 're 've 'll 'd 'm` split off, hyphens between
//! letters split, punctuation separated, common abbreviations kept whole).
//! The pipeline's own tokeniser (`sitrep-text`) replaces it on merge; this
//! one exists so the analyser can be used and tested on its own.
//!
//! Tokens are byte ranges into the input text.

use std::ops::Range;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "gov",
    "sen", "rep", "rev", "st", "jr", "sr", "co", "corp", "inc", "ltd", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "e.g", "i.e",
    "u.s", "u.n", "u.k", "a.m", "p.m", "mt", "ft", "approx", "dept",
];

const CLITICS: &[&str] = &[
    "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "n’t", "’re", "’ve", "’ll", "’d", "’m",
];

fn is_abbrev(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    if ABBREVIATIONS.contains(&w.as_str()) {
        return true;
    }
    // Initials and dotted acronyms: "J." "U.S." "A.K.A."
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters > 0
        && w.split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Splits one whitespace-free chunk starting at byte `base` into tokens.
fn split_chunk(text: &str, base: usize, out: &mut Vec<Range<usize>>) {
    let mut start = base;
    let mut end = base + text.len();
    let s = |a: usize, b: usize| &text[a - base..b - base];
    let mut tail: Vec<Range<usize>> = Vec::new();
    // Leading punctuation.
    while start < end {
        let Some(c) = s(start, end).chars().next() else {
            break;
        };
        if "\"'([{“‘«".contains(c) && end - start > c.len_utf8() {
            out.push(start..start + c.len_utf8());
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation (a final period stays on abbreviations).
    while start < end {
        let Some(c) = s(start, end).chars().next_back() else {
            break;
        };
        let l = c.len_utf8();
        if end - start <= l {
            break;
        }
        if c == '.' && is_abbrev(s(start, end)) {
            break;
        }
        if ".,;:!?\"')]}”’»…".contains(c) {
            tail.push(end - l..end);
            end -= l;
        } else {
            break;
        }
    }
    // Clitics.
    let word = s(start, end);
    let lower = word.to_lowercase();
    for cl in CLITICS {
        if lower.len() > cl.len() && lower.ends_with(cl) && lower.len() == word.len() {
            let cut = end - cl.len();
            if text.is_char_boundary(cut - base) {
                tail.push(cut..end);
                end = cut;
                break;
            }
        }
    }
    // Hyphens between letters.
    let word = s(start, end);
    let mut piece = start;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev_alpha = k > 0 && chars[k - 1].1.is_alphabetic();
        let next_alpha = chars.get(k + 1).is_some_and(|x| x.1.is_alphabetic());
        if (c == '-' || c == '/') && prev_alpha && next_alpha {
            let at = start + i;
            out.push(piece..at);
            out.push(at..at + 1);
            piece = at + 1;
        }
    }
    if piece < end {
        out.push(piece..end);
    }
    out.extend(tail.into_iter().rev());
}

/// Tokenises `text` and splits it into sentences; each sentence is a list
/// of token byte ranges.
pub fn sentences(text: &str) -> Vec<Vec<Range<usize>>> {
    let mixed_case =
        text.chars().any(|c| c.is_uppercase()) && text.chars().any(|c| c.is_lowercase());
    let mut tokens: Vec<Range<usize>> = Vec::new();
    let mut breaks: Vec<usize> = Vec::new(); // token indices starting a paragraph
    let mut chunk_start: Option<usize> = None;
    let mut newlines = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_whitespace() {
            if let Some(st) = chunk_start.take() {
                split_chunk(&text[st..i], st, &mut tokens);
            }
            if c == '\n' {
                newlines += 1;
                if newlines >= 2 {
                    breaks.push(tokens.len());
                }
            }
        } else {
            newlines = 0;
            if chunk_start.is_none() {
                chunk_start = Some(i);
            }
        }
    }
    let mut out = Vec::new();
    let mut cur: Vec<Range<usize>> = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if breaks.contains(&k) && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(t.clone());
        let tok = &text[t.clone()];
        let is_end = matches!(tok, "." | "!" | "?" | "..." | "…");
        if is_end {
            // Closing quotes and brackets belong to this sentence.
            let mut j = k + 1;
            while j < tokens.len()
                && matches!(&text[tokens[j].clone()], "\"" | "'" | ")" | "”" | "’")
            {
                j += 1;
            }
            let next = tokens.get(j).map(|r| &text[r.clone()]);
            let next_lower = next
                .and_then(|n| n.chars().next())
                .is_some_and(|c| c.is_lowercase());
            if !(mixed_case && next_lower) && j == k + 1 {
                out.push(std::mem::take(&mut cur));
            }
        } else if !cur.is_empty() && k > 0 {
            // A sentence end followed by closing quotes: split after them.
            let prev_end =
                cur.len() >= 2 && matches!(&text[cur[cur.len() - 2].clone()], "." | "!" | "?");
            let closing = matches!(tok, "\"" | "'" | ")" | "”" | "’");
            let next_closing = tokens
                .get(k + 1)
                .is_some_and(|r| matches!(&text[r.clone()], "\"" | "'" | ")" | "”" | "’"));
            if prev_end && closing && !next_closing {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Vec<&str>> {
        sentences(text)
            .into_iter()
            .map(|s| s.into_iter().map(|r| &text[r]).collect())
            .collect()
    }

    #[test]
    fn splits_clitics_punctuation_and_sentences() {
        let t = toks(
            "Mr. Isaacs said the attack wasn't against the farm. Al-Shabaab claimed it (again).",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(
            t[0],
            vec![
                "Mr.", "Isaacs", "said", "the", "attack", "was", "n't", "against", "the", "farm",
                "."
            ]
        );
        assert_eq!(
            t[1],
            vec!["Al", "-", "Shabaab", "claimed", "it", "(", "again", ")", "."]
        );
    }

    #[test]
    fn keeps_numbers_and_handles_all_caps() {
        let t = toks("GUNMEN KILLED 3,500 PEOPLE IN THE U.S. TODAY. POLICE SAID SO.");
        assert_eq!(t.len(), 2);
        assert!(t[0].contains(&"3,500"));
        assert!(t[0].contains(&"U.S."));
    }
}
