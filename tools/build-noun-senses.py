#!/usr/bin/env python3
"""Builds crates/extraction/data/noun_senses.tsv from WordNet 3.0.

Why: the hand-written noun classes (nouns.tsv) cover a few hundred conflict
words; every other head noun reached the argument finder unclassified, so
"minutes", "the incident" or "the release" could become a perpetrator or a
target. WordNet's lexicographer files (its "supersenses": noun.person,
noun.artifact, noun.act, noun.time, ...) say what any common English noun
can denote, which is enough to keep abstract and temporal nouns out of
participant slots and to tell people from things.

Input: Debian's `wordnet-base` package (`apt-get install wordnet-base`),
which installs /usr/share/wordnet/{index,data}.noun. Run from the
repository root:

    python3 tools/build-noun-senses.py [/usr/share/wordnet] > crates/extraction/data/noun_senses.tsv

Output format (documented again in the file header and in
crates/extraction/src/lexicon.rs): one line per single-word common noun,
`lemma<TAB>senses`, where senses is a comma-separated list of the classes of
its WordNet senses in WordNet's frequency order, repeats removed. Classes
are the noun supersenses without the `noun.` prefix, except that artifacts
are refined by their hypernyms into `weapon`, `vehicle` and `structure`
(buildings, facilities, installations, roads) or stay `artifact`. Lemmas
whose senses are all instances (names of particular people and places) are
left out: the gazetteer and the actor registry own names.

The script is deterministic: the same WordNet files give the same bytes.
"""

import os
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"

LEX_FILES = {
    3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body",
    9: "cognition", 10: "communication", 11: "event", 12: "feeling", 13: "food",
    14: "group", 15: "location", 16: "motive", 17: "object", 18: "person",
    19: "phenomenon", 20: "plant", 21: "possession", 22: "process",
    23: "quantity", 24: "relation", 25: "shape", 26: "state", 27: "substance",
    28: "time",
}

# Artifact refinements, by the first sense of these lemmas: every artifact
# whose hypernym chain reaches one of them gets the class. Checked in order,
# so a weapon that is also a device stays a weapon.
REFINEMENTS = [
    ("weapon", ["weapon", "explosive_device", "bomb", "ammunition", "explosive"]),
    ("vehicle", ["conveyance", "vehicle", "craft", "vessel"]),
    ("structure", ["structure", "facility", "installation", "way", "establishment"]),
]


def read_synsets():
    synsets = {}
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lex_file = fields[0], int(fields[1])
            word_count = int(fields[3], 16)
            rest = fields[4 + 2 * word_count:]
            pointer_count = int(rest[0])
            hypernyms, instance_of = [], []
            for i in range(pointer_count):
                symbol, target = rest[1 + 4 * i], rest[2 + 4 * i]
                if symbol == "@":
                    hypernyms.append(target)
                elif symbol == "@i":
                    instance_of.append(target)
            synsets[offset] = (lex_file, hypernyms, instance_of)
    return synsets


def read_index():
    index = {}
    with open(os.path.join(WN, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            sense_count = int(fields[2])
            offsets = fields[-sense_count:]
            index[lemma] = offsets
    return index


def main():
    synsets = read_synsets()
    index = read_index()
    roots = {}
    for cls, lemmas in REFINEMENTS:
        roots[cls] = {index[l][0] for l in lemmas if l in index}

    ancestors_memo = {}

    def ancestors(offset):
        if offset in ancestors_memo:
            return ancestors_memo[offset]
        ancestors_memo[offset] = set()
        seen = {offset}
        _, hypernyms, instance_of = synsets[offset]
        for h in hypernyms + instance_of:
            seen |= ancestors(h)
        ancestors_memo[offset] = seen
        return seen

    def class_of(offset):
        lex_file = synsets[offset][0]
        name = LEX_FILES.get(lex_file, "other")
        if name != "artifact":
            return name
        up = ancestors(offset)
        for cls, _ in REFINEMENTS:
            if up & roots[cls]:
                return cls
        return name

    sys.setrecursionlimit(10000)
    print("# Noun senses from WordNet 3.0: what a common noun can denote, for sorting event arguments.")
    print("# Built by tools/build-noun-senses.py from Debian's wordnet-base; do not edit by hand.")
    print("# Columns (tab-separated): lemma  classes")
    print("#   classes: the classes of the lemma's WordNet senses, most frequent first, repeats removed;")
    print("#   WordNet noun supersenses (person, group, artifact, location, act, event, time, ...) with")
    print("#   artifacts refined into weapon, vehicle and structure.")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See README.md")
    print("# (Data and licences) for the licence.")
    for lemma in sorted(index):
        if not lemma.isalpha() or not lemma.isascii():
            continue
        classes = []
        for offset in index[lemma]:
            _, _, instance_of = synsets[offset]
            if instance_of:
                continue
            cls = class_of(offset)
            if cls not in classes:
                classes.append(cls)
        if classes:
            print(f"{lemma}\t{','.join(classes)}")


main()
