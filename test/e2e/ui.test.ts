/**
 * The UI in a real browser (Debian chromium driven by playwright-core) over a real server and a
 * SQLite store holding the seed article's hand-built record (from ../shared/seed/expected.json)
 * and an article ingested through the real pipeline. Screenshots go to test-output/e2e/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { createIngester } from '../../src/server/ingest.js';
import { buildUi } from '../../src/server/ui.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { extract } from '../../src/extract.js';
import { GENEVA_TALKS, seedRecord } from '../records.js';
import { needsShared, PROJECT_ROOT } from '../shared.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = needsShared('seed', 'expected.json') || (existsSync(CHROMIUM) ? false : `needs chromium at ${CHROMIUM} (apt-get install chromium)`);
const SHOTS = join(PROJECT_ROOT, 'test-output', 'e2e');
const HOSTILE = 'GENEVA (Wire) - Talks resumed.\n\n<script>window.__pwned = "script"</script> and <img src=x onerror="window.__pwned = \'img\'"> were in the copy.';

describe('the web UI in chromium', { skip, timeout: 180_000 }, () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let processId: string;
  let ukraineId: string;
  let hostileId: string;
  const outside: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
    mkdirSync(SHOTS, { recursive: true });
    // A fresh build of the current source, in its own folder (another test may be serving web/dist).
    await buildUi(join(dir, 'dist'));
    store = await openStore(join(dir, 'e2e.db'));
    await store.put(seedRecord());
    // Two dispatches on the Geneva talks on Ukraine, read by the real pipeline: the delegations.
    for (const a of GENEVA_TALKS) await store.put(extract(a));
    hostileId = (await createIngester().ingest(store, { text: HOSTILE, title: '<b>Hostile</b> title', outlet: 'Test' })).articleId;
    app = await buildServer({ store, token: null, ingest: null, webRoot: join(dir, 'dist') });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const processes = await store.processes();
    processId = processes.find((p) => p.name === 'Afghan peace process')!.id;
    ukraineId = processes.find((p) => p.parties.some((x) => x.id === 'kb:UKR'))!.id;
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // The page must never leave this server: no tiles, fonts or scripts from elsewhere.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      outside.push(url);
      return route.abort();
    });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the US–Taliban track with round 9 in Doha on the process page', async () => {
    await page.goto(`${base}#/process/${encodeURIComponent(processId)}`);
    const lane = page.locator('section.lane[data-track="US-Taliban talks"]');
    await lane.waitFor();
    const text = await lane.innerText();
    assert.match(text, /9th round · Doha · ended/);
    assert.match(text, /latest: 9th round/);
    // The agreements at a glance: the US–Taliban deal, near.
    const deal = page.locator('table.agreements tr[data-track="US-Taliban talks"]');
    assert.match(await deal.innerText(), /agreement[\s\S]*near[\s\S]*Taliban/);
    await page.screenshot({ path: join(SHOTS, 'process-1280.png'), fullPage: true });
  });

  it('finds the Taliban withdrawal demand in the matrix and opens its evidence in the article', async () => {
    const cell = page.locator('button.cell[data-holder="Taliban"][data-issue="withdrawal of foreign forces"]');
    assert.match(await cell.innerText(), /demand[\s\S]*withdrawal of all US-led foreign forces/i);
    await cell.click();
    const history = page.locator('#position-history');
    await history.getByText('Taliban on “withdrawal of foreign forces”: history').waitFor();
    await page.screenshot({ path: join(SHOTS, 'matrix-history-1280.png'), fullPage: true });
    await history.getByRole('link', { name: /Read it in the article/ }).first().click();
    const target = page.locator('.article-text mark.target');
    await target.first().waitFor();
    const highlighted = (await target.allInnerTexts()).join('');
    assert.equal(highlighted, 'ensuring the withdrawal of all US-led foreign forces from Afghanistan');
    assert.ok(await page.locator('.article-text mark.target.k-demand').count() > 0, 'the evidence is highlighted as a demand');
    // Hovering a highlighted span shows the resolved fact.
    await page.locator('.article-text mark.k-place', { hasText: 'Doha' }).first().hover();
    const card = page.locator('#fact-card');
    await card.waitFor({ state: 'visible' });
    assert.match(await card.innerText(), /Doha[\s\S]*capital/);
    await page.screenshot({ path: join(SHOTS, 'article-1280.png'), fullPage: true });
  });

  it('walks the highlighted facts with the keyboard, each showing its fact', async () => {
    await page.locator('.legend input').first().focus();
    let reached = '';
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.matches('.article-text mark') ? document.activeElement.textContent ?? '' : ''));
    }
    assert.ok(reached, 'a highlighted span takes the focus');
    assert.equal(await page.locator('#fact-card').isVisible(), true);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#fact-card').isVisible(), false, 'Escape dismisses the fact card');
  });

  it('toggles a kind off with its legend entry', async () => {
    const before = await page.locator('.article-text mark.k-actor').count();
    assert.ok(before > 5);
    await page.getByRole('checkbox', { name: /Actors/ }).uncheck();
    assert.equal(await page.locator('.article-text mark.k-actor').count(), 0);
    await page.getByRole('checkbox', { name: /Actors/ }).check();
  });

  it("shows each party's delegation to the Geneva talks, and opens a report of it at its words", async () => {
    await page.goto(`${base}#/process/${encodeURIComponent(ukraineId)}`);
    const ukraine = page.locator('table.delegations tr[data-party="Ukraine"]');
    await ukraine.waitFor();
    const row = await ukraine.innerText();
    assert.match(row, /Rustem Umerov[\s\S]*2 reports/, 'the head, named by both dispatches');
    assert.match(row, /Kyrylo Budanov/);
    assert.match(await page.locator('table.delegations tr[data-party="Russia"]').innerText(), /Vladimir Medinsky[\s\S]*20/);
    await page.screenshot({ path: join(SHOTS, 'delegations-1280.png'), fullPage: true });
    await ukraine.getByRole('link', { name: /^Evidence/ }).click();
    const target = page.locator('.article-text mark.target');
    await target.first().waitFor();
    assert.equal((await target.allInnerTexts()).join(''), 'The Ukrainian delegation');
    // A member's page lists the delegation he sat on.
    await page.goto(`${base}#/actor/${encodeURIComponent('kb:KYRYLO_BUDANOV')}`);
    const item = page.locator('li[data-role="member"]');
    await item.waitFor();
    assert.match(await item.innerText(), /Sat on the delegation of Ukraine[\s\S]*led by Rustem Umerov/);
  });

  it('shows a marker for Doha on the offline map, with the GeoNames credit', async () => {
    await page.goto(`${base}#/map`);
    const doha = page.locator('a.marker-link[data-place="Doha"]');
    await doha.waitFor();
    assert.match((await doha.getAttribute('aria-label')) ?? '', /Doha: \d+ events?, venue of talks/);
    assert.match(await page.locator('.credit').innerText(), /GeoNames/);
    await doha.click();
    await page.locator('.map-side h2', { hasText: 'Doha' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'map-1280.png'), fullPage: true });
    assert.deepEqual(outside, [], 'nothing was requested from outside the server (no tiles, fonts, scripts)');
  });

  it('renders hostile article text inertly, as text', async () => {
    await page.goto(`${base}#/article/${encodeURIComponent(hostileId)}`);
    const body = page.locator('.article-text');
    await body.waitFor();
    assert.match(await body.innerText(), /<script>window.__pwned = "script"<\/script> and <img src=x onerror=/);
    assert.equal(await page.locator('.article-text script, .article-text img, main img').count(), 0);
    assert.match(await page.locator('h1').innerText(), /^<b>Hostile<\/b> title$/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
  });

  it('searches articles and quotes from the header', async () => {
    await page.goto(`${base}#/`);
    await page.getByRole('searchbox', { name: /Search articles and quotes/ }).fill('threshold');
    await page.keyboard.press('Enter');
    await page.locator('.results li').first().waitFor();
    assert.match(await page.locator('.results').innerText(), /threshold/);
  });

  it('works at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}#/process/${encodeURIComponent(processId)}`);
    await page.locator('section.lane').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px at 390px`);
    await page.screenshot({ path: join(SHOTS, 'process-390.png'), fullPage: true });
    await page.goto(`${base}#/article/${encodeURIComponent((await store.listArticles({ limit: 10 })).items.find((a) => a.outlet === 'Reuters')!.id)}`);
    await page.locator('.article-text').waitFor();
    await page.screenshot({ path: join(SHOTS, 'article-390.png'), fullPage: true });
    await page.goto(`${base}#/map`);
    await page.locator('a.marker-link[data-place="Doha"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'map-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
