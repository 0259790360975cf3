"""List every predicted MUC-4 role filler that matches no gold entity, for all
five roles, with the event that produced it and a guess at the cause.

Usage (from the repo root, release build):
    ./target/release/sitrep eval muc4 --split train --write-grit /tmp/pred.json --out /tmp/out.jsonl
    python3 tools/muc4-role-errors.py ../shared/eval/muc4/train.json /tmp/pred.json /tmp/out.jsonl [--summary]

Output is TSV, one spurious filler a line: docid, role, string, cause, event
kind/subtype, trigger, other roles of the event, sentence of the trigger.
With --summary only counts by cause and role, and by event kind, are printed.

Causes (first that holds):
  no-incident    the document has no gold entity in any role
  role-empty     the document has gold entities, but none in this role
  other-role     the string is a gold mention of another role
  too-long       a gold mention of the role is a proper part of the string
  too-short      the string is a proper part of a gold mention of the role
  other          none of the above (another entity, an unkeyed event, ...)
Normalisation as the scorer's (lower-case, no ASCII punctuation, no
a/an/the, folded white space). The event is found by matching the string
against the actors' text and name and the weapons' text of the document's
events (events of mapped kinds first); the mapping's own rules (names
without titles, quantities dropped, registry names) may make the match
approximate. For grouping errors by cause, not for scoring.
"""
import collections
import json
import sys

from muc4_errors import MUC_KINDS, gold_documents, normalize as norm, sentence, sitrep_results


def contains(long, short):
    """Is `short` a proper word sequence inside `long`?"""
    return long != short and f' {short} ' in f' {long} '


def event_strings(ev):
    """(role, normalised string) pairs an event may have produced."""
    for a in ev.get('actors', []):
        for s in (a.get('text'), a.get('name')):
            if s:
                yield a['role'], norm(s)
    for w in ([ev['weapon']] if ev.get('weapon') else []) + ev.get('weapons', []):
        if w.get('text'):
            yield 'weapon', norm(w['text'])


def find_event(events, s):
    """The event whose actor or weapon string equals or ends with `s`."""
    best = None
    for ev in sorted(events, key=lambda e: (e['kind'] not in MUC_KINDS, e.get('modality') != 'asserted')):
        for _, t in event_strings(ev):
            if t == s:
                return ev
            if best is None and (contains(t, s) or t.endswith(s)):
                best = ev
    return best


def cause(s, role, gold_roles, allgold):
    """The first cause (see the module doc) that holds for one filler."""
    if not any(allgold.values()):
        return 'no-incident'
    if not gold_roles.get(role):
        return 'role-empty'
    if any(s in allgold[r] for r in allgold if r != role):
        return 'other-role'
    if any(contains(s, g) for g in allgold[role]):
        return 'too-long'
    if any(contains(g, s) for g in allgold[role]):
        return 'too-short'
    return 'other'


def main():
    gold_f, pred_f, out_f = sys.argv[1:4]
    summary = '--summary' in sys.argv
    pred = json.load(open(pred_f))
    results = sitrep_results(out_f)
    rows = []
    for docid, text, ex in gold_documents(gold_f):
        allgold = {r: set(norm(m[0]) for ent in ex.get(r, []) for m in ent) for r in ex}
        p = pred.get(docid, {}).get('pred_extracts', {})
        events = results.get(docid, {}).get('events', [])
        for role, ents in p.items():
            for ent in ents:
                for raw in ent:
                    s = norm(raw)
                    if s in allgold.get(role, set()):
                        continue
                    c = cause(s, role, ex, allgold)
                    ev = find_event(events, s)
                    if ev:
                        kind = ev['kind'] + ('/' + ev['subtype'] if ev.get('subtype') else '')
                        trig = ev['trigger']['text']
                        others = ';'.join(f"{a['role']}={a['text']}" for a in ev.get('actors', []) if norm(a['text']) != s)
                        sent = sentence(text, ev['trigger']['span'][0])
                    else:
                        kind, trig, others, sent = '?', '?', '', '?'
                    rows.append((docid, role, raw, c, kind, trig, others, sent[:300]))
    if summary:
        by_cause = collections.Counter((r[3], r[1]) for r in rows)
        print('## spurious fillers', len(rows))
        causes = sorted(set(c for c, _ in by_cause))
        roles = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon']
        print('cause\t' + '\t'.join(roles) + '\ttotal')
        for c in causes:
            n = [by_cause[(c, r)] for r in roles]
            print(c + '\t' + '\t'.join(map(str, n)) + f'\t{sum(n)}')
        print('## by event kind')
        for k, n in collections.Counter(r[4] for r in rows).most_common():
            print(f'{k}\t{n}')
        print('## most frequent strings')
        for k, n in collections.Counter((r[1], norm(r[2])) for r in rows).most_common(40):
            print(f'{k[0]}\t{k[1]}\t{n}')
        return
    for r in rows:
        print('\t'.join(r))


if __name__ == '__main__':
    main()
