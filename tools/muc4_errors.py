"""Shared pieces of the MUC-4 error-listing tools (tools/muc4-*-errors.py,
tools/muc4-role-misses.py): the scorer's string normalisation, the gold file
and sitrep's output read the same way, and the sentence around an offset.
For grouping errors by cause, not for scoring (the scorer is
`sitrep eval muc4`, crates/eval).
"""
import ast
import json
import re
import string

ROLES = ('PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon')

# The event kinds the MUC-4 mapping (crates/eval/src/muc4.rs) can make incidents of.
MUC_KINDS = frozenset({'attack', 'killing', 'kidnapping', 'seizure', 'protest'})


def normalize(s):
    """GRIT's normalisation: lower-case, drop ASCII punctuation, articles, fold spaces."""
    s = s.lower()
    s = ''.join(c for c in s if c not in string.punctuation)
    s = re.sub(r'\b(a|an|the)\b', ' ', s)
    return ' '.join(s.split())


def gold_documents(path):
    """(docid, text, extracts) of each document of a split's gold JSON Lines
    file; extracts maps a role to its entities, each a list of
    [mention, offset] pairs (stored as a Python literal in some files)."""
    for line in open(path):
        d = json.loads(line)
        ex = ast.literal_eval(d['extracts']) if isinstance(d['extracts'], str) else d['extracts']
        yield d['docid'], d['doctext'], ex


def sitrep_results(path):
    """sitrep's output (`sitrep eval muc4 --out`), by document id."""
    results = {}
    for line in open(path):
        r = json.loads(line)
        results[r['id']] = r
    return results


def sentence(text, off):
    """The sentence around a character offset (split on '.' and newlines)."""
    s = max(text.rfind('.', 0, off), text.rfind('\n', 0, off)) + 1
    e = text.find('.', off)
    return text[s:e if e > 0 else None].strip().replace('\n', ' ')


def sentence_span(text, off):
    """Rough sentence around character offset `off` (period or blank line),
    as (start, end) offsets."""
    s = max(text.rfind('. ', 0, off) + 1, text.rfind('\n\n', 0, off) + 1, 0)
    e = text.find('. ', off)
    return s, (e + 1 if e >= 0 else len(text))
