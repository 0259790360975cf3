//! Multi-class averaged perceptron over hashed features (Collins 2002), used
//! by both the tagger and the parser.
//!
//! Training ([`Trainer`]) keeps one dense row of class weights per feature
//! that was ever updated, plus the running sums for averaging (the
//! "w − u/c" trick, so no per-weight timestamps). Inference ([`Model`]) keeps
//! the averaged weights quantised to `i16` and stored sparsely (only the
//! non-zero classes of each feature), which makes the files small and
//! scoring a handful of integer additions per feature.
//!
//! # File format (little-endian)
//!
//! ```text
//! magic     b"SRAP1"
//! n_classes u16, then n_classes × (u16 byte length, UTF-8 class name)
//! scale     f32     (quantised weight = round(weight × scale))
//! n_feats   u32
//! n_entries u32
//! keys      n_feats × u32   (low 32 bits of the feature hash, strictly increasing)
//! lens      n_feats × u8    (number of non-zero classes of each feature)
//! classes   n_entries × u8  (class index of each entry, feature by feature)
//! weights   n_entries × i16
//! ```
//!
//! At load the keys go into an open-addressing table (a few milliseconds for
//! a few hundred thousand features).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher as StdHasher};

use crate::binio::{Reader, Writer};
use crate::ModelError;

/// Identity hasher: our keys are already well-mixed 64-bit hashes.
#[derive(Default)]
pub struct IdHasher(u64);
impl StdHasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Folds a 64-bit feature hash to the 32-bit key stored in model files.
#[inline]
pub fn key32(h: u64) -> u32 {
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Averaged perceptron under training.
pub struct Trainer {
    pub n_classes: usize,
    index: IdMap<u32>,
    w: Vec<f32>,
    u: Vec<f64>,
    c: f64,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        Trainer { n_classes, index: IdMap::default(), w: Vec::new(), u: Vec::new(), c: 1.0 }
    }

    /// Adds the current weights of `feats` to `scores` (length n_classes).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        let n = self.n_classes;
        for f in feats {
            if let Some(&row) = self.index.get(&(key32(*f) as u64)) {
                let r = &self.w[row as usize * n..row as usize * n + n];
                for (s, w) in scores.iter_mut().zip(r) {
                    *s += *w;
                }
            }
        }
    }

    fn row(&mut self, f: u64) -> usize {
        let n = self.n_classes;
        let next = self.index.len() as u32;
        let row = *self.index.entry(key32(f) as u64).or_insert(next);
        if row == next {
            self.w.resize(self.w.len() + n, 0.0);
            self.u.resize(self.u.len() + n, 0.0);
        }
        row as usize
    }

    /// Perceptron update: reward `truth`, penalise `guess`.
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let n = self.n_classes;
        let c = self.c;
        for &f in feats {
            let r = self.row(f) * n;
            self.w[r + truth] += 1.0;
            self.u[r + truth] += c;
            self.w[r + guess] -= 1.0;
            self.u[r + guess] -= c;
        }
    }

    /// Counts one training instance (for averaging).
    pub fn tick(&mut self) {
        self.c += 1.0;
    }

    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// Averaged, quantised, pruned model. Entries whose quantised weight has
    /// magnitude below `min_q` are dropped.
    pub fn finish(&self, class_names: Vec<String>, min_q: i16) -> Model {
        let n = self.n_classes;
        let c = self.c;
        let avg = |i: usize| (self.w[i] as f64 - self.u[i] / c) as f32;
        let mut max = 0f32;
        for i in 0..self.w.len() {
            max = max.max(avg(i).abs());
        }
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        let mut rows: Vec<(u32, usize)> = self.index.iter().map(|(&k, &r)| (k as u32, r as usize)).collect();
        rows.sort_unstable();
        let mut keys = Vec::new();
        let mut lens = Vec::new();
        let mut classes = Vec::new();
        let mut weights = Vec::new();
        for (k, r) in rows {
            let mut len = 0u8;
            for cl in 0..n {
                let q = (avg(r * n + cl) * scale).round().clamp(-32767.0, 32767.0) as i16;
                if q.unsigned_abs() >= min_q.max(1) as u16 {
                    classes.push(cl as u8);
                    weights.push(q);
                    len += 1;
                }
            }
            if len > 0 {
                keys.push(k);
                lens.push(len);
            }
        }
        Model::build(class_names, scale, keys, lens, classes, weights)
    }
}

/// Averaged, quantised perceptron for inference. Immutable and `Sync`.
pub struct Model {
    names: Vec<String>,
    scale: f32,
    keys: Vec<u32>,
    lens: Vec<u8>,
    classes: Vec<u8>,
    weights: Vec<i16>,
    /// Open-addressing table: slot → (key, start of entries, number of
    /// entries); key 0 = empty.
    slots: Vec<(u32, u32, u32)>,
    mask: usize,
}

impl Model {
    fn build(names: Vec<String>, scale: f32, keys: Vec<u32>, lens: Vec<u8>, classes: Vec<u8>, weights: Vec<i16>) -> Model {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![(0u32, 0u32, 0u32); cap];
        let mut start = 0u32;
        for (k, l) in keys.iter().zip(&lens) {
            let mut i = slot_of(*k) & mask;
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (*k, start, *l as u32);
            start += *l as u32;
        }
        Model { names, scale, keys, lens, classes, weights, slots, mask }
    }

    pub fn n_classes(&self) -> usize {
        self.names.len()
    }
    pub fn class_names(&self) -> &[String] {
        &self.names
    }
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    #[inline]
    fn find(&self, f: u64) -> Option<(usize, usize)> {
        let k = key32(f);
        let mut i = slot_of(k) & self.mask;
        loop {
            let (sk, start, len) = self.slots[i];
            if sk == k {
                return Some((start as usize, len as usize));
            }
            if sk == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Integer scores of each class for a feature set.
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for &f in feats {
            if let Some((start, len)) = self.find(f) {
                for j in start..start + len {
                    scores[self.classes[j] as usize] += self.weights[j] as i32;
                }
            }
        }
    }

    /// A copy without the features whose largest weight magnitude is below
    /// `min_q` (quantised units): the main size/accuracy knob.
    pub fn pruned(&self, min_q: i16) -> Model {
        let (mut keys, mut lens, mut classes, mut weights) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut start = 0usize;
        for (k, &l) in self.keys.iter().zip(&self.lens) {
            let end = start + l as usize;
            let maxw = self.weights[start..end].iter().map(|w| w.unsigned_abs()).max().unwrap_or(0);
            if maxw >= min_q.max(1) as u16 {
                keys.push(*k);
                lens.push(l);
                classes.extend_from_slice(&self.classes[start..end]);
                weights.extend_from_slice(&self.weights[start..end]);
            }
            start = end;
        }
        Model::build(self.names.clone(), self.scale, keys, lens, classes, weights)
    }

    pub fn to_bytes(&self, w: &mut Writer) {
        w.bytes(b"SRAP1");
        w.u16(self.names.len() as u16);
        for n in &self.names {
            w.str(n);
        }
        w.f32(self.scale);
        w.u32(self.keys.len() as u32);
        w.u32(self.classes.len() as u32);
        for k in &self.keys {
            w.u32(*k);
        }
        w.bytes(&self.lens);
        w.bytes(&self.classes);
        for x in &self.weights {
            w.i16(*x);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Model, ModelError> {
        r.expect_magic(b"SRAP1")?;
        let nc = r.u16()? as usize;
        let mut names = Vec::with_capacity(nc);
        for _ in 0..nc {
            names.push(r.str()?);
        }
        let scale = r.f32()?;
        let nf = r.u32()? as usize;
        let ne = r.u32()? as usize;
        let kb = r.take(nf.checked_mul(4).ok_or(ModelError::Truncated { what: r.what() })?)?;
        let keys: Vec<u32> = kb.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let lens = r.take(nf)?.to_vec();
        let classes = r.take(ne)?.to_vec();
        let wb = r.take(ne.checked_mul(2).ok_or(ModelError::Truncated { what: r.what() })?)?;
        let weights: Vec<i16> = wb.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        if total != ne || classes.iter().any(|&c| c as usize >= nc) || keys.iter().any(|&k| k == 0) {
            return Err(ModelError::Corrupt { what: r.what(), detail: "feature table is inconsistent".into() });
        }
        Ok(Model::build(names, scale, keys, lens, classes, weights))
    }
}

#[inline]
fn slot_of(k: u32) -> usize {
    (k.wrapping_mul(0x9E37_79B1) ^ (k >> 16)) as usize
}
