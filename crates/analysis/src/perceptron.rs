//! Multi-class averaged perceptron over hashed features (Collins 2002), used
//! by both the tagger and the parser.
//!
//! Training ([`Trainer`]) keeps one dense row of class weights per feature
//! that was ever updated, plus the running sums for averaging (the
//! "w − u/c" trick, so no per-weight timestamps). Inference ([`Model`]) keeps
//! the averaged weights quantised to `i16` in an open-addressing hash table
//! laid out for look-ups that touch one cache line (see [`Model`]).
//!
//! The file stores that layout as it is used in memory, so loading a model
//! compiled into the binary checks the tables and uses them where they lie
//! (about a millisecond; rebuilding them from the older, more compact
//! format took 40–60 ms, see docs/analysis.md, "Model loading").
//!
//! # Table layout
//!
//! A feature hash `h` has its home slot at `(h as u32) * cap >> 32` and a
//! 16-bit fingerprint `h >> 48` (0 is replaced by 1); collisions probe
//! linearly, and an empty slot has fingerprint 0.
//!
//! - Models with at most three classes ("dense") have `u64` slots:
//!   fingerprint in bits 48–63, the weights of classes 0, 1, 2 as `i16` in
//!   bits 0–15, 16–31, 32–47.
//! - Other models ("sparse") have 16-byte slots: fingerprint `u16`, four
//!   weights `i16`, four classes `u8`, run length `u8`, a zero byte. A
//!   feature with at most four (class, weight) pairs keeps them in its slot;
//!   a longer run keeps the index of a row of `n_classes` weights (`i16`,
//!   zero for absent classes) in its first two weights (low half first).
//!
//! # File format (little-endian)
//!
//! ```text
//! magic     b"SRAP3"
//! n_classes u16 (1–255), then n_classes × (u16 byte length, UTF-8 class name)
//! cap       u32                 number of slots
//! n_rows    u32                 rows of long runs (0 for dense models)
//! padding   zero bytes up to a file offset that is a multiple of 64
//! slots     cap × 8 bytes (dense) or cap × 16 bytes (sparse), as above
//! rows      n_rows × n_classes × i16 (sparse models only)
//! ```
//!
//! The 64-byte alignment is relative to the start of the file, which the
//! compiled-in models have at a 64-byte boundary (`lib.rs`), so the tables
//! can be used in place; a file read from disk is copied once.
//!
//! The previous format, `SRAP2` (before session 4), is still read, and its
//! sparse tables widened on loading:
//!
//! ```text
//! magic     b"SRAP2"
//! n_classes u16, then n_classes × (u16 byte length, UTF-8 class name)
//! cap       u32                 number of slots
//! slots     cap × u64           dense: as above; sparse: fingerprint in
//!                               bits 48–63, start of the run in `entries`
//!                               in bits 16–47, run length in bits 0–15
//! n_entries u32                 (0 for dense models)
//! entries   n_entries × u32     class << 16 | (weight as u16)
//! ```
//!
//! Features sit in the same slots in both formats (the widened table keeps
//! the positions), so a converted model answers exactly like the old file,
//! false fingerprint matches included.

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

/// Adds the dense rows starting at `starts` (each `scores.len()` weights
/// long, in `rows`) to the scores, eight classes at a time: written so the
/// compiler turns each group into vector instructions (the element-wise
/// loop over a `zip` stayed scalar, about 7% of all instructions of the
/// pipeline; callgrind, session 10). Integer sums, so the result is the
/// same as adding one by one in any order.
#[inline(always)]
fn add_rows(scores: &mut [i32], rows: &[i16], starts: &[u32]) {
    let nc = scores.len();
    // The scores split once into whole groups of eight and the rest, not
    // once per row: the per-row chunk iterators cost more instructions
    // than the additions (callgrind, session 11).
    let n8 = nc - nc % 8;
    let (head, tail) = scores.split_at_mut(n8);
    for &r in starts {
        let Some(row) = rows.get(r as usize..r as usize + nc) else {
            continue;
        };
        let (rh, rt) = row.split_at(n8);
        for (s, r) in head.chunks_exact_mut(8).zip(rh.chunks_exact(8)) {
            for k in 0..8 {
                s[k] += r[k] as i32;
            }
        }
        for (s, r) in tail.iter_mut().zip(rt) {
            *s += *r as i32;
        }
    }
}

/// [`add_rows`] compiled for AVX2, where a group of eight classes is one
/// sign-extending load and one add instead of the SSE2 unpacking.
///
/// # Safety
/// The CPU must support AVX2 (see [`has_avx2`]).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_rows_avx2(scores: &mut [i32], rows: &[i16], starts: &[u32]) {
    add_rows(scores, rows, starts)
}

/// Whether this CPU has AVX2 (detected once, then a cached flag).
#[inline]
fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// [`add_rows`] with the widest instructions the CPU has.
#[inline]
fn add_rows_fastest(scores: &mut [i32], rows: &[i16], starts: &[u32]) {
    #[cfg(target_arch = "x86_64")]
    if has_avx2() {
        // SAFETY: `has_avx2` says the CPU supports AVX2.
        unsafe { add_rows_avx2(scores, rows, starts) };
        return;
    }
    add_rows(scores, rows, starts)
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
        Model::build(class_names, &self.finish_feats(min_q))
    }

    /// The features of [`Trainer::finish`]'s model, sorted by hash, each
    /// with its (class, quantised weight) pairs.
    fn finish_feats(&self, min_q: i16) -> Vec<(u64, Vec<(u8, i16)>)> {
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
        feats
    }
}

/// Averaged, quantised perceptron for inference. Immutable and `Sync`.
///
/// Dense models keep their slots as the file stores them. A sparse model
/// has 16-byte [`Slot`]s at the positions of the hash table it was built
/// with (so every feature finds exactly the slot it found in the `SRAP2`
/// table, false fingerprint matches included) that carry a short run of
/// (class, weight) pairs themselves: a hit then costs one cache line
/// instead of two dependent ones. Long runs, which belong to the frequent
/// features (every word's bias, common words and tags) and make up most of
/// the additions, are rows of one weight per class that are added with
/// vector instructions.
///
/// The tables are what the file stores (format `SRAP3`): a model read with
/// [`Model::read_static`] from a model compiled into the binary uses them
/// in place, without a copy; [`Model::read`] copies them once.
pub struct Model {
    names: Vec<String>,
    n_features: usize,
    /// Dense models: the slots. Empty for sparse models.
    slots: Table<u64>,
    /// Sparse models: the slots. Empty for dense models.
    table: Table<Slot>,
    /// Sparse models: `n_classes` weights per feature with a long run.
    rows: Table<i16>,
}

/// A table of a model: borrowed from the bytes of a model compiled into the
/// binary, or owned.
enum Table<T: 'static> {
    Static(&'static [T]),
    Owned(Vec<T>),
}

impl<T> std::ops::Deref for Table<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        match self {
            Table::Static(s) => s,
            Table::Owned(v) => v,
        }
    }
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table::Static(&[])
    }
}

/// (class, weight) pairs a sparse [`Slot`] holds itself: four cover 93–94%
/// of the tagger's features and 87% of the parser's label features (most
/// features were only ever updated for a few classes).
const INLINE: usize = 4;

/// A slot of a sparse model, as stored in the file (16 bytes,
/// little-endian): fingerprint (0 = empty slot), then the weights, the
/// classes and the length of the feature's run. A run longer than
/// [`INLINE`] keeps the index of its row in `Model::rows` in `weight[0]`
/// (low half) and `weight[1]` (high half) instead.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
#[repr(C, align(16))]
struct Slot {
    fp: u16,
    weight: [i16; INLINE],
    class: [u8; INLINE],
    /// Run length (at most the number of classes, so at most 255).
    len: u8,
    /// Always 0; makes the size explicit (no padding bytes).
    zero: u8,
}

const SLOT_BYTES: usize = 16;
const _: () = assert!(std::mem::size_of::<Slot>() == SLOT_BYTES);

impl Slot {
    fn row(&self) -> usize {
        (self.weight[0] as u16 as usize) | (self.weight[1] as u16 as usize) << 16
    }

    fn to_le_bytes(self) -> [u8; SLOT_BYTES] {
        let mut b = [0u8; SLOT_BYTES];
        b[0..2].copy_from_slice(&self.fp.to_le_bytes());
        for (k, w) in self.weight.iter().enumerate() {
            b[2 + 2 * k..4 + 2 * k].copy_from_slice(&w.to_le_bytes());
        }
        b[10..14].copy_from_slice(&self.class);
        b[14] = self.len;
        b[15] = self.zero;
        b
    }

    fn from_le_bytes(b: &[u8; SLOT_BYTES]) -> Slot {
        let w = |k: usize| i16::from_le_bytes([b[2 + 2 * k], b[3 + 2 * k]]);
        Slot {
            fp: u16::from_le_bytes([b[0], b[1]]),
            weight: [w(0), w(1), w(2), w(3)],
            class: [b[10], b[11], b[12], b[13]],
            len: b[14],
            zero: b[15],
        }
    }
}

/// Plain table element types that any bytes are a valid value of.
///
/// # Safety
/// Implementors must have no padding bytes and no invalid bit patterns,
/// and their in-memory layout on a little-endian machine must be the
/// file's layout.
unsafe trait Plain: Copy + 'static {
    /// The value of the element stored in `b` (its `size_of` bytes,
    /// little-endian, as `chunks_exact` gives them).
    fn decode(b: &[u8]) -> Self;
}
// SAFETY: integers have neither padding nor invalid values.
unsafe impl Plain for u64 {
    fn decode(b: &[u8]) -> Self {
        let mut a = [0u8; 8];
        for (x, y) in a.iter_mut().zip(b) {
            *x = *y;
        }
        u64::from_le_bytes(a)
    }
}
// SAFETY: as for u64.
unsafe impl Plain for i16 {
    fn decode(b: &[u8]) -> Self {
        match b {
            [lo, hi, ..] => i16::from_le_bytes([*lo, *hi]),
            _ => 0,
        }
    }
}
// SAFETY: `Slot` is `repr(C)` of integers whose offsets (0, 2, 10, 14, 15)
// leave no gap, and its size is 16 (asserted above), so no padding; the
// field order is the file's order.
unsafe impl Plain for Slot {
    fn decode(b: &[u8]) -> Self {
        match <&[u8; SLOT_BYTES]>::try_from(b) {
            Ok(a) => Slot::from_le_bytes(a),
            Err(_) => Slot::default(),
        }
    }
}

/// Alignment of the tables in a file (relative to its start): enough for
/// any table type, and a cache line.
const FILE_ALIGN: usize = 64;

impl<T: Plain> Table<T> {
    /// The table stored in `b` (whose length is a multiple of the element
    /// size), used in place when the bytes are aligned for `T` and the
    /// machine is little-endian, else copied.
    fn borrow(b: &'static [u8]) -> Table<T> {
        let size = std::mem::size_of::<T>();
        let aligned = b.as_ptr() as usize % std::mem::align_of::<T>() == 0;
        if cfg!(target_endian = "little") && aligned && b.len() % size == 0 {
            // SAFETY: the pointer is aligned for `T`, the slice covers
            // `b.len() / size * size == b.len()` bytes that live for
            // 'static and are never written, and any bytes are a valid `T`
            // in the file's layout on a little-endian machine (`Plain`).
            let s = unsafe { std::slice::from_raw_parts(b.as_ptr().cast::<T>(), b.len() / size) };
            return Table::Static(s);
        }
        Table::copy(b)
    }

    /// A copy of the table stored in `b` (whose length is a multiple of
    /// the element size).
    fn copy(b: &[u8]) -> Table<T> {
        let size = std::mem::size_of::<T>();
        let n = b.len() / size;
        let mut v: Vec<T> = huge_vec(n);
        if cfg!(target_endian = "little") {
            // SAFETY: `v` has room for `n` elements, that is for the first
            // `n * size <= b.len()` bytes of `b`, which cannot overlap the
            // new allocation; any bytes are a valid `T` in the file's layout
            // on a little-endian machine (`Plain`), so all `n` elements are
            // initialised when the length is set.
            unsafe {
                std::ptr::copy_nonoverlapping(b.as_ptr(), v.as_mut_ptr().cast::<u8>(), n * size);
                v.set_len(n);
            }
        } else {
            v.extend(b.chunks_exact(size).map(T::decode));
        }
        Table::Owned(v)
    }
}

impl Model {
    fn dense(n_classes: usize) -> bool {
        n_classes <= 3
    }

    /// The in-memory model for a table in the `SRAP2` layout (built by
    /// training, or read from an old file): sparse tables are widened.
    /// Class indices and runs must have been checked (runs no longer than
    /// the class count).
    fn from_table(names: Vec<String>, slots: Vec<u64>, entries: &[u32]) -> Model {
        let n_features = slots.iter().filter(|&&s| s != 0).count();
        if Model::dense(names.len()) {
            let mut v: Vec<u64> = huge_vec(slots.len());
            v.extend_from_slice(&slots);
            return Model {
                names,
                n_features,
                slots: Table::Owned(v),
                table: Table::default(),
                rows: Table::default(),
            };
        }
        let nc = names.len();
        let mut table: Vec<Slot> = huge_vec(slots.len());
        let mut rows: Vec<i16> = Vec::new();
        for (i, &s) in slots.iter().enumerate() {
            // Runs are stored in the order of the features' hashes, not of
            // their slots: without fetching ahead, widening waits on memory
            // once per slot.
            if let Some(&ahead) = slots.get(i + 16) {
                let start = ((ahead >> 16) & 0xFFFF_FFFF) as usize;
                Model::prefetch(entries.as_ptr().wrapping_add(start));
            }
            let start = ((s >> 16) & 0xFFFF_FFFF) as usize;
            let len = (s & 0xFFFF) as usize;
            let run = entries.get(start..start + len).unwrap_or(&[]);
            let mut slot = Slot {
                fp: (s >> 48) as u16,
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
            slots: Table::default(),
            table: Table::Owned(table),
            rows: Table::Owned(long),
        }
    }

    /// Whether the tables are used where they lie in the model's bytes
    /// (see [`Model::read_static`]) rather than copied.
    pub fn in_place(&self) -> bool {
        match (&self.slots, &self.table) {
            (Table::Static(s), Table::Static(t)) => !s.is_empty() || !t.is_empty(),
            _ => false,
        }
    }

    fn cap(&self) -> usize {
        self.slots.len().max(self.table.len())
    }

    fn build(names: Vec<String>, feats: &[(u64, Vec<(u8, i16)>)]) -> Model {
        let (slots, entries) = Model::v2_table(Model::dense(names.len()), feats);
        Model::from_table(names, slots, &entries)
    }

    /// The `SRAP2` hash table (slots, entries) of a feature list, as
    /// training has always laid it out: a new model's features sit where
    /// they sat in the old format, so a retrained model matches a converted
    /// one.
    fn v2_table(dense: bool, feats: &[(u64, Vec<(u8, i16)>)]) -> (Vec<u64>, Vec<u32>) {
        let cap = feats.len() * 5 / 4 + 16;
        let mut slots = vec![0u64; cap];
        let mut entries = Vec::new();
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
        (slots, entries)
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
    ///
    /// The probe walks the slots from the feature's home to the end of the
    /// table and then from its start, as two plain slice loops: a loop with
    /// a wrap-around test and a bounds check per slot cost a third more
    /// instructions (callgrind, session 10). A table always holds an empty
    /// slot (checked on loading), so the answer is the one the endless
    /// wrapping probe gave.
    #[inline]
    fn find_dense(slots: &[u64], h: u64) -> Option<u64> {
        let fp = fingerprint(h);
        let i = home(h, slots.len());
        let (head, tail) = slots.split_at(i.min(slots.len()));
        for part in [tail, head] {
            for &s in part {
                if s == 0 {
                    return None;
                }
                if s >> 48 == fp {
                    return Some(s);
                }
            }
        }
        None
    }

    /// Sparse models: the slot of feature `h`, if present (probed as in
    /// [`Model::find_dense`]).
    #[inline]
    fn find_sparse(table: &[Slot], h: u64) -> Option<&Slot> {
        let fp = fingerprint(h) as u16;
        let i = home(h, table.len());
        let (head, tail) = table.split_at(i.min(table.len()));
        for part in [tail, head] {
            for s in part {
                if s.fp == 0 {
                    return None;
                }
                if s.fp == fp {
                    return Some(s);
                }
            }
        }
        None
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
            let slots: &[u64] = &self.slots;
            for &f in feats {
                let h = home(f, cap);
                Model::prefetch(slots.as_ptr().wrapping_add(h));
                Model::prefetch(slots.as_ptr().wrapping_add(h + 5));
            }
            let mut acc = [0i32; 3];
            for &f in feats {
                if let Some(s) = Model::find_dense(slots, f) {
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
        let table: &[Slot] = &self.table;
        let rows: &[i16] = &self.rows;
        for &f in feats {
            let h = home(f, cap);
            Model::prefetch(table.as_ptr().wrapping_add(h));
            Model::prefetch(table.as_ptr().wrapping_add(h + 3));
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
                let Some(s) = Model::find_sparse(table, f) else {
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
                    Model::prefetch(rows.as_ptr().wrapping_add(r));
                    Model::prefetch(rows.as_ptr().wrapping_add(r + nc - 1));
                    long[n] = r as u32;
                    n += 1;
                }
            }
            if n > 0 {
                add_rows_fastest(scores, rows, &long[..n]);
            }
        }
    }

    /// Scores of the first three classes for consecutive groups of
    /// features: group `k` is `feats[ends[k - 1]..ends[k]]` (from 0 for
    /// the first), and `out[k]` gets what [`Model::score`] would give for
    /// it. All look-ups of all groups are prefetched first, as in `score`;
    /// the greedy parser scores the groups whose sums it does not remember
    /// this way in one batch.
    pub fn score_groups(&self, feats: &[u64], ends: &[usize], out: &mut [[i32; 3]]) {
        if !Model::dense(self.names.len()) {
            let mut sc = vec![0i32; self.names.len().max(3)];
            let mut start = 0;
            for (&end, o) in ends.iter().zip(out.iter_mut()) {
                self.score(feats.get(start..end).unwrap_or(&[]), &mut sc);
                o.copy_from_slice(&sc[..3]);
                start = end;
            }
            return;
        }
        let cap = self.cap();
        let slots: &[u64] = &self.slots;
        for &f in feats {
            let h = home(f, cap);
            Model::prefetch(slots.as_ptr().wrapping_add(h));
            Model::prefetch(slots.as_ptr().wrapping_add(h + 5));
        }
        let mut start = 0;
        for (&end, o) in ends.iter().zip(out.iter_mut()) {
            let mut acc = [0i32; 3];
            for &f in feats.get(start..end).unwrap_or(&[]) {
                if let Some(s) = Model::find_dense(slots, f) {
                    acc[0] += s as u16 as i16 as i32;
                    acc[1] += (s >> 16) as u16 as i16 as i32;
                    acc[2] += (s >> 32) as u16 as i16 as i32;
                }
            }
            *o = acc;
            start = end;
        }
    }

    /// Writes the model in the current format (`SRAP3`). The output is
    /// determined by the tables alone, so a file read and written back is
    /// the same file.
    pub fn to_bytes(&self, w: &mut Writer) {
        w.bytes(b"SRAP3");
        w.u16(self.names.len() as u16);
        for n in &self.names {
            w.str(n);
        }
        let nc = self.names.len().max(1);
        w.u32(self.cap() as u32);
        w.u32((self.rows.len() / nc) as u32);
        w.pad_to(FILE_ALIGN);
        w.buf
            .reserve(self.slots.len() * 8 + self.table.len() * SLOT_BYTES + self.rows.len() * 2);
        for s in self.slots.iter() {
            w.bytes(&s.to_le_bytes());
        }
        for s in self.table.iter() {
            w.bytes(&s.to_le_bytes());
        }
        for x in self.rows.iter() {
            w.i16(*x);
        }
    }

    /// Reads a model (either format), copying its tables.
    pub fn read(r: &mut Reader) -> Result<Model, ModelError> {
        Model::read_with(r, Table::copy, Table::copy, Table::copy)
    }

    /// Reads a model from bytes that live for the whole program (a model
    /// compiled into the binary): the tables of an `SRAP3` model are used
    /// where they lie when they are aligned (see [`FILE_ALIGN`]), so
    /// loading costs no more than checking them.
    pub fn read_static(r: &mut Reader<'static>) -> Result<Model, ModelError> {
        Model::read_with(r, Table::borrow, Table::borrow, Table::borrow)
    }

    fn read_with<'a>(
        r: &mut Reader<'a>,
        dense: fn(&'a [u8]) -> Table<u64>,
        sparse: fn(&'a [u8]) -> Table<Slot>,
        rows: fn(&'a [u8]) -> Table<i16>,
    ) -> Result<Model, ModelError> {
        if r.starts_with(b"SRAP2") {
            return Model::read_v2(r);
        }
        r.expect_magic(b"SRAP3")?;
        let what = r.what();
        let names = Model::read_names(r)?;
        let nc = names.len();
        let cap = r.u32()? as usize;
        let n_rows = r.u32()? as usize;
        r.skip_padding(FILE_ALIGN)?;
        let too_big = || ModelError::Corrupt {
            what,
            detail: "table size overflows".into(),
        };
        let mut m = Model {
            names,
            n_features: 0,
            slots: Table::default(),
            table: Table::default(),
            rows: Table::default(),
        };
        if Model::dense(nc) {
            m.slots = dense(r.take(cap.checked_mul(8).ok_or_else(too_big)?)?);
        } else {
            m.table = sparse(r.take(cap.checked_mul(SLOT_BYTES).ok_or_else(too_big)?)?);
            let n = n_rows.checked_mul(nc * 2).ok_or_else(too_big)?;
            m.rows = rows(r.take(n)?);
        }
        m.n_features = m.check(n_rows).map_err(|d| ModelError::Corrupt {
            what,
            detail: format!("perceptron table: {d}"),
        })?;
        Ok(m)
    }

    fn read_names(r: &mut Reader) -> Result<Vec<String>, ModelError> {
        let nc = r.u16()? as usize;
        let mut names = Vec::with_capacity(nc);
        for _ in 0..nc {
            names.push(r.str()?);
        }
        if nc == 0 || nc > 255 {
            return Err(ModelError::Corrupt {
                what: r.what(),
                detail: format!("perceptron model with {nc} classes (1 to 255 allowed)"),
            });
        }
        Ok(names)
    }

    /// Checks a model read from an `SRAP3` file and counts its features:
    /// the table has an empty slot (or look-ups of absent features would
    /// never end), runs are no longer than the class count, inline classes
    /// are class indices and rows exist. Scoring never reads out of bounds
    /// whatever the tables hold; this makes a damaged file an error instead
    /// of silently wrong scores.
    fn check(&self, n_rows: usize) -> Result<usize, String> {
        let nc = self.names.len();
        let cap = self.cap();
        if cap == 0 {
            return Err("empty hash table".into());
        }
        let n_features = if Model::dense(nc) {
            // A sum rather than `filter().count()`, which stayed a loop with
            // a branch per slot.
            self.slots.iter().map(|&s| (s != 0) as usize).sum()
        } else if let Some(n) = self.sparse_table_is_sound(n_rows) {
            n
        } else {
            // Something is wrong: the exact pass below says what.
            // One pass of maxima, without branches (under a millisecond for
            // the largest table): the writer leaves unused class bytes 0, so
            // the largest class byte of the table must be a class index.
            let (mut n, mut stray) = (0usize, 0u64);
            let (mut max_class, mut max_len, mut max_row) = ([0u8; INLINE], 0u8, 0usize);
            for s in self.table.iter() {
                let used = s.fp != 0;
                n += used as usize;
                // Any field but `zero` set, read from the fields (a copy
                // to bytes per slot made this check 2% of a whole run).
                let w = |k: usize| s.weight[k] as u16 as u64;
                let any = s.fp as u64 | w(0) | w(1) | w(2) | w(3) | u32::from_ne_bytes(s.class) as u64 | s.len as u64;
                let unused_mask = (used as u64).wrapping_sub(1);
                stray |= (any & unused_mask) | (s.zero as u64);
                for (m, c) in max_class.iter_mut().zip(s.class) {
                    *m = (*m).max(c);
                }
                max_len = max_len.max(s.len);
                let long_mask = 0usize.wrapping_sub((s.len as usize > INLINE) as usize);
                max_row = max_row.max((s.row() + 1) & long_mask);
            }
            let max_class = max_class.iter().copied().fold(0, u8::max);
            if stray != 0 {
                return Err("an empty slot holds data, or a slot's last byte is not 0".into());
            }
            if max_class as usize >= nc {
                return Err(format!("class index {max_class} out of range ({nc} classes)"));
            }
            if max_len as usize > nc {
                return Err(format!("run of {max_len} pairs, longer than the class count ({nc})"));
            }
            if max_row > n_rows {
                return Err(format!("row {} beyond the row table ({n_rows} rows)", max_row - 1));
            }
            n
        };
        if n_features >= cap {
            return Err("hash table has no empty slot".into());
        }
        Ok(n_features)
    }

    /// The number of used slots of a sparse table when nothing in it is
    /// wrong (what [`Model::check`] tests), else `None`. One pass of ORs
    /// without a maximum per class byte: a byte at or above the class
    /// count is found by a borrow-free subtraction on all four class bytes
    /// at once (the class count is under 128), so loading the compiled-in
    /// models costs a third of the instructions of the exact pass, which
    /// runs only to name a fault.
    fn sparse_table_is_sound(&self, n_rows: usize) -> Option<usize> {
        let nc = self.names.len();
        if nc >= 128 {
            return None;
        }
        let t = 0x0101_0101u32 * nc as u32;
        let (mut n, mut stray, mut over) = (0usize, 0u64, 0u32);
        for s in self.table.iter() {
            let used = s.fp != 0;
            n += used as usize;
            let w = |k: usize| s.weight[k] as u16 as u64;
            let class = u32::from_ne_bytes(s.class);
            let any = s.fp as u64 | w(0) | w(1) | w(2) | w(3) | class as u64 | s.len as u64;
            stray |= (any & (used as u64).wrapping_sub(1)) | (s.zero as u64);
            // Per byte: the high bit is set when the byte is >= nc.
            let high = class & 0x8080_8080;
            over |= high | ((((class & 0x7f7f_7f7f) | 0x8080_8080) - t) & 0x8080_8080);
            over |= (s.len as usize > nc) as u32;
            let long = s.len as usize > INLINE;
            over |= (long && s.row() + 1 > n_rows) as u32;
        }
        (stray == 0 && over == 0).then_some(n)
    }

    /// Reads a model in the `SRAP2` format (the format before session 4)
    /// and widens a sparse one.
    fn read_v2(r: &mut Reader) -> Result<Model, ModelError> {
        r.expect_magic(b"SRAP2")?;
        let names = Model::read_names(r)?;
        let nc = names.len();
        let cap = r.u32()? as usize;
        let what = r.what();
        let sb = r.take(cap.checked_mul(8).ok_or(ModelError::Truncated { what })?)?;
        let slots: Vec<u64> = sb.chunks_exact(8).map(u64::decode).collect();
        let ne = r.u32()? as usize;
        let eb = r.take(ne.checked_mul(4).ok_or(ModelError::Truncated { what })?)?;
        let entries: Vec<u32> = eb
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let corrupt = |d: &str| ModelError::Corrupt {
            what,
            detail: d.to_string(),
        };
        if cap == 0 {
            return Err(corrupt("empty hash table"));
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
            if slots.iter().any(|&s| (s & 0xFFFF) as usize > nc) {
                return Err(corrupt("feature run longer than the class count"));
            }
        }
        Ok(Model::from_table(names, slots, &entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::Rng;

    /// A file in the `SRAP2` format, as training wrote it before session 4.
    fn v2_bytes(names: &[String], feats: &[(u64, Vec<(u8, i16)>)]) -> Vec<u8> {
        let (slots, entries) = Model::v2_table(Model::dense(names.len()), feats);
        let mut w = Writer::new();
        w.bytes(b"SRAP2");
        w.u16(names.len() as u16);
        for n in names {
            w.str(n);
        }
        w.u32(slots.len() as u32);
        for s in &slots {
            w.bytes(&s.to_le_bytes());
        }
        w.u32(entries.len() as u32);
        for e in &entries {
            w.u32(*e);
        }
        w.buf
    }

    /// Scores straight from an `SRAP2` table, as that format describes it.
    fn v2_score(nc: usize, feats: &[(u64, Vec<(u8, i16)>)], keys: &[u64]) -> Vec<i32> {
        let (slots, entries) = Model::v2_table(Model::dense(nc), feats);
        let cap = slots.len();
        let mut scores = vec![0i32; nc];
        for &f in keys {
            let mut i = home(f, cap);
            let s = loop {
                let s = slots[i];
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
                for e in &entries[start..start + (s & 0xFFFF) as usize] {
                    scores[(e >> 16) as usize] += *e as u16 as i16 as i32;
                }
            }
        }
        scores
    }

    /// A copy of `b` that lives for the rest of the test run, at a
    /// cache-line boundary like the compiled-in models.
    fn leak_aligned(b: &[u8]) -> &'static [u8] {
        #[derive(Clone, Copy)]
        #[repr(C, align(64))]
        struct Line([u8; 64]);
        let mut lines = vec![Line([0; 64]); b.len().div_ceil(64)];
        for (l, c) in lines.iter_mut().zip(b.chunks(64)) {
            l.0[..c.len()].copy_from_slice(c);
        }
        let lines: &'static [Line] = lines.leak();
        // SAFETY: `lines` holds at least `b.len()` initialised bytes, lives
        // for the rest of the program and is never written again.
        unsafe { std::slice::from_raw_parts(lines.as_ptr().cast::<u8>(), b.len()) }
    }

    /// Features of a finished model, each with its (class, weight) pairs.
    type Feats = Vec<(u64, Vec<(u8, i16)>)>;

    /// A random trained model: (class names, features, keys it was trained on).
    fn random_model(nc: usize, seed: u64) -> (Vec<String>, Feats, Vec<u64>) {
        let mut t = Trainer::new(nc);
        let mut rng = Rng::new(seed);
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
        (names, t.finish_feats(1), trained)
    }

    /// Every way of getting a model (training, reading an old file,
    /// reading the new format with a copy or in place) answers exactly like
    /// the old file's table, false fingerprint matches included; the new
    /// format writes back byte for byte, and a converted old file is the
    /// file training writes.
    #[test]
    fn every_layout_scores_like_the_old_file() {
        for nc in [3usize, 17, 60] {
            let (names, feats, trained) = random_model(nc, 7 + nc as u64);
            let old = v2_bytes(&names, &feats);
            let converted = Model::read(&mut Reader::new(&old, "test")).expect("old format");
            let mut w = Writer::new();
            converted.to_bytes(&mut w);
            let v3 = w.buf;
            let mut w = Writer::new();
            Model::build(names.clone(), &feats).to_bytes(&mut w);
            assert!(w.buf == v3, "conversion differs from training");
            let copied = Model::read(&mut Reader::new(&v3, "test")).expect("new format");
            let mut w = Writer::new();
            copied.to_bytes(&mut w);
            assert!(w.buf == v3, "model does not write back byte for byte");
            let placed = Model::read_static(&mut Reader::new(leak_aligned(&v3), "test"))
                .expect("new format in place");
            assert!(placed.in_place(), "aligned tables were copied");
            assert!(!copied.in_place());
            assert_eq!(placed.n_features(), feats.len());
            assert_eq!(copied.n_features(), feats.len());
            let mut rng = Rng::new(3);
            let mut scores = vec![0i32; nc];
            for _ in 0..2000 {
                // Trained keys, and random ones: those are almost all
                // absent, so a fingerprint match is a false one, and it
                // must be the same false one in every layout.
                let mut keys: Vec<u64> =
                    (0..40).map(|_| trained[rng.below(trained.len())]).collect();
                keys.extend((0..40).map(|_| rng.next_u64()));
                let want = v2_score(nc, &feats, &keys);
                for m in [&converted, &copied, &placed] {
                    m.score(&keys, &mut scores);
                    assert_eq!(scores, want);
                }
            }
        }
    }

    /// Dense rows added eight classes at a time (and with AVX2 where the
    /// CPU has it) give the sums of adding weight by weight, for every row
    /// length from 1 to 70 classes (remainders of every size).
    #[test]
    fn rows_add_like_one_weight_at_a_time() {
        let mut rng = Rng::new(11);
        for nc in 1..=70usize {
            let rows: Vec<i16> = (0..nc * 5).map(|_| rng.next_u64() as i16).collect();
            let starts: Vec<u32> = [3usize, 0, 4, 3, 1].iter().map(|&k| (k * nc) as u32).collect();
            let base: Vec<i32> = (0..nc).map(|c| c as i32 * 1000 - 7).collect();
            let mut want = base.clone();
            for &st in &starts {
                for (c, x) in want.iter_mut().enumerate() {
                    *x += rows[st as usize + c] as i32;
                }
            }
            let mut plain = base.clone();
            add_rows(&mut plain, &rows, &starts);
            assert_eq!(plain, want, "{nc} classes");
            let mut fastest = base.clone();
            add_rows_fastest(&mut fastest, &rows, &starts);
            assert_eq!(fastest, want, "{nc} classes, fastest");
        }
    }

    /// Damaged files give errors that say what is wrong, never a panic.
    #[test]
    fn damaged_files_are_errors() {
        let (names, feats, _) = random_model(17, 1);
        let mut w = Writer::new();
        Model::build(names, &feats).to_bytes(&mut w);
        let good = w.buf;
        let read = |b: &[u8]| Model::read(&mut Reader::new(b, "test")).map(|_| ());
        assert!(read(&good).is_ok());
        for cut in [3, 20, good.len() / 2, good.len() - 1] {
            assert_eq!(read(&good[..cut]), Err(ModelError::Truncated { what: "test" }));
        }
        // The table starts at the first multiple of 64 after the header.
        let header = 5 + 2 + (0..17).map(|c: usize| 2 + c.to_string().len()).sum::<usize>() + 8;
        let table = header.div_ceil(FILE_ALIGN) * FILE_ALIGN;
        let first_used = (0..)
            .map(|i| table + i * SLOT_BYTES)
            .find(|&o| good[o] != 0 || good[o + 1] != 0)
            .expect("a used slot");
        let mut bad = good.clone();
        bad[first_used + 10] = 200; // a class index beyond 17
        bad[first_used + 14] = 1;
        let err = read(&bad).expect_err("class out of range");
        assert!(err.to_string().contains("class index 200 out of range"), "{err}");
        let mut bad = good.clone();
        bad[table - 1] = 1; // padding before the table
        assert!(read(&bad).is_err());
        let mut bad = good.clone();
        bad[..5].copy_from_slice(b"SRAP9");
        assert_eq!(read(&bad), Err(ModelError::BadMagic { what: "test" }));
        // A full table (no empty slot) would make absent look-ups endless.
        let full: Vec<(u64, Vec<(u8, i16)>)> = vec![(5, vec![(0, 1)])];
        let (mut slots, entries) = Model::v2_table(false, &full);
        slots.iter_mut().for_each(|s| *s |= 1 << 48);
        let m = Model::from_table((0..17).map(|c| c.to_string()).collect(), slots, &entries);
        let mut w = Writer::new();
        m.to_bytes(&mut w);
        let err = read(&w.buf).expect_err("full table");
        assert!(err.to_string().contains("no empty slot"), "{err}");
    }

    /// Any byte set in an empty slot, and the last byte of any slot, is
    /// found (the check reads slot fields, not a byte copy of each slot).
    #[test]
    fn every_stray_byte_of_a_slot_is_found() {
        let (names, feats, _) = random_model(17, 1);
        let mut w = Writer::new();
        Model::build(names, &feats).to_bytes(&mut w);
        let good = w.buf;
        let read = |b: &[u8]| Model::read(&mut Reader::new(b, "test")).map(|_| ());
        let header = 5 + 2 + (0..17).map(|c: usize| 2 + c.to_string().len()).sum::<usize>() + 8;
        let table = header.div_ceil(FILE_ALIGN) * FILE_ALIGN;
        let slot_at = |i: usize| table + i * SLOT_BYTES;
        let used = |o: usize| good[o] != 0 || good[o + 1] != 0;
        let empty = (0..).map(slot_at).find(|&o| !used(o)).expect("an empty slot");
        let full = (0..).map(slot_at).find(|&o| used(o)).expect("a used slot");
        for byte in 2..SLOT_BYTES {
            let mut bad = good.clone();
            bad[empty + byte] = 1;
            let err = read(&bad).expect_err("stray byte");
            assert!(err.to_string().contains("empty slot holds data"), "byte {byte}: {err}");
        }
        let mut bad = good.clone();
        bad[full + SLOT_BYTES - 1] = 1;
        assert!(read(&bad).is_err());
        // Class bytes at the class count and above are refused, any below
        // is a class (17 classes here), in each of the four class bytes.
        for k in 0..INLINE {
            for (class, ok) in [(16u8, true), (17, false), (127, false), (128, false), (145, false), (255, false)] {
                let mut b = good.clone();
                b[full + 10 + k] = class;
                match read(&b) {
                    Ok(()) => assert!(ok, "class byte {k} = {class} accepted"),
                    Err(e) => {
                        assert!(!ok, "class byte {k} = {class} refused: {e}");
                        assert!(e.to_string().contains(&format!("class index {class} out of range")), "{e}");
                    }
                }
            }
        }
        // A run longer than the class count.
        let mut b = good.clone();
        b[full + 14] = 18;
        assert!(read(&b).expect_err("long run").to_string().contains("run of 18 pairs"));
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
