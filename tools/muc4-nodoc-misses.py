"""List the MUC-4 documents that have gold role fillers but no predicted
filler at all (the "no-event-doc" misses of tools/muc4-role-misses.py),
with each gold filler's sentence and every sitrep event of the document
(kind/modality, trigger and its offset, date, country, actors), and
tally them by a coarse cause:

  no-events        sitrep found no event in the document
  only-kinds       events, but none of a kind the MUC-4 mapping can take
                   (attack, killing, kidnapping, seizure, protest)
  modality         events of those kinds, none asserted (future,
                   historical, negated, hypothetical, generic)
  mapping-dropped  asserted events of those kinds, but the mapping left
                   out every event or every filler (clashes, military
                   targets, old events, descriptions, generic actors)

Usage (from the repo root, release build):
    ./target/release/sitrep eval muc4 --split train --write-grit /tmp/pred.json --out /tmp/out.jsonl
    python3 tools/muc4-nodoc-misses.py ../shared/eval/muc4/train.json /tmp/pred.json /tmp/out.jsonl [summary|list]

`summary` (default) prints the counts of documents and of gold fillers
per cause. For grouping errors by cause, not for scoring.
"""
import collections
import json
import sys

from muc4_errors import MUC_KINDS, ROLES, gold_documents, sentence_span, sitrep_results


def main():
    gold_f, pred_f, out_f = sys.argv[1:4]
    mode = sys.argv[4] if len(sys.argv) > 4 else 'summary'
    pred = {v.get('docid', k): v for k, v in json.load(open(pred_f)).items()}
    results = sitrep_results(out_f)
    def describe(ev):
        acts = '; '.join(f"{a['role'][:4]}={a['text']}" for a in ev.get('actors', []))
        return f"{ev['kind']}/{ev['modality']} '{ev['trigger']['text']}'@{ev['trigger']['span'][0]} {(ev.get('date') or {}).get('start')} {(ev.get('location') or {}).get('country')}: {acts}"
    docc = collections.Counter(); filc = collections.Counter()
    for docid, text, ex in gold_documents(gold_f):
        p = pred.get(docid, {}).get('pred_extracts', {})
        res = results.get(docid, {'events': []})
        anyp = any(p.get(r) for r in ROLES)
        ngold = sum(len(ex.get(r, [])) for r in ROLES)
        if anyp or ngold == 0: continue
        evs = res['events']
        muc = [e for e in evs if e['kind'] in MUC_KINDS]
        if not evs: cause = 'no-events'
        elif not muc: cause = 'only-kinds:' + ','.join(sorted({e['kind'] for e in evs}))
        elif not any(e['modality'] == 'asserted' for e in muc): cause = 'modality:' + ','.join(sorted({e['modality'] for e in muc}))
        else: cause = 'mapping-dropped'
        c0 = cause.split(':')[0]
        docc[c0] += 1; filc[c0] += ngold
        if mode == 'list':
            print(f"=== {docid} {cause} gold={ngold} pub={res.get('published')}")
            for r in ROLES:
                for ent in ex.get(r, []):
                    s, e = sentence_span(text, ent[0][1])
                    print(f"  G {r}: {ent[0][0]}  || {text[s:e].strip()[:200]!r}".replace('\\n',' '))
            for e in evs: print('  E', describe(e))
    if mode != 'list':
        for cause, n in docc.most_common():
            print(f'{cause:16} {n:4} documents {filc[cause]:5} gold fillers')


if __name__ == '__main__':
    main()
