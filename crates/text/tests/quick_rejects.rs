//! The text layer's quick rejects (a word with a letter is no numeral in
//! digits; a count before "ago" is only read when "ago" follows closely)
//! must not change what is found: numerals in every written form, and
//! "ago" phrases whose count takes one, two or three words.

use chrono::NaiveDate;
use sitrep_text::analyze_text;
use sitrep_text::numbers::parse_number_phrase;

/// (low, best, high) of a whole phrase read as a number.
fn number(phrase: &str) -> Option<(Option<u64>, Option<u64>, Option<u64>)> {
    parse_number_phrase(phrase).map(|q| (q.low, q.best, q.high))
}

#[test]
fn numerals_in_digits_with_separators_and_signs() {
    assert_eq!(number("1,450"), Some((Some(1450), Some(1450), Some(1450))));
    assert_eq!(number("17-23"), Some((Some(17), Some(17), Some(23))));
    assert_eq!(number("8–11"), Some((Some(8), Some(8), Some(11))));
    assert_eq!(number("60+"), Some((Some(60), Some(60), None)));
    assert_eq!(number("2.5 million"), Some((Some(2_500_000), Some(2_500_000), Some(2_500_000))));
    assert_eq!(number("at least 9"), Some((Some(9), Some(9), None)));
}

#[test]
fn words_with_letters_or_slashes_are_no_numerals_in_digits() {
    assert_eq!(number("12b"), None);
    assert_eq!(number("4/5"), None);
    assert_eq!(number("km"), None);
    assert_eq!(number("3.7"), None);
    // Words stay numbers when written out.
    assert_eq!(number("forty-two"), Some((Some(42), Some(42), Some(42))));
}

/// The first date of `text` published on `published`: (start, end, text).
fn first_date(text: &str, published: &str) -> Option<(String, String, String)> {
    let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    let layer = analyze_text(text, p);
    let m = layer.dates.first()?;
    let v = m.value?;
    Some((v.start.to_string(), v.end.to_string(), text[m.range.clone()].to_string()))
}

#[test]
fn counts_of_one_to_three_words_before_ago() {
    let d = |t: &str| first_date(t, "2025-07-14");
    assert_eq!(
        d("Militia fighters raided the depot three days ago."),
        Some(("2025-07-11".into(), "2025-07-11".into(), "three days ago".into()))
    );
    assert_eq!(
        d("A drone hit the convoy a couple of hours ago, medics said."),
        Some(("2025-07-13".into(), "2025-07-14".into(), "a couple of hours ago".into()))
    );
    assert_eq!(
        d("Shelling resumed a few minutes ago near the bridge."),
        Some(("2025-07-14".into(), "2025-07-14".into(), "a few minutes ago".into()))
    );
    assert_eq!(
        d("Two mortar rounds landed 30 hours ago."),
        Some(("2025-07-12".into(), "2025-07-14".into(), "30 hours ago".into()))
    );
    assert_eq!(d("The ambush left the ago river crossing empty."), None);
}
