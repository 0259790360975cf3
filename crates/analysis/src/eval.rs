//! Scoring predicted CoNLL-U against gold, as the CoNLL 2018 shared-task
//! scorer does for gold tokenisation: every syntactic word counts
//! (punctuation included), multiword-token lines and empty nodes are not
//! words. LAS compares the universal part of the relation (`obl:tmod` →
//! `obl`), as that scorer does; `las_full` compares it with subtypes.

use crate::conllu::Sentence;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    pub words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
    pub las_full: usize,
}

fn universal(d: &str) -> &str {
    d.split(':').next().unwrap_or(d)
}

impl Scores {
    /// Adds one sentence pair; sentences of different lengths are an error.
    pub fn add(&mut self, gold: &Sentence, pred: &Sentence) -> Result<(), String> {
        if gold.words.len() != pred.words.len() {
            return Err(format!(
                "sentence has {} gold words but {} predicted",
                gold.words.len(),
                pred.words.len()
            ));
        }
        for (g, p) in gold.words.iter().zip(&pred.words) {
            self.words += 1;
            self.upos += (g.upos == p.upos) as usize;
            self.xpos += (g.xpos == p.xpos) as usize;
            self.lemma += (g.lemma == p.lemma) as usize;
            if g.head == p.head {
                self.uas += 1;
                self.las += (universal(&g.deprel) == universal(&p.deprel)) as usize;
                self.las_full += (g.deprel == p.deprel) as usize;
            }
        }
        Ok(())
    }

    fn pct(&self, x: usize) -> f64 {
        100.0 * x as f64 / self.words.max(1) as f64
    }
    pub fn upos_pct(&self) -> f64 {
        self.pct(self.upos)
    }
    pub fn xpos_pct(&self) -> f64 {
        self.pct(self.xpos)
    }
    pub fn lemma_pct(&self) -> f64 {
        self.pct(self.lemma)
    }
    pub fn uas_pct(&self) -> f64 {
        self.pct(self.uas)
    }
    pub fn las_pct(&self) -> f64 {
        self.pct(self.las)
    }
    pub fn las_full_pct(&self) -> f64 {
        self.pct(self.las_full)
    }

    pub fn summary(&self) -> String {
        format!(
            "words {}  UPOS {:.2}  XPOS {:.2}  LEMMA {:.2}  UAS {:.2}  LAS {:.2}  LAS(with subtypes) {:.2}",
            self.words,
            self.upos_pct(),
            self.xpos_pct(),
            self.lemma_pct(),
            self.uas_pct(),
            self.las_pct(),
            self.las_full_pct()
        )
    }
}
