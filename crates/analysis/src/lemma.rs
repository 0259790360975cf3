//! English lemmatiser: suffix rules keyed by the Penn (XPOS) tag, plus an
//! exception table learned from the treebank's LEMMA column (every training
//! word whose lemma the rules get wrong), plus a hand-written table of
//! irregular verbs (`data/irregular_verbs.tsv`) for forms the treebank never
//! showed. Good enough for verb matching: killed→kill, wounded→wound,
//! blew→blow, ran→run, bodies→body.
//!
//! # File section format (inside the tagger model, little-endian)
//!
//! ```text
//! magic  b"SRLM1"
//! n      u32
//! n × (xpos: u16 length + UTF-8, form: u16 length + UTF-8 (lower case),
//!      lemma: u16 length + UTF-8)
//! ```

use std::collections::HashMap;

use crate::binio::{Reader, Writer};
use crate::conllu::Sentence;
use crate::hash::{f2, hash_str};
use crate::perceptron::IdMap;
use crate::ModelError;

const IRREGULAR_VERBS: &str = include_str!("../data/irregular_verbs.tsv");
const PAST_FORMS_ALSO_BASE: &str = include_str!("../data/past_forms_also_base.txt");

pub struct Lemmatizer {
    /// (XPOS, lower-cased form, lemma) where the rules are wrong; proper
    /// nouns are included so that "KERALA" and "kerala" get "Kerala".
    entries: Vec<(String, String, String)>,
    learned: IdMap<u32>,
    /// Hash of an inflected form → base form.
    irregular: IdMap<Box<str>>,
    /// Hashes of irregular past forms that are no base form of any verb
    /// ("struck", "shot", "blew", not "hit" or "found"): a present-tense
    /// tag on one of them is a tagging error.
    past_only: IdMap<()>,
}

fn key(xpos: &str, lower: &str) -> u64 {
    f2(77, hash_str(xpos), hash_str(lower))
}

/// The rows of `irregular_verbs.tsv`: base, then the past columns.
fn irregular_rows() -> impl Iterator<Item = Vec<&'static str>> {
    IRREGULAR_VERBS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

/// The inflected forms of a row (the alternatives of each past column).
fn inflected_forms<'a>(cols: &'a [&'static str]) -> impl Iterator<Item = &'static str> + 'a {
    cols.iter().skip(1).flat_map(|c| c.split('/'))
}

fn irregular_table() -> IdMap<Box<str>> {
    let mut m = IdMap::default();
    for cols in irregular_rows() {
        let Some(base) = cols.first() else { continue };
        for form in inflected_forms(&cols) {
            m.entry(hash_str(form)).or_insert_with(|| Box::from(*base));
        }
    }
    m
}

/// The forms of the past columns of `irregular_verbs.tsv` that are not
/// also a base form (of that table or of `past_forms_also_base.txt`).
fn past_only_forms() -> IdMap<()> {
    let mut bases: std::collections::HashSet<&str> = irregular_rows().filter_map(|cols| cols.first().copied()).collect();
    bases.extend(PAST_FORMS_ALSO_BASE.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')));
    let mut m = IdMap::default();
    for cols in irregular_rows() {
        for form in inflected_forms(&cols).filter(|f| !bases.contains(f)) {
            m.insert(hash_str(form), ());
        }
    }
    m
}

impl Lemmatizer {
    fn from_entries(entries: Vec<(String, String, String)>) -> Lemmatizer {
        let mut learned = IdMap::default();
        for (i, (x, f, _)) in entries.iter().enumerate() {
            learned.insert(key(x, f), i as u32);
        }
        Lemmatizer {
            entries,
            learned,
            irregular: irregular_table(),
            past_only: past_only_forms(),
        }
    }

    /// Learns the exception table from gold sentences.
    pub fn learn(sents: &[Sentence]) -> Lemmatizer {
        let mut counts: HashMap<(String, String), HashMap<String, usize>> = HashMap::new();
        for s in sents {
            for t in &s.words {
                if t.lemma == "_" {
                    continue;
                }
                let lower = t.form.to_lowercase();
                *counts
                    .entry((t.xpos.clone(), lower))
                    .or_default()
                    .entry(t.lemma.clone())
                    .or_default() += 1;
            }
        }
        let mut entries = Vec::new();
        for ((x, f), lemmas) in counts {
            let Some((best, _)) = lemmas
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            else {
                continue;
            };
            if rules(&f, &x) != best {
                entries.push((x, f, best));
            }
        }
        entries.sort();
        Lemmatizer::from_entries(entries)
    }

    pub fn n_exceptions(&self) -> usize {
        self.entries.len()
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        // Borrowed when the form is lower-case ASCII already (most words
        // of running text): one allocation less per word.
        let lower = if form.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            std::borrow::Cow::Borrowed(form)
        } else {
            std::borrow::Cow::Owned(form.to_lowercase())
        };
        if let Some(&i) = self.learned.get(&key(xpos, &lower)) {
            return self.entries[i as usize].2.clone();
        }
        if upos == "PROPN" {
            if xpos == "NNPS" {
                let low = form.to_lowercase();
                let l = noun_plural(&low);
                if l.len() < low.len() && form.is_char_boundary(l.len()) {
                    return form[..l.len()].to_string();
                }
            }
            return form.to_string();
        }
        // "Missiles and drones struck the city": after a plural subject the
        // tagger may take an irregular past for a present (VBP); the form
        // itself says it is a past.
        let past_tagged_present = matches!(xpos, "VBP" | "VB") && self.past_only.contains_key(&hash_str(&lower));
        if (upos == "VERB" || upos == "AUX" || xpos.starts_with("VB"))
            && (matches!(xpos, "VBD" | "VBN") || past_tagged_present)
        {
            if let Some(b) = self.irregular.get(&hash_str(&lower)) {
                return b.to_string();
            }
        }
        rules(&lower, xpos)
    }

    pub fn to_bytes(&self, w: &mut Writer) {
        w.bytes(b"SRLM1");
        w.u32(self.entries.len() as u32);
        for (x, f, l) in &self.entries {
            w.str(x);
            w.str(f);
            w.str(l);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Lemmatizer, ModelError> {
        r.expect_magic(b"SRLM1")?;
        let n = r.u32()? as usize;
        let mut entries = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            entries.push((r.str()?, r.str()?, r.str()?));
        }
        Ok(Lemmatizer::from_entries(entries))
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether a stem left by stripping -ed/-ing needs its silent e back
/// (creat→create, mov→move, decid→decide, us→use).
fn needs_e(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 || !stem.is_ascii() {
        return false;
    }
    let last2 = &stem[n - 2..];
    if b[n - 1] == b'v' {
        return true;
    }
    const CLUSTERS: &[&str] = &[
        "uc", "rc", "nc", "rg", "dg", "bl", "pl", "tl", "dl", "gl", "kl", "fl", "zl", "iz", "yz",
        "ys", "ys",
    ];
    if CLUSTERS.contains(&last2) {
        return true;
    }
    // Single vowel + consonant, preceded by a consonant or the word start.
    const VC: &[&str] = &[
        "at", "id", "ud", "od", "ir", "ar", "or", "os", "us", "ok", "ak", "ik", "ut", "ot", "in",
        "um", "ap", "ip", "yp", "ac", "ic", "ag", "ib", "ob", "ub", "ul", "ol", "il", "ez", "az",
        "iz", "ur", "ar", "av", "ys", "am", "im", "an", "ad", "as", "is",
    ];
    if VC.contains(&last2) {
        return n == 2 || !is_vowel(b[n - 3]);
    }
    false
}

/// Undoes consonant doubling (stopp→stop, plann→plan).
fn undouble(stem: &str) -> Option<&str> {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && matches!(
            b[n - 1],
            b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        return Some(&stem[..n - 1]);
    }
    None
}

fn strip_suffix_stem(w: &str, suffix: &str) -> String {
    let stem = &w[..w.len() - suffix.len()];
    if let Some(s) = undouble(stem) {
        return s.to_string();
    }
    if needs_e(stem) {
        return format!("{stem}e");
    }
    stem.to_string()
}

fn noun_plural(w: &str) -> String {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    for s in ["sses", "xes", "ches", "shes", "zzes"] {
        if w.ends_with(s) {
            return w[..n - 2].to_string();
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || n <= 2 {
        return w.to_string();
    }
    if w.ends_with('s') {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

/// Rule-based lemma of a lower-cased form.
pub fn rules(w: &str, xpos: &str) -> String {
    let n = w.len();
    if !w.is_ascii() {
        return w.to_string();
    }
    match xpos {
        "NNS" => noun_plural(w),
        "VBZ" => {
            if n > 4 && w.ends_with("ies") {
                return format!("{}y", &w[..n - 3]);
            }
            for s in ["sses", "xes", "ches", "shes", "zzes", "oes"] {
                if w.ends_with(s) {
                    return w[..n - 2].to_string();
                }
            }
            if w.ends_with('s') && n > 2 {
                return w[..n - 1].to_string();
            }
            w.to_string()
        }
        "VBD" | "VBN" => {
            if n > 4 && w.ends_with("ied") {
                return format!("{}y", &w[..n - 3]);
            }
            if n > 4 && w.ends_with("eed") {
                return w[..n - 1].to_string();
            }
            if n > 3 && w.ends_with("ed") {
                return strip_suffix_stem(w, "ed");
            }
            w.to_string()
        }
        "VBG" => {
            if n > 4 && w.ends_with("ing") {
                return strip_suffix_stem(w, "ing");
            }
            w.to_string()
        }
        "JJR" | "RBR" => {
            if n > 4 && w.ends_with("ier") {
                return format!("{}y", &w[..n - 3]);
            }
            if n > 4 && w.ends_with("er") {
                return strip_suffix_stem(w, "er");
            }
            w.to_string()
        }
        "JJS" | "RBS" => {
            if n > 5 && w.ends_with("iest") {
                return format!("{}y", &w[..n - 4]);
            }
            if n > 5 && w.ends_with("est") {
                return strip_suffix_stem(w, "est");
            }
            w.to_string()
        }
        _ => w.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lem() -> Lemmatizer {
        Lemmatizer::from_entries(Vec::new())
    }

    #[test]
    fn regular_and_irregular_verbs() {
        let l = lem();
        assert_eq!(l.lemma("killed", "VERB", "VBD"), "kill");
        assert_eq!(l.lemma("wounded", "VERB", "VBN"), "wound");
        assert_eq!(l.lemma("blew", "VERB", "VBD"), "blow");
        assert_eq!(l.lemma("ran", "VERB", "VBD"), "run");
        assert_eq!(l.lemma("fled", "VERB", "VBD"), "flee");
        assert_eq!(l.lemma("shot", "VERB", "VBN"), "shoot");
        assert_eq!(l.lemma("STOPPED", "VERB", "VBD"), "stop");
        assert_eq!(l.lemma("located", "VERB", "VBN"), "locate");
        assert_eq!(l.lemma("moved", "VERB", "VBD"), "move");
        assert_eq!(l.lemma("making", "VERB", "VBG"), "make");
        assert_eq!(l.lemma("running", "VERB", "VBG"), "run");
        assert_eq!(l.lemma("attacks", "VERB", "VBZ"), "attack");
        assert_eq!(l.lemma("carries", "VERB", "VBZ"), "carry");
    }

    #[test]
    fn a_past_form_tagged_as_present_gets_its_base() {
        let l = lem();
        assert_eq!(l.lemma("struck", "VERB", "VBP"), "strike");
        assert_eq!(l.lemma("blew", "VERB", "VBP"), "blow");
        assert_eq!(l.lemma("fought", "VERB", "VB"), "fight");
        // Forms that are also base forms keep a present tag's reading.
        assert_eq!(l.lemma("hit", "VERB", "VBP"), "hit");
        assert_eq!(l.lemma("wound", "VERB", "VBP"), "wound");
        assert_eq!(l.lemma("found", "VERB", "VBP"), "found");
        assert_eq!(l.lemma("saw", "VERB", "VB"), "saw");
    }

    #[test]
    fn nouns_and_proper_nouns() {
        let l = lem();
        assert_eq!(l.lemma("bodies", "NOUN", "NNS"), "body");
        assert_eq!(l.lemma("soldiers", "NOUN", "NNS"), "soldier");
        assert_eq!(l.lemma("churches", "NOUN", "NNS"), "church");
        assert_eq!(l.lemma("Mogadishu", "PROPN", "NNP"), "Mogadishu");
    }

    #[test]
    fn learned_exceptions_win_and_survive_round_trip() {
        let text = "1\tpeople\tpeople\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n1\tbetter\tgood\tADJ\tJJR\t_\t0\troot\t_\t_\n\n";
        let sents = crate::conllu::parse(text).expect("valid");
        let l = Lemmatizer::learn(&sents);
        assert_eq!(l.lemma("People", "NOUN", "NNS"), "people");
        assert_eq!(l.lemma("better", "ADJ", "JJR"), "good");
        let mut w = Writer::new();
        l.to_bytes(&mut w);
        let l2 = Lemmatizer::read(&mut Reader::new(&w.buf, "lemma")).expect("round trip");
        assert_eq!(l2.lemma("BETTER", "ADJ", "JJR"), "good");
        assert_eq!(l2.n_exceptions(), l.n_exceptions());
    }
}
