//! The whole pipeline must not panic on any text, and every span it writes
//! must lie inside the document. Random mixes of news words, numbers, dates,
//! punctuation and multi-byte characters from a fixed seed.

use sitrep_schema::{InputDocument, Span};

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
    "Gunmen", "killed", "attacked", "bomb", "exploded", "the", "a", "in", "on", "Saturday", "Mogadishu", "Kabul", "Qandahār",
    "police", "said", "claimed", "responsibility", "for", "attack", "denied", "blamed", "at", "least", "20", "people",
    "wounded", "dozens", "—", ",", ".", "\"", "(", ")", "[TEXT]", "SAN SALVADOR,", "3 JAN 90", "--", "who", "which", "was",
    "by", "militants", "al-Shabaab", "FMLN", "Taliban", "not", "will", "could", "in 2014", "the death toll", "rose to",
    "himself", "up", "blew", "日本", "🙂", "\n\n", "GUERRILLAS", "KIDNAPPED", "and", "of", "its", "statement", "Telegram",
];

fn inside(span: Span, len: usize) -> bool {
    span.0 <= span.1 && span.1 <= len
}

#[test]
fn random_documents_never_panic_and_spans_stay_inside() {
    let mut rng = Rng(0xdead_beef_1234_5678);
    for round in 0..250 {
        let n = 1 + (rng.next() % 60) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(rng.pick(PIECES));
            text.push(' ');
        }
        let published = if round % 4 == 0 { None } else { Some("2024-03-10".to_string()) };
        let doc = InputDocument { text: text.clone(), published, ..Default::default() };
        let r = sitrep_extraction::extract_document("r", &doc);
        let len = text.chars().count();
        for e in &r.events {
            assert!(inside(e.trigger.span, len), "{text:?}");
            assert!(e.evidence.iter().all(|s| inside(*s, len)), "{text:?}");
            assert!(e.actors.iter().all(|a| inside(a.span, len)), "{text:?}");
            if let Some(l) = &e.location {
                assert!(inside(l.span, len), "{text:?}");
            }
            if let Some(d) = &e.date {
                assert!(inside(d.span, len) && d.start <= d.end, "{text:?}");
            }
            for c in e.fatalities.iter().chain(e.injuries.iter()) {
                assert!(inside(c.span, len), "{text:?}");
                if let (Some(lo), Some(hi)) = (c.low, c.high) {
                    assert!(lo <= hi, "{text:?}: {c:?}");
                }
            }
        }
    }
}
