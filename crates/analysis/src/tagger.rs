//! Part-of-speech tagger: a greedy left-to-right averaged perceptron in the
//! style of Collins (2002) and Honnibal's "averaged perceptron tagger", over
//! two designs:
//!
//! - two models (the committed one, format `SRTG2`): UPOS, then XPOS with
//!   the UPOS just chosen as a feature;
//! - one joint model over (UPOS, XPOS) classes, the pairs seen in the
//!   training data (102 in EWT train; format `SRTG3`, `TaggerConfig::joint`,
//!   `sitrep train tagger --joint-tagger`). It answers both tags with one
//!   set of look-ups a word, about half as many, and scoring is bound by
//!   those look-ups (cold cache lines): a third faster tagging and a smaller
//!   file at the same EWT accuracy, but it cost 1.0–2.1 MUC-4 dev F1 (two
//!   seeds) and broke extraction tests with verb tagging errors downstream,
//!   so it is an option and not the committed model (docs/analysis.md,
//!   "Tried in session 5 and not landed").
//!
//! Casing: news arrives in mixed case, ALL CAPS and lower case. Word features
//! use the lower-cased form; capitalisation enters only through a shape
//! feature conjoined with the *sentence's* casing mode (mixed / upper /
//! lower), so the model learns that "Capitalised" means something in mixed
//! text and nothing in an all-caps wire. The casing-robust model sees every
//! training sentence in its original, upper-cased and lower-cased form; a
//! second model (or pair) trained on the original casing alone tags
//! mixed-case sentences, where it is measurably more accurate (joint
//! models: dev UPOS 95.07 vs 94.89; two-model pairs: 95.15 vs 94.90).
//!
//! # File format (little-endian)
//!
//! The joint tagger (`SRTG3`, session 5, optional):
//!
//! ```text
//! magic  b"SRTG3"
//! joint  perceptron model (format `SRAP3`, see `perceptron`) whose classes
//!        are named "UPOS\tXPOS", sorted; casing-robust
//! mixed  u8: 1 if a second joint model with the same classes, trained on
//!        the original casing only and used for mixed-case sentences,
//!        follows; else 0
//! dict   as in `SRTG2` below (XPOS bits index the sorted XPOS names, which
//!        are the second halves of the class names)
//! lemma  exception table (see `lemma` module docs)
//! ```
//!
//! A tagger with word cluster features (`SRTG4`, session 20, optional):
//!
//! ```text
//! magic    b"SRTG4"
//! joint    u8: 1 = the rest as in `SRTG3` after its magic, 0 = as in `SRTG2`
//! clusters u32: low bits of the cluster table's fingerprint
//!          ([`crate::clusters::fingerprint`]): loads only with that table
//! ```
//!
//! The two-model tagger (`SRTG2`, the default):
//!
//! ```text
//! magic  b"SRTG2"
//! upos   perceptron model (see `perceptron` module docs: format `SRAP3`, or
//!        `SRAP2` in files written before session 4), casing-robust
//! xpos   perceptron model, casing-robust
//! mixed  u8: 1 if a second (upos, xpos) pair, trained on the original
//!        casing only and used for mixed-case sentences, follows; else 0
//! dict   b"SRTD1", n u32, n × (word key u32, XPOS bit set as u64 in two
//!        u32 halves, low first): ambiguity classes of frequent words
//! lemma  exception table (see `lemma` module docs)
//! ```

use crate::binio::{Reader, Writer};
use crate::clusters::{clusters, fingerprint};
use crate::conllu::Sentence;
use crate::hash::{f1, f2, f3, hash_str, Hasher, Rng};
use crate::lemma::Lemmatizer;
use crate::perceptron::{argmax, key32, IdMap, Model, Trainer};
use crate::ModelError;

/// Casing mode of a whole sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseMode {
    Mixed = 0,
    Upper = 1,
    Lower = 2,
}

pub fn case_mode(words: &[&str]) -> CaseMode {
    let (mut up, mut low) = (0usize, 0usize);
    for w in words {
        for c in w.chars() {
            if c.is_uppercase() {
                up += 1;
            } else if c.is_lowercase() {
                low += 1;
            }
        }
    }
    if up == 0 {
        CaseMode::Lower
    } else if low * 10 < up {
        CaseMode::Upper
    } else {
        CaseMode::Mixed
    }
}

/// Per-word hashed attributes, computed once per sentence.
#[derive(Clone, Copy, Default)]
pub struct WordInfo {
    /// Lower-cased form with digits folded to `0`.
    pub w: u64,
    pub suf: [u64; 5],
    pub pre: [u64; 3],
    pub shape: u64,
    /// Bit 0: has digit; bit 1: has hyphen; bit 2: capitalised; bit 3: all caps.
    pub flags: u8,
    /// Ambiguity class: the set of XPOS tags the training data gave this
    /// word (0 when unknown or rare), filled by the tagger.
    pub amb: u64,
    /// Word cluster codes (4-bit prefix, 6-bit prefix, full string; see
    /// [`crate::clusters`]), filled only by a tagger with cluster features;
    /// all 0 otherwise, and then `features` adds no cluster feature.
    pub clu: [u64; 3],
}

const PAD_W: &str = "<PAD>";

impl WordInfo {
    pub fn pad() -> WordInfo {
        let h = hash_str(PAD_W);
        WordInfo {
            w: h,
            suf: [h; 5],
            pre: [h; 3],
            shape: h,
            flags: 0,
            amb: h,
            clu: [0; 3],
        }
    }

    /// Computes the attributes of one form; `buf` is scratch space.
    pub fn of(form: &str, buf: &mut Vec<char>) -> WordInfo {
        buf.clear();
        let mut shape = Hasher::new();
        let mut last_shape = 0u32;
        let mut run = 0;
        let mut flags = 0u8;
        let (mut up, mut letters) = (0, 0);
        for (i, c) in form.chars().enumerate() {
            let s = if c.is_uppercase() {
                up += 1;
                letters += 1;
                if i == 0 {
                    flags |= 4;
                }
                'X' as u32
            } else if c.is_lowercase() {
                letters += 1;
                'x' as u32
            } else if c.is_ascii_digit() {
                flags |= 1;
                'd' as u32
            } else {
                if c == '-' {
                    flags |= 2;
                }
                c as u32
            };
            if s == last_shape {
                run += 1;
            } else {
                run = 0;
                last_shape = s;
            }
            if run < 2 {
                shape.push(s);
            }
            if c.is_ascii_digit() {
                buf.push('0');
            } else {
                for l in c.to_lowercase() {
                    buf.push(l);
                }
            }
        }
        if letters > 0 && up == letters {
            flags |= 8;
        }
        let mut wh = Hasher::new();
        for c in buf.iter() {
            wh.push(*c as u32);
        }
        let n = buf.len();
        let mut suf = [0u64; 5];
        for (k, s) in suf.iter_mut().enumerate() {
            let len = (k + 1).min(n);
            let mut h = Hasher::new();
            h.push(0x5f5f + k as u32);
            for c in &buf[n - len..] {
                h.push(*c as u32);
            }
            *s = h.finish();
        }
        let mut pre = [0u64; 3];
        for (k, p) in pre.iter_mut().enumerate() {
            let len = (k + 1).min(n);
            let mut h = Hasher::new();
            h.push(0x6f6f + k as u32);
            for c in &buf[..len] {
                h.push(*c as u32);
            }
            *p = h.finish();
        }
        WordInfo {
            w: wh.finish(),
            suf,
            pre,
            shape: shape.finish(),
            flags,
            amb: 0,
            clu: [0; 3],
        }
    }
}

/// Looks up the ambiguity classes of the (unpadded) words.
fn fill_amb(dict: &IdMap<u64>, info: &mut [WordInfo]) {
    let n = info.len();
    for wi in &mut info[2..n - 2] {
        wi.amb = dict.get(&(key32(wi.w) as u64)).copied().unwrap_or(0);
    }
}

/// Looks up the cluster codes of every word and padding (a tagger with
/// cluster features only): a word the treebank saw rarely shares them with
/// frequent words of the same distribution in unlabelled text.
fn fill_clusters(info: &mut [WordInfo]) {
    let table = clusters();
    for wi in info {
        wi.clu = table.of(wi.w);
    }
}

/// Builds the ambiguity-class dictionary: words seen at least `min_count`
/// times, with every XPOS that covers at least 5% of their occurrences.
fn build_dict(sents: &[Sentence], xpos_names: &[String], min_count: usize) -> IdMap<u64> {
    let mut counts: IdMap<Vec<u32>> = IdMap::default();
    let mut buf = Vec::new();
    for s in sents {
        for t in &s.words {
            let w = WordInfo::of(&t.form, &mut buf).w;
            let x = xpos_names.binary_search(&t.xpos).unwrap_or(0).min(63);
            let c = counts.entry(key32(w) as u64).or_insert_with(|| vec![0; 64]);
            c[x] += 1;
        }
    }
    let mut dict = IdMap::default();
    for (k, c) in counts {
        let total: u32 = c.iter().sum();
        if (total as usize) < min_count {
            continue;
        }
        let mut bits = 0u64;
        for (x, &n) in c.iter().enumerate() {
            if n > 0 && n * 20 >= total {
                bits |= 1 << x;
            }
        }
        dict.insert(k, bits);
    }
    dict
}

/// Fills `info` with padded attributes: two pads, the words, two pads.
pub fn word_infos(words: &[&str], info: &mut Vec<WordInfo>, buf: &mut Vec<char>) {
    info.clear();
    let pad = WordInfo::pad();
    info.push(pad);
    info.push(pad);
    for w in words {
        info.push(WordInfo::of(w, buf));
    }
    info.push(pad);
    info.push(pad);
}

const START: u64 = 0x1234_5678;

/// Features shared by both models for word `i` (0-based) given padded infos
/// and the tags chosen for the previous two words.
// Features are appended in arrays (`extend_from_slice`) rather than pushed
// one by one: fewer capacity checks, the same features in the same order.
fn features(
    info: &[WordInfo],
    i: usize,
    mode: CaseMode,
    p1: u64,
    p2: u64,
    x1: u64,
    feats: &mut Vec<u64>,
) {
    feats.clear();
    let j = i + 2;
    let (w, wm1, wm2, wp1, wp2) = (
        &info[j],
        &info[j - 1],
        &info[j - 2],
        &info[j + 1],
        &info[j + 2],
    );
    let m = mode as u64;
    feats.extend_from_slice(&[
        f1(0, 0),
        f1(1, w.w),
    ]);
    for (k, s) in w.suf[..4].iter().enumerate() {
        feats.push(f1(2 + k as u32, *s));
    }
    feats.push(f1(44, w.suf[4]));
    for (k, p) in w.pre.iter().enumerate() {
        feats.push(f1(6 + k as u32, *p));
    }
    feats.extend_from_slice(&[
        f2(9, w.shape, m),
        f2(10, w.flags as u64, m),
        f3(11, w.flags as u64, m, (i == 0) as u64),
        f1(12, wm1.w),
        f1(13, wm2.w),
        f1(14, wp1.w),
        f1(15, wp2.w),
        f1(16, wm1.suf[2]),
        f1(17, wp1.suf[2]),
        f1(18, wp1.suf[1]),
        f1(19, p1),
        f1(20, p2),
        f2(21, p1, p2),
        f2(22, p1, w.w),
        f2(23, w.w, wp1.w),
        f2(24, wm1.w, w.w),
        f2(25, wp1.shape, m),
        f2(26, wm1.shape, m),
        f1(27, x1),
        f2(28, x1, w.suf[2]),
        f2(29, p1, wp1.w),
        f2(30, w.suf[2], wp1.suf[2]),
        f2(31, wm1.suf[0], w.w),
        f1(32, w.amb),
        f1(33, wp1.amb),
        f1(34, wp2.amb),
        f2(35, w.amb, wp1.amb),
        f2(36, p1, w.amb),
        f3(37, p1, w.amb, wp1.amb),
        f2(38, w.w, wp1.amb),
        f2(39, wp1.suf[2], wp2.amb),
    ]);
    let cap = |x: &WordInfo| (x.flags & 12) as u64;
    feats.extend_from_slice(&[
        f3(45, w.w, cap(w), m),
        f3(46, cap(wm1), cap(w), m),
        f3(47, cap(w), cap(wp1), m),
        f3(48, wm1.w, cap(w), m),
    ]);
    if w.clu[0] != 0 {
        feats.extend_from_slice(&[
            f1(50, w.clu[2]),
            f1(51, w.clu[1]),
            f1(52, w.clu[0]),
            f1(53, wm1.clu[2]),
            f1(54, wp1.clu[2]),
            f2(55, p1, w.clu[2]),
            f2(56, w.clu[1], wp1.clu[1]),
            f2(57, wm1.clu[1], w.clu[1]),
            f3(58, w.clu[2], cap(w), m),
        ]);
    }
}

/// Extra XPOS features from the UPOS chosen for the current word.
fn xpos_features(info: &[WordInfo], i: usize, upos: u64, feats: &mut Vec<u64>) {
    let w = &info[i + 2];
    feats.extend_from_slice(&[
        f1(40, upos),
        f2(41, upos, w.w),
        f2(42, upos, w.suf[1]),
        f2(43, upos, w.flags as u64),
    ]);
    if w.clu[0] != 0 {
        feats.push(f2(59, upos, w.clu[2]));
    }
}

/// Trained tagger (inference only).
pub struct Tagger {
    /// Models trained on original + UPPER + lower copies; used for
    /// all-caps and all-lower-case sentences (and all sentences when
    /// `mixed` is absent).
    robust: TagModels,
    /// Models trained on the original casing only; used for mixed-case
    /// sentences, where they are a quarter point more accurate.
    mixed: Option<TagModels>,
    dict: IdMap<u64>,
    upos_names: Vec<String>,
    xpos_names: Vec<String>,
    upos_hash: Vec<u64>,
    xpos_hash: Vec<u64>,
    /// Joint models: the (UPOS, XPOS) class indices of each joint class.
    pairs: Vec<(usize, usize)>,
    pub lemmatizer: Lemmatizer,
    /// Whether the models read word clusters (format `SRTG4`, session 20).
    clusters: bool,
}

/// The perceptrons of one casing regime.
pub enum TagModels {
    /// A UPOS model, then an XPOS model with the chosen UPOS as a feature
    /// (format `SRTG2`, before session 5).
    Pair { upos: Model, xpos: Model },
    /// One model over (UPOS, XPOS) pairs (format `SRTG3`).
    Joint(Model),
}

impl TagModels {
    fn in_place(&self) -> bool {
        match self {
            TagModels::Pair { upos, xpos } => upos.in_place() && xpos.in_place(),
            TagModels::Joint(m) => m.in_place(),
        }
    }
    fn class_names(&self) -> (&[String], &[String]) {
        match self {
            TagModels::Pair { upos, xpos } => (upos.class_names(), xpos.class_names()),
            TagModels::Joint(m) => (m.class_names(), &[]),
        }
    }
    fn to_bytes(&self, w: &mut Writer) {
        match self {
            TagModels::Pair { upos, xpos } => {
                upos.to_bytes(w);
                xpos.to_bytes(w);
            }
            TagModels::Joint(m) => m.to_bytes(w),
        }
    }
}

/// The name of a joint class.
fn joint_name(upos: &str, xpos: &str) -> String {
    format!("{upos}\t{xpos}")
}

/// Splits joint class names into sorted UPOS and XPOS name lists and each
/// class's indices into them; `None` when a name is not "UPOS\tXPOS".
#[allow(clippy::type_complexity)]
fn split_joint(names: &[String]) -> Option<(Vec<String>, Vec<String>, Vec<(usize, usize)>)> {
    let mut halves = Vec::with_capacity(names.len());
    for n in names {
        halves.push(n.split_once('\t')?);
    }
    let mut un: Vec<String> = halves.iter().map(|h| h.0.to_string()).collect();
    let mut xn: Vec<String> = halves.iter().map(|h| h.1.to_string()).collect();
    un.sort();
    un.dedup();
    xn.sort();
    xn.dedup();
    let pairs = halves
        .iter()
        .map(|(u, x)| {
            (
                un.binary_search_by(|n| n.as_str().cmp(u)).unwrap_or(0),
                xn.binary_search_by(|n| n.as_str().cmp(x)).unwrap_or(0),
            )
        })
        .collect();
    Some((un, xn, pairs))
}

/// Tagger output for one sentence: class indices into the model's names.
#[derive(Default, Clone, Debug)]
pub struct Tags {
    pub upos: Vec<usize>,
    pub xpos: Vec<usize>,
}

/// Reusable buffers for tagging (kept per call; cheap).
#[derive(Default)]
pub struct Scratch {
    info: Vec<WordInfo>,
    chars: Vec<char>,
    feats: Vec<u64>,
    scores: Vec<i32>,
}

impl Scratch {
    /// Lower-cased word hashes of the last sentence tagged with this scratch
    /// (what the parser uses as word features).
    pub fn word_hashes(&self) -> Vec<u64> {
        let n = self.info.len();
        if n < 4 {
            return Vec::new();
        }
        self.info[2..n - 2].iter().map(|i| i.w).collect()
    }
}

fn corrupt(detail: &str) -> ModelError {
    ModelError::Corrupt {
        what: "tagger model",
        detail: detail.into(),
    }
}

impl Tagger {
    fn new(
        robust: TagModels,
        mixed: Option<TagModels>,
        dict: IdMap<u64>,
        lemmatizer: Lemmatizer,
    ) -> Result<Tagger, ModelError> {
        if mixed
            .as_ref()
            .is_some_and(|m| m.class_names() != robust.class_names())
        {
            return Err(corrupt("the two casing regimes disagree on tag names"));
        }
        let (upos_names, xpos_names, pairs) = match &robust {
            TagModels::Pair { upos, xpos } => {
                (upos.class_names().to_vec(), xpos.class_names().to_vec(), Vec::new())
            }
            TagModels::Joint(m) => split_joint(m.class_names())
                .ok_or_else(|| corrupt("a joint class name is not UPOS<tab>XPOS"))?,
        };
        Ok(Tagger::build(robust, mixed, dict, lemmatizer, upos_names, xpos_names, pairs))
    }

    /// Puts a tagger together from parts known to agree.
    fn build(
        robust: TagModels,
        mixed: Option<TagModels>,
        dict: IdMap<u64>,
        lemmatizer: Lemmatizer,
        upos_names: Vec<String>,
        xpos_names: Vec<String>,
        pairs: Vec<(usize, usize)>,
    ) -> Tagger {
        let upos_hash = upos_names.iter().map(|n| hash_str(n)).collect();
        let xpos_hash = xpos_names.iter().map(|n| hash_str(n)).collect();
        Tagger {
            robust,
            mixed,
            dict,
            upos_names,
            xpos_names,
            upos_hash,
            xpos_hash,
            pairs,
            lemmatizer,
            clusters: false,
        }
    }

    pub fn upos_names(&self) -> &[String] {
        &self.upos_names
    }
    pub fn xpos_names(&self) -> &[String] {
        &self.xpos_names
    }
    /// Whether the tagger is one model over (UPOS, XPOS) pairs.
    pub fn is_joint(&self) -> bool {
        matches!(self.robust, TagModels::Joint(_))
    }
    /// Hash of an XPOS class name (what the parser uses as the tag feature).
    pub fn xpos_hash(&self, c: usize) -> u64 {
        self.xpos_hash[c]
    }
    /// Hash of a UPOS class name.
    pub fn upos_hash(&self, c: usize) -> u64 {
        self.upos_hash[c]
    }

    pub fn tag(&self, words: &[&str], out: &mut Tags) {
        let mut s = Scratch::default();
        self.tag_with(words, out, &mut s);
    }

    pub fn tag_with(&self, words: &[&str], out: &mut Tags, s: &mut Scratch) {
        self.tag_allowed(words, &[], out, s)
    }

    /// Tags like [`Tagger::tag_with`], choosing for word `i` only among
    /// the UPOS classes whose bits are set in `allowed[i]` (bit = class
    /// index; 0, or a slice shorter than the sentence, leaves the word
    /// free) and only among the XPOS classes that fit the UPOS chosen.
    /// Later words see the constrained tag in their tag history, as if the
    /// tagger had chosen it.
    pub fn tag_allowed(&self, words: &[&str], allowed: &[u32], out: &mut Tags, s: &mut Scratch) {
        out.upos.clear();
        out.xpos.clear();
        word_infos(words, &mut s.info, &mut s.chars);
        fill_amb(&self.dict, &mut s.info);
        if self.clusters {
            fill_clusters(&mut s.info);
        }
        let mode = case_mode(words);
        let m = match (&self.mixed, mode) {
            (Some(m), CaseMode::Mixed) => m,
            _ => &self.robust,
        };
        let (mut p1, mut p2, mut x1) = (START, START, START);
        for i in 0..words.len() {
            features(&s.info, i, mode, p1, p2, x1, &mut s.feats);
            let mask = allowed.get(i).copied().unwrap_or(0);
            let (u, x) = match m {
                TagModels::Joint(j) => {
                    s.scores.resize(j.n_classes(), 0);
                    j.score(&s.feats, &mut s.scores);
                    let best = if mask == 0 {
                        argmax(&s.scores)
                    } else {
                        argmax_where(&s.scores, |c| self.pairs.get(c).is_some_and(|&(u, _)| mask >> u & 1 == 1))
                    };
                    self.pairs.get(best).copied().unwrap_or((0, 0))
                }
                TagModels::Pair { upos, xpos } => {
                    s.scores.resize(upos.n_classes(), 0);
                    upos.score(&s.feats, &mut s.scores);
                    let u = if mask == 0 { argmax(&s.scores) } else { argmax_where(&s.scores, |c| mask >> c & 1 == 1) };
                    xpos_features(&s.info, i, self.upos_hash[u], &mut s.feats);
                    s.scores.resize(xpos.n_classes(), 0);
                    xpos.score(&s.feats, &mut s.scores);
                    let x = if mask == 0 {
                        argmax(&s.scores)
                    } else {
                        let upos_name = &self.upos_names[u];
                        argmax_where(&s.scores, |c| xpos_fits_upos(&self.xpos_names[c], upos_name))
                    };
                    (u, x)
                }
            };
            out.upos.push(u);
            out.xpos.push(x);
            p2 = p1;
            p1 = self.upos_hash[u];
            x1 = self.xpos_hash[x];
        }
    }

    /// The bit mask of the given UPOS names among this tagger's classes,
    /// for [`Tagger::tag_allowed`].
    pub fn upos_mask(&self, names: &[&str]) -> u32 {
        self.upos_names.iter().enumerate().filter(|(c, n)| *c < 32 && names.contains(&n.as_str())).fold(0, |m, (c, _)| m | 1 << c)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        if self.clusters {
            w.bytes(b"SRTG4");
            w.u8(self.is_joint() as u8);
            w.u32(fingerprint() as u32);
        } else {
            w.bytes(if self.is_joint() { b"SRTG3" } else { b"SRTG2" });
        }
        self.robust.to_bytes(&mut w);
        match &self.mixed {
            Some(m) => {
                w.u8(1);
                m.to_bytes(&mut w);
            }
            None => w.u8(0),
        }
        w.bytes(b"SRTD1");
        let mut d: Vec<(u32, u64)> = self.dict.iter().map(|(&k, &v)| (k as u32, v)).collect();
        d.sort_unstable();
        w.u32(d.len() as u32);
        for (k, v) in d {
            w.u32(k);
            w.u32(v as u32);
            w.u32((v >> 32) as u32);
        }
        self.lemmatizer.to_bytes(&mut w);
        w.buf
    }

    /// Reads a tagger model file, copying its tables.
    pub fn from_bytes(data: &[u8]) -> Result<Tagger, ModelError> {
        Tagger::read(data, Model::read)
    }

    /// Reads a tagger model that lives for the whole program (the
    /// compiled-in one): its perceptron tables are used where they lie.
    pub fn from_static(data: &'static [u8]) -> Result<Tagger, ModelError> {
        Tagger::read(data, Model::read_static)
    }

    /// Whether every perceptron table is used in place (see
    /// [`Tagger::from_static`]).
    pub fn tables_in_place(&self) -> bool {
        self.robust.in_place() && !matches!(&self.mixed, Some(m) if !m.in_place())
    }

    fn read<'a>(
        data: &'a [u8],
        model: fn(&mut Reader<'a>) -> Result<Model, ModelError>,
    ) -> Result<Tagger, ModelError> {
        let mut r = Reader::new(data, "tagger model");
        let with_clusters = data.starts_with(b"SRTG4");
        let joint = if with_clusters {
            r.expect_magic(b"SRTG4")?;
            let joint = r.u8()? != 0;
            if r.u32()? != fingerprint() as u32 {
                return Err(corrupt(
                    "trained with other word clusters than data/word-clusters.tsv",
                ));
            }
            joint
        } else {
            let joint = data.starts_with(b"SRTG3");
            r.expect_magic(if joint { b"SRTG3" } else { b"SRTG2" })?;
            joint
        };
        let models = |r: &mut Reader<'a>| -> Result<TagModels, ModelError> {
            Ok(if joint {
                TagModels::Joint(model(r)?)
            } else {
                TagModels::Pair {
                    upos: model(r)?,
                    xpos: model(r)?,
                }
            })
        };
        let robust = models(&mut r)?;
        let mixed = match r.u8()? {
            0 => None,
            _ => Some(models(&mut r)?),
        };
        r.expect_magic(b"SRTD1")?;
        let n = r.u32()? as usize;
        let mut dict = IdMap::default();
        dict.reserve(n.min(1 << 22));
        for _ in 0..n {
            let k = r.u32()? as u64;
            let lo = r.u32()? as u64;
            let hi = r.u32()? as u64;
            dict.insert(k, lo | (hi << 32));
        }
        let lem = Lemmatizer::read(&mut r)?;
        let mut tagger = Tagger::new(robust, mixed, dict, lem)?;
        tagger.clusters = with_clusters;
        Ok(tagger)
    }

    /// Whether the models read word clusters (session 20, `SRTG4`).
    pub fn uses_clusters(&self) -> bool {
        self.clusters
    }
}

/// How to train the tagger.
#[derive(Clone, Debug)]
pub struct TaggerConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Train on original + UPPER + lower copies of every sentence.
    pub case_augment: bool,
    /// Drop quantised weights smaller than this (model size vs accuracy).
    pub min_weight: i16,
    /// One model over (UPOS, XPOS) pairs (format `SRTG3`) instead of a UPOS
    /// model and an XPOS model (`SRTG2`). Falls back to the two models when
    /// the training data has more than 255 pairs. Off by default: the joint
    /// tagger is faster and smaller but cost 1.0–2.1 MUC-4 dev F1 downstream
    /// (docs/analysis.md, "Tried in session 5 and not landed").
    pub joint: bool,
    /// Word cluster features of the word and its neighbours (format
    /// `SRTG4`, session 20); off by default, which writes the same model
    /// file as before.
    pub clusters: bool,
}

impl Default for TaggerConfig {
    fn default() -> Self {
        TaggerConfig {
            epochs: 6,
            seed: 1,
            case_augment: true,
            min_weight: 300,
            joint: false,
            clusters: false,
        }
    }
}

/// Applies a casing variant to a form: 0 = original, 1 = upper, 2 = lower.
pub fn recase(form: &str, variant: u8) -> String {
    match variant {
        1 => form.to_uppercase(),
        2 => form.to_lowercase(),
        _ => form.to_string(),
    }
}

/// Sorted joint class names and the (UPOS, XPOS) indices of each.
type JointClasses = (Vec<String>, Vec<(usize, usize)>);

/// Class names and gold classes of a training set.
struct Classes {
    upos: Vec<String>,
    xpos: Vec<String>,
    /// Sorted joint class names ("UPOS\tXPOS") and their (UPOS, XPOS)
    /// indices, when training a joint model.
    joint: Option<JointClasses>,
    /// Per sentence: gold UPOS, XPOS and (when joint) joint class indices.
    gold: Vec<[Vec<usize>; 3]>,
}

/// The best-scoring class among those `keep` accepts; the best of all
/// when it accepts none.
fn argmax_where(scores: &[i32], keep: impl Fn(usize) -> bool) -> usize {
    let mut best: Option<usize> = None;
    for (c, &v) in scores.iter().enumerate() {
        if keep(c) && best.map_or(true, |b| v > scores[b]) {
            best = Some(c);
        }
    }
    best.unwrap_or_else(|| argmax(scores))
}

/// Whether a Penn tag fits a UPOS of the open classes a caller can
/// constrain (NN/NNS for NOUN, VB* for VERB, JJ* for ADJ, NNP/NNPS for
/// PROPN); any tag fits another UPOS.
fn xpos_fits_upos(xpos: &str, upos: &str) -> bool {
    match upos {
        "NOUN" => xpos == "NN" || xpos == "NNS",
        "VERB" => xpos.starts_with("VB"),
        "ADJ" => xpos.starts_with("JJ"),
        "PROPN" => xpos.starts_with("NNP"),
        _ => true,
    }
}

/// Trains a tagger (and learns the lemma exceptions) from gold sentences.
/// `log` receives progress lines.
pub fn train(sents: &[Sentence], cfg: &TaggerConfig, log: &mut dyn FnMut(&str)) -> Tagger {
    let mut upos_names: Vec<String> = Vec::new();
    let mut xpos_names: Vec<String> = Vec::new();
    let mut joint_names: Vec<String> = Vec::new();
    for s in sents {
        for t in &s.words {
            upos_names.push(t.upos.clone());
            xpos_names.push(t.xpos.clone());
            joint_names.push(joint_name(&t.upos, &t.xpos));
        }
    }
    for v in [&mut upos_names, &mut xpos_names, &mut joint_names] {
        v.sort();
        v.dedup();
    }
    // CoNLL-U fields hold no tabs, so every joint name splits back into
    // the UPOS and XPOS lists just built.
    let joint = match split_joint(&joint_names) {
        Some((_, _, pairs)) if cfg.joint && joint_names.len() <= 255 => {
            Some((joint_names, pairs))
        }
        _ => {
            if cfg.joint {
                log("more than 255 (UPOS, XPOS) pairs: training two models");
            }
            None
        }
    };
    let dict = build_dict(sents, &xpos_names, 3);
    let index = |names: &[String], n: &str| names.binary_search_by(|x| x.as_str().cmp(n)).unwrap_or(0);
    let gold = sents
        .iter()
        .map(|s| {
            [
                s.words.iter().map(|t| index(&upos_names, &t.upos)).collect(),
                s.words.iter().map(|t| index(&xpos_names, &t.xpos)).collect(),
                match &joint {
                    Some((jn, _)) => s
                        .words
                        .iter()
                        .map(|t| index(jn, &joint_name(&t.upos, &t.xpos)))
                        .collect(),
                    None => Vec::new(),
                },
            ]
        })
        .collect();
    let classes = Classes {
        upos: upos_names,
        xpos: xpos_names,
        joint,
        gold,
    };
    let (robust, mixed) = if cfg.case_augment {
        log("training the casing-robust models (original + UPPER + lower)");
        let robust = train_models(sents, &classes, &[0, 1, 2], &dict, cfg, log);
        log("training the mixed-case models (original casing only)");
        let mixed = train_models(sents, &classes, &[0], &dict, cfg, log);
        (robust, Some(mixed))
    } else {
        (train_models(sents, &classes, &[0], &dict, cfg, log), None)
    };
    let lem = Lemmatizer::learn(sents);
    let pairs = classes.joint.map(|j| j.1).unwrap_or_default();
    let mut tagger = Tagger::build(robust, mixed, dict, lem, classes.upos, classes.xpos, pairs);
    tagger.clusters = cfg.clusters;
    tagger
}

/// Trains the model(s) of one casing regime on the given casing variants.
fn train_models(
    sents: &[Sentence],
    classes: &Classes,
    variants: &[u8],
    dict: &IdMap<u64>,
    cfg: &TaggerConfig,
    log: &mut dyn FnMut(&str),
) -> TagModels {
    match &classes.joint {
        Some((names, pairs)) => {
            TagModels::Joint(train_joint(sents, classes, names, pairs, variants, dict, cfg, log))
        }
        None => train_pair(sents, classes, variants, dict, cfg, log),
    }
}

/// One word of a training sentence, as the epoch loop hands it to a model's
/// step: the features of the shared templates are in `feats`, which the
/// step may overwrite.
struct TrainingWord<'a> {
    info: &'a [WordInfo],
    i: usize,
    gold_upos: usize,
    gold_xpos: usize,
    /// The sentence's gold joint classes (empty unless the design is joint).
    gold_joint: &'a [usize],
}

/// The epoch loop both tagger designs train with: the sentences in each
/// casing variant, shuffled with the configured seed, tagged left to right
/// with the model's own previous tags as history. `step` scores, updates
/// and returns the predicted (UPOS, XPOS) of one word; `describe` names the
/// model's size for the epoch's log line. The state is passed to both
/// rather than captured, so that one can update it and the other read it.
#[allow(clippy::too_many_arguments)]
fn train_epochs<S>(
    sents: &[Sentence],
    classes: &Classes,
    variants: &[u8],
    dict: &IdMap<u64>,
    cfg: &TaggerConfig,
    log: &mut dyn FnMut(&str),
    state: &mut S,
    mut step: impl FnMut(&mut S, &mut Vec<u64>, &TrainingWord) -> (usize, usize),
    describe: impl Fn(&S) -> String,
) {
    let uh: Vec<u64> = classes.upos.iter().map(|n| hash_str(n)).collect();
    let xh: Vec<u64> = classes.xpos.iter().map(|n| hash_str(n)).collect();
    let mut order: Vec<(usize, u8)> = (0..sents.len())
        .flat_map(|i| variants.iter().map(move |&v| (i, v)))
        .collect();
    let mut rng = Rng::new(cfg.seed);
    let mut info = Vec::new();
    let mut chars = Vec::new();
    let mut feats = Vec::new();
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut n, mut ok) = (0usize, 0usize);
        for &(si, v) in &order {
            let forms: Vec<String> = sents[si].words.iter().map(|t| recase(&t.form, v)).collect();
            let words: Vec<&str> = forms.iter().map(|s| s.as_str()).collect();
            word_infos(&words, &mut info, &mut chars);
            fill_amb(dict, &mut info);
            if cfg.clusters {
                fill_clusters(&mut info);
            }
            let mode = case_mode(&words);
            let [gu, gx, gj] = &classes.gold[si];
            let (mut p1, mut p2, mut x1) = (START, START, START);
            for i in 0..words.len() {
                features(&info, i, mode, p1, p2, x1, &mut feats);
                let word = TrainingWord { info: &info, i, gold_upos: gu[i], gold_xpos: gx[i], gold_joint: gj };
                let (u, x) = step(state, &mut feats, &word);
                n += 1;
                ok += (u == gu[i]) as usize;
                p2 = p1;
                p1 = uh[u];
                x1 = xh[x];
            }
        }
        log(&format!(
            "tagger epoch {}: train UPOS {:.2}% ({})",
            epoch + 1,
            100.0 * ok as f64 / n.max(1) as f64,
            describe(state),
        ));
    }
}

/// Trains one joint (UPOS, XPOS) model on the given casing variants.
#[allow(clippy::too_many_arguments)]
fn train_joint(
    sents: &[Sentence],
    classes: &Classes,
    names: &[String],
    pairs: &[(usize, usize)],
    variants: &[u8],
    dict: &IdMap<u64>,
    cfg: &TaggerConfig,
    log: &mut dyn FnMut(&str),
) -> Model {
    let mut state = (Trainer::new(names.len()), vec![0f32; names.len()]);
    train_epochs(
        sents,
        classes,
        variants,
        dict,
        cfg,
        log,
        &mut state,
        |(jm, js), feats, w| {
            jm.score(feats, js);
            let j = argmax(js);
            jm.update(feats, w.gold_joint[w.i], j);
            jm.tick();
            pairs[j]
        },
        |(jm, _)| format!("{} joint features", jm.n_features()),
    );
    state.0.finish(names.to_vec(), cfg.min_weight)
}

/// Trains one (UPOS, XPOS) model pair on the given casing variants.
fn train_pair(
    sents: &[Sentence],
    classes: &Classes,
    variants: &[u8],
    dict: &IdMap<u64>,
    cfg: &TaggerConfig,
    log: &mut dyn FnMut(&str),
) -> TagModels {
    let (upos_names, xpos_names) = (&classes.upos, &classes.xpos);
    let uh: Vec<u64> = upos_names.iter().map(|n| hash_str(n)).collect();
    let mut state = (
        Trainer::new(upos_names.len()),
        Trainer::new(xpos_names.len()),
        vec![0f32; upos_names.len()],
        vec![0f32; xpos_names.len()],
    );
    train_epochs(
        sents,
        classes,
        variants,
        dict,
        cfg,
        log,
        &mut state,
        |(um, xm, us, xs), feats, w| {
            um.score(feats, us);
            let u = argmax(us);
            um.update(feats, w.gold_upos, u);
            um.tick();
            // Teacher forcing for the XPOS model's UPOS feature keeps the
            // two models' errors from compounding in training.
            xpos_features(w.info, w.i, uh[w.gold_upos], feats);
            xm.score(feats, xs);
            let x = argmax(xs);
            xm.update(feats, w.gold_xpos, x);
            xm.tick();
            (u, x)
        },
        |(um, xm, _, _)| format!("{} upos / {} xpos features", um.n_features(), xm.n_features()),
    );
    let (um, xm, _, _) = state;
    TagModels::Pair { upos: um.finish(upos_names.to_vec(), cfg.min_weight), xpos: xm.finish(xpos_names.to_vec(), cfg.min_weight) }
}
