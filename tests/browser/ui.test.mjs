// Browser tests of the sitrep web page: headless Debian Chromium driven by
// playwright-core, against a `sitrep serve` started by run.sh on a loopback
// port over a store filled with the hand-annotated reports of
// crates/interfaces/server/tests/fixtures/reports.jsonl.
//
// Environment: SITREP_URL (the server, required), CHROMIUM (default
// /usr/bin/chromium), SITREP_SCREENSHOT_DIR (where screenshot-*.png go).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.SITREP_URL;
const SHOTS = process.env.SITREP_SCREENSHOT_DIR || mkdtempSync(join(tmpdir(), 'sitrep-shots-'));
let context, page, profile;
const foreign = [];
const problems = [];

before(async () => {
  assert.ok(BASE && BASE.startsWith('http://127.0.0.1:'), `SITREP_URL must be a loopback URL, got ${BASE}`);
  mkdirSync(SHOTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Containers often have a tiny /dev/shm; Chromium then crashes on big pages.
      '--disable-dev-shm-usage'],
    viewport: { width: 1400, height: 950 },
    timeout: 60_000,
  });
  page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(15_000);
  // The page must work offline: every request goes to this server.
  page.on('request', r => { if (!r.url().startsWith(BASE) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
});

after(async () => {
  if (context) await context.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// The page is settled: its requests are done (a hash change starts them a
// moment later than the change itself) and it has rendered their results.
async function ready() {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && !document.body.dataset.loading && document.body.dataset.shown === location.hash);
}

// After navigating to an incident, the hash changes before the view starts
// loading, so ready() alone can return while the old view is still shown:
// wait for the incident view's own content as well.
async function incidentReady() {
  await page.waitForFunction(() => location.hash.startsWith('#/incident/'));
  await page.locator('#reports article.report').first().waitFor();
  await ready();
}

async function goList(hash = '#/') {
  await page.goto(BASE + hash);
  await ready();
}

const rows = () => page.locator('#incidents tbody tr[data-id]');

test('the list shows every incident on the table, the map and the timeline', async () => {
  await goList();
  assert.equal(await rows().count(), 5);
  assert.match(await page.textContent('#stats'), /8 documents/);
  assert.equal(await page.locator('#map circle.point').count(), 5);
  assert.ok(await page.locator('#map path.country').getAttribute('d').then(d => d.length > 10000), 'basemap drawn');
  assert.equal(await page.locator('#timeline rect.bar').count(), 5, 'five days with incidents');
  assert.equal(await page.textContent('#count'), 'Incidents (5)');
  const first = await rows().first().locator('td').first().textContent();
  assert.equal(first, '2024-03-05', 'oldest first');
  await page.screenshot({ path: join(SHOTS, 'screenshot-list.png'), fullPage: true });
});

test('filters narrow the table, the map and the timeline, and live in the URL', async () => {
  await goList();
  await page.selectOption('select[name=kind]', 'attack');
  await page.click('#apply');
  await page.waitForFunction(() => location.hash.includes('kind=attack'));
  await ready();
  assert.equal(await rows().count(), 2);
  assert.equal(await page.locator('#map circle.point').count(), 2);
  assert.match(await page.getAttribute('#export-link', 'href'), /kind=attack/);
  // The export button downloads the filtered incidents in the chosen format.
  await page.selectOption('#export-format', 'acled');
  const href = await page.getAttribute('#export-link', 'href');
  assert.match(href, /format=acled/);
  const exported = await page.evaluate(async h => {
    const r = await fetch(h);
    return { type: r.headers.get('content-type'), text: await r.text() };
  }, href);
  assert.match(exported.type, /^text\/csv/);
  assert.equal(exported.text.trim().split('\n').length, 3, 'a header and the two attacks');

  await page.fill('input[name=text]', 'lido');
  await page.click('#apply');
  await page.waitForFunction(() => location.hash.includes('text=lido'));
  await ready();
  assert.equal(await rows().count(), 1);
  assert.match(await rows().first().textContent(), /Mogadishu/);

  await page.click('#clear');
  await page.waitForFunction(() => location.hash === '#/');
  await ready();
  assert.equal(await rows().count(), 5);

  // Country and actor filters through the form.
  await page.fill('input[name=actor]', 'grp.islamic_state');
  await page.click('#apply');
  await page.waitForFunction(() => location.hash.includes('actor='));
  await ready();
  assert.equal(await rows().count(), 1);
  assert.match(await rows().first().textContent(), /Sadr City/);
  await page.screenshot({ path: join(SHOTS, 'screenshot-filtered.png'), fullPage: true });
});

test('clicking a day on the timeline filters to that day', async () => {
  await goList();
  await page.click('#timeline rect.bar[data-date="2024-03-09"]');
  await page.waitForFunction(() => location.hash.includes('since=2024-03-09') && location.hash.includes('until=2024-03-09'));
  await ready();
  assert.equal(await rows().count(), 1);
  assert.match(await rows().first().textContent(), /Mogadishu/);
  assert.equal(await page.inputValue('input[name=since]'), '2024-03-09');
  assert.equal(await page.locator('#timeline rect.bar.selected').count(), 1);
});

test('a bad filter shows the server\'s message', async () => {
  await goList('#/?since=2024-03-20&until=2024-03-01');
  const msg = await page.textContent('#error');
  assert.match(msg, /since/);
  assert.equal(await page.isVisible('#error'), true);
});

test('an incident shows its reports with every value highlighted at its span', async () => {
  await goList('#/?country=SO');
  await rows().first().click();
  await incidentReady();
  const reports = page.locator('#reports article.report');
  assert.equal(await reports.count(), 3, 'three reports of the Mogadishu bombing');

  const reuters = page.locator('article.report[data-doc="mog-reuters-0309"]');
  const marked = async (kind) => reuters.locator(`mark.hl-${kind}`).allTextContents();
  assert.deepEqual(await marked('trigger'), ['exploded', 'claimed responsibility'], 'the attack and the claim');
  assert.deepEqual(await marked('weapon'), ['car bomb']);
  assert.deepEqual(await marked('place'), ['Mogadishu']);
  assert.deepEqual(await marked('date'), ['on Saturday']);
  assert.deepEqual(await marked('injuries'), ['35 others']);
  assert.deepEqual(await marked('target'), ['a busy restaurant']);
  assert.deepEqual(await marked('actor'), ['Al-Shabaab'], 'the claimant');
  // "people" inside "at least 20 people" is the victim; the figure keeps the rest.
  assert.deepEqual(await marked('victim'), ['people']);
  assert.deepEqual(await marked('fatalities'), ['at least 20 ']);
  assert.match(await reuters.locator('mark.hl-actor').getAttribute('title'), /claimant: al-Shabaab \[grp\.al_shabaab\]/);
  assert.ok(await reuters.locator('.ev').count() > 0, 'evidence sentences are marked');
  // Every mark's text is the text of the span it stands for: take the
  // document from the API and compare character slices.
  const doc = await page.evaluate(async () => (await fetch('/api/documents/mog-afp-0310')).json());
  const chars = Array.from(doc.text);
  const slice = s => chars.slice(s[0], s[1]).join('');
  const afp = page.locator('article.report[data-doc="mog-afp-0310"]');
  assert.deepEqual(await afp.locator('mark.hl-fatalities').allTextContents(), [slice(doc.events[0].fatalities.span)]);
  assert.deepEqual(await afp.locator('mark.hl-place').allTextContents(), [slice(doc.events[0].location.span)]);
  assert.equal(await afp.locator('pre.doc-text').textContent(), doc.text, 'the text is shown whole');

  assert.equal(await page.locator('.legend span').count(), 11);
  const kinds = await page.locator('#statements li').evaluateAll(lis => lis.map(li => li.dataset.kind).sort());
  assert.deepEqual(kinds, ['accusation', 'claim', 'claim', 'condemnation']);
  assert.equal(await page.locator('#revisions svg.chart circle.dot').count(), 3, 'three tolls: 20, 31, 35');
  assert.match(await page.textContent('#best-fatalities'), /^Killed35/);
  assert.match(await page.textContent('#merges'), /\d\.\d\d/);
  await page.screenshot({ path: join(SHOTS, 'screenshot-incident.png'), fullPage: true });
});

test('the map opens an incident, and back returns to the list', async () => {
  await goList('#/?kind=kidnapping');
  await page.click('#map circle.point');
  await incidentReady();
  assert.deepEqual(await page.locator('mark.hl-trigger').allTextContents(), ['abducted']);
  assert.deepEqual(await page.locator('mark.hl-victim').allTextContents(), ['287 pupils and teachers']);
  assert.match(await page.textContent('#revisions'), /No casualty figures/);
  await page.goBack();
  await page.waitForFunction(() => !location.hash.startsWith('#/incident/'));
  await rows().first().waitFor();
  await ready();
  assert.equal(await rows().count(), 1);
});

test('an unknown incident says so', async () => {
  await goList('#/incident/inc-does-not-exist');
  assert.match(await page.textContent('#error'), /no incident/);
});

test('the page made no request outside this server and logged no errors', () => {
  assert.deepEqual(foreign, []);
  // The deliberate 404 and 422 of the tests above are logged by Chromium
  // as failed resource loads; anything else is a bug.
  const unexpected = problems.filter(p => !/status of (404|422)/.test(p));
  assert.deepEqual(unexpected, []);
});
