//! Multi-class averaged perceptron over hashed features (Collins 2002), used
//! by both the tagger and the parser.
//!
//! Training ([`Trainer`]) keeps one dense row of class weights per feature
//! that was ever updated, plus the running sums for averaging (the
//! "w − u/c" trick, so no per-weight timestamps). Inference ([`Model`]) keeps
//! the averaged weights quantised to `i16` in an open-addressing hash table
//! that is stored in the model file exactly as it is used in memory, so
//! loading is a copy (milliseconds) and scoring touches one or two cache
//! lines per feature.
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
        unsafe {
            libc::madvise(v.as_ptr() as *mut libc::c_void, bytes, libc::MADV_HUGEPAGE);
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
pub struct Model {
    names: Vec<String>,
    n_features: usize,
    slots: Vec<u64>,
    /// Empty for dense (≤ 3 classes) models.
    entries: Vec<u32>,
}

impl Model {
    fn dense(n_classes: usize) -> bool {
        n_classes <= 3
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
        Model {
            names,
            n_features: feats.len(),
            slots,
            entries,
        }
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

    #[inline]
    fn find(&self, h: u64) -> Option<u64> {
        let cap = self.slots.len();
        let fp = fingerprint(h);
        let mut i = home(h, cap);
        loop {
            let s = self.slots[i];
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
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        let cap = self.slots.len();
        for &f in feats {
            Model::prefetch(self.slots.as_ptr().wrapping_add(home(f, cap)));
        }
        if Model::dense(self.names.len()) {
            let mut acc = [0i32; 3];
            for &f in feats {
                if let Some(s) = self.find(f) {
                    acc[0] += s as u16 as i16 as i32;
                    acc[1] += (s >> 16) as u16 as i16 as i32;
                    acc[2] += (s >> 32) as u16 as i16 as i32;
                }
            }
            for (s, a) in scores.iter_mut().zip(acc) {
                *s = a;
            }
        } else {
            let mut found = [0u64; 64];
            for chunk in feats.chunks(64) {
                let mut n = 0;
                for &f in chunk {
                    if let Some(s) = self.find(f) {
                        found[n] = s;
                        n += 1;
                        Model::prefetch(
                            self.entries
                                .as_ptr()
                                .wrapping_add(((s >> 16) & 0xFFFF_FFFF) as usize),
                        );
                    }
                }
                for &s in &found[..n] {
                    let start = ((s >> 16) & 0xFFFF_FFFF) as usize;
                    let len = (s & 0xFFFF) as usize;
                    if let Some(run) = self.entries.get(start..start + len) {
                        for e in run {
                            if let Some(x) = scores.get_mut((e >> 16) as usize) {
                                *x += (*e as u16 as i16) as i32;
                            }
                        }
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
        w.u32(self.slots.len() as u32);
        w.buf
            .reserve(self.slots.len() * 8 + self.entries.len() * 4 + 4);
        for s in &self.slots {
            w.bytes(&s.to_le_bytes());
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
        let mut slots: Vec<u64> = huge_vec(cap);
        slots.extend(
            sb.chunks_exact(8)
                .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])),
        );
        let ne = r.u32()? as usize;
        let eb = r.take(ne.checked_mul(4).ok_or(ModelError::Truncated { what })?)?;
        let mut entries: Vec<u32> = huge_vec(ne);
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
        if !Model::dense(nc) {
            if entries.iter().any(|e| (e >> 16) as usize >= nc) {
                return Err(corrupt("class index out of range"));
            }
            if slots
                .iter()
                .any(|&s| s != 0 && (((s >> 16) & 0xFFFF_FFFF) + (s & 0xFFFF)) as usize > ne)
            {
                return Err(corrupt("feature run beyond the entry table"));
            }
        }
        Ok(Model {
            names,
            n_features,
            slots,
            entries,
        })
    }
}
