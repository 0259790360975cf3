#!/usr/bin/env python3
"""Selects silver trees for `sitrep train parser --extra-train` from several
parsers' CoNLL-U parses of the same unlabelled text.

Why: self-/tri-training (docs/analysis.md, "Self-training with news text
(session 19)") trains the greedy parser on news text parsed by other
parsers, keeping only what they agree on, so that the product keeps one
greedy parser's speed. Each parse comes from

    sitrep analyze --format conllu --parser MODEL TEXT-FILES... -o PARSE.conllu

(same tokens and tags in every file: one tagger; only HEAD and DEPREL differ).
The first file gives the tags (and, for `whole`, the tree); sentences of
3..60 words only.

    python3 tools/silver-trees.py whole   OUT main.conllu other.conllu [...]
        sentences on which every parser gives the same tree (heads and labels)
    python3 tools/silver-trees.py others  OUT main.conllu other.conllu other2.conllu [...]
        sentences on which the other parsers agree, with their tree (classic
        tri-training: it may differ from the first parser's)
    python3 tools/silver-trees.py partial OUT main.conllu other.conllu [...]
        partial trees: every word's arc on which all parsers agree; the
        others get HEAD and DEPREL `_` (open arcs); sentences with at least
        --min-share of their words agreed

Options: --min-share X (partial, default 0.8), --max-sentences N (a random
sample of N, seed 7, in text order; default all).
"""
import argparse
import random
import sys


def read_sentences(path):
    """Sentences as lists of lines (comments and word lines)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                cur.append(line)
            elif cur:
                sents.append(cur)
                cur = []
    if cur:
        sents.append(cur)
    return sents


def arcs(sent):
    """(HEAD, DEPREL) of each word line."""
    return [tuple(l.split("\t")[6:8]) for l in sent if not l.startswith("#")]


def select(mode, parses, min_share):
    """(sentence index, tree or None, per-word agreement) of the kept sentences."""
    kept = []
    for i, main in enumerate(parses[0]):
        trees = [arcs(p[i]) for p in parses]
        n = len(trees[0])
        if not 3 <= n <= 60:
            continue
        if mode == "whole" and all(t == trees[0] for t in trees[1:]):
            kept.append((i, trees[0], None))
        elif mode == "others" and all(t == trees[1] for t in trees[2:]):
            kept.append((i, trees[1], None))
        elif mode == "partial":
            agreed = [all(t[k] == trees[0][k] for t in trees[1:]) for k in range(n)]
            if sum(agreed) >= min_share * n:
                kept.append((i, trees[0], agreed))
    return kept


def write(out, main, kept):
    """Writes the kept sentences with the first parse's tags; returns (sentences, words, known arcs)."""
    words = known = 0
    with open(out, "w", encoding="utf-8") as f:
        for i, tree, agreed in kept:
            k = 0
            for line in main[i]:
                if line.startswith("#"):
                    f.write(line + "\n")
                    continue
                cols = line.split("\t")
                cols[6], cols[7] = tree[k]
                if agreed is not None and not agreed[k]:
                    cols[6] = cols[7] = "_"
                else:
                    known += 1
                k += 1
                f.write("\t".join(cols) + "\n")
            f.write("\n")
            words += k
    return len(kept), words, known


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["whole", "others", "partial"])
    ap.add_argument("out")
    ap.add_argument("parses", nargs="+")
    ap.add_argument("--min-share", type=float, default=0.8)
    ap.add_argument("--max-sentences", type=int, default=0)
    a = ap.parse_args()
    if len(a.parses) < (3 if a.mode == "others" else 2):
        sys.exit("give the first parser's parse and the others' (two others for 'others')")
    parses = [read_sentences(p) for p in a.parses]
    if len({len(p) for p in parses}) != 1:
        sys.exit("the parses have different numbers of sentences: parse the same files")
    kept = select(a.mode, parses, a.min_share)
    if a.max_sentences and len(kept) > a.max_sentences:
        random.seed(7)
        kept = sorted(random.sample(kept, a.max_sentences), key=lambda x: x[0])
    n, words, known = write(a.out, parses[0], kept)
    print(f"{a.out}: {n} sentences, {words} words, {known} known arcs", file=sys.stderr)


if __name__ == "__main__":
    main()
