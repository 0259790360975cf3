// sitrep analysts' page: incidents on a map, a timeline and a table, and one
// incident with its evidence. Plain JavaScript, no build step, no network
// beyond this server (the page's Content-Security-Policy enforces that).
//
// State lives in the URL hash: `#/?country=SO&kind=attack&offset=50` is the
// list with filters, `#/incident/ID` one incident, so the back button and
// shared links work. Text from documents is only ever inserted with
// textContent, never as HTML.
'use strict';

const FILTERS = ['country', 'kind', 'actor', 'since', 'until', 'text', 'bbox'];
const PAGE = 50;
const SVG = 'http://www.w3.org/2000/svg';
const KIND_COLOURS = {
  attack: '#b71c1c', killing: '#880e4f', clash: '#e65100', protest: '#1565c0', riot: '#4527a0',
  arrest: '#37474f', kidnapping: '#6d4c41', seizure: '#2e7d32',
};
// Highlight classes, in legend order, with their labels.
const LEGEND = [
  ['trigger', 'trigger'], ['perpetrator', 'perpetrator'], ['target', 'target'], ['victim', 'victim'],
  ['actor', 'other actor (claimant, accuser, denier, speaker, initiator, recipient)'], ['place', 'place'], ['date', 'date'],
  ['fatalities', 'killed'], ['injuries', 'injured'], ['weapon', 'weapon'],
];

// ---------- small helpers ----------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c) e.append(c);
  return e;
}

function showError(message) {
  const box = document.getElementById('error');
  box.textContent = message;
  box.hidden = !message;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON: reported below */ }
  if (!r.ok) {
    const msg = body && body.error ? body.error : `${r.status} ${r.statusText}`;
    throw new Error(msg);
  }
  return body;
}

function fmtCount(est) {
  if (!est) return '';
  const { low, best, high } = est;
  const has = v => v !== null && v !== undefined;
  if (!has(best) && !has(low)) return '';
  if (!has(high)) return has(best) && best !== low ? `${best} (≥${low})` : `≥${low ?? best}`;
  const b = has(best) ? best : low;
  return has(low) && low !== high ? `${b} (${low}–${high})` : `${b}`;
}

function placeName(loc) {
  if (!loc) return '';
  return loc.name || loc.text || '';
}

function kindBadge(kind) {
  return el('span', { class: `kind k-${kind}`, text: kind });
}

// ---------- URL state ----------

function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const m = h.match(/^\/incident\/(.+)$/);
  if (m) return { view: 'incident', id: decodeURIComponent(m[1]) };
  const q = new URLSearchParams(h.split('?')[1] || '');
  const filters = {};
  for (const f of FILTERS) if (q.get(f)) filters[f] = q.get(f);
  return { view: 'list', filters, offset: Math.max(0, parseInt(q.get('offset') || '0', 10) || 0) };
}

function listHash(filters, offset) {
  const q = new URLSearchParams();
  for (const f of FILTERS) if (filters[f]) q.set(f, filters[f]);
  if (offset) q.set('offset', offset);
  const s = q.toString();
  return '#/' + (s ? '?' + s : '');
}

function filterQuery(filters) {
  const q = new URLSearchParams();
  for (const f of FILTERS) if (filters[f]) q.set(f, filters[f]);
  return q;
}

// ---------- basemap (TopoJSON decoding) ----------

let basemap = null; // [[ [lon,lat], ... ] rings]

function decodeTopology(topo, objectName) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = idxs => {
    const pts = [];
    for (const i of idxs) {
      const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    return pts;
  };
  const rings = [];
  for (const g of topo.objects[objectName].geometries) {
    if (g.type === 'Polygon') g.arcs.forEach(r => rings.push(ring(r)));
    else if (g.type === 'MultiPolygon') g.arcs.forEach(p => p.forEach(r => rings.push(ring(r))));
  }
  return rings;
}

const project = (lon, lat) => [(lon + 180) * 960 / 360, (90 - lat) * 480 / 180];

function ringPath(r) {
  let d = '';
  let prevX = null;
  for (const [lon, lat] of r) {
    const [x, y] = project(lon, lat);
    // Rings crossing the antimeridian would draw a line across the map.
    const jump = prevX !== null && Math.abs(x - prevX) > 480;
    d += (d === '' || jump ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1);
    prevX = x;
  }
  return d + 'Z';
}

async function loadBasemap() {
  if (basemap) return basemap;
  const r = await fetch('/static/countries-110m.json');
  basemap = decodeTopology(await r.json(), 'countries').map(ringPath).join('');
  return basemap;
}

// ---------- list view ----------

const state = { filters: {}, offset: 0 };

async function renderMap(filters) {
  const map = document.getElementById('map');
  const [paths, data] = await Promise.all([loadBasemap(), api('/api/map?' + filterQuery(filters))]);
  map.replaceChildren();
  const points = data.points;
  // Fit the view to the points (with a margin), keeping the 2:1 aspect.
  let vb = [0, 0, 960, 480];
  if (points.length) {
    const xs = points.map(p => project(p.lon, p.lat)[0]);
    const ys = points.map(p => project(p.lon, p.lat)[1]);
    let w = Math.max(Math.max(...xs) - Math.min(...xs), 60) * 1.35;
    let hgt = Math.max(Math.max(...ys) - Math.min(...ys), 30) * 1.35;
    if (w / hgt > 2) hgt = w / 2; else w = hgt * 2;
    w = Math.min(w, 960); hgt = Math.min(hgt, 480);
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    vb = [Math.min(Math.max(cx - w / 2, 0), 960 - w), Math.min(Math.max(cy - hgt / 2, 0), 480 - hgt), w, hgt];
  }
  map.setAttribute('viewBox', vb.map(v => v.toFixed(1)).join(' '));
  const scale = vb[2] / 960;
  const grat = [];
  for (let lon = -180; lon <= 180; lon += 30) grat.push(`M${project(lon, 90)[0]},0V480`);
  for (let lat = -60; lat <= 60; lat += 30) grat.push(`M0,${project(0, lat)[1]}H960`);
  map.append(svg('path', { class: 'graticule', d: grat.join('') }));
  map.append(svg('path', { class: 'country', d: paths }));
  // Biggest first, so small incidents stay clickable on top.
  const sorted = points.slice().sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
  for (const p of sorted) {
    const [x, y] = project(p.lon, p.lat);
    const r = (4 + 2.2 * Math.sqrt(p.fatalities || 0)) * scale;
    const c = svg('circle', {
      class: 'point', cx: x.toFixed(2), cy: y.toFixed(2), r: r.toFixed(2), fill: KIND_COLOURS[p.kind] || '#455a64',
      'data-id': p.id, onclick: () => { location.hash = '#/incident/' + encodeURIComponent(p.id); },
    });
    c.append(svg('title', { text: `${p.kind} · ${p.place} · ${p.date || 'undated'}${p.fatalities !== null ? ' · ' + p.fatalities + ' killed' : ''}` }));
    map.append(c);
  }
  document.getElementById('map-note').textContent =
    `${points.length} with coordinates of ${data.total}${data.truncated ? ' (first 10,000 shown)' : ''}`;
}

function dayList(first, last) {
  const out = [];
  const d = new Date(first + 'T00:00:00Z');
  const end = new Date(last + 'T00:00:00Z');
  while (d <= end && out.length < 3660) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

async function renderTimeline(filters) {
  const t = document.getElementById('timeline');
  // The timeline ignores its own date filter, so that one can pick another day.
  const f = Object.assign({}, filters);
  const selected = f.since && f.since === f.until ? f.since : null;
  delete f.since; delete f.until;
  const data = await api('/api/timeline?' + filterQuery(f));
  t.replaceChildren();
  if (!data.days.length) {
    t.append(svg('text', { x: 480, y: 80, 'text-anchor': 'middle', text: 'No dated incidents' }));
    return;
  }
  const counts = new Map(data.days.map(d => [d.date, d]));
  const days = dayList(data.days[0].date, data.days[data.days.length - 1].date);
  const max = Math.max(...data.days.map(d => d.incidents));
  const left = 30, right = 950, top = 10, bottom = 130;
  const bw = (right - left) / days.length;
  const barW = Math.min(Math.max(bw * 0.8, 1), 36);
  t.append(svg('line', { class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom }));
  t.append(svg('text', { x: left - 4, y: top + 8, 'text-anchor': 'end', text: String(max) }));
  t.append(svg('text', { x: left - 4, y: bottom, 'text-anchor': 'end', text: '0' }));
  days.forEach((day, i) => {
    const d = counts.get(day);
    if (!d) return;
    const h = (bottom - top) * d.incidents / max;
    const bar = svg('rect', {
      class: 'bar' + (day === selected ? ' selected' : ''), x: (left + i * bw + (bw - barW) / 2).toFixed(2), y: (bottom - h).toFixed(2),
      width: barW.toFixed(2), height: h.toFixed(2), 'data-date': day,
      onclick: () => {
        const nf = Object.assign({}, state.filters);
        if (selected === day) { delete nf.since; delete nf.until; } else { nf.since = day; nf.until = day; }
        location.hash = listHash(nf, 0);
      },
    });
    bar.append(svg('title', { text: `${day}: ${d.incidents} incident${d.incidents === 1 ? '' : 's'}, ${d.fatalities} killed` }));
    t.append(bar);
  });
  // Label the days with incidents when there are few, else six even ticks.
  let tickIdx;
  if (data.days.length <= 7) tickIdx = data.days.map(d => days.indexOf(d.date));
  else tickIdx = [0, 1, 2, 3, 4, 5].map(k => Math.round(k * (days.length - 1) / 5));
  for (const i of new Set(tickIdx)) {
    t.append(svg('text', { x: (left + i * bw + bw / 2).toFixed(1), y: bottom + 16, 'text-anchor': 'middle', text: days[i] }));
  }
  if (data.undated) t.append(svg('text', { x: right, y: bottom + 28, 'text-anchor': 'end', text: `${data.undated} undated` }));
}

async function renderTable(filters, offset) {
  const q = filterQuery(filters);
  q.set('limit', PAGE);
  q.set('offset', offset);
  const data = await api('/api/incidents?' + q);
  const body = document.querySelector('#incidents tbody');
  body.replaceChildren();
  for (const i of data.incidents) {
    const loc = i.location;
    const place = [placeName(loc), loc && loc.country].filter(Boolean).join(', ');
    const date = i.date_start === i.date_end || !i.date_end ? (i.date_start || 'undated') : `${i.date_start} – ${i.date_end}`;
    const perp = i.perpetrator ? i.perpetrator.name + (i.perpetrator.claimed ? ' (claimed)' : '') : '';
    const tr = el('tr', { 'data-id': i.id, onclick: () => { location.hash = '#/incident/' + encodeURIComponent(i.id); } },
      el('td', { class: 'date', text: date }), el('td', {}, kindBadge(i.kind)), el('td', { text: place, title: i.title || '' }),
      el('td', { class: 'num', text: fmtCount(i.fatalities) }), el('td', { class: 'num', text: fmtCount(i.injuries) }),
      el('td', { text: perp }), el('td', { class: 'num', text: String(i.documents.length) }));
    body.append(tr);
  }
  if (!data.incidents.length) body.append(el('tr', {}, el('td', { colspan: 7, class: 'muted', text: 'No incidents match these filters.' })));
  document.getElementById('count').textContent = `Incidents (${data.total})`;
  const last = Math.min(offset + data.incidents.length, data.total);
  document.getElementById('page-info').textContent = data.total ? `${offset + 1}–${last} of ${data.total}` : '';
  const prev = document.getElementById('prev'), next = document.getElementById('next');
  prev.disabled = offset === 0;
  next.disabled = offset + PAGE >= data.total;
  prev.onclick = () => { location.hash = listHash(state.filters, Math.max(0, offset - PAGE)); };
  next.onclick = () => { location.hash = listHash(state.filters, offset + PAGE); };
}

function fillForm(filters) {
  const form = document.getElementById('filters');
  for (const f of FILTERS) if (form.elements[f]) form.elements[f].value = filters[f] || '';
  const bbox = document.getElementById('active-bbox');
  bbox.hidden = !filters.bbox;
  bbox.textContent = filters.bbox ? `Box: ${filters.bbox}` : '';
  const q = filterQuery(filters);
  q.set('format', document.getElementById('export-format').value);
  document.getElementById('export-link').href = '/api/export?' + q;
}

async function showList(filters, offset) {
  state.filters = filters; state.offset = offset;
  document.getElementById('list-view').hidden = false;
  document.getElementById('incident-view').hidden = true;
  fillForm(filters);
  document.body.dataset.loading = 'list';
  try {
    await Promise.all([renderTable(filters, offset), renderMap(filters), renderTimeline(filters)]);
    showError('');
  } catch (e) {
    showError(e.message);
  } finally {
    delete document.body.dataset.loading;
  }
}

// ---------- incident view ----------

function valueMarks(ev) {
  const marks = [];
  const add = (span, cls, label) => { if (span && span[1] > span[0]) marks.push({ s: span[0], e: span[1], cls, label }); };
  add(ev.trigger.span, 'trigger', `trigger of ${ev.kind}: ${ev.trigger.text}`);
  for (const a of ev.actors) {
    const cls = ['perpetrator', 'target', 'victim'].includes(a.role) ? a.role : 'actor';
    add(a.span, cls, `${a.role}: ${a.name || a.text}${a.id ? ' [' + a.id + ']' : ''}`);
  }
  if (ev.location) add(ev.location.span, 'place', `place: ${placeName(ev.location)}${ev.location.country ? ', ' + ev.location.country : ''}`);
  if (ev.date) add(ev.date.span, 'date', `date: ${ev.date.start}${ev.date.end !== ev.date.start ? ' – ' + ev.date.end : ''} (${ev.date.precision})`);
  for (const field of ['fatalities', 'injuries']) {
    const c = ev[field];
    if (!c) continue;
    const label = `${field === 'fatalities' ? 'killed' : 'injured'}: ${c.text} (best ${c.best ?? '?'})${c.source ? ' — ' + c.source : ''}`;
    add(c.span, field, label);
    for (const r of c.reports || []) add(r.span, field, `${field}: ${r.text} (earlier figure)`);
  }
  if (ev.weapon) add(ev.weapon.span, 'weapon', `weapon: ${ev.weapon.type} (${ev.weapon.text})`);
  return marks;
}

// Renders `text` with value marks (innermost wins where they nest) and
// evidence spans underneath. Offsets count Unicode characters.
function highlighted(text, marks, evidence) {
  const chars = Array.from(text);
  const n = chars.length;
  const cuts = new Set([0, n]);
  for (const m of marks.concat(evidence)) { cuts.add(Math.min(m.s, n)); cuts.add(Math.min(m.e, n)); }
  const points = [...cuts].sort((a, b) => a - b);
  const pre = el('pre', { class: 'doc-text' });
  let group = null, groupMark = null;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    if (a >= b) continue;
    const inner = marks.filter(m => m.s <= a && m.e >= b).sort((x, y) => (x.e - x.s) - (y.e - y.s))[0] || null;
    const inEvidence = evidence.some(m => m.s <= a && m.e >= b);
    const piece = chars.slice(a, b).join('');
    const node = inEvidence ? el('span', { class: 'ev' }, piece) : document.createTextNode(piece);
    if (inner) {
      if (inner !== groupMark) {
        group = el('mark', { class: `hl hl-${inner.cls}`, title: inner.label, 'data-kind': inner.cls });
        groupMark = inner;
        pre.append(group);
      }
      group.append(node);
    } else {
      groupMark = null;
      pre.append(node);
    }
  }
  return pre;
}

function legend() {
  return el('div', { class: 'legend' }, LEGEND.map(([cls, label]) =>
    el('span', {}, el('i', { class: `hl-${cls}` }), label)),
    el('span', {}, el('i', { class: 'ev-chip' }), 'evidence sentence'));
}

function revisionChart(revisions, best) {
  const pts = revisions.filter(r => r.field === 'fatalities')
    .map(r => ({ r, v: r.value.best ?? r.value.low ?? r.value.high, t: r.published ? Date.parse(r.published + 'T00:00:00Z') : null }))
    .filter(p => p.v !== null && p.v !== undefined);
  if (!pts.length) return el('p', { class: 'muted', text: 'No casualty figures reported.' });
  const W = 520, H = 220, L = 42, R = 16, T = 14, B = 40;
  const dated = pts.every(p => p.t !== null);
  const ts = dated ? pts.map(p => p.t) : pts.map((_, i) => i);
  const t0 = Math.min(...ts), t1 = Math.max(...ts);
  const x = t => t1 === t0 ? (L + W - R) / 2 : L + 24 + (W - L - R - 70) * (t - t0) / (t1 - t0);
  const vmax = Math.max(...pts.map(p => p.v), best ?? 0, 1) * 1.15;
  const y = v => H - B - (H - B - T) * v / vmax;
  const c = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Reported fatalities over publication time' });
  for (let k = 0; k <= 4; k++) {
    const v = Math.round(vmax * k / 4);
    c.append(svg('line', { class: 'grid', x1: L, x2: W - R, y1: y(v), y2: y(v) }));
    c.append(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', text: String(v) }));
  }
  // Step line through the figures that were not superseded, in order.
  const current = pts.filter(p => !p.r.superseded).map((p, i) => ({ ...p, x: x(dated ? p.t : pts.indexOf(p)) }));
  if (current.length) {
    let d = `M${current[0].x},${y(current[0].v)}`;
    for (let i = 1; i < current.length; i++) d += `H${current[i].x}V${y(current[i].v)}`;
    d += `H${W - R}`;
    c.append(svg('path', { class: 'line', d }));
  }
  if (best !== null && best !== undefined) {
    c.append(svg('line', { class: 'best', x1: L, x2: W - R, y1: y(best), y2: y(best) }));
    c.append(svg('text', { x: W - R, y: y(best) - 5, 'text-anchor': 'end', text: `best: ${best}` }));
  }
  pts.forEach((p, i) => {
    const cx = x(dated ? p.t : i);
    const dot = svg('circle', { class: 'dot' + (p.r.superseded ? ' superseded' : ''), cx, cy: y(p.v), r: 5 });
    dot.append(svg('title', { text: `${p.r.text} — ${p.r.attributed_to || 'unattributed'}, ${p.r.source || p.r.doc_id}, ${p.r.published || 'undated'}${p.r.superseded ? ' (superseded)' : ''}` }));
    c.append(dot);
  });
  const labels = dated ? [...new Set(pts.map(p => p.r.published))] : [];
  for (const day of labels) {
    c.append(svg('text', { x: x(Date.parse(day + 'T00:00:00Z')), y: H - B + 18, 'text-anchor': 'middle', text: day }));
  }
  if (!dated) c.append(svg('text', { x: W - R, y: H - B + 18, 'text-anchor': 'end', text: 'in report order' }));
  c.append(svg('text', { x: L, y: H - 6, text: 'killed, by publication date (hollow: figure the same report later updated)' }));
  return c;
}

function revisionTable(revisions) {
  const rows = revisions.map(r => {
    const v = r.value || {};
    const value = r.field === 'fatalities' || r.field === 'injuries'
      ? fmtCount(v) : (v.name || v.id || '');
    return el('tr', { class: r.superseded ? 'superseded' : '' },
      el('td', { text: r.published || '' }), el('td', { text: r.field }), el('td', { class: 'num', text: value }),
      el('td', { text: `“${r.text}”` }), el('td', { text: r.attributed_to || '' }), el('td', { text: r.source || r.doc_id }));
  });
  return el('table', { class: 'revisions' },
    el('thead', {}, el('tr', {}, ['Published', 'Field', 'Value', 'Words', 'Said by', 'Outlet'].map(h => el('th', { text: h })))),
    el('tbody', {}, rows));
}

function statementList(statements, sourcesByDoc) {
  if (!statements.length) return el('p', { class: 'muted', text: 'No claims, denials or accusations.' });
  return el('ul', { class: 'statements' }, statements.map(se => {
    const ev = se.event;
    const who = ev.actors.map(a => `${a.role}: ${a.name || a.text}`).join('; ');
    return el('li', { 'data-kind': ev.kind }, kindBadge(ev.kind), ' ', who || '(no actor named)',
      ev.channel ? el('span', { class: 'muted', text: ` · via ${ev.channel}` }) : null,
      el('div', { class: 'quote', text: `“${ev.trigger.text}”` }),
      el('div', { class: 'muted', text: `${sourcesByDoc[se.doc_id] || se.doc_id}, ${se.published || 'undated'}` }));
  }));
}

async function showIncident(id) {
  document.getElementById('list-view').hidden = true;
  const view = document.getElementById('incident-view');
  view.hidden = false;
  view.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
  document.body.dataset.loading = 'incident';
  try {
    const inc = await api('/api/incidents/' + encodeURIComponent(id));
    const docs = await Promise.all(inc.reports.map(r => api('/api/documents/' + encodeURIComponent(r.id))));
    const mine = new Set(inc.events.concat(inc.statements));
    const sourcesByDoc = Object.fromEntries(inc.reports.map(r => [r.id, r.source || r.id]));
    const loc = inc.location;
    const perp = inc.perpetrator;
    const head = el('div', { class: 'incident-head' },
      el('a', { href: listHash(state.filters, state.offset), text: '‹ back to the list' }),
      el('h1', {}, kindBadge(inc.kind), ' ', inc.title || `${inc.kind} in ${placeName(loc)}`),
      el('div', { class: 'facts' },
        el('div', {}, el('b', { text: 'Date' }), inc.date_start === inc.date_end ? (inc.date_start || 'undated') : `${inc.date_start} – ${inc.date_end}`),
        el('div', {}, el('b', { text: 'Place' }), [placeName(loc), loc && loc.admin1, loc && loc.country].filter(Boolean).join(', ') || 'unknown',
          loc && loc.lat !== null ? el('span', { class: 'muted', text: ` (${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}, ${loc.precision})` }) : null),
        el('div', { id: 'best-fatalities' }, el('b', { text: 'Killed' }), fmtCount(inc.fatalities) || 'unknown',
          inc.fatalities ? el('div', { class: 'muted', text: inc.fatalities.rule }) : null),
        el('div', {}, el('b', { text: 'Injured' }), fmtCount(inc.injuries) || 'unknown'),
        el('div', {}, el('b', { text: 'Perpetrator' }), perp ? `${perp.name}${perp.claimed ? ' — claimed' : ''}${perp.denied ? ' — denied' : ''}` : 'unknown'),
        el('div', {}, el('b', { text: 'Weapon' }), inc.weapon || '—', inc.suicide ? ' (suicide)' : ''),
        el('div', {}, el('b', { text: 'Codes' }), [inc.codes.cameo && 'CAMEO ' + inc.codes.cameo, inc.codes.plover_type && 'PLOVER ' + inc.codes.plover_type, inc.codes.acled_event_type].filter(Boolean).join(' · ') || '—'),
        el('div', {}, el('b', { text: 'Reports' }), `${inc.documents.length} from ${inc.sources.join(', ') || 'unknown outlets'}`)));
    const reports = el('section', { class: 'panel', id: 'reports' }, el('h2', { text: 'Source reports with extracted values' }), legend());
    inc.reports.forEach((r, k) => {
      const doc = docs[k];
      const events = doc.events.filter(e => mine.has(e.id));
      const marks = events.flatMap(valueMarks);
      const evidence = events.flatMap(e => e.evidence.map(s => ({ s: s[0], e: s[1] })));
      reports.append(el('article', { class: 'report', 'data-doc': doc.id },
        el('h3', { text: doc.title || doc.id }),
        el('div', { class: 'meta' }, [doc.source, doc.published, doc.id].filter(Boolean).join(' · '), ' ',
          doc.url ? el('a', { href: doc.url, rel: 'noreferrer noopener', target: '_blank', text: 'original' }) : null),
        highlighted(doc.text, marks, evidence)));
    });
    const side = el('div', { class: 'left' },
      el('section', { class: 'panel', id: 'revisions' }, el('h2', { text: 'Casualty revisions' }),
        revisionChart(inc.revisions, inc.fatalities ? (inc.fatalities.best ?? inc.fatalities.low) : null), revisionTable(inc.revisions)),
      el('section', { class: 'panel', id: 'statements' }, el('h2', { text: 'Claims, denials, accusations' }),
        statementList(inc.statement_events, sourcesByDoc)),
      el('section', { class: 'panel', id: 'merges' }, el('h2', { text: 'Why these reports are one incident' }),
        inc.merges.length ? el('ul', {}, inc.merges.map(m => el('li', {}, el('b', { text: `${m.group_score.toFixed(2)} ` }), m.explanation)))
          : el('p', { class: 'muted', text: 'A single report.' })));
    view.replaceChildren(head, el('div', { class: 'cols' }, reports, side));
    showError('');
    window.scrollTo(0, 0);
  } catch (e) {
    view.replaceChildren(el('p', {}, el('a', { href: listHash(state.filters, state.offset), text: '‹ back to the list' })));
    showError(e.message);
  } finally {
    delete document.body.dataset.loading;
  }
}

// ---------- wiring ----------

async function route() {
  const hash = location.hash;
  const r = parseHash();
  if (r.view === 'incident') await showIncident(r.id);
  else await showList(r.filters, r.offset);
  // Which address the page now shows: the hash changes before the view
  // starts loading, so "not loading" alone does not say the view is new.
  document.body.dataset.shown = hash;
}

async function init() {
  const form = document.getElementById('filters');
  try {
    const spec = await api('/api/openapi.json');
    const select = form.elements.kind;
    for (const k of spec.components.schemas.EventKind.enum) select.append(el('option', { value: k, text: k }));
    const s = await api('/api/stats');
    document.getElementById('stats').textContent = `${s.documents} documents · ${s.events} events · ${s.incidents} incidents`;
  } catch (e) {
    showError(e.message);
  }
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const f = {};
    for (const name of FILTERS) {
      const v = form.elements[name] ? form.elements[name].value.trim() : state.filters[name];
      if (v) f[name] = v;
    }
    location.hash = listHash(f, 0);
  });
  document.getElementById('clear').addEventListener('click', () => { location.hash = '#/'; });
  document.getElementById('export-format').addEventListener('change', () => fillForm(state.filters));
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', init);
