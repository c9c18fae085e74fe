/**
 * Every route of the API through fastify's inject(): answers over a real SQLite store, and a JSON
 * problem naming the parameter for bad input. The seed article's hand-built record (from
 * ../shared/seed/expected.json) gives the store something to answer with.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { extract } from '../extract.js';
import { FetchFailed } from '../ingest/errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { GENEVA_TALKS, seedRecord } from '../../test/records.js';
import { needsShared, PROJECT_ROOT } from '../../test/shared.js';
import { buildServer } from './app.js';
import { createIngester } from './ingest.js';
import { RESPONSES } from './responses.js';
import { ROUTES } from './routes.js';

const TOKEN = 'test-token-0123456789';
const covered = new Set<string>();
function route(method: string, url: string): string {
  covered.add(`${method} ${url}`);
  return url;
}

interface Ctx { dir: string; store: Store; app: FastifyInstance }
async function setUp(records: Parameters<Store['put']>[0][], token: string | null = TOKEN): Promise<Ctx> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  const store = await openStore(join(dir, 'api.db'));
  for (const r of records) await store.put(r);
  const app = await buildServer({ store, token, ingest: token ? createIngester({ fetch: fakeFetch }) : null, webRoot: null });
  return { dir, store, app };
}
async function tearDown(ctx: Ctx | undefined) {
  if (!ctx) return;
  await ctx.app.close();
  await ctx.store.close();
  rmSync(ctx.dir, { recursive: true, force: true });
}

/** Stands in for the network: one public page; the guarded fetcher has its own tests. */
async function fakeFetch(url: string) {
  if (url === 'https://news.example.org/geneva') {
    return {
      url, contentType: 'text/html; charset=utf-8',
      body: Buffer.from(`<html><head><title>Geneva gears up</title></head><body><article><h1>Geneva gears up</h1>${
        JSON.parse(readFileSync(join(PROJECT_ROOT, 'data/demo/open-002.json'), 'utf8')).text.split('\n\n').slice(0, 4).map((p: string) => `<p>${p}</p>`).join('')
      }</article></body></html>`),
    };
  }
  if (url === 'https://news.example.org/wire.rss') {
    return {
      url, contentType: 'application/rss+xml',
      body: Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://news.example.org/</link>
        <item><guid>w1</guid><title>Talks resume</title><link>https://news.example.org/w1</link><pubDate>Sat, 30 Jan 2016 08:00:00 GMT</pubDate><description>A delegation from Syria's main opposition group flew to Geneva on Saturday.</description></item>
        <item><guid>w2</guid><title>Truce</title><link>https://news.example.org/w2</link><pubDate>Fri, 12 Feb 2016 08:00:00 GMT</pubDate><description>Major powers agreed on Friday to implement a cessation of hostilities in Syria.</description></item>
        </channel></rss>`),
    };
  }
  if (url === 'https://news.example.org/photo') return { url, contentType: 'text/html', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) };
  if (url === 'https://news.example.org/down') throw new FetchFailed(url, 'answered HTTP 503');
  throw new Error('unreachable in tests');
}

/** The body of a GET, checked against the response schema of the route that answered it. */
async function json(app: FastifyInstance, url: string, status = 200) {
  const res = await app.inject({ url });
  assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
  const body = res.json();
  const path = url.split('?')[0];
  const route = ROUTES.find((r) => r.method === 'GET' && new RegExp(`^${r.url.replace(/:\w+/g, '[^/]+')}$`).test(path));
  if (route) {
    const checked = RESPONSES[route.returns].safeParse(body);
    assert.ok(checked.success, `${url}: the answer does not match ${route.returns}: ${checked.error?.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return body;
}

async function problemOf(app: FastifyInstance, url: string, status = 400) {
  const res = await app.inject({ url });
  assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json();
  assert.equal(body.status, status);
  return body;
}

describe('the HTTP API over the seed record', { skip: needsShared('seed', 'expected.json') }, () => {
  let ctx: Ctx;
  let seedId: string;
  let processId: string;
  before(async () => {
    const record = seedRecord();
    seedId = record.article.id;
    ctx = await setUp([record]);
    processId = (await ctx.store.processes())[0].id;
  });
  after(() => tearDown(ctx));

  it('health says what the server holds', async () => {
    assert.deepEqual(await json(ctx.app, route('GET', '/api/health')), { ok: true, version: '1', store: 'sqlite', articles: 1, ingest: true });
  });

  it('lists articles, pages them, filters by date and words', async () => {
    const url = route('GET', '/api/articles');
    const all = await json(ctx.app, url);
    assert.equal(all.total, 1);
    assert.equal(all.items[0].id, seedId);
    assert.equal(all.items[0].outlet, 'Reuters');
    assert.equal((await json(ctx.app, `${url}?from=2019-10-01`)).total, 0);
    assert.equal((await json(ctx.app, `${url}?from=2019-09&to=2019-09-30`)).total, 1);
    assert.equal((await json(ctx.app, `${url}?q=Khalilzad`)).total, 1);
    assert.equal((await json(ctx.app, `${url}?q=Zanzibar`)).total, 0);
    const page = await json(ctx.app, `${url}?limit=1&offset=1`);
    assert.deepEqual([page.items.length, page.total, page.limit, page.offset], [0, 1, 1, 1]);
    assert.equal((await problemOf(ctx.app, `${url}?limit=0`)).errors[0].param, 'limit');
    assert.equal((await problemOf(ctx.app, `${url}?limit=abc`)).errors[0].param, 'limit');
    assert.equal((await problemOf(ctx.app, `${url}?offset=-1`)).errors[0].param, 'offset');
    assert.equal((await problemOf(ctx.app, `${url}?to=2019-02-30`)).errors[0].param, 'to');
    assert.equal((await problemOf(ctx.app, `${url}?form=2019`)).errors[0].param, 'form', 'a misspelt parameter is refused, not ignored');
  });

  it('gives one article with its text and every fact with its span', async () => {
    const body = await json(ctx.app, route('GET', '/api/articles/:id').replace(':id', encodeURIComponent(seedId)));
    const { record } = body;
    const demand = record.demands.find((d: { issue: string }) => d.issue === 'withdrawal of foreign forces');
    assert.equal(record.article.text.slice(demand.evidence.start, demand.evidence.end), 'ensuring the withdrawal of all US-led foreign forces from Afghanistan');
    assert.ok(record.actors.length >= 8 && record.events.length === 6 && record.quotes.length === 4);
    assert.deepEqual(body.processes, [{ id: processId, name: 'Afghan peace process' }]);
    const missing = await problemOf(ctx.app, '/api/articles/sha256%3Anope', 404);
    assert.match(missing.detail, /no article with id "sha256:nope"/);
  });

  it('lists and filters actors; one actor shows who they met, said and demanded', async () => {
    const url = route('GET', '/api/actors');
    const all = await json(ctx.app, `${url}?limit=100`);
    assert.ok(all.items.some((a: { id: string }) => a.id === 'kb:TALIBAN'));
    const found = await json(ctx.app, `${url}?q=khalil`);
    assert.deepEqual(found.items.map((a: { id: string }) => a.id), ['kb:ZALMAY_KHALILZAD']);
    assert.equal((await json(ctx.app, `${url}?type=person`)).items.every((a: { type: string }) => a.type === 'person'), true);
    assert.equal((await problemOf(ctx.app, `${url}?q=`)).errors[0].param, 'q');

    const taliban = await json(ctx.app, route('GET', '/api/actors/:id').replace(':id', 'kb%3ATALIBAN'));
    assert.equal(taliban.actor.name, 'Taliban');
    assert.ok(taliban.met.some((m: { actor: { id: string } }) => m.actor.id === 'kb:USA'), 'met the United States');
    assert.ok(taliban.positions.some((p: { issue: string }) => p.issue === 'withdrawal of foreign forces'));
    const khalilzad = await json(ctx.app, '/api/actors/kb%3AZALMAY_KHALILZAD');
    assert.equal(khalilzad.quotes.length, 2);
    await problemOf(ctx.app, '/api/actors/kb%3ANOBODY', 404);
  });

  it('filters events by actor, type, process, status, date range and text', async () => {
    const url = route('GET', '/api/events');
    assert.equal((await json(ctx.app, url)).total, 6);
    const round = await json(ctx.app, `${url}?type=CONSULT&status=ended`);
    assert.deepEqual(round.items.map((e: { round: number; place: { name: string } }) => [e.round, e.place.name]), [[9, 'Doha']]);
    assert.equal((await json(ctx.app, `${url}?actor=kb%3AZALMAY_KHALILZAD`)).total, 1);
    assert.equal((await json(ctx.app, `${url}?process=${encodeURIComponent(processId)}`)).total > 0, true);
    assert.equal((await json(ctx.app, `${url}?from=2019-09-10&to=2019-12-31`)).items.map((e: { type: string }) => e.type).join(), 'REJECT');
    assert.equal((await json(ctx.app, `${url}?q=Oslo`)).total, 1);

    const bad = await problemOf(ctx.app, `${url}?from=not-a-date`);
    assert.deepEqual(bad.errors.map((e: { param: string }) => e.param), ['from']);
    assert.match(bad.detail, /query parameter "from": expected a date/);
    assert.equal((await problemOf(ctx.app, `${url}?type=HUG`)).errors[0].param, 'type');
    assert.equal((await problemOf(ctx.app, `${url}?status=finished`)).errors[0].param, 'status');
    assert.equal((await problemOf(ctx.app, `${url}?from=2019&from=2020`)).errors[0].param, 'from');
    assert.match((await problemOf(ctx.app, `${url}?from=2019-10&to=2019-09-30`)).detail, /"to" \(2019-09-30\) is before "from" \(2019-10\)/);
    assert.equal((await json(ctx.app, `${url}?from=2019-09&to=2019-09-03`)).total > 0, true, 'a month and a day in it are in order');

    const id = round.items[0].id;
    const one = await json(ctx.app, route('GET', '/api/events/:id').replace(':id', encodeURIComponent(id)));
    assert.equal(one.sources[0].evidence.text, 'the ninth round of negotiations ended in Doha');
    await problemOf(ctx.app, '/api/events/ev%3Anone', 404);
  });

  it('gives quotes by speaker and demands by holder', async () => {
    const q = route('GET', '/api/quotes');
    const shahin = await json(ctx.app, `${q}?speaker=kb%3ASUHAIL_SHAHIN`);
    assert.deepEqual(shahin.items.map((x: { text: string }) => x.text), ['the agreement with Washington was coming soon']);
    assert.equal((await json(ctx.app, `${q}?q=threshold`)).total, 1);
    assert.equal((await problemOf(ctx.app, `${q}?speaker=${'x'.repeat(400)}`)).errors[0].param, 'speaker');

    const d = route('GET', '/api/demands');
    const taliban = await json(ctx.app, `${d}?holder=kb%3ATALIBAN`);
    assert.deepEqual(taliban.items.map((x: { issue: string }) => x.issue).sort(), ['direct talks with the Afghan government', 'status of Afghan delegates', 'withdrawal of foreign forces']);
    assert.equal((await json(ctx.app, `${d}?kind=refusal`)).total, 1);
    assert.equal((await problemOf(ctx.app, `${d}?kind=wish`)).errors[0].param, 'kind');
  });

  it('gives processes, and a process with tracks, parties, positions and quotes', async () => {
    const list = await json(ctx.app, route('GET', '/api/processes'));
    assert.deepEqual(list.items.map((p: { name: string }) => p.name), ['Afghan peace process']);
    assert.equal((await problemOf(ctx.app, '/api/processes?limit=9999')).errors[0].param, 'limit');

    const view = await json(ctx.app, route('GET', '/api/processes/:id').replace(':id', encodeURIComponent(processId)));
    const track = view.process.tracks.find((t: { name: string }) => t.name === 'US-Taliban talks');
    assert.equal(track.latestRound, 9);
    assert.deepEqual(track.venues.map((v: { name: string }) => v.name), ['Doha']);
    assert.ok(view.events[track.id].some((e: { round: number }) => e.round === 9));
    assert.ok(view.parties.some((p: { actor: { id: string }; role: string }) => p.actor.id === 'kb:QAT' && p.role === 'host'));
    const cell = view.positions.find((s: { actor: { id: string }; issue: string }) => s.actor.id === 'kb:TALIBAN' && s.issue === 'withdrawal of foreign forces');
    assert.equal(cell.entries.at(-1).kind, 'demand');
    assert.ok(view.holders.some((h: { id: string }) => h.id === 'kb:TALIBAN') && view.issues.includes('withdrawal of foreign forces'));
    assert.equal(view.quotes.length, 4);
    await problemOf(ctx.app, '/api/processes/proc%3Anone', 404);
  });

  it('gives places with coordinates and which are venues', async () => {
    const url = route('GET', '/api/places');
    const places = await json(ctx.app, url);
    const doha = places.items.find((p: { name: string }) => p.name === 'Doha');
    assert.equal(doha.venue, true);
    assert.ok(Math.abs(doha.lat - 25.2854) < 0.01);
    assert.ok(doha.sample.some((e: { round: number }) => e.round === 9));
    assert.equal(places.items.find((p: { name: string }) => p.name === 'Kabul').venue, false);
    assert.equal((await problemOf(ctx.app, `${url}?offset=x`)).errors[0].param, 'offset');
  });

  it('searches articles and quotes, and says where to open each hit', async () => {
    const url = route('GET', '/api/search');
    const hits = await json(ctx.app, `${url}?q=withdrawal`);
    assert.equal(hits.items[0].article.id, seedId);
    const text = seedRecord().article.text;
    assert.equal(text.slice(hits.items[0].at.start, hits.items[0].at.end).toLowerCase(), 'withdrawal');
    const quote = (await json(ctx.app, `${url}?q=threshold`)).items.find((h: { kind: string }) => h.kind === 'quote');
    assert.equal(quote?.speaker?.id, 'kb:ZALMAY_KHALILZAD');
    assert.match(text.slice(quote.at.start, quote.at.end), /^We are on the threshold/);
    assert.equal((await problemOf(ctx.app, url)).errors[0].param, 'q');
  });

  it('documents every route in OpenAPI, with the parameters it validates', async () => {
    const doc = await json(ctx.app, route('GET', '/api/openapi.json'));
    assert.equal(doc.openapi, '3.1.0');
    for (const r of ROUTES) {
      const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      assert.ok(op, `${r.method} ${r.url} is documented`);
    }
    const events = doc.paths['/api/events'].get.responses['200'].content['application/json'].schema;
    assert.deepEqual(events.properties.items.items.properties.round, { type: ['number', 'null'] }, 'response schemas are spelled out');
    const from = doc.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'from');
    assert.equal(from.in, 'query');
    assert.equal(doc.paths['/api/articles'].post.security[0].token !== undefined, true);
  });

  it('answers unknown routes and methods with a problem, and sends protective headers', async () => {
    const res = await ctx.app.inject({ url: '/api/nothing' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().detail, 'no route GET /api/nothing');
    assert.equal((await ctx.app.inject({ method: 'DELETE', url: '/api/articles' })).statusCode, 404);
    const ok = await ctx.app.inject({ url: '/api/health' });
    assert.equal(ok.headers['x-content-type-options'], 'nosniff');
    assert.match(String(ok.headers['content-security-policy']), /script-src 'self'/);
  });

  it('ingests only with the start-up token, a text or a public URL', async () => {
    const url = route('POST', '/api/articles');
    const text = 'DOHA (Reuters) - Talks between the two sides resumed in Doha on Saturday.';
    const post = (body: unknown, auth?: string) => ctx.app.inject({ method: 'POST', url, payload: body as object, headers: auth ? { authorization: auth } : {} });
    assert.equal((await post({ text })).statusCode, 401);
    assert.equal((await post({ text }, 'Bearer wrong-token-0123456789')).statusCode, 401);
    const created = await post({ text, title: 'Talks resume' }, `Bearer ${TOKEN}`);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().status, 'new');
    assert.ok(RESPONSES.IngestResult.safeParse(created.json()).success);
    assert.equal((await post({ text }, `Bearer ${TOKEN}`)).json().status, 'unchanged');
    const stored = await json(ctx.app, `/api/articles/${encodeURIComponent(created.json().articleId)}`);
    assert.equal(stored.record.article.text, text);
    // A second text is a second article, not a correction of the first.
    const other = await post({ text: 'GENEVA (Reuters) - The two delegations met again in Geneva on Sunday.' }, `Bearer ${TOKEN}`);
    assert.equal(other.json().status, 'new');
    assert.equal((await json(ctx.app, `/api/articles/${encodeURIComponent(created.json().articleId)}`)).record.article.text, text, 'the first is still there');

    const both = await post({ text, url: 'https://news.example.org/geneva' }, `Bearer ${TOKEN}`);
    assert.equal(both.statusCode, 400);
    assert.equal((await post({}, `Bearer ${TOKEN}`)).statusCode, 400);
    assert.equal((await post({ url: 'file:///etc/passwd' }, `Bearer ${TOKEN}`)).json().errors[0].param, 'url');
    assert.equal((await post({ text, published: 'yesterday' }, `Bearer ${TOKEN}`)).json().errors[0].param, 'published');
    const bad = await ctx.app.inject({ method: 'POST', url, payload: '{not json', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
    assert.equal(bad.statusCode, 400);
    assert.match(String(bad.headers['content-type']), /problem\+json/);

    const fetched = await post({ url: 'https://news.example.org/geneva' }, `Bearer ${TOKEN}`);
    assert.equal(fetched.statusCode, 201, fetched.body);
    const page = await json(ctx.app, `/api/articles/${encodeURIComponent(fetched.json().articleId)}`);
    assert.equal(page.record.article.url, 'https://news.example.org/geneva');
    assert.match(page.record.article.text, /^[^<]*Geneva/);
    assert.match(page.record.article.text, /\n\n/, 'paragraphs stay apart');

    // A feed is read like any other input: every item is ingested, the first answered, the rest listed.
    const feed = await post({ url: 'https://news.example.org/wire.rss' }, `Bearer ${TOKEN}`);
    assert.equal(feed.statusCode, 201, feed.body);
    assert.ok(RESPONSES.IngestResult.safeParse(feed.json()).success);
    assert.equal(feed.json().more.length, 1);
    const item = await json(ctx.app, `/api/articles/${encodeURIComponent(feed.json().articleId)}`);
    assert.deepEqual([item.record.article.title, item.record.article.published, item.record.article.url], ['Talks resume', '2016-01-30', 'https://news.example.org/w1']);
    // What the page is at fault for is the caller's 422; a failing far end is a 502.
    const binary = await post({ url: 'https://news.example.org/photo' }, `Bearer ${TOKEN}`);
    assert.equal(binary.statusCode, 422);
    assert.deepEqual(binary.json().errors, [{ param: 'url', message: 'is a binary file (PNG image), not text' }]);
    const down = await post({ url: 'https://news.example.org/down' }, `Bearer ${TOKEN}`);
    assert.equal(down.statusCode, 502);
    assert.match(down.json().detail, /news\.example\.org\/down: answered HTTP 503$/);
  });
});

describe('delegations through the API', () => {
  let ctx: Ctx;
  before(async () => {
    ctx = await setUp(GENEVA_TALKS.map((a) => extract(a)));
  });
  after(() => tearDown(ctx));

  it("a process shows each party's delegation: head over reports, members, size, evidence", async () => {
    const list = await json(ctx.app, '/api/processes');
    const ukraine = list.items.find((p: { parties: { id: string }[] }) => p.parties.some((x) => x.id === 'kb:UKR'));
    assert.ok(ukraine, JSON.stringify(list.items.map((p: { name: string }) => p.name)));
    const view = await json(ctx.app, `/api/processes/${encodeURIComponent(ukraine.id)}`);
    const by = (id: string) => view.process.delegations.find((d: { party: { id: string } }) => d.party.id === id);
    const [rus, ukr] = [by('kb:RUS'), by('kb:UKR')];
    assert.deepEqual([rus.heads.map((h: { actor: { name: string } }) => h.actor.name), rus.size], [['Vladimir Medinsky'], 20]);
    assert.deepEqual(ukr.heads.map((h: { actor: { name: string }; reportCount: number }) => [h.actor.name, h.reportCount]), [['Rustem Umerov', 2]]);
    assert.deepEqual(ukr.members.map((m: { actor: { name: string } }) => m.actor.name), ['Kyrylo Budanov']);
    assert.deepEqual(ukr.sources.map((x: { article: { outlet: string }; evidence: { text: string } }) => [x.article.outlet, x.evidence.text]), [
      ['Reuters', 'The Ukrainian delegation'], ['AP', "Ukraine's delegation"],
    ]);
    assert.deepEqual(ukr.trackIds, view.process.tracks.map((t: { id: string }) => t.id));
  });

  it("a person's page lists the delegations they led or sat on; others' pages none", async () => {
    const budanov = await json(ctx.app, '/api/actors/kb%3AKYRYLO_BUDANOV');
    assert.deepEqual(budanov.delegations.map((x: { role: string; delegation: { party: { id: string } } }) => [x.role, x.delegation.party.id]), [['member', 'kb:UKR']]);
    const medinsky = await json(ctx.app, '/api/actors/kb%3AVLADIMIR_MEDINSKY');
    assert.deepEqual(medinsky.delegations.map((x: { role: string; delegation: { party: { id: string } } }) => [x.role, x.delegation.party.id]), [['head', 'kb:RUS']]);
    const usa = await json(ctx.app, '/api/actors/kb%3AUSA');
    assert.deepEqual(usa.delegations, [], 'a mediator sent no delegation on record');
  });
});

describe('a read-only server', () => {
  it('refuses ingest even with a token header', async () => {
    const ctx = await setUp([], null);
    try {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x' }, headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(res.statusCode, 403);
      assert.equal((await json(ctx.app, '/api/health')).ingest, false);
      assert.equal((await json(ctx.app, '/api/processes')).total, 0);
    } finally {
      await tearDown(ctx);
    }
  });
});

describe('the built UI beside the API', () => {
  it('serves web/dist with a strict content policy, and nothing outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-static-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(join(dir, 'secret.txt'), 'not to be served');
    const store = await openStore(join(dir, 'static.db'));
    const app = await buildServer({ store, token: null, ingest: null, webRoot: join(dir, 'dist') });
    try {
      const page = await app.inject({ url: '/' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<div id="app">/);
      assert.match(String(page.headers['content-security-policy']), /default-src 'self'.*object-src 'none'/);
      for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
        const res = await app.inject({ url });
        assert.equal(res.statusCode, 404, url);
        assert.doesNotMatch(res.body, /not to be served/);
      }
    } finally {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('route coverage', () => {
  it('every route in the table has a test above', { skip: needsShared('seed', 'expected.json') }, () => {
    const missing = [...ROUTES.map((r) => `${r.method} ${r.url}`), 'GET /api/openapi.json'].filter((r) => !covered.has(r));
    assert.deepEqual(missing, []);
  });
});
