//! Folding and case detection read ASCII text on a fast path; text with
//! accents, other scripts and typographic punctuation must fold and count
//! exactly as before, and so must the ASCII text around them.

use sitrep_knowledge::fold::{TextCase, Tokens};

/// The original words and the folded text of `text`.
fn fold(text: &str) -> (Vec<String>, String) {
    let t = Tokens::new(text);
    (t.tokens.iter().map(|k| text[k.range.clone()].to_string()).collect(), t.folded)
}

#[test]
fn ascii_and_accented_words_fold_alike_side_by_side() {
    let (words, folded) = fold("Shelling hit Kramatorsk and Dnipró; the ÉLITE unit left Zaporizhzhia.");
    assert_eq!(words, ["Shelling", "hit", "Kramatorsk", "and", "Dnipró", "the", "ÉLITE", "unit", "left", "Zaporizhzhia"]);
    assert_eq!(folded, "shelling hit kramatorsk and dnipro|the elite unit left zaporizhzhia");
}

#[test]
fn punctuation_breaks_and_abbreviations_are_kept_on_the_fast_path() {
    let (_, folded) = fold("Officials in the U.N. said: \u{201C}Gao, Ménaka\u{201D} were quiet");
    assert_eq!(folded, "officials in the u n said|gao|menaka|were quiet");
    let t = Tokens::new("Troops left Goma.\n\nRebels entered Bunia");
    assert!(t.tokens[3].sentence_start && t.tokens[3].hard_break_before && t.tokens[3].capitalised);
    assert!(!t.tokens[4].capitalised);
}

#[test]
fn case_of_ascii_and_non_ascii_documents() {
    assert_eq!(TextCase::detect("MILITANTS ATTACKED A CHECKPOINT NEAR GAO"), TextCase::Upper);
    assert_eq!(TextCase::detect("MILITANTS ATTACKED A CHECKPOINT NEAR MÉNAKA"), TextCase::Upper);
    assert_eq!(TextCase::detect("militants attacked a checkpoint near ménaka"), TextCase::Lower);
    assert_eq!(TextCase::detect("Militants attacked a checkpoint near Ménaka"), TextCase::Mixed);
    assert_eq!(TextCase::detect("Militants attacked a checkpoint near Gao"), TextCase::Mixed);
    assert_eq!(TextCase::detect("12 - 40 / 7"), TextCase::Mixed);
}

#[test]
fn names_compare_as_their_folded_keys() {
    use sitrep_knowledge::fold::{fold_name, same_folded_name};
    let pairs = [
        ("N'Djamena", "N'DJAMENA", true),
        ("N'Djamena", "n djamena", true),
        ("Port-au-Prince", "Port au Prince", true),
        ("  Bangui ", "bangui", true),
        ("Bangui", "Bangu", false),
        ("Bamako", "Bamako 2", false),
        ("São Tomé", "Sao Tome", true),
        ("Niamey", "Niaméy", true),
        ("Juba", "Jüba-North", false),
        ("", "...", true),
    ];
    for (a, b, same) in pairs {
        assert_eq!(same_folded_name(a, b), same, "{a:?} vs {b:?}");
        assert_eq!(same_folded_name(a, b), fold_name(a) == fold_name(b), "{a:?} vs {b:?}");
    }
}
