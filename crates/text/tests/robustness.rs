//! The text layer must never panic, whatever the input: random mixes of
//! letters, digits, punctuation, date and number words, and multi-byte
//! characters, generated from a fixed seed so a failure is reproducible.

use chrono::NaiveDate;

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "on", "Saturday", "last", "week", "ago", "two", "days", "in", "2014", "24", "AUG", "88", "Jan.", "5", ",", ".", "--", "-",
    "(", ")", "[TEXT]", "U.S.", "Gen.", "at", "least", "20", "1,200", "twenty-one", "dozens", "of", "killed", "\"", "'s",
    "n't", "Qandahār", "—", "…", "\n\n", "  ", "MOGADISHU,", "Somalia", "(Reuters)", "early", "since", "mid-March", "3rd",
    "between", "and", "up", "to", "more", "than", "a", "hundred", "é", "日本", "🙂", "\t", "?", "!", "12-15", "3.5", "million",
    "the", "day", "before", "yesterday", "this", "morning", "next", "Friday", "night", "of", "February", "’", "Feb", "29",
];

#[test]
fn random_text_never_panics_and_offsets_stay_on_char_boundaries() {
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    let published = NaiveDate::from_ymd_opt(2024, 2, 29);
    for round in 0..3000 {
        let len = 1 + (rng.next() % 40) as usize;
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(rng.pick(PIECES));
            if rng.next() % 3 != 0 {
                text.push(' ');
            }
        }
        let published = if round % 5 == 0 { None } else { published };
        let layer = sitrep_text::analyze_text(&text, published);
        for t in &layer.tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{text:?}");
        }
        for s in &layer.sentences {
            assert!(s.start <= s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?}");
        }
        for d in &layer.dates {
            assert!(d.range.start <= d.range.end && text.is_char_boundary(d.range.start), "{text:?}");
            if let Some(v) = d.value {
                assert!(v.start <= v.end, "{text:?}: {v:?}");
            }
        }
        let words: Vec<String> = layer.tokens.iter().map(|t| t.text(&text).to_lowercase()).collect();
        let refs: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
        for k in 0..refs.len() {
            let _ = sitrep_text::numbers::parse_number(&refs[k..], true);
        }
    }
}
