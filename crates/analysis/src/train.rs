//! Training pipelines behind `sitrep train`: the tagger straight from gold
//! sentences; the parser from sentences whose tags are *predicted* by
//! jack-knifed taggers (each fold tagged by a tagger that never saw it), in
//! original, UPPER and lower case, so the parser learns to live with the
//! tagger's real errors in every casing.

use crate::conllu::Sentence;
use crate::hash::hash_str;
use crate::parser::Example;
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
            let gold: Vec<(&str, &str)> = s
                .words
                .iter()
                .map(|t| (t.upos.as_str(), t.xpos.as_str()))
                .collect();
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
