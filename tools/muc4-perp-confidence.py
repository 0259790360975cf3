"""List MUC-4 templates whose perpetrator confidence disagrees with the stance
sitrep takes on the perpetrator organisation, with the sentences naming it.

Usage (from the repo root, release build):
    ./target/release/sitrep eval muc4 --split train --out /tmp/out.jsonl
    python3 tools/muc4-perp-confidence.py train /tmp/out.jsonl [CONFIDENCE] [STANCE]

CONFIDENCE (e.g. "SUSPECTED OR ACCUSED") and STANCE (e.g. none) filter the
list; without them every off-diagonal template is printed. For each: the
document, the gold confidence, the organisation strings, sitrep's stance,
every event that names the organisation (kind, modality, role or stance,
the statement verb and who made it), and the document's sentences that
mention the organisation. Required, non-empty templates of the key files
under ../shared/eval/muc4/raw only, as `sitrep eval muc4` counts them.

The stance is recomputed here like `stance_of_orgs` (crates/eval/src/
muc4_keys.rs) but over every asserted event of a MUC kind, not over
`incident_events` (which also drops acts of war, old events ...), so a few
templates can differ from the table the eval prints. For reading causes,
not for scoring.
"""
import glob
import json
import os
import re
import sys

from muc4_errors import MUC_KINDS, normalize, gold_documents, sitrep_results

ORDER = ['claimed', 'accused', 'suspected', 'denied', 'reported']
DIAGONAL = {
    'CLAIMED OR ADMITTED': {'claimed'},
    'REPORTED AS FACT': {'reported', 'perpetrator'},
    'SUSPECTED OR ACCUSED': {'accused', 'suspected'},
    'SUSPECTED OR ACCUSED BY AUTHORITIES': {'accused', 'suspected'},
    'POSSIBLE': {'suspected'},
}
SPLIT_SETS = {'train': ['dev'], 'dev': ['tst1', 'tst2']}


def key_templates(muc4_dir, split):
    """(docid, [(confidence, [org strings])]) of each required, non-empty template."""
    corpora = os.path.join(muc4_dir, 'raw', 'TASK', 'CORPORA')
    for s in SPLIT_SETS[split]:
        for path in sorted(glob.glob(os.path.join(corpora, s, 'key-*'))):
            text = open(path, errors='replace').read()
            for block in re.split(r'\n(?=0\.\s+MESSAGE: ID)', text):
                slots, last = {}, None
                for line in block.split('\n'):
                    m = re.match(r'(\d+)\.\s+([A-Z: ]+?)\s{2,}(.*)$', line)
                    if m:
                        last = m.group(2).strip()
                        slots[last] = [m.group(3).strip()]
                    elif last and line.strip():
                        slots[last].append(line.strip())
                if 'MESSAGE: ID' not in slots:
                    continue
                docid = slots['MESSAGE: ID'][0].split()[0]
                template = slots.get('MESSAGE: TEMPLATE', [''])[0]
                if template.startswith('*') or 'OPTIONAL' in template:
                    continue
                pairs = []
                for v in slots.get('PERP: ORGANIZATION CONFIDENCE', []):
                    m = re.match(r'\??\s*([A-Z ]+?)\s*:\s*(.*)$', v)
                    if m:
                        pairs.append((m.group(1).strip(), re.findall(r'"([^"]+)"', m.group(2))))
                if pairs:
                    yield docid, pairs


def events_naming(result, orgs):
    """The events of a result that name one of `orgs` as an actor or attribution party."""
    names = lambda text, name: any(normalize(s) in orgs for s in (text, name) if s)
    for e in result.get('events', []):
        roles = [a['role'] for a in e.get('actors', []) if names(a.get('text'), a.get('name'))]
        parties = [p for p in (e.get('attribution') or {}).get('parties', []) if names(p.get('text'), p.get('name'))]
        if roles or parties:
            yield e, roles, parties


def stance(result, orgs):
    """Like `stance_of_orgs`, over the asserted events of MUC kinds."""
    best, perp = None, False
    for e, roles, parties in events_naming(result, orgs):
        if e['kind'] not in MUC_KINDS or e.get('modality') != 'asserted':
            continue
        for p in parties:
            if p['stance'] in ORDER:
                i = ORDER.index(p['stance'])
                best = i if best is None else min(best, i)
        perp |= 'perpetrator' in roles
    return ORDER[best] if best is not None else ('perpetrator' if perp else 'none')


def sentences_naming(text, orgs):
    """Sentences of `text` (split on '. ' and blank lines) that contain one of `orgs`."""
    out = []
    for s in re.split(r'(?<=\.)\s+|\n\s*\n', text):
        ns = ' ' + normalize(s) + ' '
        if any(' ' + o + ' ' in ns for o in orgs):
            out.append(' '.join(s.split()))
    return out


def main():
    split, out_path = sys.argv[1], sys.argv[2]
    want_conf = sys.argv[3] if len(sys.argv) > 3 else None
    want_stance = sys.argv[4] if len(sys.argv) > 4 else None
    muc4 = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'eval', 'muc4')
    if not os.path.isdir(muc4):
        muc4 = '../shared/eval/muc4'
    texts = {d: t for d, t, _ in gold_documents(os.path.join(muc4, split + '.json'))}
    results = sitrep_results(out_path)
    n = 0
    for docid, pairs in key_templates(muc4, split):
        result = results.get(docid, {})
        for conf, org_strings in pairs:
            orgs = {normalize(o) for o in org_strings}
            st = stance(result, orgs)
            if conf not in DIAGONAL or st in DIAGONAL[conf]:
                continue
            if (want_conf and conf != want_conf) or (want_stance and st != want_stance):
                continue
            n += 1
            print(f'## {docid}\t{conf}\t{" / ".join(org_strings)}\tsitrep: {st}')
            for e, roles, parties in events_naming(result, orgs):
                ps = ', '.join(f"{p['stance']}{' by ' + p['by'] if p.get('by') else ''}{' (' + p['statement'] + ')' if p.get('statement') else ''}" for p in parties)
                print(f"   event {e['id'].split('#')[-1]} {e['kind']}/{e.get('modality')} '{e['trigger']['text']}' roles={','.join(roles)} parties=[{ps}]")
            for s in sentences_naming(texts.get(docid, ''), orgs):
                print('   > ' + s[:400])
    print(f'# {n} off-diagonal (confidence, organisation) pairs', file=sys.stderr)


if __name__ == '__main__':
    main()
