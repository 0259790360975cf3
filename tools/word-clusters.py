#!/usr/bin/env python3
"""Learns hierarchical word clusters from unlabelled text and writes
`crates/analysis/data/word-clusters.tsv` (one `word<TAB>bitstring` a line).

Why: the parser can read a word's cluster (and its coarser prefixes) as a
feature, as in Koo, Carreras & Collins (2008), "Simple semi-supervised
dependency parsing": a word the treebank saw rarely or never shares its
cluster with words it saw often (docs/analysis.md, "Word clusters
(session 20, branch clu20)").

Method: divisive binary exchange clustering. Every word starts in one
class; each level splits every class in two, and the exchange algorithm
(Kneser & Ney 1993; Martin, Liermann & Ney 1998) moves each word between
the two halves of its parent class while that raises the likelihood of a
class-bigram model of the text (the same objective as Brown clustering:
the mutual information of adjacent classes). After `--depth` levels a
word's bit string is the path of halves it took, so a prefix of the
string is a coarser cluster, as with Brown clusters. One level costs a few
passes over the word-bigram types, so the whole run takes minutes in plain
Python (no third-party packages).

Input text (only text the project may use for training: never EWT dev/test
nor MUC-4 dev/test), with WordNet from Debian's `wordnet-base` package
(`apt-get install wordnet-base`, as for tools/build-noun-senses.py; its
licence allows derived data), from the repository root:

    python3 tools/word-clusters.py \
        --conllu ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \
        --jsonl ../shared/eval/muc4/train.json:doctext \
        --jsonl examples/reports.jsonl:text --text examples/beledweyne.txt \
        --wordnet /usr/share/wordnet \
        --out crates/analysis/data/word-clusters.tsv

`--conllu` files give their FORM column (multiword-token and empty-node
lines skipped), sentence by sentence; `--jsonl FILE:FIELD` and `--text`
files are split into tokens by a small EWT-like tokeniser (punctuation
apart, clitics `n't 's 're 've 'll 'd 'm` split off) and into sentences at
`. ? !`; `--wordnet DIR` reads the glosses and quoted examples of
DIR/data.{noun,verb,adj,adv}, each part between semicolons a sentence. Words are lower-cased with digits folded to `0`, as the tagger's
and parser's word features are (`WordInfo::w`).

Parameters: `--min-count` (default 2: rarer words share one pseudo-word
and get no cluster), `--depth` (default 12: up to 4,096 clusters),
`--max-passes` (default 12 per level; a level stops early when under
0.1% of the words move). Deterministic: the same inputs give the same file.
"""
import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict

BOUNDARY = "<s>"
RARE = "<rare>"
TOKEN = re.compile(
    r"n't|'s|'re|'ve|'ll|'d|'m|[a-z0-9]+(?:[.'&-][a-z0-9]+)*\.?|[^\sa-z0-9]",
)
DIGIT = re.compile(r"[0-9]")


def norm(word):
    """The form the parser keys words by: lower case, digits as 0."""
    return DIGIT.sub("0", word.lower())


def split_text(text):
    """Sentences of tokens from running text (crude, EWT-like)."""
    sent = []
    for m in TOKEN.finditer(text.lower()):
        tok = m.group(0)
        # A trailing full stop is the sentence's unless the word is an
        # abbreviation-like token with inner dots ("u.s.").
        if tok.endswith(".") and len(tok) > 1 and "." not in tok[:-1]:
            sent.append(tok[:-1])
            sent.append(".")
        else:
            sent.append(tok)
        if sent[-1] in (".", "?", "!"):
            yield sent
            sent = []
    if sent:
        yield sent


def read_conllu(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or not cols[0].isdigit():
                continue
            sent.append(cols[1])
    if sent:
        yield sent


def read_jsonl(spec):
    path, _, field = spec.rpartition(":")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield from split_text(json.loads(line).get(field, ""))


def read_text(path):
    with open(path, encoding="utf-8") as f:
        yield from split_text(f.read())


def read_wordnet(folder):
    """WordNet's glosses and their quoted examples (data.noun/verb/adj/adv),
    each part between semicolons a sentence."""
    for pos in ("noun", "verb", "adj", "adv"):
        with open(f"{folder}/data.{pos}", encoding="latin-1") as f:
            for line in f:
                if line.startswith("  ") or " | " not in line:
                    continue
                for part in line.split(" | ", 1)[1].split(";"):
                    part = part.strip().strip('"').strip()
                    if part:
                        yield from split_text(part)


def corpus(args):
    """One token stream, sentences separated by the boundary pseudo-word."""
    stream = [BOUNDARY]
    sources = [read_conllu(p) for p in args.conllu]
    sources += [read_jsonl(s) for s in args.jsonl]
    sources += [read_text(p) for p in args.text]
    sources += [read_wordnet(d) for d in args.wordnet]
    for src in sources:
        for sent in src:
            stream.extend(norm(w) for w in sent)
            stream.append(BOUNDARY)
    return stream


def xlogx(x):
    return x * math.log(x) if x > 0 else 0.0


class Exchange:
    """Class-bigram counts over word ids with the exchange move."""

    def __init__(self, ids, n_words):
        big = Counter(zip(ids, ids[1:]))
        self.right = [dict() for _ in range(n_words)]  # w -> {v: n}, v != w
        self.left = [dict() for _ in range(n_words)]
        self.self_n = [0] * n_words
        self.as_left = [0] * n_words
        self.as_right = [0] * n_words
        for (a, b), n in big.items():
            self.as_left[a] += n
            self.as_right[b] += n
            if a == b:
                self.self_n[a] += n
            else:
                self.right[a][b] = n
                self.left[b][a] = n
        self.n_words = n_words

    def load(self, cls):
        """Class counts for the assignment `cls` (word id -> class)."""
        self.cls = cls
        self.cell = defaultdict(int)
        self.nl = defaultdict(int)
        self.nr = defaultdict(int)
        for w in range(self.n_words):
            c = cls[w]
            self.nl[c] += self.as_left[w]
            self.nr[c] += self.as_right[w]
            self.cell[(c, c)] += self.self_n[w]
            for v, n in self.right[w].items():
                self.cell[(c, cls[v])] += n

    def objective(self):
        return (
            sum(xlogx(n) for n in self.cell.values())
            - sum(xlogx(n) for n in self.nl.values())
            - sum(xlogx(n) for n in self.nr.values())
        )

    def neighbour_classes(self, w):
        cls = self.cls
        rc, lc = defaultdict(int), defaultdict(int)
        for v, n in self.right[w].items():
            rc[cls[v]] += n
        for v, n in self.left[w].items():
            lc[cls[v]] += n
        return rc, lc

    def cell_changes(self, k, rc, lc, s):
        d = defaultdict(int)
        for c, n in rc.items():
            d[(k, c)] += n
        for c, n in lc.items():
            d[(c, k)] += n
        if s:
            d[(k, k)] += s
        return d

    def apply(self, w, k, rc, lc, sign):
        cell = self.cell
        for key, n in self.cell_changes(k, rc, lc, self.self_n[w]).items():
            cell[key] += sign * n
        self.nl[k] += sign * self.as_left[w]
        self.nr[k] += sign * self.as_right[w]

    def gain(self, w, k, rc, lc):
        """Change of the objective if (removed) word w joins class k."""
        cell = self.cell
        g = 0.0
        for key, n in self.cell_changes(k, rc, lc, self.self_n[w]).items():
            old = cell.get(key, 0)
            g += xlogx(old + n) - xlogx(old)
        nl, nr = self.nl.get(k, 0), self.nr.get(k, 0)
        g -= xlogx(nl + self.as_left[w]) - xlogx(nl)
        g -= xlogx(nr + self.as_right[w]) - xlogx(nr)
        return g

    def move(self, w, candidates):
        """Puts w in the best of `candidates`; whether it moved."""
        old = self.cls[w]
        rc, lc = self.neighbour_classes(w)
        self.apply(w, old, rc, lc, -1)
        # Neighbour classes do not change by removing w (w's own bigrams
        # are the self count), but the cells do.
        best, best_gain = old, self.gain(w, old, rc, lc)
        for k in candidates:
            if k != old:
                g = self.gain(w, k, rc, lc)
                if g > best_gain + 1e-9:
                    best, best_gain = k, g
        self.cls[w] = best
        self.apply(w, best, rc, lc, +1)
        return best != old


def cluster(ids, n_words, order, depth, max_passes, log):
    """Bit strings per word id by divisive binary exchange."""
    ex = Exchange(ids, n_words)
    cls = [0] * n_words
    for level in range(depth):
        # Initial split of each class: alternate by frequency rank.
        seen = defaultdict(int)
        new = [0] * n_words
        for w in order:
            new[w] = cls[w] * 2 + seen[cls[w]] % 2
            seen[cls[w]] += 1
        ex.load(new)
        for p in range(max_passes):
            moved = 0
            for w in order:
                parent = ex.cls[w] // 2
                moved += ex.move(w, (parent * 2, parent * 2 + 1))
            log(f"level {level + 1} pass {p + 1}: {moved} moved, objective {ex.objective():.0f}")
            if moved < max(1, n_words // 1000):
                break
        cls = ex.cls
    return [format(c, f"0{depth}b") for c in cls]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conllu", action="append", default=[])
    ap.add_argument("--jsonl", action="append", default=[], help="FILE:FIELD")
    ap.add_argument("--text", action="append", default=[])
    ap.add_argument("--wordnet", action="append", default=[], help="WordNet dict folder")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--depth", type=int, default=12)
    ap.add_argument("--max-passes", type=int, default=12)
    args = ap.parse_args()
    log = lambda m: print(m, file=sys.stderr, flush=True)

    stream = corpus(args)
    counts = Counter(stream)
    keep = {w for w, n in counts.items() if n >= args.min_count}
    stream = [w if w in keep else RARE for w in stream]
    counts = Counter(stream)
    # Word ids by falling frequency, ties by spelling: deterministic.
    vocab = sorted(counts, key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ids = [index[w] for w in stream]
    log(f"{len(stream)} tokens, {len(vocab)} word types with count >= {args.min_count}")
    bits = cluster(ids, len(vocab), list(range(len(vocab))), args.depth, args.max_passes, log)

    rows = sorted(
        (bits[i], -counts[w], w) for i, w in enumerate(vocab) if w not in (BOUNDARY, RARE)
    )
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(
            "# Word clusters for the parser's cluster features, written by\n"
            "# tools/word-clusters.py (see its doc string for the inputs and how to\n"
            "# rerun it). One word a line: lower-cased form with digits as 0, TAB,\n"
            f"# bit string of {args.depth} bits (a prefix is a coarser cluster).\n"
            f"# {len(stream)} tokens, words seen at least {args.min_count} times.\n"
        )
        for b, _, w in rows:
            out.write(f"{w}\t{b}\n")
    log(f"wrote {len(rows)} words to {args.out}")


if __name__ == "__main__":
    main()
