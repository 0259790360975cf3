//! Number expressions: "31", "1,200", "twenty-one", "a hundred", "dozens",
//! "scores of", "at least 12", "up to 30", "more than a hundred", "12 to 15",
//! read into a low / best / high estimate.
//!
//! Conventions (documented in docs/schema.md for casualty counts):
//! - an exact figure sets low = best = high;
//! - a floor ("at least", "more than", "over", "N or more") sets low = best,
//!   high unknown;
//! - a ceiling ("up to", "as many as", "nearly", "fewer than") sets
//!   best = high, low unknown;
//! - an approximation ("about", "some", "around") sets best only;
//! - a range ("12 to 15", "between 12 and 15", "12-15") sets low and high, and
//!   best = low, the conservative reading used by ACLED and UCDP;
//! - vague quantities take the smallest value they imply as low and best:
//!   "dozens" 24, "scores" 40, "hundreds" 200, "several" 3, "a few" 2,
//!   "tens of" 20, "thousands" 2000; `vague` is set so that a later precise
//!   figure can be preferred.

/// A quantity with uncertainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Quantity {
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    /// Set for "dozens", "scores", "several" and the like.
    pub vague: bool,
}

impl Quantity {
    pub fn exact(n: u64) -> Self {
        Quantity { low: Some(n), best: Some(n), high: Some(n), vague: false }
    }
}

/// A parsed number expression: the quantity and how many words it used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberMatch {
    pub quantity: Quantity,
    pub words: usize,
}

fn unit_word(w: &str) -> Option<u64> {
    Some(match w {
        "zero" | "no" | "none" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens_word(w: &str) -> Option<u64> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

fn scale_word(w: &str) -> Option<u64> {
    Some(match w {
        "hundred" => 100,
        "thousand" => 1_000,
        "million" | "mln" => 1_000_000,
        "billion" | "bln" => 1_000_000_000,
        _ => return None,
    })
}

/// A numeral written with digits: "31", "1,200", "3.5" (only with a scale
/// word after it), "12-15" (returned as a range).
fn digits(w: &str) -> Option<(f64, Option<f64>)> {
    if !may_be_digits(w) {
        return None;
    }
    let w = w.trim_end_matches('+');
    for sep in ['-', '–', '/'] {
        if let Some((a, b)) = w.split_once(sep) {
            if sep == '/' {
                return None;
            }
            let (a, _) = digits(a)?;
            let (b, _) = digits(b)?;
            return (b >= a).then_some((a, Some(b)));
        }
    }
    let cleaned: String = w.chars().filter(|&c| c != ',').collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.') || cleaned.starts_with('.') {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|v| (v, None))
}

/// Whether [`digits`] can accept `w` at all: every byte of an accepted
/// word is a digit, `.`, `,`, `+`, `-`, `/` or a byte of `–`, so a word
/// with any other byte (a letter: nearly every word of a text) is refused
/// here without the copy and the splits that the full reading costs.
/// Admitting a few bytes too many (`0x80`, `0x93` occur in other
/// characters) only sends those words on to the full reading.
fn may_be_digits(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'+' | b'-' | b'/' | 0xE2 | 0x80 | 0x93))
}

/// A cardinal written in words: "twenty-one", "one hundred and twenty",
/// "a hundred", "two thousand". Returns the value and words used.
fn word_cardinal(words: &[&str]) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut used = 0;
    let mut seen_number = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some(v) = unit_word(w).filter(|_| !matches!(w, "no" | "none")) {
            if seen_number && current % 100 != 0 && current % 10 != 0 {
                break;
            }
            if seen_number && current % 10 == 0 && current % 100 != 0 && v >= 10 {
                break;
            }
            current += v;
        } else if let Some(v) = tens_word(w) {
            if seen_number && current % 100 != 0 {
                break;
            }
            current += v;
        } else if let Some((t, u)) = w.split_once('-') {
            match (tens_word(t), unit_word(u).filter(|&u| (1..10).contains(&u))) {
                (Some(t), Some(u)) => current += t + u,
                _ => break,
            }
        } else if (w == "a" || w == "an") && !seen_number && words.get(i + 1).and_then(|n| scale_word(n)).is_some() {
            current = 1;
        } else if let Some(scale) = scale_word(w) {
            if !seen_number && current == 0 {
                break;
            }
            if scale == 100 {
                current = current.max(1) * 100;
            } else {
                total += current.max(1) * scale;
                current = 0;
            }
        } else if w == "and" && seen_number && words.get(i + 1).is_some_and(|n| unit_word(n).is_some() || tens_word(n).is_some() || n.contains('-')) && current % 100 == 0 && current > 0 {
            i += 1;
            continue;
        } else {
            break;
        }
        seen_number = true;
        i += 1;
        used = i;
    }
    (used > 0).then_some((total + current, used))
}

/// A cardinal number in digits or words, possibly a range inside one token.
fn cardinal(words: &[&str]) -> Option<(u64, Option<u64>, usize)> {
    let first = *words.first()?;
    if let Some((v, range_end)) = digits(first) {
        // "3.5 million", "2 thousand".
        if let Some(scale) = words.get(1).and_then(|w| scale_word(w)) {
            let v = (v * scale as f64).round() as u64;
            return Some((v, range_end.map(|e| (e * scale as f64).round() as u64), 2));
        }
        if v.fract() != 0.0 {
            return None;
        }
        return Some((v as u64, range_end.map(|e| e as u64), 1));
    }
    word_cardinal(words).map(|(v, n)| (v, None, n))
}

/// Vague quantities and the number of words they take.
fn vague(words: &[&str]) -> Option<(Quantity, usize)> {
    let q = |low: u64, high: Option<u64>| Quantity { low: Some(low), best: Some(low), high, vague: true };
    let w0 = *words.first()?;
    let w1 = words.get(1).copied().unwrap_or("");
    let w2 = words.get(2).copied().unwrap_or("");
    let with_of = |n: usize| if words.get(n) == Some(&"of") { n + 1 } else { n };
    Some(match (w0, w1) {
        ("several", "dozen") => (q(36, None), with_of(2)),
        ("several", "hundred") => (q(300, None), with_of(2)),
        ("several", "thousand") => (q(3000, None), with_of(2)),
        ("a", "few") if w2 == "dozen" => (q(24, None), with_of(3)),
        ("a", "few") => (q(2, Some(5)), 2),
        ("a", "dozen") => (Quantity::exact(12), 2),
        ("a", "handful") => (q(3, Some(5)), with_of(2)),
        ("a", "couple") => (Quantity::exact(2), with_of(2)),
        ("dozens", _) => (q(24, None), with_of(1)),
        ("scores", _) => (q(40, None), with_of(1)),
        ("hundreds", _) => (q(200, None), with_of(1)),
        ("thousands", _) => (q(2000, None), with_of(1)),
        ("tens", "of") if w2 == "thousands" => (q(20_000, None), 4.min(with_of(3))),
        ("tens", "of") => (q(20, None), 2),
        ("several", _) => (q(3, None), 1),
        ("numerous", _) | ("many", _) => (q(3, None), 1),
        ("few", _) => (q(2, Some(5)), 1),
        ("dozen", _) => (Quantity::exact(12), 1),
        ("some", "dozen") => (q(12, None), 2),
        _ => return None,
    })
}

/// Parses the number expression at the start of `words` (lower-case word
/// forms, one per token). `allow_article` accepts "a"/"an" as one ("a soldier
/// was killed"); callers set it where the next word is the counted noun.
pub fn parse_number(words: &[&str], allow_article: bool) -> Option<NumberMatch> {
    let w0 = *words.first()?;
    let (prefix_len, kind) = bound_prefix(words);
    if prefix_len > 0 {
        if let Some(inner) = parse_number(&words[prefix_len..], true) {
            if inner.quantity.best.is_some() {
                let q = apply_bound(inner.quantity, kind);
                return Some(NumberMatch { quantity: q, words: prefix_len + inner.words });
            }
        }
        // "some" and "about" are also ordinary words; fall through.
    }

    if let Some((q, n)) = vague(words) {
        return Some(NumberMatch { quantity: q, words: n });
    }

    if let Some((low, range_end, n)) = cardinal(words) {
        let rest = &words[n..];
        // Ranges across tokens: "12 to 15", "12 or 15", "between 12 and 15" is handled below.
        if range_end.is_none() {
            if let (Some(&sep), Some(_)) = (rest.first(), rest.get(1)) {
                if matches!(sep, "to" | "or" | "-" | "–") {
                    if let Some((high, None, m)) = cardinal(&rest[1..]) {
                        if high > low {
                            let q = Quantity { low: Some(low), best: Some(low), high: Some(high), vague: false };
                            return Some(NumberMatch { quantity: q, words: n + 1 + m });
                        }
                    }
                }
            }
        }
        if let Some(high) = range_end {
            let q = Quantity { low: Some(low), best: Some(low), high: Some(high), vague: false };
            return Some(NumberMatch { quantity: q, words: n });
        }
        // "20 or more", "20-plus", "20+".
        if rest.len() >= 2 && rest[0] == "or" && matches!(rest[1], "more" | "so") {
            let q = if rest[1] == "more" { apply_bound(Quantity::exact(low), Bound::Floor) } else { apply_bound(Quantity::exact(low), Bound::About) };
            return Some(NumberMatch { quantity: q, words: n + 2 });
        }
        if words[0].ends_with('+') {
            return Some(NumberMatch { quantity: apply_bound(Quantity::exact(low), Bound::Floor), words: n });
        }
        return Some(NumberMatch { quantity: Quantity::exact(low), words: n });
    }

    if w0 == "between" {
        if let Some((low, None, n)) = cardinal(&words[1..]) {
            if words.get(1 + n) == Some(&"and") {
                if let Some((high, None, m)) = cardinal(&words[2 + n..]) {
                    if high > low {
                        let q = Quantity { low: Some(low), best: Some(low), high: Some(high), vague: false };
                        return Some(NumberMatch { quantity: q, words: 2 + n + m });
                    }
                }
            }
        }
    }
    if matches!(w0, "no" | "none") {
        return Some(NumberMatch { quantity: Quantity::exact(0), words: 1 });
    }
    if allow_article && matches!(w0, "a" | "an" | "one") {
        return Some(NumberMatch { quantity: Quantity::exact(1), words: 1 });
    }
    None
}

/// Words before a figure that make it a floor, a ceiling or an
/// approximation, and how many words they are.
fn bound_prefix(words: &[&str]) -> (usize, Bound) {
    match words {
        ["at", "least", ..] | ["more", "than", ..] | ["upwards", "of", ..] => (2, Bound::Floor),
        ["no", "fewer" | "less", "than", ..] | ["in", "excess", "of", ..] => (3, Bound::Floor),
        ["over", ..] => (1, Bound::Floor),
        ["up", "to", ..] | ["at", "most", ..] | ["fewer" | "less", "than", ..] | ["close", "to", ..] => (2, Bound::Ceiling),
        ["as", "many" | "much", "as", ..] => (3, Bound::Ceiling),
        ["under" | "nearly" | "almost", ..] => (1, Bound::Ceiling),
        ["an", "estimated", ..] => (2, Bound::About),
        ["about" | "around" | "some" | "approximately" | "roughly" | "approx" | "approx." | "circa", ..] => (1, Bound::About),
        _ => (0, Bound::Exact),
    }
}

#[derive(Clone, Copy)]
enum Bound {
    Exact,
    Floor,
    Ceiling,
    About,
}

fn apply_bound(q: Quantity, bound: Bound) -> Quantity {
    match bound {
        Bound::Exact => q,
        Bound::Floor => Quantity { low: q.low.or(q.best), best: q.best, high: None, vague: q.vague },
        Bound::Ceiling => Quantity { low: None, best: q.high.or(q.best), high: q.high.or(q.best), vague: q.vague },
        Bound::About => Quantity { low: None, best: q.best, high: None, vague: q.vague },
    }
}

/// Convenience over a whole phrase: parses `phrase` (any case), requiring the
/// expression to use every word.
pub fn parse_number_phrase(phrase: &str) -> Option<Quantity> {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let m = parse_number(&words, true)?;
    (m.words == words.len()).then_some(m.quantity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(phrase: &str) -> (Option<u64>, Option<u64>, Option<u64>) {
        let q = parse_number_phrase(phrase).unwrap_or_else(|| panic!("no number in {phrase:?}"));
        (q.low, q.best, q.high)
    }

    #[test]
    fn plain_figures() {
        assert_eq!(q("31"), (Some(31), Some(31), Some(31)));
        assert_eq!(q("1,200"), (Some(1200), Some(1200), Some(1200)));
        assert_eq!(q("two"), (Some(2), Some(2), Some(2)));
        assert_eq!(q("twenty-one"), (Some(21), Some(21), Some(21)));
        assert_eq!(q("TWENTY-ONE"), (Some(21), Some(21), Some(21)));
        assert_eq!(q("a hundred"), (Some(100), Some(100), Some(100)));
        assert_eq!(q("one hundred and twenty"), (Some(120), Some(120), Some(120)));
        assert_eq!(q("two thousand five hundred"), (Some(2500), Some(2500), Some(2500)));
        assert_eq!(q("3.5 million"), (Some(3_500_000), Some(3_500_000), Some(3_500_000)));
        assert_eq!(q("no"), (Some(0), Some(0), Some(0)));
    }

    #[test]
    fn floors_ceilings_and_approximations() {
        assert_eq!(q("at least 12"), (Some(12), Some(12), None));
        assert_eq!(q("AT LEAST TWELVE"), (Some(12), Some(12), None));
        assert_eq!(q("more than a hundred"), (Some(100), Some(100), None));
        assert_eq!(q("over 40"), (Some(40), Some(40), None));
        assert_eq!(q("20 or more"), (Some(20), Some(20), None));
        assert_eq!(q("up to 30"), (None, Some(30), Some(30)));
        assert_eq!(q("as many as 50"), (None, Some(50), Some(50)));
        assert_eq!(q("nearly 200"), (None, Some(200), Some(200)));
        assert_eq!(q("about 50"), (None, Some(50), None));
        assert_eq!(q("some 300"), (None, Some(300), None));
    }

    #[test]
    fn ranges_take_the_low_end_as_best() {
        assert_eq!(q("12 to 15"), (Some(12), Some(12), Some(15)));
        assert_eq!(q("12-15"), (Some(12), Some(12), Some(15)));
        assert_eq!(q("between 12 and 15"), (Some(12), Some(12), Some(15)));
        assert_eq!(q("two or three"), (Some(2), Some(2), Some(3)));
        assert_eq!(q("at least 12 to 15"), (Some(12), Some(12), None));
    }

    #[test]
    fn vague_quantities() {
        assert_eq!(q("dozens"), (Some(24), Some(24), None));
        assert_eq!(q("dozens of"), (Some(24), Some(24), None));
        assert_eq!(q("scores of"), (Some(40), Some(40), None));
        assert_eq!(q("hundreds of"), (Some(200), Some(200), None));
        assert_eq!(q("several"), (Some(3), Some(3), None));
        assert_eq!(q("a dozen"), (Some(12), Some(12), Some(12)));
        assert_eq!(q("several dozen"), (Some(36), Some(36), None));
        assert!(parse_number_phrase("dozens").unwrap().vague);
        assert!(!parse_number_phrase("at least 12").unwrap().vague);
    }

    #[test]
    fn article_counts_only_when_allowed() {
        assert_eq!(parse_number(&["a", "soldier"], false), None);
        assert_eq!(parse_number(&["a", "soldier"], true).unwrap().quantity, Quantity::exact(1));
        assert_eq!(parse_number(&["the", "soldier"], true), None);
    }

    #[test]
    fn words_used_are_reported() {
        let m = parse_number(&["at", "least", "20", "people"], false).unwrap();
        assert_eq!(m.words, 3);
        let m = parse_number(&["twenty", "one", "people"], false).unwrap();
        assert_eq!((m.quantity.best, m.words), (Some(21), 2));
        let m = parse_number(&["three", "soldiers", "and", "two"], false).unwrap();
        assert_eq!((m.quantity.best, m.words), (Some(3), 1));
        assert!(parse_number(&["people"], false).is_none());
        assert!(parse_number(&["3.5", "percent"], false).is_none());
    }
}
