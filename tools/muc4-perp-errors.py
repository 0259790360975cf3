"""List missed gold MUC-4 role fillers and wrong predicted ones, with the sentence.

Usage (from the repo root, release build):
    ./target/release/sitrep eval muc4 --split train --write-grit /tmp/pred.json
    python3 tools/muc4-perp-errors.py ../shared/eval/muc4/train.json /tmp/pred.json [ROLES] [missed|wrong|both]

ROLES is comma-separated (default PerpInd,PerpOrg). Output is TSV: docid, role,
string, the other roles the string was predicted (missed) or keyed (wrong) in,
and the sentence of its first mention. A gold entity counts as missed when
none of its mention strings was predicted for the role (CEAF-REE's strict
match, before alignment); a prediction is wrong when no gold entity of the
role has that string. For grouping errors by cause, not for scoring.
"""
import json
import sys

from muc4_errors import gold_documents, sentence as sent

gold_f, pred_f = sys.argv[1], sys.argv[2]
roles = sys.argv[3].split(',') if len(sys.argv) > 3 else ['PerpInd', 'PerpOrg']
pred = json.load(open(pred_f))
out_missed, out_wrong = [], []
for docid, text, ex in gold_documents(gold_f):
    p = pred.get(docid, {}).get('pred_extracts', {})
    allgold = {r: set(m[0] for ent in ex.get(r, []) for m in ent) for r in ex}
    for r in roles:
        ps = [s for ent in p.get(r, []) for s in ent]
        for ent in ex.get(r, []):
            strs = [m[0] for m in ent]
            if not any(s in ps for s in strs):
                other = [o for o in ('PerpInd','PerpOrg','Target','Victim') if o != r and any(s in [x for e in p.get(o, []) for x in e] for s in strs)]
                out_missed.append((docid, r, strs[0], other, sent(text, ent[0][1])))
        for s in ps:
            if s not in allgold.get(r, set()):
                other = [o for o in allgold if o != r and s in allgold[o]]
                pos = text.find(s)
                out_wrong.append((docid, r, s, other, sent(text, pos) if pos >= 0 else '?'))
mode = sys.argv[4] if len(sys.argv) > 4 else 'both'
if mode in ('both', 'missed'):
    print('## MISSED', len(out_missed))
    for m in out_missed: print('\t'.join([m[0], m[1], m[2], ','.join(m[3]), m[4][:300]]))
if mode in ('both', 'wrong'):
    print('## WRONG', len(out_wrong))
    for m in out_wrong: print('\t'.join([m[0], m[1], m[2], ','.join(m[3]), m[4][:300]]))
