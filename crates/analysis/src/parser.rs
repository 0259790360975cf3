//! Greedy transition-based dependency parser: arc-hybrid system (Kuhlmann et
//! al. 2011) with the root at the end of the buffer, trained by averaged
//! perceptron with the dynamic oracle of Goldberg & Nivre (2013), exploring
//! the model's own (possibly wrong) transitions after the first epoch.
//!
//! Two perceptrons: one scores the three transitions (SHIFT, LEFT, RIGHT)
//! from Zhang & Nivre (2011)-style features (words, tags, left/right-most
//! children and their labels, valency, distance); the other labels each arc
//! as it is made, from features of the head and the dependent (whose own
//! dependents are complete at that moment in arc-hybrid). Splitting the two
//! keeps training memory and the model file small.
//!
//! Non-projective training trees are used as they are: the dynamic oracle's
//! costs are then approximate, which only loses the crossing arcs.
//!
//! Decoding is bound by look-ups in the models' tables, so the greedy
//! decoder remembers the transition scores of feature groups whose inputs
//! have not changed since the last state (`Memo`; 30% fewer look-ups, same
//! scores; docs/analysis.md, "Speed (session 4)").
//!
//! A model can instead be trained globally and decoded with a beam (module
//! [`crate::beam`], `ParserConfig::beam` > 1); the beam width is then stored
//! in the model file, and [`Parser::with_beam`] overrides it at run time.
//!
//! # File format (little-endian)
//!
//! ```text
//! magic   b"SRDP1"  greedy model            | b"SRDP2"  beam model
//!                                           | beam    u16   beam width (≥ 2)
//!         | b"SRDP3"  right-to-left model (trained on reversed sentences)
//!           beam    u16   beam width (≥ 1)
//!           order   u8    1 = reversed, 2 = reversed but a sentence-final
//!                         run of PUNCT words kept last (see [`Order`])
//!         | b"SRDP4"  model with other label features (session 18)
//!           beam    u16   beam width (≥ 1)
//!           order   u8    0 = forward, or as for SRDP3
//!           labels  u8    [`LabelFeatures`] flags
//!         | b"SRDP5"  model with word cluster features (session 20)
//!           beam, order, labels as for SRDP4
//!           clusters u8   [`ClusterFeatures`] flags
//!           table   u32   low bits of the cluster table's fingerprint
//!                         ([`crate::clusters::fingerprint`]): a model
//!                         only loads with the table it was trained with
//! trans   perceptron model (classes SHIFT, LEFT, RIGHT; see `perceptron`
//!         module docs: format `SRAP3`, or `SRAP2` before session 4)
//! labels  perceptron model (classes = dependency relations)
//! relabel perceptron model, only when the flags have `RELABEL`: the
//!         second-pass label model ([`relabel_features`])
//! ```
//!
//! A model with the original label features (flags 0) and no clusters is
//! written as before (`SRDP1`/`SRDP2`/`SRDP3`), so the committed model is
//! unchanged.

use crate::binio::{Reader, Writer};
use crate::clusters::{clusters, fingerprint, Codes};
use crate::hash::{f1, f2, f3, hash_str, Rng};
use crate::perceptron::{argmax, Model, Trainer};
use crate::ModelError;

pub(crate) const SHIFT: usize = 0;
pub(crate) const LEFT: usize = 1;
pub(crate) const RIGHT: usize = 2;
const NONE: usize = 0;

/// Hashed attributes of the words of one sentence: `w` lower-cased word
/// (as computed by the tagger's `WordInfo`), `t` the XPOS tag hash.
pub struct Input<'a> {
    pub w: &'a [u64],
    pub t: &'a [u64],
    /// UPOS tag hashes.
    pub u: &'a [u64],
}

/// Parser state. Words are 1..=n, index 0 means "none", n+1 is ROOT.
pub(crate) struct State {
    n: usize,
    stack: Vec<usize>,
    b: usize,
    head: Vec<usize>,
    label: Vec<u16>,
    l1: Vec<usize>,
    l2: Vec<usize>,
    r1: Vec<usize>,
    r2: Vec<usize>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

const NO_LABEL: u16 = u16::MAX;

impl State {
    pub(crate) fn new(n: usize) -> State {
        let m = n + 2;
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 1,
            head: vec![usize::MAX; m],
            label: vec![NO_LABEL; m],
            l1: vec![NONE; m],
            l2: vec![NONE; m],
            r1: vec![NONE; m],
            r2: vec![NONE; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
        }
    }
    pub(crate) fn root(&self) -> usize {
        self.n + 1
    }
    pub(crate) fn terminal(&self) -> bool {
        self.stack.is_empty() && self.b == self.root()
    }
    /// Becomes a copy of `o` without allocating when the vectors already
    /// have room (the beam reuses its states).
    pub(crate) fn copy_from(&mut self, o: &State) {
        self.n = o.n;
        self.b = o.b;
        self.stack.clone_from(&o.stack);
        self.head.clone_from(&o.head);
        self.label.clone_from(&o.label);
        self.l1.clone_from(&o.l1);
        self.l2.clone_from(&o.l2);
        self.r1.clone_from(&o.r1);
        self.r2.clone_from(&o.r2);
        self.nl.clone_from(&o.nl);
        self.nr.clone_from(&o.nr);
        self.lset.clone_from(&o.lset);
        self.rset.clone_from(&o.rset);
    }
    /// The only legal transition, when there is just one (empty stack, or
    /// only the root left in the buffer): such moves are not scored.
    pub(crate) fn forced(&self) -> Option<usize> {
        let legal = self.legal();
        if legal.iter().filter(|&&l| l).count() == 1 {
            legal.iter().position(|&l| l)
        } else {
            None
        }
    }
    pub(crate) fn legal(&self) -> [bool; 3] {
        let s = self.stack.len();
        [
            self.b <= self.n,
            s >= 1 && (self.b <= self.n || s == 1),
            s >= 2,
        ]
    }
    fn s(&self, i: usize) -> usize {
        let l = self.stack.len();
        if i < l {
            self.stack[l - 1 - i]
        } else {
            NONE
        }
    }
    fn add_arc(&mut self, h: usize, d: usize, lab: u16) {
        self.head[d] = h;
        self.label[d] = lab;
        let bit = 1u64 << (lab as u64 % 64);
        if d < h {
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= bit;
            if self.l1[h] == NONE || d < self.l1[h] {
                self.l2[h] = self.l1[h];
                self.l1[h] = d;
            } else if self.l2[h] == NONE || d < self.l2[h] {
                self.l2[h] = d;
            }
        } else {
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= bit;
            if self.r1[h] == NONE || d > self.r1[h] {
                self.r2[h] = self.r1[h];
                self.r1[h] = d;
            } else if self.r2[h] == NONE || d > self.r2[h] {
                self.r2[h] = d;
            }
        }
    }
    /// The (head, dependent) an arc transition would create.
    pub(crate) fn arc_of(&self, t: usize) -> (usize, usize) {
        let s0 = self.s(0);
        if t == LEFT {
            (self.b, s0)
        } else {
            (self.s(1), s0)
        }
    }
    pub(crate) fn apply(&mut self, t: usize, lab: u16) {
        match t {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            _ => {
                let (h, d) = self.arc_of(t);
                self.stack.pop();
                self.add_arc(h, d, lab);
            }
        }
    }
}

/// Per-sentence token attributes with padding: index 0 = none, n+1 = root.
#[derive(Default)]
pub(crate) struct Toks {
    w: Vec<u64>,
    t: Vec<u64>,
    u: Vec<u64>,
    /// `punct[i]`: how many of words 1..=i are tagged PUNCT (for the label
    /// model's punctuation-between feature, [`LabelFeatures::PUNCT`]).
    punct: Vec<u32>,
    /// Word cluster codes of each index ([`crate::clusters`]); empty unless
    /// the model reads clusters (`with_clusters`).
    c: Vec<Codes>,
    /// The cluster feature groups to add (none unless `with_clusters`).
    cset: ClusterFeatures,
}

pub(crate) fn toks(inp: &Input, out: &mut Toks) {
    out.w.clear();
    out.t.clear();
    out.u.clear();
    out.punct.clear();
    out.c.clear();
    out.cset = ClusterFeatures::NONE;
    let none = hash_str("<NONE>");
    let root = hash_str("<ROOT>");
    out.w.push(none);
    out.t.push(none);
    out.u.push(none);
    out.w.extend_from_slice(inp.w);
    out.t.extend_from_slice(inp.t);
    out.u.extend_from_slice(inp.u);
    out.w.push(root);
    out.t.push(root);
    out.u.push(root);
    let punct = hash_str("PUNCT");
    out.punct.clear();
    let mut k = 0;
    for &u in &out.u {
        k += (u == punct) as u32;
        out.punct.push(k);
    }
}

/// Adds the word cluster codes of the words (and padding) of `tk`, for a
/// model trained with the cluster feature groups `set`: kept apart from
/// [`toks`] so that models without them extract exactly the features they
/// always did.
pub(crate) fn with_clusters(tk: &mut Toks, set: ClusterFeatures) {
    tk.c.clear();
    tk.cset = set;
    if set == ClusterFeatures::NONE {
        return;
    }
    let table = clusters();
    tk.c.extend(tk.w.iter().map(|&w| table.of(w)));
}

/// Which word cluster feature groups a parser model reads (session 20),
/// as bit flags stored in the model file (`SRDP5`); none in every model
/// before (docs/analysis.md, "Word clusters (session 20, branch clu20)").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ClusterFeatures(pub u8);

impl ClusterFeatures {
    pub const NONE: ClusterFeatures = ClusterFeatures(0);
    /// Transition model: clusters of s0, s1, b0 and b1, alone, with their
    /// tags and with their neighbour on the stack or in the buffer.
    pub const WORDS: u8 = 1;
    /// Transition model: cluster pairs of the stack top and the buffer
    /// front, and with the other's tag and the distance.
    pub const PAIRS: u8 = 2;
    /// Label model: clusters of the head and the dependent.
    pub const LABELS: u8 = 4;
    /// Every flag a model file may carry.
    const KNOWN: u8 = 7;

    fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }
}

fn lab_h(l: u16) -> u64 {
    l as u64 + 1000
}

/// The transition features of a state: the five groups below, which the
/// greedy decoder scores separately so as to remember their sums
/// (`Memo`); training and the beam take them all at once. The model file
/// holds its rows sorted by hash, so the order of the features does not
/// change what training writes.
pub(crate) fn trans_features(st: &State, tk: &Toks, f: &mut Vec<u64>) {
    f.clear();
    feats_b0(st, tk, f);
    feats_b0_kids(st, tk, f);
    feats_s0(st, tk, f);
    feats_s0_right(st, tk, f);
    feats_pair(st, tk, f);
}

// Transition features grouped by the parts of the state they depend on, for
// the greedy decoder's memo (`Memo`); `trans_features` is all five. The
// model's score is a sum of integer weights, so a group's sum can be
// remembered for as long as what it depends on stays the same (test
// `groups_are_the_transition_features`).
//
// In arc-hybrid a word gets its left dependents while it is the front of the
// buffer (LEFT), its right dependents while it is on the stack (RIGHT, when
// it is s1), and the stack below a word stays the same while the word is on
// it. Hence:
// - `B0`: the buffer front and the words after it; fixed while b0 is;
// - `B0_KIDS`: b0's left dependents; change with each LEFT;
// - `S0`: s0, the stack below it (s1, s2, s1's dependents) and s0's left
//   dependents: fixed from the moment s0 is pushed until it is popped;
// - `S0_RIGHT`: s0's right dependents; change when s0 gets one (RIGHT);
// - `PAIR`: everything combining the stack top with the buffer front.

// Each feature group is appended as one array (`extend_from_slice`), not
// pushed feature by feature: one capacity check per group instead of one
// per feature, in the same order, so the features are the same.

/// Buffer-front features that depend on b0 (and the words after it) alone.
fn feats_b0(st: &State, tk: &Toks, f: &mut Vec<u64>) {
    let b0 = st.b;
    let b1 = if b0 < st.n { b0 + 1 } else { NONE };
    let b2 = if b0 + 1 < st.n { b0 + 2 } else { NONE };
    let (w, t) = (&tk.w, &tk.t);
    let (b0w, b0t, b1w, b1t, b2w, b2t) = (w[b0], t[b0], w[b1], t[b1], w[b2], t[b2]);
    let before = |x: usize| if x == NONE || x > st.n { NONE } else { x - 1 };
    f.extend_from_slice(&[
        f1(0, 0),
        f1(7, b0w),
        f1(8, b0t),
        f1(9, f2(900, b0w, b0t)),
        f1(10, b1w),
        f1(11, b1t),
        f2(12, b1w, b1t),
        f1(13, b2w),
        f1(14, b2t),
        f2(27, b0t, b1t),
        f3(40, b0t, b1t, b2t),
        f2(116, b0t, t[before(b0)]),
    ]);
    if let (true, Some(b0c), Some(b1c)) = (tk.cset.has(ClusterFeatures::WORDS), tk.c.get(b0), tk.c.get(b1)) {
        f.extend_from_slice(&[
            f1(130, b0c[0]),
            f1(131, b0c[1]),
            f1(132, b0c[2]),
            f2(133, b0c[0], b0t),
            f2(134, b0c[2], b0t),
            f1(135, b1c[0]),
            f1(136, b1c[2]),
            f2(137, b1c[1], b1t),
            f2(138, b0c[1], b1c[1]),
            f2(139, b0t, b1c[0]),
        ]);
    }
}

/// Features of b0's left dependents.
fn feats_b0_kids(st: &State, tk: &Toks, f: &mut Vec<u64>) {
    let b0 = st.b;
    let (w, t) = (&tk.w, &tk.t);
    let lab = |x: usize| if x == NONE { 999 } else { lab_h(st.label[x]) };
    let b0w = w[b0];
    let b0t = t[b0];
    let (b0l1, b0l2) = (st.l1[b0], st.l2[b0]);
    f.extend_from_slice(&[
        f2(64, b0w, st.nl[b0] as u64),
        f2(65, b0t, st.nl[b0] as u64),
        f1(76, w[b0l1]),
        f1(77, t[b0l1]),
        f1(78, lab(b0l1)),
        f1(88, w[b0l2]),
        f1(89, t[b0l2]),
        f1(90, lab(b0l2)),
        f3(93, b0t, t[b0l1], t[b0l2]),
        f2(96, b0t, lab(b0l1)),
        f2(104, b0w, st.lset[b0]),
        f2(105, b0t, st.lset[b0]),
    ]);
}

/// Features of s0, the stack below it and s0's left dependents.
fn feats_s0(st: &State, tk: &Toks, f: &mut Vec<u64>) {
    let s0 = st.s(0);
    let s1 = st.s(1);
    let s2 = st.s(2);
    let (w, t, u) = (&tk.w, &tk.t, &tk.u);
    let lab = |x: usize| if x == NONE { 999 } else { lab_h(st.label[x]) };
    let (s0w, s0t, s1w, s1t, s2t, s2w) = (w[s0], t[s0], w[s1], t[s1], t[s2], w[s2]);
    let s0wt = f2(900, s0w, s0t);
    let s1wt = f2(900, s1w, s1t);
    let d1 = if s1 == NONE || s0 == NONE {
        0
    } else {
        (s0 - s1).min(6) as u64
    };
    let (s0l1, s0l2, s1r1, s1l1) = (st.l1[s0], st.l2[s0], st.r1[s1], st.l1[s1]);
    let after = |x: usize| if x == NONE || x >= st.n { NONE } else { x + 1 };
    let before = |x: usize| if x == NONE || x > st.n { NONE } else { x - 1 };
    f.extend_from_slice(&[
        f1(1, s0w),
        f1(2, s0t),
        f1(3, s0wt),
        f1(4, s1w),
        f1(5, s1t),
        f1(6, s1wt),
        f1(16, s2t),
        f1(17, s2w),
        f2(28, s1wt, s0wt),
        f2(29, s1w, s0w),
        f2(30, s1t, s0t),
        f2(31, s1t, s0w),
        f2(32, s1w, s0t),
        f3(46, s1t, s0t, t[s0l1]),
        f3(47, s1t, t[s1r1], s0t),
        f3(48, s2t, s1t, s0t),
        f3(55, s1t, s0t, d1),
        f2(56, s1w, d1),
        f2(57, s0w, d1),
        f2(62, s0w, st.nl[s0] as u64),
        f2(63, s0t, st.nl[s0] as u64),
        f2(66, s1t, st.nr[s1] as u64),
        f2(67, s1w, st.nr[s1] as u64),
        f1(70, w[s0l1]),
        f1(71, t[s0l1]),
        f1(72, lab(s0l1)),
        f1(79, t[s1r1]),
        f1(80, lab(s1r1)),
        f1(81, lab(s1l1)),
        f1(82, w[s0l2]),
        f1(83, t[s0l2]),
        f1(84, lab(s0l2)),
        f3(91, s0t, t[s0l1], t[s0l2]),
        f2(94, s0t, lab(s0l1)),
        f3(97, s1t, lab(s1r1), s0t),
        f2(102, s0w, st.lset[s0]),
        f2(103, s0t, st.lset[s0]),
        f2(106, s1t, st.rset[s1]),
        f3(107, s1t, s0t, st.lset[s0]),
        f2(111, u[s1], u[s0]),
        f2(114, s0t, t[after(s0)]),
        f2(115, s0t, t[before(s0)]),
    ]);
    if let (true, Some(s0c), Some(s1c)) = (tk.cset.has(ClusterFeatures::WORDS), tk.c.get(s0), tk.c.get(s1)) {
        f.extend_from_slice(&[
            f1(140, s0c[0]),
            f1(141, s0c[1]),
            f1(142, s0c[2]),
            f2(143, s0c[0], s0t),
            f2(144, s0c[2], s0t),
            f1(145, s1c[0]),
            f1(146, s1c[1]),
            f1(147, s1c[2]),
            f2(148, s1c[2], s1t),
            f2(149, s1c[1], s0c[1]),
            f3(150, s1t, s0t, s0c[1]),
            f3(151, s1t, s1c[1], s0t),
        ]);
    }
}

/// Features of s0's right dependents.
fn feats_s0_right(st: &State, tk: &Toks, f: &mut Vec<u64>) {
    let s0 = st.s(0);
    let s1 = st.s(1);
    let (w, t) = (&tk.w, &tk.t);
    let lab = |x: usize| if x == NONE { 999 } else { lab_h(st.label[x]) };
    let (s0w, s0t, s1t) = (w[s0], t[s0], t[s1]);
    let (s0r1, s0r2) = (st.r1[s0], st.r2[s0]);
    f.extend_from_slice(&[
        f3(49, s1t, s0t, t[s0r1]),
        f2(60, s0w, st.nr[s0] as u64),
        f2(61, s0t, st.nr[s0] as u64),
        f1(73, w[s0r1]),
        f1(74, t[s0r1]),
        f1(75, lab(s0r1)),
        f1(85, w[s0r2]),
        f1(86, t[s0r2]),
        f1(87, lab(s0r2)),
        f3(92, s0t, t[s0r1], t[s0r2]),
        f2(95, s0t, lab(s0r1)),
        f2(100, s0w, st.rset[s0]),
        f2(101, s0t, st.rset[s0]),
    ]);
}

/// Features combining the stack with the buffer front.
fn feats_pair(st: &State, tk: &Toks, f: &mut Vec<u64>) {
    let s0 = st.s(0);
    let s1 = st.s(1);
    let b0 = st.b;
    let b1 = if b0 < st.n { b0 + 1 } else { NONE };
    let (w, t, u) = (&tk.w, &tk.t, &tk.u);
    let (s0w, s0t, s1w, s1t, b0w, b0t, b1t) = (w[s0], t[s0], w[s1], t[s1], w[b0], t[b0], t[b1]);
    let s0wt = f2(900, s0w, s0t);
    let b0wt = f2(900, b0w, b0t);
    let d = if s0 == NONE {
        0
    } else if b0 == st.root() {
        20
    } else {
        (b0 - s0).min(6) as u64
    };
    let after = |x: usize| if x == NONE || x >= st.n { NONE } else { x + 1 };
    let (s0u, s1u, b0u, b1u) = (u[s0], u[s1], u[b0], u[b1]);
    f.extend_from_slice(&[
        f2(20, s0wt, b0wt),
        f2(21, s0wt, b0w),
        f2(22, s0w, b0wt),
        f2(23, s0wt, b0t),
        f2(24, s0t, b0wt),
        f2(25, s0w, b0w),
        f2(26, s0t, b0t),
        f2(33, s1t, b0t),
        f3(41, s0t, b0t, b1t),
        f3(42, s1t, s0t, b0t),
        f3(43, s0t, t[st.l1[s0]], b0t),
        f3(44, s0t, t[st.r1[s0]], b0t),
        f3(45, s0t, b0t, t[st.l1[b0]]),
        f2(50, s0w, d),
        f2(51, s0t, d),
        f2(52, b0w, d),
        f2(53, b0t, d),
        f3(54, s0t, b0t, d),
        f2(110, s0u, b0u),
        f3(112, s0u, b0u, b1u),
        f3(113, s1u, s0u, b0u),
        f3(117, s0t, t[after(s0)], b0t),
        f3(118, s0w, s1t, b0t),
        f3(119, s1w, s0t, b0t),
        f3(120, s0t, b0w, b1t),
    ]);
    if let (true, Some(s0c), Some(b0c)) = (tk.cset.has(ClusterFeatures::PAIRS), tk.c.get(s0), tk.c.get(b0)) {
        f.extend_from_slice(&[
            f2(160, s0c[0], b0c[0]),
            f2(161, s0c[1], b0c[1]),
            f2(162, s0c[2], b0c[2]),
            f2(163, s0c[2], b0t),
            f2(164, s0t, b0c[2]),
            f3(165, s0c[1], b0t, d),
            f3(166, s0t, b0c[1], d),
            f3(167, s1t, s0c[1], b0c[1]),
        ]);
    }
}

/// Group sums of transition scores remembered by the greedy decoder (see
/// the comment above `feats_b0`): per word while it is the stack top
/// (`s0`, `s0_right`), and for the current buffer front (`b0`, `b0_kids`).
struct Memo {
    s0: Vec<Option<[i32; 3]>>,
    s0_right: Vec<Option<[i32; 3]>>,
    b0: Option<(usize, [i32; 3])>,
    b0_kids: Option<(usize, [i32; 3])>,
}

impl Memo {
    fn new(n: usize) -> Memo {
        Memo {
            s0: vec![None; n + 2],
            s0_right: vec![None; n + 2],
            b0: None,
            b0_kids: None,
        }
    }

    /// Forgets what transition `t` (about to be applied to `st`) changes:
    /// LEFT gives b0 a left dependent, RIGHT gives s1 a right one.
    fn before_apply(&mut self, st: &State, t: usize) {
        match t {
            LEFT => self.b0_kids = None,
            RIGHT => {
                if let Some(x) = self.s0_right.get_mut(st.s(1)) {
                    *x = None;
                }
            }
            _ => {}
        }
    }
}

/// Which label features a parser model uses, as bit flags stored in the
/// model file (`SRDP4`). [`LabelFeatures::ORIGINAL`] (0) is the 28
/// features of every model before session 18; each flag adds a group
/// (docs/analysis.md, "Label model features (session 18)").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LabelFeatures(pub u8);

impl LabelFeatures {
    pub const ORIGINAL: LabelFeatures = LabelFeatures(0);
    /// The word on the other side of the dependent's span from the head:
    /// the buffer front for a RIGHT arc (what follows the dependent: "gave
    /// *him* a book" is `iobj`), the word below on the stack for a LEFT one.
    pub const CONTEXT: u8 = 1;
    /// The head's dependents so far: its right labels, counts, and the
    /// nearest sibling on the dependent's side with the dependent.
    pub const HEAD_KIDS: u8 = 2;
    /// More of the dependent: its label sets with its word, its outer
    /// children's labels together, UPOS pair, distance with the word.
    pub const DEP: u8 = 4;
    /// How many punctuation words lie between head and dependent.
    pub const PUNCT: u8 = 8;
    /// Every group of the arc-time label model.
    pub const ALL: u8 = 15;
    /// The file holds a second-pass label model ([`relabel_features`]),
    /// which relabels every arc of the finished tree.
    pub const RELABEL: u8 = 16;
    /// With [`LabelFeatures::RELABEL`]: the second-pass model also reads
    /// the first-pass label of the arc itself (trained on jack-knifed trees,
    /// where that label is as wrong as on new text).
    pub const RELABEL_OWN: u8 = 32;
    /// Every flag a model file may carry.
    const KNOWN: u8 = 63;

    fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }
}

/// The label feature groups of `set` beyond the original ones (see
/// [`LabelFeatures`]). In arc-hybrid the head is still on the stack or the
/// buffer front when its arc is made, so its own head is never known; the
/// word on the far side of the dependent stands in for the context.
fn extra_label_features(
    st: &State,
    tk: &Toks,
    h: usize,
    d: usize,
    set: LabelFeatures,
    f: &mut Vec<u64>,
) {
    let (w, t, u) = (&tk.w, &tk.t, &tk.u);
    let lab = |x: usize| if x == NONE { 999 } else { lab_h(st.label[x]) };
    let root = st.root();
    let left_arc = h == st.b;
    let dir = if h == root { 2u64 } else { (h < d) as u64 };
    let (hw, ht, dw, dt) = (w[h], t[h], w[d], t[d]);
    if set.has(LabelFeatures::CONTEXT) {
        let other = if left_arc { st.s(1) } else { st.b };
        let after_h = if h < st.n { h + 1 } else { NONE };
        let ot = t[other];
        f.extend_from_slice(&[
            f3(28, dt, ot, dir),
            f3(29, ht, f2(0, dt, ot), dir),
            f3(30, dw, ot, dir),
            f3(31, w[other], dt, dir),
            f3(32, ht, t[after_h], f2(0, dt, dir)),
        ]);
    }
    if set.has(LabelFeatures::HEAD_KIDS) {
        let sib = if left_arc { st.l1[h] } else { st.r1[h] };
        f.extend_from_slice(&[
            f3(33, ht, st.rset[h], dir),
            f3(34, ht, (st.nl[h] as u64) * 16 + st.nr[h] as u64, dir),
            f3(35, lab(sib), dt, dir),
            f3(36, lab(sib), dw, dir),
            f3(37, hw, st.lset[h], dir),
        ]);
    }
    if set.has(LabelFeatures::DEP) {
        let dist = if h == root { 0 } else { h.abs_diff(d).min(8) as u64 };
        let (dl1, dr1) = (st.l1[d], st.r1[d]);
        f.extend_from_slice(&[
            f3(38, dt, lab(dl1), lab(dr1)),
            f3(39, dw, st.lset[d], dir),
            f3(40, dw, st.rset[d], dir),
            f3(41, u[h], u[d], dir),
            f2(42, dw, dist * 4 + dir),
            f3(43, w[dr1], dt, dir),
            f3(44, hw, dw, dt),
        ]);
    }
    if set.has(LabelFeatures::PUNCT) {
        let between = if h == root {
            0
        } else {
            let (a, b) = (h.min(d), h.max(d));
            (tk.punct[b - 1] - tk.punct[a]).min(3) as u64
        };
        f.extend_from_slice(&[
            f3(45, ht, dt, between * 4 + dir),
            f3(46, dt, between, st.lset[d]),
        ]);
    }
}

/// Label features for the arc h → d (h may be ROOT = n+1).
pub(crate) fn label_features(
    st: &State,
    tk: &Toks,
    h: usize,
    d: usize,
    set: LabelFeatures,
    f: &mut Vec<u64>,
) {
    f.clear();
    let (w, t) = (&tk.w, &tk.t);
    let lab = |x: usize| if x == NONE { 999 } else { lab_h(st.label[x]) };
    let dir = if h == st.root() { 2u64 } else { (h < d) as u64 };
    let dist = if h == st.root() {
        0
    } else {
        (h.abs_diff(d)).min(8) as u64
    };
    let (hw, ht, dw, dt) = (w[h], t[h], w[d], t[d]);
    let (dl1, dr1, hl1, hr1) = (st.l1[d], st.r1[d], st.l1[h], st.r1[h]);
    let dm1 = d - 1; // 0 = none when d = 1
    let dp1 = if d < st.n { d + 1 } else { NONE };
    let items = [
        f1(0, dir),
        f2(1, dw, dir),
        f2(2, dt, dir),
        f2(3, hw, dir),
        f2(4, ht, dir),
        f3(5, dw, dt, dir),
        f3(6, hw, ht, dir),
        f3(7, ht, dt, dir),
        f3(8, hw, dt, dir),
        f3(9, ht, dw, dir),
        f3(10, hw, dw, dir),
        f3(11, ht, dt, dist * 4 + dir),
        f3(12, w[dl1], dt, dir),
        f3(13, lab(dl1), dt, dir),
        f3(14, lab(dr1), dt, dir),
        f3(15, w[dl1], ht, dir),
        f3(16, t[dl1], dt, dir),
        f3(17, dt, st.lset[d], dir),
        f3(18, dt, st.rset[d], dir),
        f3(19, ht, lab(hl1), dir),
        f3(20, ht, lab(hr1), dir),
        f3(21, ht, st.lset[h], dir),
        f3(22, t[dm1], dt, dir),
        f3(23, dt, t[dp1], dir),
        f3(24, w[dl1], w[dr1], dir),
        f3(25, dw, (st.nl[d] as u64) * 16 + st.nr[d] as u64, dir),
        f3(26, ht, dt, st.lset[d]),
        f3(27, w[dl1], dt, ht),
    ];
    f.extend_from_slice(&items);
    if let (true, Some(hc), Some(dc)) = (tk.cset.has(ClusterFeatures::LABELS), tk.c.get(h), tk.c.get(d)) {
        f.extend_from_slice(&[
            f2(200, dc[2], dir),
            f3(201, dc[1], dt, dir),
            f3(202, hc[2], dt, dir),
            f3(203, ht, dc[2], dir),
            f3(204, hc[1], dc[1], dir),
        ]);
    }
    if set.0 & LabelFeatures::ALL != 0 {
        extra_label_features(st, tk, h, d, set, f);
    }
}

/// Trained parser (inference only). Immutable and `Sync`.
pub struct Parser {
    pub(crate) trans: Model,
    pub(crate) labels: Model,
    /// Beam width used by [`Parser::parse`]; 1 = greedy.
    beam: usize,
    /// The order the model reads a sentence in: [`Parser::parse`] puts
    /// the words in that order, parses and maps the heads back (the
    /// right-to-left half of a parser ensemble, module [`crate::ensemble`]).
    order: Order,
    /// The label model's feature groups (0 in every model before session 18).
    label_set: LabelFeatures,
    /// Second-pass label model over the finished tree (flag
    /// [`LabelFeatures::RELABEL`]), or none.
    relabel: Option<Model>,
    /// The word cluster feature groups the model reads
    /// ([`crate::clusters`]; file format `SRDP5`, session 20).
    clusters: ClusterFeatures,
}

/// The order in which a parser reads the words of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Left to right, as written.
    Forward,
    /// Right to left.
    Reversed,
    /// Right to left, except that a run of punctuation (UPOS PUNCT) ending
    /// the sentence stays at the end. Read backwards, the full stop comes
    /// first, stays at the bottom of the stack and becomes the root of the
    /// chain of forced arcs when the parser has not attached it: on EWT dev
    /// the plain right-to-left parser made 566 more punctuation and 375
    /// more root errors than the left-to-right one, most of its deficit.
    ReversedPunctLast,
}

impl Order {
    fn code(self) -> u8 {
        match self {
            Order::Forward => 0,
            Order::Reversed => 1,
            Order::ReversedPunctLast => 2,
        }
    }
    fn of_code(c: u8) -> Option<Order> {
        match c {
            0 => Some(Order::Forward),
            1 => Some(Order::Reversed),
            2 => Some(Order::ReversedPunctLast),
            _ => None,
        }
    }
    /// `perm[j]` = the 0-based position in the sentence of the word read
    /// j-th, given the words' UPOS hashes.
    pub fn permutation(self, upos: &[u64]) -> Vec<usize> {
        let n = upos.len();
        match self {
            Order::Forward => (0..n).collect(),
            Order::Reversed => (0..n).rev().collect(),
            Order::ReversedPunctLast => {
                let punct = hash_str("PUNCT");
                let tail = upos.iter().rev().take_while(|&&u| u == punct).count();
                // A sentence of punctuation only is read backwards whole.
                let k = if tail == n { n } else { n - tail };
                (0..k).rev().chain(k..n).collect()
            }
        }
    }
}

/// Output of parsing one sentence: heads (0 = root, 1-based) and labels.
#[derive(Default, Clone, Debug)]
pub struct Parse {
    pub heads: Vec<usize>,
    pub labels: Vec<usize>,
}

/// How sure the greedy decoder was of the transition that made each word's
/// arc: the score of that transition minus the best other legal one
/// (quantised perceptron units), or `None` when the move was forced (only
/// one legal transition) or the parse came from a beam. A parser ensemble
/// weighs each parser's vote for an arc by it.
#[derive(Default, Clone, Debug)]
pub struct Margins(pub Vec<Option<i32>>);

fn best_legal_i(scores: &[i32], legal: &[bool; 3]) -> usize {
    let mut best = usize::MAX;
    for t in 0..3 {
        if legal[t] && (best == usize::MAX || scores[t] > scores[best]) {
            best = t;
        }
    }
    best
}

impl Parser {
    pub fn label_names(&self) -> &[String] {
        self.labels.class_names()
    }

    /// The beam width [`Parser::parse`] uses (1 = greedy).
    pub fn beam_width(&self) -> usize {
        self.beam
    }

    /// The same model decoding with another beam width (1 = greedy). A
    /// globally trained model is meant for the width it was trained with.
    pub fn with_beam(mut self, k: usize) -> Parser {
        self.beam = k.max(1);
        self
    }

    /// The label model's feature groups.
    /// The word cluster feature groups the model reads (session 20,
    /// `SRDP5`; none for every earlier model).
    pub fn cluster_features(&self) -> ClusterFeatures {
        self.clusters
    }

    pub fn label_features(&self) -> LabelFeatures {
        self.label_set
    }

    /// The order in which this model reads sentences.
    pub fn order(&self) -> Order {
        self.order
    }

    /// The same model marked as reading sentences in `order` (what
    /// `sitrep train parser --reverse` trains on).
    pub fn with_order(mut self, order: Order) -> Parser {
        self.order = order;
        self
    }

    pub fn parse(&self, inp: &Input) -> Parse {
        self.parse_with_margins(inp, None)
    }

    /// [`Parser::parse`], also filling `margins` (one per word, in the
    /// sentence's order) when given.
    pub fn parse_with_margins(&self, inp: &Input, margins: Option<&mut Margins>) -> Parse {
        let n = inp.w.len();
        let mut tk = Toks {
            w: Vec::with_capacity(n + 2),
            t: Vec::with_capacity(n + 2),
            u: Vec::with_capacity(n + 2),
            punct: Vec::with_capacity(n + 2),
            c: Vec::new(),
            cset: ClusterFeatures::NONE,
        };
        let mut perm = match self.order {
            Order::Forward => Vec::new(),
            o => o.permutation(inp.u),
        };
        if perm.len() != n && self.order != Order::Forward {
            // Tags missing for some words: read plainly backwards.
            perm = (0..n).rev().collect();
        }
        if perm.is_empty() {
            toks(inp, &mut tk);
        } else {
            let by = |v: &[u64]| perm.iter().map(|&i| v.get(i).copied().unwrap_or(0)).collect::<Vec<u64>>();
            let (w, t, u) = (by(inp.w), by(inp.t), by(inp.u));
            toks(&Input { w: &w, t: &t, u: &u }, &mut tk);
        }
        with_clusters(&mut tk, self.clusters);
        let mut m = vec![None; n + 2];
        let mut st = if self.beam > 1 {
            crate::beam::decode(self, &tk, n, self.beam)
        } else {
            self.greedy(&tk, n, &mut m)
        };
        if let Some(rl) = &self.relabel {
            relabel(rl, self.label_set.0 & LabelFeatures::RELABEL_OWN != 0, &mut st, &tk);
        }
        let mut p = to_parse(&st);
        if !perm.is_empty() {
            p = unpermute(&p, &perm);
        }
        if let Some(out) = margins {
            // m is indexed by reading position + 1.
            out.0 = vec![None; n];
            for (j, x) in m[1..=n].iter().enumerate() {
                let i = perm.get(j).copied().unwrap_or(j);
                out.0[i] = *x;
            }
        }
        p
    }

    /// Greedy decoding; `margins[d]` gets the margin of the transition
    /// that attached word `d` (indices of the state, 1-based).
    fn greedy(&self, tk: &Toks, n: usize, margins: &mut [Option<i32>]) -> State {
        let mut st = State::new(n);
        let mut f = Vec::with_capacity(128);
        let mut ls = vec![0i32; self.labels.n_classes()];
        let mut memo = Memo::new(n);
        while !st.terminal() {
            let legal = st.legal();
            // A forced move (empty stack, or only the root left in the
            // buffer) needs no scoring.
            let mut margin = None;
            let t = if legal.iter().filter(|&&l| l).count() == 1 {
                legal.iter().position(|&l| l).unwrap_or(usize::MAX)
            } else {
                let sc = self.trans_scores(&st, tk, &mut memo, &mut f);
                let t = best_legal_i(&sc, &legal);
                margin = (0..3)
                    .filter(|&o| o != t && legal[o])
                    .map(|o| sc[t].saturating_sub(sc[o]))
                    .min();
                t
            };
            if t == usize::MAX {
                break;
            }
            let mut lab = 0u16;
            if t != SHIFT {
                let (h, d) = st.arc_of(t);
                if let Some(x) = margins.get_mut(d) {
                    *x = margin;
                }
                label_features(&st, tk, h, d, self.label_set, &mut f);
                self.labels.score(&f, &mut ls);
                lab = argmax(&ls) as u16;
            }
            memo.before_apply(&st, t);
            st.apply(t, lab);
        }
        st
    }

    /// The transition scores of `st`, the same as scoring
    /// `trans_features`, looking up only the feature groups whose sums
    /// `memo` does not hold (in one batch, so the look-ups overlap).
    fn trans_scores(&self, st: &State, tk: &Toks, memo: &mut Memo, f: &mut Vec<u64>) -> [i32; 3] {
        const B0: usize = 0;
        const B0_KIDS: usize = 1;
        const S0: usize = 2;
        const S0_RIGHT: usize = 3;
        const PAIR: usize = 4;
        let (s0, b0) = (st.s(0), st.b);
        let mut sums = [[0i32; 3]; 5];
        let mut todo = [0usize; 5];
        let mut ends = [0usize; 5];
        let mut k = 0;
        f.clear();
        let mut group = |g: usize, f: &mut Vec<u64>, feats: fn(&State, &Toks, &mut Vec<u64>)| {
            feats(st, tk, f);
            todo[k] = g;
            ends[k] = f.len();
            k += 1;
        };
        match memo.b0 {
            Some((x, s)) if x == b0 => sums[B0] = s,
            _ => group(B0, f, feats_b0),
        }
        match memo.b0_kids {
            Some((x, s)) if x == b0 => sums[B0_KIDS] = s,
            _ => group(B0_KIDS, f, feats_b0_kids),
        }
        match memo.s0.get(s0) {
            Some(Some(s)) => sums[S0] = *s,
            _ => group(S0, f, feats_s0),
        }
        match memo.s0_right.get(s0) {
            Some(Some(s)) => sums[S0_RIGHT] = *s,
            _ => group(S0_RIGHT, f, feats_s0_right),
        }
        group(PAIR, f, feats_pair);
        let mut got = [[0i32; 3]; 5];
        self.trans.score_groups(f, &ends[..k], &mut got[..k]);
        for (&g, s) in todo[..k].iter().zip(got) {
            sums[g] = s;
            match g {
                B0 => memo.b0 = Some((b0, s)),
                B0_KIDS => memo.b0_kids = Some((b0, s)),
                S0 => {
                    if let Some(x) = memo.s0.get_mut(s0) {
                        *x = Some(s);
                    }
                }
                S0_RIGHT => {
                    if let Some(x) = memo.s0_right.get_mut(s0) {
                        *x = Some(s);
                    }
                }
                _ => {}
            }
        }
        let mut total = [0i32; 3];
        for s in sums {
            for (t, x) in total.iter_mut().zip(s) {
                *t += x;
            }
        }
        total
    }

    /// (transition features, label features) kept in the model.
    pub fn n_features(&self) -> (usize, usize) {
        (self.trans.n_features(), self.labels.n_features())
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        if self.clusters != ClusterFeatures::NONE {
            w.bytes(b"SRDP5");
            w.u16(self.beam.min(u16::MAX as usize) as u16);
            w.u8(self.order.code());
            w.u8(self.label_set.0);
            w.u8(self.clusters.0);
            w.u32(fingerprint() as u32);
        } else if self.label_set != LabelFeatures::ORIGINAL {
            w.bytes(b"SRDP4");
            w.u16(self.beam.min(u16::MAX as usize) as u16);
            w.u8(self.order.code());
            w.u8(self.label_set.0);
        } else if self.order != Order::Forward {
            w.bytes(b"SRDP3");
            w.u16(self.beam.min(u16::MAX as usize) as u16);
            w.u8(self.order.code());
        } else if self.beam > 1 {
            w.bytes(b"SRDP2");
            w.u16(self.beam.min(u16::MAX as usize) as u16);
        } else {
            w.bytes(b"SRDP1");
        }
        self.trans.to_bytes(&mut w);
        self.labels.to_bytes(&mut w);
        if let Some(rl) = &self.relabel {
            rl.to_bytes(&mut w);
        }
        w.buf
    }

    /// Reads a parser model file, copying its tables.
    pub fn from_bytes(data: &[u8]) -> Result<Parser, ModelError> {
        Parser::read(data, Model::read)
    }

    /// Reads a parser model that lives for the whole program (the
    /// compiled-in one): its perceptron tables are used where they lie.
    pub fn from_static(data: &'static [u8]) -> Result<Parser, ModelError> {
        Parser::read(data, Model::read_static)
    }

    /// Whether both perceptron tables are used in place (see
    /// [`Parser::from_static`]).
    pub fn tables_in_place(&self) -> bool {
        self.trans.in_place() && self.labels.in_place()
    }

    fn read<'a>(
        data: &'a [u8],
        model: fn(&mut Reader<'a>) -> Result<Model, ModelError>,
    ) -> Result<Parser, ModelError> {
        let mut r = Reader::new(data, "parser model");
        let reverse = data.starts_with(b"SRDP3");
        let mut order = Order::Forward;
        let mut label_set = LabelFeatures::ORIGINAL;
        let srdp5 = data.starts_with(b"SRDP5");
        let mut cluster_set = ClusterFeatures::NONE;
        let beam = if data.starts_with(b"SRDP4") || srdp5 {
            r.expect_magic(if srdp5 { b"SRDP5" } else { b"SRDP4" })?;
            let beam = r.u16()? as usize;
            order = Order::of_code(r.u8()?).ok_or(ModelError::Corrupt {
                what: "parser model",
                detail: "unknown reading order".into(),
            })?;
            label_set = LabelFeatures(r.u8()?);
            if label_set.0 & !LabelFeatures::KNOWN != 0 {
                return Err(ModelError::Corrupt {
                    what: "parser model",
                    detail: "unknown label feature groups".into(),
                });
            }
            if srdp5 {
                cluster_set = ClusterFeatures(r.u8()?);
                if cluster_set.0 & !ClusterFeatures::KNOWN != 0 {
                    return Err(ModelError::Corrupt {
                        what: "parser model",
                        detail: "unknown cluster feature groups".into(),
                    });
                }
            }
            if srdp5 {
                // Read the compiled-in table now, so that loading (not the
                // first sentence) pays for it.
                clusters();
            }
            if srdp5 && r.u32()? != fingerprint() as u32 {
                return Err(ModelError::Corrupt {
                    what: "parser model",
                    detail: "trained with other word clusters than data/word-clusters.tsv".into(),
                });
            }
            beam
        } else if data.starts_with(b"SRDP2") || reverse {
            r.expect_magic(if reverse { b"SRDP3" } else { b"SRDP2" })?;
            let beam = r.u16()? as usize;
            if reverse {
                order = Order::of_code(r.u8()?).filter(|&o| o != Order::Forward).ok_or(
                    ModelError::Corrupt {
                        what: "parser model",
                        detail: "unknown reading order".into(),
                    },
                )?;
            }
            beam
        } else {
            r.expect_magic(b"SRDP1")?;
            1
        };
        let trans = model(&mut r)?;
        let labels = model(&mut r)?;
        let relabel = if label_set.0 & LabelFeatures::RELABEL != 0 {
            let rl = model(&mut r)?;
            if rl.n_classes() != labels.n_classes() {
                return Err(ModelError::Corrupt {
                    what: "parser model",
                    detail: "second-pass label model has other labels".into(),
                });
            }
            Some(rl)
        } else {
            None
        };
        if trans.n_classes() != 3 || labels.n_classes() == 0 {
            return Err(ModelError::Corrupt {
                what: "parser model",
                detail: "wrong number of classes".into(),
            });
        }
        if beam == 0 {
            return Err(ModelError::Corrupt {
                what: "parser model",
                detail: "beam width 0".into(),
            });
        }
        Ok(Parser {
            trans,
            labels,
            beam,
            order,
            label_set,
            relabel,
            clusters: cluster_set,
        })
    }
}

/// A parse of the words read in the order `perm` (`perm[j]` = sentence
/// position of the j-th word read), mapped back to sentence order (heads
/// 1-based, 0 = root).
fn unpermute(p: &Parse, perm: &[usize]) -> Parse {
    let n = perm.len();
    let mut out = Parse {
        heads: vec![0; n],
        labels: vec![0; n],
    };
    for (j, &i) in perm.iter().enumerate() {
        let h = p.heads.get(j).copied().unwrap_or(0);
        out.heads[i] = if h == 0 || h > n { 0 } else { perm[h - 1] + 1 };
        out.labels[i] = p.labels.get(j).copied().unwrap_or(0);
    }
    out
}

/// The same training sentence read in `order` (words, tags, heads and
/// labels), for training the right-to-left half of an ensemble.
pub fn ordered_example(ex: &Example, order: Order) -> Example {
    let perm = order.permutation(&ex.u);
    let n = perm.len();
    // pos[i] = 1-based reading position of sentence word i (0-based).
    let mut pos = vec![0usize; n];
    for (j, &i) in perm.iter().enumerate() {
        pos[i] = j + 1;
    }
    let by = |v: &[u64]| perm.iter().map(|&i| v[i]).collect::<Vec<u64>>();
    Example {
        w: by(&ex.w),
        t: by(&ex.t),
        u: by(&ex.u),
        heads: perm
            .iter()
            .map(|&i| match ex.heads[i] {
                UNKNOWN_HEAD => UNKNOWN_HEAD,
                0 => 0,
                h if h > n => 0,
                h => pos[h - 1],
            })
            .collect(),
        labels: perm.iter().map(|&i| ex.labels[i]).collect(),
    }
}

/// The same training sentence read right to left.
pub fn reversed_example(ex: &Example) -> Example {
    ordered_example(ex, Order::Reversed)
}

/// Heads (0 = root) and labels of a final state.
fn to_parse(st: &State) -> Parse {
    let (n, root) = (st.n, st.root());
    let mut out = Parse {
        heads: Vec::with_capacity(n),
        labels: Vec::with_capacity(n),
    };
    for d in 1..=n {
        let h = st.head[d];
        out.heads
            .push(if h == root || h == usize::MAX { 0 } else { h });
        out.labels.push(if st.label[d] == NO_LABEL {
            0
        } else {
            st.label[d] as usize
        });
    }
    out
}

/// Head of a word whose arc a partial silver tree leaves open (the parsers
/// that made it disagreed there): the greedy trainer's dynamic oracle counts
/// no cost for it and the label model learns nothing from it.
pub const UNKNOWN_HEAD: usize = usize::MAX;

/// One training sentence: hashed words and tags, gold heads (0 = root,
/// 1-based, [`UNKNOWN_HEAD`] for an open arc of a partial tree) and gold
/// label indices.
#[derive(Clone, Debug)]
pub struct Example {
    pub w: Vec<u64>,
    pub t: Vec<u64>,
    pub u: Vec<u64>,
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
}

#[derive(Clone, Debug)]
pub struct ParserConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Probability of following the model's own wrong transition.
    pub explore: f64,
    /// First epoch (0-based) in which training explores. Exploring from
    /// the start peaks earlier and higher on EWT dev (UAS 84.77 after 5
    /// epochs, against 84.59 at best when exploring from the second epoch).
    pub explore_from: usize,
    /// Pruning threshold of the transition model (quantised units, out of
    /// 32000 for the largest weight): the model size/accuracy knob.
    pub trans_min_weight: i16,
    /// Pruning threshold of the label model.
    pub label_min_weight: i16,
    /// Give correct arcs their gold label during training (teacher forcing)
    /// instead of the predicted one. Off by default: with predicted labels
    /// the label features look the same in training as at run time (dev
    /// UAS +0.2).
    pub gold_labels: bool,
    /// Beam width: 1 trains the greedy parser above; K > 1 trains a global
    /// model decoded with a beam of K (module [`crate::beam`]).
    pub beam: usize,
    /// Beam training: update at the first step where every correct
    /// hypothesis has left the beam (early update, Collins & Roark 2004)
    /// instead of at the step of largest violation (Huang et al. 2012).
    pub early_update: bool,
    /// Label model feature groups ([`LabelFeatures`]); the original set
    /// by default, which writes the same model file as before session 18.
    pub label_set: LabelFeatures,
    /// Epochs of a second-pass label model trained on the finished
    /// parser's trees of the training sentences (0 = none, as before
    /// session 18; see [`relabel_features`]).
    pub relabel_epochs: usize,
    /// With `relabel_epochs`: train it on jack-knifed trees (this many
    /// folds, each parsed by a parser trained on the others; ≥ 2), and let
    /// it read the first-pass label of each arc. 0: the final parser's own
    /// trees of the training sentences.
    pub relabel_folds: usize,
    /// Word cluster feature groups ([`ClusterFeatures`], session 20); none
    /// by default, which writes the same model file as before.
    pub clusters: ClusterFeatures,
}

impl Default for ParserConfig {
    fn default() -> Self {
        ParserConfig {
            epochs: 5,
            seed: 7,
            explore: 0.9,
            explore_from: 0,
            trans_min_weight: 400,
            label_min_weight: 100,
            gold_labels: false,
            beam: 1,
            early_update: false,
            label_set: LabelFeatures::ORIGINAL,
            relabel_epochs: 0,
            relabel_folds: 0,
            clusters: ClusterFeatures::NONE,
        }
    }
}

/// Dynamic-oracle costs (Goldberg & Nivre 2013, arc-hybrid) of the three
/// transitions; `gh` is the gold head of each index (ROOT = n+1).
pub(crate) fn costs(
    st: &State,
    gh: &[usize],
    kids: &[Vec<usize>],
    legal: &[bool; 3],
) -> [usize; 3] {
    let mut c = [usize::MAX; 3];
    let b = st.b;
    let in_buf = |x: usize| x >= b && x != NONE;
    let s0 = st.s(0);
    let s1 = st.s(1);
    let kids_in_buf = |x: usize| kids[x].iter().filter(|&&d| d >= b).count();
    if legal[LEFT] {
        let h = gh[s0];
        // An unknown head (NONE, partial silver trees) costs nothing; s1 is
        // NONE too when the stack holds one word.
        let lost = h != NONE && h != b && (h == s1 || in_buf(h));
        c[LEFT] = (lost as usize) + kids_in_buf(s0);
    }
    if legal[RIGHT] {
        let h = gh[s0];
        c[RIGHT] = (in_buf(h) as usize) + kids_in_buf(s0);
    }
    if legal[SHIFT] {
        let h = gh[b];
        let mut cost = 0;
        if h != s0 && h < b && st.stack.contains(&h) {
            cost += 1;
        }
        cost += kids[b]
            .iter()
            .filter(|&&d| d < b && st.head[d] == usize::MAX && st.stack.contains(&d))
            .count();
        c[SHIFT] = cost;
    }
    c
}

/// Gold head of each index (ROOT = n+1, index 0 unused, NONE for a word
/// whose head is [`UNKNOWN_HEAD`]) and the gold dependents of each index,
/// for the dynamic oracle.
pub(crate) fn gold_tree(ex: &Example) -> (Vec<usize>, Vec<Vec<usize>>) {
    let n = ex.w.len();
    let root = n + 1;
    let mut gh = vec![NONE; n + 2];
    let mut kids = vec![Vec::new(); n + 2];
    for (i, &head) in ex.heads.iter().enumerate() {
        if head == UNKNOWN_HEAD {
            continue;
        }
        let h = if head == 0 || head > n { root } else { head };
        gh[i + 1] = h;
        kids[h].push(i + 1);
    }
    (gh, kids)
}

/// The token attributes of a training example, with word clusters when
/// the model being trained (or run) reads them.
pub(crate) fn example_toks(ex: &Example, clusters: ClusterFeatures, tk: &mut Toks) {
    toks(
        &Input {
            w: &ex.w,
            t: &ex.t,
            u: &ex.u,
        },
        tk,
    );
    with_clusters(tk, clusters);
}

pub(crate) fn transition_names() -> Vec<String> {
    vec!["SHIFT".into(), "LEFT".into(), "RIGHT".into()]
}

/// Trains a parser. `label_names` indexes the gold labels of the examples.
/// After each epoch, `after_epoch` gets the epoch and a function making the
/// averaged parser so far at given pruning thresholds (transitions, labels),
/// to score it on held-out data.
pub fn train(
    exs: &[Example],
    label_names: Vec<String>,
    cfg: &ParserConfig,
    log: &mut dyn FnMut(&str),
    mut after_epoch: impl FnMut(usize, &dyn Fn(i16, i16) -> Parser),
) -> Parser {
    if cfg.beam > 1 {
        return crate::beam::train(exs, label_names, cfg, log, &mut after_epoch);
    }
    let nl = label_names.len();
    let mut tm = Trainer::new(3);
    let mut lm = Trainer::new(nl);
    let mut rng = Rng::new(cfg.seed);
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let mut f = Vec::with_capacity(128);
    let mut sc = vec![0f32; 3];
    let mut ls = vec![0f32; nl];
    let mut tk = Toks::default();
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut arcs, mut ok) = (0usize, 0usize);
        for &i in &order {
            let ex = &exs[i];
            let n = ex.w.len();
            example_toks(ex, cfg.clusters, &mut tk);
            let (gh, kids) = gold_tree(ex);
            let mut st = State::new(n);
            while !st.terminal() {
                let legal = st.legal();
                trans_features(&st, &tk, &mut f);
                tm.score(&f, &mut sc);
                let c = costs(&st, &gh, &kids, &legal);
                let mut pred = usize::MAX;
                let mut gold = usize::MAX;
                let min_c = *c.iter().min().unwrap_or(&0);
                for t in 0..3 {
                    if !legal[t] {
                        continue;
                    }
                    if pred == usize::MAX || sc[t] > sc[pred] {
                        pred = t;
                    }
                    if c[t] == min_c && (gold == usize::MAX || sc[t] > sc[gold]) {
                        gold = t;
                    }
                }
                if pred == usize::MAX {
                    break;
                }
                if c[pred] > min_c {
                    tm.update(&f, gold, pred);
                }
                tm.tick();
                let next =
                    if epoch >= cfg.explore_from && c[pred] > min_c && rng.unit() < cfg.explore {
                        pred
                    } else {
                        gold
                    };
                let mut lab = 0u16;
                if next != SHIFT {
                    let (h, d) = st.arc_of(next);
                    label_features(&st, &tk, h, d, cfg.label_set, &mut f);
                    lm.score(&f, &mut ls);
                    let mut lp = 0;
                    for (k, v) in ls.iter().enumerate() {
                        if *v > ls[lp] {
                            lp = k;
                        }
                    }
                    lab = lp as u16;
                    if gh[d] == h {
                        let g = ex.labels[d - 1] as usize;
                        lm.update(&f, g, lp);
                        lm.tick();
                        if cfg.gold_labels {
                            lab = g as u16;
                        }
                    }
                    arcs += 1;
                    ok += (gh[d] == h) as usize;
                }
                st.apply(next, lab);
            }
        }
        log(&format!(
            "parser epoch {}: followed-arc precision {:.2}% ({} transition / {} label features)",
            epoch + 1,
            100.0 * ok as f64 / arcs.max(1) as f64,
            tm.n_features(),
            lm.n_features()
        ));
        let names = label_names.clone();
        after_epoch(epoch, &|tmw, lmw| Parser {
            trans: tm.finish(transition_names(), tmw),
            labels: lm.finish(names.clone(), lmw),
            beam: 1,
            order: Order::Forward,
            label_set: cfg.label_set,
            relabel: None,
            clusters: cfg.clusters,
        });
    }
    let p = Parser {
        trans: tm.finish(transition_names(), cfg.trans_min_weight),
        labels: lm.finish(label_names, cfg.label_min_weight),
        beam: 1,
        order: Order::Forward,
        label_set: cfg.label_set,
        relabel: None,
        clusters: cfg.clusters,
    };
    if cfg.relabel_epochs == 0 {
        return p;
    }
    let own = cfg.relabel_folds >= 2;
    let trees = if own {
        jackknifed_trees(exs, &p.labels.class_names().to_vec(), cfg, log)
    } else {
        exs.iter().map(|ex| p.tree_of(ex)).collect()
    };
    let rl = train_relabel(&p, exs, &trees, own, cfg, log);
    let own_flag = if own { LabelFeatures::RELABEL_OWN } else { 0 };
    Parser {
        label_set: LabelFeatures(p.label_set.0 | LabelFeatures::RELABEL | own_flag),
        relabel: Some(rl),
        ..p
    }
}

/// For each word of a finished tree, its nearest sibling before and after
/// it (0 = none): words with the same head, in sentence order.
fn siblings(st: &State) -> (Vec<usize>, Vec<usize>) {
    let m = st.n + 2;
    let (mut prev, mut next, mut last) = (vec![NONE; m], vec![NONE; m], vec![NONE; m]);
    for d in 1..=st.n {
        let h = st.head[d];
        if h >= m {
            continue;
        }
        prev[d] = last[h];
        if last[h] != NONE {
            next[last[h]] = d;
        }
        last[h] = d;
    }
    (prev, next)
}

/// Features of the second-pass label model for the arc h → d of a finished
/// tree: the arc-time features (every dependent complete now, and the
/// head's too), plus what arc-hybrid never shows at arc time: the head's
/// own head and label, and the dependent's siblings on both sides. The
/// arc's own first-pass label only with `own` (trees jack-knifed in
/// training): on the training sentences, which the parser has fitted, it is
/// nearly always right and would be all the model learns.
pub(crate) fn relabel_features(
    st: &State,
    tk: &Toks,
    d: usize,
    sibs: &(Vec<usize>, Vec<usize>),
    own: bool,
    f: &mut Vec<u64>,
) {
    let h = st.head[d];
    label_features(
        st,
        tk,
        h,
        d,
        LabelFeatures(LabelFeatures::DEP | LabelFeatures::PUNCT),
        f,
    );
    let (w, t) = (&tk.w, &tk.t);
    let lab = |x: usize| if x == NONE || x > st.n { 999 } else { lab_h(st.label[x]) };
    let root = st.root();
    let dir = if h == root { 2u64 } else { (h < d) as u64 };
    let g = if h == root || st.head[h] > root { NONE } else { st.head[h] };
    let (hw, ht, dt) = (w[h], t[h], t[d]);
    let (ps, ns) = (sibs.0[d], sibs.1[d]);
    f.extend_from_slice(&[
        f3(50, ht, lab(h), dir),
        f3(51, t[g], ht, f2(0, dt, dir)),
        f3(52, lab(h), dt, dir),
        f3(53, w[g], dt, dir),
        f3(54, lab(ps), dt, dir),
        f3(55, lab(ns), dt, dir),
        f3(56, lab(ps), lab(ns), f2(0, ht, dt)),
        f3(57, t[ps], t[ns], f2(0, dt, dir)),
        f3(58, ht, st.rset[h], dir),
        f3(59, hw, f2(0, st.lset[h], st.rset[h]), dir),
        f3(60, ht, f2(0, st.lset[h], st.rset[h]), dt),
    ]);
    if own {
        let (dw, dl) = (w[d], lab(d));
        f.extend_from_slice(&[
            f2(61, dl, dir),
            f3(62, dl, dt, dir),
            f3(63, dl, dw, dir),
            f3(64, dl, ht, dir),
            f3(65, dl, lab(h), dt),
        ]);
    }
}

/// Relabels every arc of a finished tree with the second-pass model. The
/// features of every arc read the first-pass labels, so the new labels
/// are written only once all are chosen.
fn relabel(rl: &Model, own: bool, st: &mut State, tk: &Toks) {
    let sibs = siblings(st);
    let mut f = Vec::with_capacity(64);
    let mut ls = vec![0i32; rl.n_classes()];
    let mut new = Vec::with_capacity(st.n);
    for d in 1..=st.n {
        if st.head[d] > st.root() {
            new.push(st.label[d]);
            continue;
        }
        relabel_features(st, tk, d, &sibs, own, &mut f);
        rl.score(&f, &mut ls);
        new.push(argmax(&ls) as u16);
    }
    for (d, lab) in (1..=st.n).zip(new) {
        st.label[d] = lab;
    }
}

/// A parsed training sentence: head (state index, `usize::MAX` when
/// unattached) and label of each state index.
type Tree = (Vec<usize>, Vec<u16>);

impl Parser {
    /// The tree this (greedy) parser gives a training sentence.
    fn tree_of(&self, ex: &Example) -> Tree {
        let n = ex.w.len();
        let mut tk = Toks::default();
        example_toks(ex, self.clusters, &mut tk);
        let mut m = vec![None; n + 2];
        let st = self.greedy(&tk, n, &mut m);
        (st.head, st.label)
    }
}

/// The final state of a parse with the given tree (what the relabeler
/// reads: children, label sets and counts do not depend on arc order).
fn state_of_tree(n: usize, tree: &Tree) -> State {
    let mut st = State::new(n);
    st.b = st.root();
    for d in 1..=n {
        let h = tree.0[d];
        if h <= st.root() {
            st.add_arc(h, d, tree.1[d]);
        }
    }
    st
}

/// Trees of the training sentences, each from a parser trained without its
/// fold (`cfg.relabel_folds` folds over groups of three examples, the
/// casings of one sentence), so that their errors look like those on new
/// text.
fn jackknifed_trees(
    exs: &[Example],
    label_names: &[String],
    cfg: &ParserConfig,
    log: &mut dyn FnMut(&str),
) -> Vec<Tree> {
    let k = cfg.relabel_folds;
    let fold = |i: usize| (i / 3) % k;
    let sub = ParserConfig {
        relabel_epochs: 0,
        ..cfg.clone()
    };
    let mut trees = vec![(Vec::new(), Vec::new()); exs.len()];
    for j in 0..k {
        let train_part: Vec<Example> = exs
            .iter()
            .enumerate()
            .filter(|(i, _)| fold(*i) != j)
            .map(|(_, e)| e.clone())
            .collect();
        log(&format!(
            "relabel fold {}/{}: training a parser on {} examples",
            j + 1,
            k,
            train_part.len()
        ));
        let p = train(&train_part, label_names.to_vec(), &sub, &mut |_| {}, |_, _| {});
        for (i, ex) in exs.iter().enumerate() {
            if fold(i) == j {
                trees[i] = p.tree_of(ex);
            }
        }
    }
    trees
}

/// Trains the second-pass label model on the given trees of the training
/// sentences (arcs with the right head only).
fn train_relabel(
    p: &Parser,
    exs: &[Example],
    trees: &[Tree],
    own: bool,
    cfg: &ParserConfig,
    log: &mut dyn FnMut(&str),
) -> Model {
    let nl = p.labels.n_classes();
    let mut rm = Trainer::new(nl);
    let mut rng = Rng::new(cfg.seed.wrapping_add(101));
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let mut f = Vec::with_capacity(64);
    let mut ls = vec![0f32; nl];
    let mut tk = Toks::default();
    for epoch in 0..cfg.relabel_epochs {
        rng.shuffle(&mut order);
        let (mut arcs, mut ok) = (0usize, 0usize);
        for &i in &order {
            let ex = &exs[i];
            let n = ex.w.len();
            example_toks(ex, p.clusters, &mut tk);
            let (gh, _) = gold_tree(ex);
            let st = state_of_tree(n, &trees[i]);
            let sibs = siblings(&st);
            for d in 1..=n {
                if st.head[d] != gh[d] {
                    continue;
                }
                relabel_features(&st, &tk, d, &sibs, own, &mut f);
                rm.score(&f, &mut ls);
                let guess = argmax(&ls);
                let gold = ex.labels[d - 1] as usize;
                rm.update(&f, gold, guess);
                rm.tick();
                arcs += 1;
                ok += (guess == gold) as usize;
            }
        }
        log(&format!(
            "relabel epoch {}: {:.2}% of right-head arcs labelled right in training ({} features)",
            epoch + 1,
            100.0 * ok as f64 / arcs.max(1) as f64,
            rm.n_features()
        ));
    }
    rm.finish(p.labels.class_names().to_vec(), cfg.label_min_weight)
}

/// Assembles a parser from trained models (used by [`crate::beam`]).
pub(crate) fn assemble(
    trans: Model,
    labels: Model,
    beam: usize,
    label_set: LabelFeatures,
    clusters: ClusterFeatures,
) -> Parser {
    Parser {
        trans,
        labels,
        beam: beam.max(1),
        order: Order::Forward,
        label_set,
        relabel: None,
        clusters,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::{Scratch, Tags};
    use crate::{conllu, tokenize, Analyzer};

    const SAMPLE: &str = "Armed forces spokesman Colonel Isaacs said that the attack was not \
        against the farm. The raid, which local officials attributed to the RSF, killed at \
        least 12 people on Thursday. AL-SHABAAB CLAIMED RESPONSIBILITY FOR THE BLAST IN \
        MOGADISHU, POLICE SAID. gunmen opened fire on a bus near the border, wounding three \
        soldiers and a child. \"We will not stop,\" he said, before the talks that were held \
        in Geneva on 3 May collapsed again.";

    /// Sentences of the sample, and of EWT dev when `../shared` is there.
    fn sentences() -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = tokenize::sentences(SAMPLE)
            .into_iter()
            .map(|s| s.into_iter().map(|r| SAMPLE[r].to_string()).collect())
            .collect();
        let dev = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
        );
        if let Some(s) = std::fs::read_to_string(dev)
            .ok()
            .and_then(|t| conllu::parse(&t).ok())
        {
            out.extend(
                s.iter()
                    .take(400)
                    .map(|s| s.words.iter().map(|w| w.form.clone()).collect()),
            );
        }
        out
    }

    /// Tagged sentences: word, XPOS and UPOS hashes from the embedded tagger.
    fn tagged() -> Vec<(Vec<u64>, Vec<u64>, Vec<u64>)> {
        let a = Analyzer::embedded();
        sentences()
            .iter()
            .map(|words| {
                let words: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
                let mut tags = Tags::default();
                let mut scratch = Scratch::default();
                a.tagger().tag_with(&words, &mut tags, &mut scratch);
                let t = tags.xpos.iter().map(|&x| a.tagger().xpos_hash(x)).collect();
                let u = tags.upos.iter().map(|&x| a.tagger().upos_hash(x)).collect();
                (scratch.word_hashes(), t, u)
            })
            .collect()
    }

    /// At every scored state of greedy decoding with `p`, the remembered
    /// group sums give the scores of `Model::score` over all of
    /// `trans_features`; returns how many states were checked.
    fn check_groups(p: &Parser) -> usize {
        let mut states = 0;
        for (w, t, u) in tagged() {
            let mut tk = Toks::default();
            toks(&Input { w: &w, t: &t, u: &u }, &mut tk);
            with_clusters(&mut tk, p.clusters);
            let n = w.len();
            let mut st = State::new(n);
            let mut memo = Memo::new(n);
            let (mut f, mut g, mut sc) = (Vec::new(), Vec::new(), vec![0i32; 3]);
            while !st.terminal() {
                let legal = st.legal();
                let t = if legal.iter().filter(|&&l| l).count() == 1 {
                    legal.iter().position(|&l| l).unwrap_or(usize::MAX)
                } else {
                    trans_features(&st, &tk, &mut f);
                    p.trans.score(&f, &mut sc);
                    let mine = p.trans_scores(&st, &tk, &mut memo, &mut g);
                    assert_eq!(&sc[..], &mine[..]);
                    states += 1;
                    best_legal_i(&sc, &legal)
                };
                assert!(t < 3);
                let mut lab = 0u16;
                if t != SHIFT {
                    let (h, d) = st.arc_of(t);
                    label_features(&st, &tk, h, d, p.label_set, &mut f);
                    let mut ls = vec![0i32; p.labels.n_classes()];
                    p.labels.score(&f, &mut ls);
                    lab = argmax(&ls) as u16;
                }
                memo.before_apply(&st, t);
                st.apply(t, lab);
            }
        }
        states
    }

    #[test]
    fn groups_are_the_transition_features() {
        assert!(check_groups(Analyzer::embedded().parser()) > 50);
    }

    /// The same with every word cluster feature group (session 20), on a
    /// parser trained on the embedded parser's trees of the sample: the
    /// cluster features of each group read only what that group's memo
    /// depends on.
    #[test]
    fn groups_with_clusters_are_the_transition_features() {
        let a = Analyzer::embedded();
        let exs: Vec<Example> = tagged()
            .into_iter()
            .map(|(w, t, u)| {
                let parse = a.parser().parse(&Input { w: &w, t: &t, u: &u });
                Example {
                    w,
                    t,
                    u,
                    heads: parse.heads,
                    labels: parse.labels.iter().map(|&l| l as u16).collect(),
                }
            })
            .collect();
        let cfg = ParserConfig {
            epochs: 2,
            clusters: ClusterFeatures(7),
            ..Default::default()
        };
        let p = train(&exs, a.parser().label_names().to_vec(), &cfg, &mut |_| {}, |_, _| {});
        assert_eq!(p.cluster_features(), ClusterFeatures(7));
        assert!(check_groups(&p) > 50);
    }
}
