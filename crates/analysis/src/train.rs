//! Training pipelines behind `sitrep train`: the tagger straight from gold
//! sentences; the parser from sentences whose tags are *predicted* by
//! jack-knifed taggers (each fold tagged by a tagger that never saw it), in
//! original, UPPER and lower case, so the parser learns to live with the
//! tagger's real errors in every casing.

use crate::conllu::Sentence;
use crate::hash::hash_str;
use crate::parser::{Example, UNKNOWN_HEAD};
use crate::tagger::{self, recase, Tagger, TaggerConfig, Tags, WordInfo};

/// Sorted relation names of the training data.
pub fn label_names(sents: &[Sentence]) -> Vec<String> {
    let mut v: Vec<String> = sents
        .iter()
        .flat_map(|s| s.words.iter().map(|t| t.deprel.clone()))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Builds one parser example from a sentence, its casing variant and
/// predicted (or gold) (UPOS, XPOS) tags given as names.
pub fn example(s: &Sentence, variant: u8, tags: &[(&str, &str)], labels: &[String]) -> Example {
    let mut buf = Vec::new();
    Example {
        w: s.words
            .iter()
            .map(|t| WordInfo::of(&recase(&t.form, variant), &mut buf).w)
            .collect(),
        t: tags.iter().map(|x| hash_str(x.1)).collect(),
        u: tags.iter().map(|x| hash_str(x.0)).collect(),
        heads: s.words.iter().map(|t| t.head.unwrap_or(0)).collect(),
        labels: s
            .words
            .iter()
            .map(|t| labels.binary_search(&t.deprel).unwrap_or(0) as u16)
            .collect(),
    }
}

/// Tags `s` (recased by `variant`) and returns XPOS names.
pub fn predicted_xpos<'a>(tagger: &'a Tagger, s: &Sentence, variant: u8) -> Vec<&'a str> {
    predicted_tags(tagger, s, variant)
        .into_iter()
        .map(|(_, x)| x)
        .collect()
}

/// Tags `s` (recased by `variant`) and returns (UPOS, XPOS) names.
pub fn predicted_tags<'a>(
    tagger: &'a Tagger,
    s: &Sentence,
    variant: u8,
) -> Vec<(&'a str, &'a str)> {
    let forms: Vec<String> = s.words.iter().map(|t| recase(&t.form, variant)).collect();
    let words: Vec<&str> = forms.iter().map(|f| f.as_str()).collect();
    let mut tags = Tags::default();
    tagger.tag(&words, &mut tags);
    tags.upos
        .iter()
        .zip(&tags.xpos)
        .map(|(&u, &x)| {
            (
                tagger.upos_names()[u].as_str(),
                tagger.xpos_names()[x].as_str(),
            )
        })
        .collect()
}

/// The (UPOS, XPOS) pairs the sentence's file gives its words.
fn file_tags(s: &Sentence) -> Vec<(&str, &str)> {
    s.words.iter().map(|t| (t.upos.as_str(), t.xpos.as_str())).collect()
}

/// Parser training examples with jack-knifed tags (`folds` ≥ 2), or gold
/// tags when `folds` < 2. `variants` are casing variants (0 original,
/// 1 upper, 2 lower).
pub fn parser_examples(
    sents: &[Sentence],
    folds: usize,
    variants: &[u8],
    tcfg: &TaggerConfig,
    labels: &[String],
    log: &mut dyn FnMut(&str),
) -> Vec<Example> {
    let mut out = Vec::with_capacity(sents.len() * variants.len());
    if folds < 2 {
        for s in sents {
            let gold = file_tags(s);
            for &v in variants {
                out.push(example(s, v, &gold, labels));
            }
        }
        return out;
    }
    for k in 0..folds {
        let train: Vec<Sentence> = sents
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, s)| s.clone())
            .collect();
        log(&format!(
            "jack-knife fold {}/{}: training a tagger on {} sentences",
            k + 1,
            folds,
            train.len()
        ));
        let t = tagger::train(&train, tcfg, &mut |_| {});
        for (i, s) in sents.iter().enumerate() {
            if i % folds != k {
                continue;
            }
            for &v in variants {
                let x = predicted_tags(&t, s, v);
                out.push(example(s, v, &x, labels));
            }
        }
    }
    out
}

/// Serialises parser examples, so that experiments with parser settings can
/// skip the jack-knife tagging (five tagger trainings, most of the time of
/// `sitrep train parser`). Layout: `b"SREX1"`, count u32, then per example
/// n u32 and n × (w u64, t u64, u u64, head u32, label u16).
pub fn examples_to_bytes(exs: &[Example]) -> Vec<u8> {
    let mut w = crate::binio::Writer::new();
    w.bytes(b"SREX1");
    w.u32(exs.len() as u32);
    for e in exs {
        w.u32(e.w.len() as u32);
        for i in 0..e.w.len() {
            w.bytes(&e.w[i].to_le_bytes());
            w.bytes(&e.t[i].to_le_bytes());
            w.bytes(&e.u[i].to_le_bytes());
            w.u32(e.heads[i] as u32);
            w.u16(e.labels[i]);
        }
    }
    w.buf
}

/// Reads what [`examples_to_bytes`] wrote.
pub fn examples_from_bytes(data: &[u8]) -> Result<Vec<Example>, crate::ModelError> {
    let mut r = crate::binio::Reader::new(data, "parser examples");
    r.expect_magic(b"SREX1")?;
    let n = r.u32()? as usize;
    let mut out = Vec::with_capacity(n.min(1 << 20));
    let u64_of = |r: &mut crate::binio::Reader| -> Result<u64, crate::ModelError> {
        let lo = r.u32()? as u64;
        let hi = r.u32()? as u64;
        Ok(lo | hi << 32)
    };
    for _ in 0..n {
        let len = r.u32()? as usize;
        let mut e = Example {
            w: Vec::with_capacity(len.min(1 << 16)),
            t: Vec::new(),
            u: Vec::new(),
            heads: Vec::new(),
            labels: Vec::new(),
        };
        for _ in 0..len {
            e.w.push(u64_of(&mut r)?);
            e.t.push(u64_of(&mut r)?);
            e.u.push(u64_of(&mut r)?);
            e.heads.push(r.u32()? as usize);
            e.labels.push(r.u16()?);
        }
        out.push(e);
    }
    Ok(out)
}

/// Parser training examples from silver trees: sentences of unlabelled text
/// parsed by other parsers (self- or tri-training), whose words already
/// carry the tags the tagger predicted for them. They are not jack-knifed:
/// the tagger never saw this text, so its tags on it are the real errors the
/// parser should learn to live with. The file's own casing keeps the file's
/// tags; every other casing variant whose words differ is tagged afresh by
/// `tagger` (a variant that leaves the words unchanged, such as UPPER case of
/// upper-case text, would only repeat the sentence). A word whose HEAD is
/// `_` is an open arc of a partial tree ([`UNKNOWN_HEAD`]), which the
/// greedy trainer leaves free.
pub fn silver_examples(
    sents: &[Sentence],
    tagger: &Tagger,
    variants: &[u8],
    labels: &[String],
) -> Vec<Example> {
    let mut out = Vec::with_capacity(sents.len() * variants.len());
    for s in sents {
        let own = file_tags(s);
        let open = |e: Example| with_open_arcs(s, e);
        out.push(open(example(s, 0, &own, labels)));
        let mut seen = vec![s.forms().iter().map(|f| f.to_string()).collect::<Vec<_>>()];
        for &v in variants.iter().filter(|&&v| v != 0) {
            let forms: Vec<String> = s.words.iter().map(|t| recase(&t.form, v)).collect();
            if seen.contains(&forms) {
                continue;
            }
            let tags = predicted_tags(tagger, s, v);
            out.push(open(example(s, v, &tags, labels)));
            seen.push(forms);
        }
    }
    out
}

/// Marks the words of `s` without a head (`_`, read as `None`) as open arcs:
/// [`example`] would hang them on the root, as gold treebanks never leave
/// them out.
fn with_open_arcs(s: &Sentence, mut e: Example) -> Example {
    for (h, w) in e.heads.iter_mut().zip(&s.words) {
        if w.head.is_none() {
            *h = UNKNOWN_HEAD;
        }
    }
    e
}
