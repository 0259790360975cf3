//! Beam-search decoding and global training for the arc-hybrid parser of
//! [`crate::parser`] (same transitions, features and model files).
//!
//! Why: the greedy parser commits to each transition as it goes, so an early
//! mistake (a clause closed too soon, a phrase attached to the nearest verb)
//! is never undone, and its perceptron learns only locally good moves.
//! Keeping the K best partial parses, ranked by the sum of their transition
//! scores, and training the weights so that a whole correct transition
//! sequence outscores the beam (a structured perceptron: Zhang & Clark 2008,
//! Zhang & Nivre 2011) lets later evidence overrule an early choice, at K
//! times the scoring cost.
//!
//! Training. Which hypotheses are correct comes from the dynamic oracle the
//! greedy trainer uses: a hypothesis stays correct while every transition it
//! took had the least cost, so any of the several sequences that build the
//! gold tree counts (arc-hybrid has spurious ambiguity) and non-projective
//! trees are handled as well as the oracle handles them. The reference is
//! the best-scoring correct sequence the model knows of: the best correct
//! hypothesis in the beam, or, once none is left, the reference extended by
//! its best correct move. The update (reference +1, best hypothesis −1,
//! summed over their differing steps) is made at the step where the beam's
//! best hypothesis outscores the reference by most (max-violation, Huang,
//! Fayong & Guo 2012), or, with `early_update`, at the first step where no
//! correct hypothesis is left (Collins & Roark 2004). Forced moves are not
//! scored, in training as at run time.
//!
//! Labels are not part of the search: as in the greedy parser, the label
//! perceptron labels each arc when it is made, in every hypothesis, and is
//! trained locally on the correct arcs of the final best hypothesis.

use std::cmp::Ordering;

use crate::hash::Rng;
use crate::parser::{
    assemble, costs, example_toks, gold_tree, label_features, trans_features,
    transition_names, Example, LabelFeatures, Parser, ParserConfig, State, Toks, SHIFT,
};
use crate::perceptron::{argmax, Trainer};

/// A possible successor: the parent's index in the beam, the transition, the
/// parent's score plus the transition's, and whether it is still correct.
#[derive(Clone, Copy)]
struct Cand<S> {
    score: S,
    parent: usize,
    t: usize,
    gold: bool,
}

/// A beam hypothesis. `node` is its last move in the [`History`] (training
/// only); `gold`: all its moves were correct.
struct Hyp<S> {
    st: State,
    score: S,
    node: u32,
    gold: bool,
}

impl<S: Default> Hyp<S> {
    fn new(n: usize) -> Self {
        Hyp {
            st: State::new(n),
            score: S::default(),
            node: 0,
            gold: true,
        }
    }
}

/// A beam whose states are reused from step to step (copying into an
/// existing state does not allocate); `items[..len]` are live, best first.
struct Beam<S> {
    items: Vec<Hyp<S>>,
    len: usize,
}

impl<S: Default> Beam<S> {
    /// The beam holding only the initial state.
    fn new(n: usize) -> Self {
        Beam {
            items: vec![Hyp::new(n)],
            len: 1,
        }
    }
    fn live(&self) -> &[Hyp<S>] {
        &self.items[..self.len]
    }
    fn done(&self) -> bool {
        self.len == 0 || self.items[0].st.terminal()
    }
    /// The j-th slot, created if the beam never had that many.
    fn slot(&mut self, j: usize, n: usize) -> &mut Hyp<S> {
        while self.items.len() <= j {
            self.items.push(Hyp::new(n));
        }
        &mut self.items[j]
    }
}

/// Keeps the `k` best candidates, best first. The sort is stable, so ties
/// keep the order of generation and decoding is deterministic.
fn keep_best<S: PartialOrd>(c: &mut Vec<Cand<S>>, k: usize) {
    c.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(Ordering::Equal));
    c.truncate(k);
}

/// Parses with a beam of `k` using the trained model of `p`; returns the
/// final state of the best hypothesis.
pub(crate) fn decode(p: &Parser, tk: &Toks, n: usize, k: usize) -> State {
    let mut cur: Beam<i64> = Beam::new(n);
    let mut next: Beam<i64> = Beam::new(n);
    let mut cands = Vec::with_capacity(3 * k);
    let mut f = Vec::with_capacity(128);
    let mut sc = [0i32; 3];
    let mut ls = vec![0i32; p.labels.n_classes()];
    while !cur.done() {
        cands.clear();
        for (i, h) in cur.live().iter().enumerate() {
            if let Some(t) = h.st.forced() {
                cands.push(Cand {
                    score: h.score,
                    parent: i,
                    t,
                    gold: false,
                });
                continue;
            }
            trans_features(&h.st, tk, &mut f);
            p.trans.score(&f, &mut sc);
            let legal = h.st.legal();
            for t in (0..3).filter(|&t| legal[t]) {
                cands.push(Cand {
                    score: h.score + sc[t] as i64,
                    parent: i,
                    t,
                    gold: false,
                });
            }
        }
        keep_best(&mut cands, k);
        for (j, c) in cands.iter().enumerate() {
            let src = &cur.items[c.parent].st;
            let lab = if c.t == SHIFT {
                0
            } else {
                let (h, d) = src.arc_of(c.t);
                label_features(src, tk, h, d, p.label_features(), &mut f);
                p.labels.score(&f, &mut ls);
                argmax(&ls) as u16
            };
            let hyp = next.slot(j, n);
            hyp.st.copy_from(src);
            hyp.st.apply(c.t, lab);
            hyp.score = c.score;
        }
        next.len = cands.len();
        std::mem::swap(&mut cur, &mut next);
    }
    std::mem::replace(&mut cur.items[0].st, State::new(0))
}

/// The moves of all hypotheses of one sentence as a tree: entry i is
/// (previous entry, transition, label); entry 0 is the empty sequence.
struct History(Vec<(u32, u8, u16)>);

impl History {
    fn clear(&mut self) {
        self.0.clear();
        self.0.push((0, 0, 0));
    }
    fn push(&mut self, prev: u32, t: usize, lab: u16) -> u32 {
        self.0.push((prev, t as u8, lab));
        (self.0.len() - 1) as u32
    }
    /// The (transition, label) sequence ending at `node`, first move first.
    fn moves(&self, mut node: u32) -> Vec<(usize, u16)> {
        let mut out = Vec::new();
        while node != 0 {
            let (prev, t, lab) = self.0[node as usize];
            out.push((t as usize, lab));
            node = prev;
        }
        out.reverse();
        out
    }
}

/// A training sentence with its gold tree (see [`gold_tree`]).
struct Sent<'a> {
    n: usize,
    tk: &'a Toks,
    gh: &'a [usize],
    kids: &'a [Vec<usize>],
    labels: &'a [u16],
}

/// Reusable buffers of the training loop.
struct Scratch {
    f: Vec<u64>,
    sc: Vec<f32>,
    ls: Vec<f32>,
    cands: Vec<Cand<f64>>,
    /// The label model's feature groups.
    label_set: LabelFeatures,
}


/// The label the label model under training gives the arc of transition `t`.
fn label_of(lm: &Trainer, st: &State, tk: &Toks, t: usize, x: &mut Scratch) -> u16 {
    if t == SHIFT {
        return 0;
    }
    let (h, d) = st.arc_of(t);
    label_features(st, tk, h, d, x.label_set, &mut x.f);
    lm.score(&x.f, &mut x.ls);
    argmax(&x.ls) as u16
}

/// Which legal transitions of `st` are correct (have the least cost).
fn correct_moves(st: &State, s: &Sent) -> [bool; 3] {
    let legal = st.legal();
    let c = costs(st, s.gh, s.kids, &legal);
    let min_c = (0..3)
        .filter(|&t| legal[t])
        .map(|t| c[t])
        .min()
        .unwrap_or(0);
    [0, 1, 2].map(|t| legal[t] && c[t] == min_c)
}

/// Adds the successors of beam hypothesis `i` to `x.cands`.
fn expand(tm: &Trainer, h: &Hyp<f64>, i: usize, s: &Sent, x: &mut Scratch) {
    let correct = if h.gold {
        correct_moves(&h.st, s)
    } else {
        [false; 3]
    };
    if let Some(t) = h.st.forced() {
        x.cands.push(Cand {
            score: h.score,
            parent: i,
            t,
            gold: correct[t],
        });
        return;
    }
    trans_features(&h.st, s.tk, &mut x.f);
    tm.score(&x.f, &mut x.sc);
    let legal = h.st.legal();
    for t in (0..3).filter(|&t| legal[t]) {
        x.cands.push(Cand {
            score: h.score + x.sc[t] as f64,
            parent: i,
            t,
            gold: correct[t],
        });
    }
}

/// Extends the reference by its best-scoring correct move.
fn advance_reference(
    tm: &Trainer,
    lm: &Trainer,
    r: &mut Hyp<f64>,
    s: &Sent,
    hist: &mut History,
    x: &mut Scratch,
) {
    let (t, gain) = match r.st.forced() {
        Some(t) => (t, 0.0),
        None => {
            let correct = correct_moves(&r.st, s);
            trans_features(&r.st, s.tk, &mut x.f);
            tm.score(&x.f, &mut x.sc);
            let mut best = usize::MAX;
            for t in (0..3).filter(|&t| correct[t]) {
                if best == usize::MAX || x.sc[t] > x.sc[best] {
                    best = t;
                }
            }
            if best == usize::MAX {
                return; // cannot happen: some legal move has the least cost
            }
            (best, x.sc[best] as f64)
        }
    };
    let lab = label_of(lm, &r.st, s.tk, t, x);
    r.node = hist.push(r.node, t, lab);
    r.score += gain;
    r.st.apply(t, lab);
}

/// What a search over one training sentence found: the (predicted,
/// reference) history nodes to update on, if any, and the final best
/// hypothesis (or the best one when the search stopped early).
struct Outcome {
    update: Option<(u32, u32)>,
    best: u32,
}

/// Beam search over a training sentence with the current weights, tracking
/// the reference and the largest violation.
fn search(
    tm: &Trainer,
    lm: &Trainer,
    s: &Sent,
    k: usize,
    early: bool,
    hist: &mut History,
    x: &mut Scratch,
) -> Outcome {
    hist.clear();
    let mut cur: Beam<f64> = Beam::new(s.n);
    let mut next: Beam<f64> = Beam::new(s.n);
    let mut r: Hyp<f64> = Hyp::new(s.n);
    let mut worst: Option<(f64, u32, u32)> = None;
    while !cur.done() {
        x.cands.clear();
        for (i, h) in cur.live().iter().enumerate() {
            expand(tm, h, i, s, x);
        }
        let mut cands = std::mem::take(&mut x.cands);
        keep_best(&mut cands, k);
        for (j, c) in cands.iter().enumerate() {
            let parent = &cur.items[c.parent];
            let lab = label_of(lm, &parent.st, s.tk, c.t, x);
            let node = hist.push(parent.node, c.t, lab);
            let hyp = next.slot(j, s.n);
            hyp.st.copy_from(&parent.st);
            hyp.st.apply(c.t, lab);
            hyp.score = c.score;
            hyp.node = node;
            hyp.gold = c.gold;
        }
        next.len = cands.len();
        x.cands = cands;
        std::mem::swap(&mut cur, &mut next);

        advance_reference(tm, lm, &mut r, s, hist, x);
        let best_gold = cur.live().iter().find(|h| h.gold);
        if let Some(g) = best_gold {
            if g.score > r.score {
                r.st.copy_from(&g.st);
                r.score = g.score;
                r.node = g.node;
            }
        }
        let top = &cur.items[0];
        if early && best_gold.is_none() {
            return Outcome {
                update: Some((top.node, r.node)),
                best: top.node,
            };
        }
        let v = top.score - r.score;
        if !top.gold && v >= 0.0 && worst.map_or(true, |w| v > w.0) {
            worst = Some((v, top.node, r.node));
        }
    }
    let top = &cur.items[0];
    let update = if early {
        (!top.gold).then_some((top.node, r.node))
    } else {
        worst.map(|w| (w.1, w.2))
    };
    Outcome {
        update,
        best: top.node,
    }
}

/// Adds `delta` to the weights of each scored move of `moves`, replayed
/// from `st`.
fn replay_add(tm: &mut Trainer, tk: &Toks, mut st: State, moves: &[(usize, u16)], delta: f32) {
    let mut f = Vec::with_capacity(128);
    for &(t, lab) in moves {
        if st.forced().is_none() {
            trans_features(&st, tk, &mut f);
            tm.add(&f, t, delta);
        }
        st.apply(t, lab);
    }
}

/// The structured perceptron update: reward the reference's moves and
/// penalise the prediction's, from the first move where they differ.
fn global_update(tm: &mut Trainer, s: &Sent, hist: &History, pred: u32, reference: u32) {
    let (p, r) = (hist.moves(pred), hist.moves(reference));
    let common = p.iter().zip(&r).take_while(|(a, b)| a == b).count();
    let mut st = State::new(s.n);
    for &(t, lab) in &r[..common] {
        st.apply(t, lab);
    }
    let mut st2 = State::new(s.n);
    st2.copy_from(&st);
    replay_add(tm, s.tk, st, &r[common..], 1.0);
    replay_add(tm, s.tk, st2, &p[common..], -1.0);
}

/// Trains the label model on the correct arcs of `moves`; returns (arcs,
/// correct arcs).
fn train_labels(
    lm: &mut Trainer,
    s: &Sent,
    moves: &[(usize, u16)],
    x: &mut Scratch,
) -> (usize, usize) {
    let (mut arcs, mut ok) = (0, 0);
    let mut st = State::new(s.n);
    for &(t, lab) in moves {
        if t != SHIFT {
            let (h, d) = st.arc_of(t);
            arcs += 1;
            if s.gh[d] == h {
                ok += 1;
                label_features(&st, s.tk, h, d, x.label_set, &mut x.f);
                lm.score(&x.f, &mut x.ls);
                let guess = argmax(&x.ls);
                lm.update(&x.f, s.labels[d - 1] as usize, guess);
                lm.tick();
            }
        }
        st.apply(t, lab);
    }
    (arcs, ok)
}

/// Trains a beam parser (`cfg.beam` ≥ 2); arguments as [`crate::parser::train`].
pub(crate) fn train(
    exs: &[Example],
    label_names: Vec<String>,
    cfg: &ParserConfig,
    log: &mut dyn FnMut(&str),
    after_epoch: &mut impl FnMut(usize, &dyn Fn(i16, i16) -> Parser),
) -> Parser {
    let k = cfg.beam.max(1);
    let nl = label_names.len();
    let mut tm = Trainer::new(3);
    let mut lm = Trainer::new(nl);
    let mut rng = Rng::new(cfg.seed);
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let mut tk = Toks::default();
    let mut hist = History(Vec::new());
    let mut x = Scratch {
        f: Vec::with_capacity(128),
        sc: vec![0.0; 3],
        ls: vec![0.0; nl],
        cands: Vec::with_capacity(3 * k),
        label_set: cfg.label_set,
    };
    for epoch in 0..cfg.epochs {
        rng.shuffle(&mut order);
        let (mut arcs, mut ok, mut updates) = (0usize, 0usize, 0usize);
        for &i in &order {
            let ex = &exs[i];
            example_toks(ex, cfg.clusters, &mut tk);
            let (gh, kids) = gold_tree(ex);
            let s = Sent {
                n: ex.w.len(),
                tk: &tk,
                gh: &gh,
                kids: &kids,
                labels: &ex.labels,
            };
            let out = search(&tm, &lm, &s, k, cfg.early_update, &mut hist, &mut x);
            if let Some((pred, reference)) = out.update {
                global_update(&mut tm, &s, &hist, pred, reference);
                updates += 1;
            }
            tm.tick();
            let (a, o) = train_labels(&mut lm, &s, &hist.moves(out.best), &mut x);
            arcs += a;
            ok += o;
        }
        log(&format!(
            "parser epoch {} (beam {k}): best-hypothesis arc precision {:.2}%, {} updates \
             ({} transition / {} label features)",
            epoch + 1,
            100.0 * ok as f64 / arcs.max(1) as f64,
            updates,
            tm.n_features(),
            lm.n_features()
        ));
        let names = label_names.clone();
        after_epoch(epoch, &|tmw, lmw| {
            assemble(
                tm.finish(transition_names(), tmw),
                lm.finish(names.clone(), lmw),
                k,
                cfg.label_set,
                cfg.clusters,
            )
        });
    }
    assemble(
        tm.finish(transition_names(), cfg.trans_min_weight),
        lm.finish(label_names, cfg.label_min_weight),
        k,
        cfg.label_set,
        cfg.clusters,
    )
}
