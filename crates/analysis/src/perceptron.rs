//! Multi-class averaged perceptron over hashed features (Collins 2002), used
//! by both the tagger and the parser.
//!
//! Training ([`Trainer`]) keeps one dense row of class weights per feature
//! that was ever updated, plus the running sums for averaging (the
//! "w − u/c" trick, so no per-weight timestamps). Inference ([`Model`]) keeps
//! the averaged weights quantised to `i16` in an open-addressing hash table.
//! Dense models are used in memory exactly as stored; sparse ones are
//! widened on loading (a few milliseconds) so that a look-up touches one
//! cache line instead of two (see [`Model`]).
//!
//! # Table layout
//!
//! A feature hash `h` has its home slot at `(h as u32) * cap >> 32` and a
//! 16-bit fingerprint `h >> 48` (0 is replaced by 1); collisions probe
//! linearly, and a zero slot is empty. Slots are `u64`:
//!
//! - models with at most three classes ("dense"): fingerprint in bits 48–63,
//!   the weights of classes 0, 1, 2 as `i16` in bits 0–15, 16–31, 32–47;
//! - other models ("sparse"): fingerprint in bits 48–63, start of the
//!   feature's run in `entries` in bits 16–47, run length in bits 0–15.
//!   Each entry is `class << 16 | (weight as u16)`.
//!
//! # File format (little-endian)
//!
//! ```text
//! magic     b"SRAP2"
//! n_classes u16, then n_classes × (u16 byte length, UTF-8 class name)
//! cap       u32                 number of slots
//! slots     cap × u64
//! n_entries u32                 (0 for dense models)
//! entries   n_entries × u32
//! ```

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

/// Folds a 64-bit hash to a non-zero 32-bit key (used by lookup tables
/// outside the perceptron, e.g. the tagger's dictionary).
#[inline]
pub fn key32(h: u64) -> u32 {
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// An empty vector with room for `n` items whose memory is, on Linux, marked
/// for transparent huge pages before it is touched: look-ups hit random
/// places of a table of several megabytes, and with 4 KiB pages nearly every
/// one also misses the TLB (measured: about 6% more tokens per second).
fn huge_vec<T>(n: usize) -> Vec<T> {
    let v: Vec<T> = Vec::with_capacity(n);
    let bytes = n.saturating_mul(std::mem::size_of::<T>());
    #[cfg(target_os = "linux")]
    if bytes >= 4 << 20 {
        // SAFETY: the range lies inside the vector's own (unused, owned)
        // allocation; madvise only changes how the kernel backs those
        // pages, never their contents, and a failure is harmless.
        // madvise wants a page-aligned start, and the allocator's pointer
        // is not one (it follows the allocator's header), so the call used
        // to fail; the pages wholly inside the buffer are advised instead.
        unsafe {
            let start = (v.as_ptr() as usize + 4095) & !4095;
            let end = (v.as_ptr() as usize + bytes) & !4095;
            if end > start {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    v
}

#[inline]
fn home(h: u64, cap: usize) -> usize {
    (((h as u32) as u64 * cap as u64) >> 32) as usize
}

#[inline]
fn fingerprint(h: u64) -> u64 {
    let f = h >> 48;
    if f == 0 {
        1
    } else {
        f
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
        Trainer {
            n_classes,
            index: IdMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            c: 1.0,
        }
    }

    /// Adds the current weights of `feats` to `scores` (length n_classes).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        let n = self.n_classes;
        for f in feats {
            if let Some(&row) = self.index.get(f) {
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
        let row = *self.index.entry(f).or_insert(next);
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

    /// Adds `delta` to the weight of `class` for every feature in `feats`:
    /// one half of a structured (global) update, where the correct and the
    /// predicted sequences have different feature sets.
    pub fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        let n = self.n_classes;
        let c = self.c;
        for &f in feats {
            let r = self.row(f) * n + class;
            self.w[r] += delta;
            self.u[r] += c * delta as f64;
        }
    }

    /// Counts one training instance (for averaging).
    pub fn tick(&mut self) {
        self.c += 1.0;
    }

    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// Averaged, quantised, pruned model: features whose largest quantised
    /// weight has magnitude below `min_q` are dropped, and so are the
    /// individual weights below it.
    pub fn finish(&self, class_names: Vec<String>, min_q: i16) -> Model {
        let n = self.n_classes;
        let c = self.c;
        let avg = |i: usize| (self.w[i] as f64 - self.u[i] / c) as f32;
        let mut max = 0f32;
        for i in 0..self.w.len() {
            max = max.max(avg(i).abs());
        }
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        let mut rows: Vec<(u64, usize)> =
            self.index.iter().map(|(&k, &r)| (k, r as usize)).collect();
        rows.sort_unstable();
        let min = min_q.max(1) as u16;
        let mut feats: Vec<(u64, Vec<(u8, i16)>)> = Vec::new();
        for (k, r) in rows {
            let row: Vec<(u8, i16)> = (0..n)
                .map(|cl| {
                    (
                        cl as u8,
                        (avg(r * n + cl) * scale).round().clamp(-32767.0, 32767.0) as i16,
                    )
                })
                .filter(|(_, q)| q.unsigned_abs() >= min)
                .collect();
            if !row.is_empty() {
                feats.push((k, row));
            }
        }
        Model::build(class_names, &feats)
    }
}

/// Averaged, quantised perceptron for inference. Immutable and `Sync`.
///
/// Dense models are used in memory exactly as stored. A sparse model's
/// table is widened on loading to 16-byte [`Slot`]s at the same positions
/// (so every feature finds exactly the slot it finds in the file's table)
/// that carry a short run of (class, weight) pairs themselves: a hit then
/// costs one cache line instead of two dependent ones. Long runs, which
/// belong to the frequent features (every word's bias, common words and
/// tags) and make up most of the additions, become rows of one weight per
/// class that are added with vector instructions.
pub struct Model {
    names: Vec<String>,
    n_features: usize,
    /// Dense models: the file's slots. Empty for sparse models.
    slots: Vec<u64>,
    /// Sparse models: one per slot of the file's table. Empty for dense
    /// models.
    table: Vec<Slot>,
    /// Sparse models: `n_classes` weights per feature with a long run.
    rows: Vec<i16>,
    /// Sparse models: the file's entries, kept to write the file back.
    entries: Vec<u32>,
}

/// (class, weight) pairs a sparse [`Slot`] holds itself: three cover 87–89%
/// of the tagger's features and 79% of the parser's label features (most
/// features were only ever updated for one right and one wrong class).
const INLINE: usize = 3;

/// A slot of a sparse model. `start` is the run's start in the file's
/// entries; a run longer than [`INLINE`] keeps the index of its row in
/// `Model::rows` in `weight[0]` (low half) and `weight[1]` (high half).
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    fp: u16,
    weight: [i16; INLINE],
    start: u32,
    class: [u8; INLINE],
    /// Run length (at most the number of classes, so at most 255).
    len: u8,
}

impl Slot {
    fn row(&self) -> usize {
        (self.weight[0] as u16 as usize) | (self.weight[1] as u16 as usize) << 16
    }
}

impl Model {
    fn dense(n_classes: usize) -> bool {
        n_classes <= 3
    }

    /// The in-memory model for the file's table. Class indices and runs
    /// must have been checked (runs no longer than the class count).
    fn from_table(names: Vec<String>, slots: Vec<u64>, entries: Vec<u32>) -> Model {
        let n_features = slots.iter().filter(|&&s| s != 0).count();
        if Model::dense(names.len()) {
            return Model {
                names,
                n_features,
                slots,
                table: Vec::new(),
                rows: Vec::new(),
                entries,
            };
        }
        let nc = names.len();
        let mut table: Vec<Slot> = huge_vec(slots.len());
        let mut rows: Vec<i16> = Vec::new();
        for (i, &s) in slots.iter().enumerate() {
            // Runs are stored in the order of the features' hashes, not of
            // their slots: without fetching ahead, loading waits on memory
            // once per slot (40 ms for the compiled-in models).
            if let Some(&ahead) = slots.get(i + 16) {
                let start = ((ahead >> 16) & 0xFFFF_FFFF) as usize;
                Model::prefetch(entries.as_ptr().wrapping_add(start));
            }
            let start = ((s >> 16) & 0xFFFF_FFFF) as usize;
            let len = (s & 0xFFFF) as usize;
            let run = entries.get(start..start + len).unwrap_or(&[]);
            let mut slot = Slot {
                fp: (s >> 48) as u16,
                start: start as u32,
                len: len as u8,
                ..Slot::default()
            };
            if s != 0 && len <= INLINE {
                for (k, e) in run.iter().enumerate() {
                    slot.class[k] = (e >> 16) as u8;
                    slot.weight[k] = *e as u16 as i16;
                }
            } else if s != 0 {
                let r = rows.len() / nc;
                slot.weight[0] = r as u16 as i16;
                slot.weight[1] = (r >> 16) as u16 as i16;
                rows.resize(rows.len() + nc, 0);
                let row = &mut rows[r * nc..];
                for e in run {
                    if let Some(w) = row.get_mut((e >> 16) as usize) {
                        *w = w.saturating_add(*e as u16 as i16);
                    }
                }
            }
            table.push(slot);
        }
        let mut long: Vec<i16> = huge_vec(rows.len());
        long.extend_from_slice(&rows);
        Model {
            names,
            n_features,
            slots: Vec::new(),
            table,
            rows: long,
            entries,
        }
    }

    /// The file's slot `i`.
    fn file_slot(&self, i: usize) -> u64 {
        match self.table.get(i) {
            None => self.slots.get(i).copied().unwrap_or(0),
            Some(s) if s.fp == 0 => 0,
            Some(s) => (s.fp as u64) << 48 | (s.start as u64) << 16 | s.len as u64,
        }
    }

    fn cap(&self) -> usize {
        self.slots.len().max(self.table.len())
    }

    fn build(names: Vec<String>, feats: &[(u64, Vec<(u8, i16)>)]) -> Model {
        let cap = feats.len() * 5 / 4 + 16;
        let mut slots = vec![0u64; cap];
        let mut entries = Vec::new();
        let dense = Model::dense(names.len());
        for (h, row) in feats {
            let mut i = home(*h, cap);
            while slots[i] != 0 {
                i += 1;
                if i == cap {
                    i = 0;
                }
            }
            let fp = fingerprint(*h) << 48;
            slots[i] = if dense {
                let mut v = fp;
                for &(c, w) in row {
                    v |= (w as u16 as u64) << (16 * c as u64);
                }
                v
            } else {
                let start = entries.len() as u64;
                for &(c, w) in row {
                    entries.push(((c as u32) << 16) | w as u16 as u32);
                }
                fp | (start << 16) | row.len() as u64
            };
        }
        Model::from_table(names, slots, entries)
    }

    pub fn n_classes(&self) -> usize {
        self.names.len()
    }
    pub fn class_names(&self) -> &[String] {
        &self.names
    }
    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Dense models: the slot of feature `h`, if present.
    #[inline]
    fn find_dense(&self, h: u64) -> Option<u64> {
        let cap = self.slots.len();
        let fp = fingerprint(h);
        let mut i = home(h, cap);
        loop {
            let s = *self.slots.get(i)?;
            if s == 0 {
                return None;
            }
            if s >> 48 == fp {
                return Some(s);
            }
            i += 1;
            if i == cap {
                i = 0;
            }
        }
    }

    /// Sparse models: the slot index of feature `h`, if present.
    #[inline]
    fn find_sparse(&self, h: u64) -> Option<usize> {
        let cap = self.table.len();
        let fp = fingerprint(h) as u16;
        let mut i = home(h, cap);
        loop {
            let s = self.table.get(i)?.fp;
            if s == 0 {
                return None;
            }
            if s == fp {
                return Some(i);
            }
            i += 1;
            if i == cap {
                i = 0;
            }
        }
    }

    /// Hints the CPU to fetch a cache line early: scoring is bound by
    /// random memory accesses, and issuing them all before using any lets
    /// them overlap.
    #[inline]
    fn prefetch<T>(_p: *const T) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: prefetching never dereferences; any address is allowed.
        unsafe {
            std::arch::x86_64::_mm_prefetch(_p as *const i8, std::arch::x86_64::_MM_HINT_T0);
        }
    }

    /// Integer scores of each class for a feature set.
    ///
    /// All look-ups are prefetched before the first is used. The tables
    /// are about 80% full, so a probe often runs past the cache line of
    /// the feature's home slot (5 slots on average in the transition model
    /// on EWT dev, 4 in the others): the line a few slots on is fetched too
    /// (measured: 5–10% faster tagging and parsing).
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        let cap = self.cap();
        if Model::dense(self.names.len()) {
            for &f in feats {
                let h = home(f, cap);
                Model::prefetch(self.slots.as_ptr().wrapping_add(h));
                Model::prefetch(self.slots.as_ptr().wrapping_add(h + 5));
            }
            let mut acc = [0i32; 3];
            for &f in feats {
                if let Some(s) = self.find_dense(f) {
                    acc[0] += s as u16 as i16 as i32;
                    acc[1] += (s >> 16) as u16 as i16 as i32;
                    acc[2] += (s >> 32) as u16 as i16 as i32;
                }
            }
            for (s, a) in scores.iter_mut().zip(acc) {
                *s = a;
            }
            return;
        }
        for &f in feats {
            let h = home(f, cap);
            Model::prefetch(self.table.as_ptr().wrapping_add(h));
            Model::prefetch(self.table.as_ptr().wrapping_add(h + 3));
        }
        let nc = self.names.len();
        let scores = match scores.get_mut(..nc) {
            Some(s) => s,
            None => return,
        };
        let mut long = [0u32; 64];
        for chunk in feats.chunks(64) {
            let mut n = 0;
            for &f in chunk {
                let Some(s) = self.find_sparse(f).and_then(|i| self.table.get(i)) else {
                    continue;
                };
                if (s.len as usize) <= INLINE {
                    for k in 0..s.len as usize {
                        if let Some(x) = scores.get_mut(s.class[k] as usize) {
                            *x += s.weight[k] as i32;
                        }
                    }
                } else {
                    let r = s.row() * nc;
                    Model::prefetch(self.rows.as_ptr().wrapping_add(r));
                    Model::prefetch(self.rows.as_ptr().wrapping_add(r + nc - 1));
                    long[n] = r as u32;
                    n += 1;
                }
            }
            for &r in &long[..n] {
                if let Some(row) = self.rows.get(r as usize..r as usize + nc) {
                    for (x, w) in scores.iter_mut().zip(row) {
                        *x += *w as i32;
                    }
                }
            }
        }
    }

    pub fn to_bytes(&self, w: &mut Writer) {
        w.bytes(b"SRAP2");
        w.u16(self.names.len() as u16);
        for n in &self.names {
            w.str(n);
        }
        let cap = self.cap();
        w.u32(cap as u32);
        w.buf.reserve(cap * 8 + self.entries.len() * 4 + 4);
        for i in 0..cap {
            w.bytes(&self.file_slot(i).to_le_bytes());
        }
        w.u32(self.entries.len() as u32);
        for e in &self.entries {
            w.u32(*e);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Model, ModelError> {
        r.expect_magic(b"SRAP2")?;
        let nc = r.u16()? as usize;
        let mut names = Vec::with_capacity(nc);
        for _ in 0..nc {
            names.push(r.str()?);
        }
        let cap = r.u32()? as usize;
        let what = r.what();
        let sb = r.take(cap.checked_mul(8).ok_or(ModelError::Truncated { what })?)?;
        let dense = Model::dense(nc);
        // Dense tables are used as read; sparse ones are widened.
        let mut slots: Vec<u64> = if dense {
            huge_vec(cap)
        } else {
            Vec::with_capacity(cap)
        };
        slots.extend(
            sb.chunks_exact(8)
                .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])),
        );
        let ne = r.u32()? as usize;
        let eb = r.take(ne.checked_mul(4).ok_or(ModelError::Truncated { what })?)?;
        let mut entries: Vec<u32> = Vec::with_capacity(ne);
        entries.extend(
            eb.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
        );
        let corrupt = |d: &str| ModelError::Corrupt {
            what,
            detail: d.to_string(),
        };
        if nc == 0 || nc > 255 || cap == 0 {
            return Err(corrupt("bad class count or empty table"));
        }
        let n_features = slots.iter().filter(|&&s| s != 0).count();
        if n_features >= cap {
            return Err(corrupt("hash table has no empty slot"));
        }
        if !dense {
            if entries.iter().any(|e| (e >> 16) as usize >= nc) {
                return Err(corrupt("class index out of range"));
            }
            if slots
                .iter()
                .any(|&s| s != 0 && (((s >> 16) & 0xFFFF_FFFF) + (s & 0xFFFF)) as usize > ne)
            {
                return Err(corrupt("feature run beyond the entry table"));
            }
            if slots.iter().any(|&s| (s & 0xFFFF) as usize > nc) {
                return Err(corrupt("feature run longer than the class count"));
            }
        }
        Ok(Model::from_table(names, slots, entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::Rng;

    /// Scores straight from the file's table, as the format describes it.
    fn file_score(bytes: &[u8], nc: usize, feats: &[u64]) -> Vec<i32> {
        let mut r = Reader::new(bytes, "test");
        let m = Model::read(&mut r).expect("model");
        let cap = m.cap();
        let mut w = Writer::new();
        m.to_bytes(&mut w);
        assert!(w.buf == bytes, "model does not write back byte for byte");
        let mut scores = vec![0i32; nc];
        for &f in feats {
            let mut i = home(f, cap);
            let s = loop {
                let s = m.file_slot(i);
                if s == 0 || s >> 48 == fingerprint(f) {
                    break s;
                }
                i = (i + 1) % cap;
            };
            if s == 0 {
                continue;
            }
            if nc <= 3 {
                for (c, x) in scores.iter_mut().enumerate() {
                    *x += (s >> (16 * c)) as u16 as i16 as i32;
                }
            } else {
                let start = ((s >> 16) & 0xFFFF_FFFF) as usize;
                for e in &m.entries[start..start + (s & 0xFFFF) as usize] {
                    scores[(e >> 16) as usize] += *e as u16 as i16 as i32;
                }
            }
        }
        scores
    }

    /// The in-memory layouts answer exactly like the file's table, false
    /// fingerprint matches included.
    #[test]
    fn in_memory_layout_scores_like_the_file() {
        for nc in [3usize, 17] {
            let mut t = Trainer::new(nc);
            let mut rng = Rng::new(7);
            let mut trained = Vec::new();
            for _ in 0..3000 {
                let feats: Vec<u64> = (0..6).map(|_| rng.next_u64()).collect();
                trained.extend_from_slice(&feats);
                let truth = rng.below(nc);
                let guess = rng.below(nc);
                for _ in 0..1 + rng.below(nc) {
                    t.update(&feats, truth, (guess + rng.below(nc)) % nc);
                }
                t.tick();
            }
            let names = (0..nc).map(|c| c.to_string()).collect();
            let m = t.finish(names, 1);
            let mut w = Writer::new();
            m.to_bytes(&mut w);
            let mut scores = vec![0i32; nc];
            for _ in 0..2000 {
                // Trained keys, and random ones: those are almost all
                // absent, so a fingerprint match is a false one, and it
                // must be the same false one in both layouts.
                let mut feats: Vec<u64> =
                    (0..40).map(|_| trained[rng.below(trained.len())]).collect();
                feats.extend((0..40).map(|_| rng.next_u64()));
                m.score(&feats, &mut scores);
                assert_eq!(scores, file_score(&w.buf, nc, &feats));
            }
        }
    }
}

/// Index of the first largest score (0 for an empty slice).
pub(crate) fn argmax<T: PartialOrd>(s: &[T]) -> usize {
    let mut best = 0;
    for (i, v) in s.iter().enumerate() {
        if *v > s[best] {
            best = i;
        }
    }
    best
}
