"""List missed gold MUC-4 victims, targets and weapons with the sentence they
occur in and what sitrep made of that sentence, and group them by cause.

Usage (from the repo root, release build):
    ./target/release/sitrep eval muc4 --split train --write-grit /tmp/pred.json --out /tmp/out.jsonl
    python3 tools/muc4-role-misses.py ../shared/eval/muc4/train.json /tmp/pred.json /tmp/out.jsonl [ROLES] [list|summary]

ROLES is comma-separated (default Victim,Target,Weapon). A gold entity is
missed when none of its mention strings was predicted for the role (strict
string match after GRIT's normalisation, before alignment, as in
tools/muc4-perp-errors.py). Each miss gets a coarse cause, the first that
holds:

  no-event-doc     sitrep maps no event of the document to a MUC incident
  no-event-sent    no sitrep event (of any kind or modality) has its trigger
                   or evidence in the sentence of the entity's first mention
  not-incident     events in the sentence, but none maps to a MUC incident
                   (kind, modality, old, combatants only)
  other-role       the string was predicted, but in another role
  description      (Victim only) sitrep has the string as a victim's text, but
                   the mapping drops descriptions ("two peasants")
  in-actor-text    the string is inside some actor's text of a sentence event
                   (span too long or too short a match)
  not-an-argument  an incident event in the sentence, and the string is not
                   part of any of its actors or weapons

`list` (default) prints TSV rows: docid, role, cause, gold string, the
sentence (300 chars), and sitrep's events in it ("kind/modality trigger:
role=text; ..."). `summary` prints counts per role and cause. For grouping
errors by cause, not for scoring.
"""
import collections
import json
import sys

from muc4_errors import MUC_KINDS, ROLES, gold_documents, normalize, sentence_span, sitrep_results


def describe(ev):
    acts = '; '.join(f"{a['role']}={a['text']}" for a in ev.get('actors', []))
    weps = ','.join(w['text'] for w in ev.get('weapons') or [])
    return f"{ev['kind']}/{ev['modality']} '{ev['trigger']['text']}': {acts}" + (f" W={weps}" if weps else '')


def main():
    gold_f, pred_f, out_f = sys.argv[1:4]
    roles = sys.argv[4].split(',') if len(sys.argv) > 4 else ['Victim', 'Target', 'Weapon']
    mode = sys.argv[5] if len(sys.argv) > 5 else 'list'
    # Training documents are keyed by docid, dev and test ones by GRIT's
    # numbers with the docid inside.
    pred = {v.get('docid', k): v for k, v in json.load(open(pred_f)).items()}
    results = sitrep_results(out_f)
    rows = []
    for docid, text, ex in gold_documents(gold_f):
        p = pred.get(docid, {}).get('pred_extracts', {})
        res = results.get(docid, {'events': []})
        any_pred = any(p.get(r) for r in ROLES)
        predicted = {r: {normalize(s) for ent in p.get(r, []) for s in ent} for r in ROLES}
        for role in roles:
            for ent in ex.get(role, []):
                strs = [normalize(m[0]) for m in ent]
                if any(s in predicted[role] for s in strs):
                    continue
                off = ent[0][1]
                s, e = sentence_span(text, off)
                # An event read (in part) from this sentence: its trigger or
                # one of its evidence spans lies in it (merged mentions keep
                # only the first trigger).
                evs = [ev for ev in res['events'] if s <= ev['trigger']['span'][0] < e or any(a < e and b > s for a, b in ev.get('evidence', []))]
                texts = [normalize(a['text']) for ev in evs for a in ev.get('actors', [])]
                texts += [normalize(w['text']) for ev in evs for w in ev.get('weapons') or []]
                victim_texts = [normalize(a['text']) for ev in res['events'] for a in ev.get('actors', []) if a['role'] == 'victim']
                if not any_pred:
                    cause = 'no-event-doc'
                elif not evs:
                    cause = 'no-event-sent'
                elif not any(ev['kind'] in MUC_KINDS and ev['modality'] == 'asserted' for ev in evs):
                    cause = 'not-incident'
                elif any(x in predicted[o] for x in strs for o in predicted if o != role):
                    cause = 'other-role'
                elif role == 'Victim' and any(x in victim_texts for x in strs):
                    cause = 'description'
                elif any(x and x in t for x in strs for t in texts) or any(t and t in x for x in strs for t in texts):
                    cause = 'in-actor-text'
                else:
                    cause = 'not-an-argument'
                rows.append((docid, role, cause, ent[0][0], text[s:e].strip().replace('\n', ' ')[:300], ' | '.join(describe(ev) for ev in evs)))
    if mode == 'summary':
        c = collections.Counter((r[1], r[2]) for r in rows)
        for role in roles:
            tot = sum(v for (ro, _), v in c.items() if ro == role)
            print(f'{role}: {tot} missed')
            for (ro, cause), v in c.most_common():
                if ro == role:
                    print(f'  {cause:16} {v}')
    else:
        for r in rows:
            print('\t'.join(r))


if __name__ == '__main__':
    main()
