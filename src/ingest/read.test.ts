import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { needsShared, PROJECT_ROOT, SEED_ARTICLE, SHARED } from '../../test/shared.js';
import type { Article } from '../model/article.js';
import { readInputs, type ReadItem, type ReadOptions } from './read.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'ingest');
const tmp = mkdtempSync(join(tmpdir(), 'parley-read-'));

async function readAll(inputs: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}
const articles = (items: ReadItem[]): Article[] => items.flatMap((i) => ('article' in i ? [i.article] : []));
const errors = (items: ReadItem[]): string[] => items.flatMap((i) => ('error' in i ? [i.error.message] : []));
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('readers', () => {
  it('reads plain text, keeping it exactly as the offsets will refer to it', async () => {
    const [article] = articles(await readAll([join(FIXTURES, 'open-001.txt')]));
    assert.equal(article.text, readFileSync(join(FIXTURES, 'open-001.txt'), 'utf8'));
    assert.match(article.id, /^sha256:[0-9a-f]{64}$/);
  });

  it('gives an HTML page the same body text as the plain text, with its metadata', async () => {
    const plain = readFileSync(join(FIXTURES, 'open-001.txt'), 'utf8');
    const [page] = articles(await readAll([join(FIXTURES, 'open-001.html')]));
    assert.equal(words(page.text), words(plain));
    assert.equal(page.title, 'Kerry: Syrian Cease-fire Agreement Near');
    assert.equal(page.published, '2016-02-21');
    assert.equal(page.outlet, 'Voice of America');
    assert.equal(page.author, 'VOA News');
    assert.match(page.url ?? '', /^https:\/\/www\.voanews\.com\/a\//);
    assert.ok(!/\bHome\b|\bShare\b|Syria talks stall|funded by/.test(page.text), 'navigation, buttons and footer are left out');
    assert.ok(page.text.includes('\n\n'), 'blocks are separated by blank lines');
    const heading = page.blocks.find((b) => b.kind === 'heading');
    assert.equal(heading && page.text.slice(heading.start, heading.end), "Rebel group 'willing'");
    const caption = page.blocks.find((b) => b.kind === 'caption');
    assert.match(caption ? page.text.slice(caption.start, caption.end) : '', /^U\.S\. Secretary of State John Kerry, second from left/);
  });

  it('gives an RSS item the same body text as the plain text', async () => {
    const plain = readFileSync(join(FIXTURES, 'open-001.txt'), 'utf8');
    const [item] = articles(await readAll([join(FIXTURES, 'open-001.rss.xml')]));
    assert.equal(words(item.text), words(plain));
    assert.equal(item.published, '2016-02-21');
    assert.equal(item.outlet, 'Voice of America');
    assert.match(item.source, /open-001\.rss\.xml#3200339$/);
  });

  it('reads an Atom feed, one article per entry', async () => {
    const atom = join(tmp, 'talks.atom');
    writeFileSync(atom, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><id>a1</id><title>Talks resume</title><link href="https://example.org/1"/><published>2016-01-30T08:00:00Z</published>
      <content type="html">&lt;p&gt;A delegation from Syria's main opposition group flew to Geneva on Saturday.&lt;/p&gt;</content></entry>
      <entry><id>a2</id><title>Truce</title><link href="https://example.org/2"/><published>2016-02-12T08:00:00Z</published>
      <content type="html">&lt;p&gt;Major powers agreed on Friday to implement a cessation of hostilities in Syria.&lt;/p&gt;</content></entry></feed>`);
    const got = articles(await readAll([atom]));
    assert.deepEqual(got.map((a) => [a.title, a.published]), [['Talks resume', '2016-01-30'], ['Truce', '2016-02-12']]);
  });

  it('reads JSON Lines in order, keeping each document\'s id and date', async () => {
    const file = join(tmp, 'two.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'x1', text: 'The two sides met in Doha.', published: '2019-09-03', outlet: 'Reuters' }),
      JSON.stringify({ id: 'x2', text: 'The talks ended on Tuesday.', published: null }),
    ].join('\n') + '\n');
    const got = articles(await readAll([file], { published: '2020-01-01' }));
    assert.deepEqual(got.map((a) => [a.source.split('/').pop(), a.published]), [['two.jsonl#x1', '2019-09-03'], ['two.jsonl#x2', '2020-01-01']]);
  });

  it('reads standard input for -', async () => {
    const got = articles(await readAll(['-'], { stdin: Readable.from([Buffer.from('The Taliban said the talks would resume in Doha.')]) }));
    assert.equal(got[0].source, '-');
  });

  it('walks a directory recursively, skipping files that are not articles', async () => {
    const dir = join(tmp, 'tree');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'The envoy met the rebels in Geneva.');
    writeFileSync(join(dir, 'sub', 'b.txt'), 'The rebels rejected the offer.');
    writeFileSync(join(dir, 'notes.png'), 'x');
    assert.equal(articles(await readAll([dir])).length, 2);
  });

  it('loads all twelve corpus articles as they are', { skip: needsShared('corpus') }, async () => {
    const got = articles(await readAll([join(SHARED, 'corpus', 'news'), join(SHARED, 'corpus', 'open')]));
    assert.equal(got.length, 12);
    assert.ok(got.every((a) => a.text.length > 200 && a.title));
    assert.equal(got.find((a) => /news[/\\]003\.json#/.test(a.source))?.published, '2016-01-30');
  });

  it('reads the founding article', { skip: needsShared('seed') }, async () => {
    const [a] = articles(await readAll([SEED_ARTICLE]));
    assert.equal(a.published, null, 'never defaulted to today');
  });
});

describe('readers: bad input gets one line naming the input, and the other inputs still go through', () => {
  const good = join(tmp, 'good.txt');
  before(() => writeFileSync(good, 'The United States and the Taliban are close to concluding a deal.'));

  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(tmp, 'nope.txt'), /nope\.txt: no such file or directory$/],
    ['a directory with no articles', () => { const d = join(tmp, 'empty-dir'); mkdirSync(d, { recursive: true }); writeFileSync(join(d, 'x.png'), 'x'); return d; }, /empty-dir: is a directory with no article files/],
    ['an empty file', () => { const f = join(tmp, 'empty.txt'); writeFileSync(f, ' \n'); return f; }, /empty\.txt: is empty$/],
    ['a PNG image', () => { const f = join(tmp, 'photo.txt'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])); return f; }, /photo\.txt: is a binary file \(PNG image\), not text$/],
    ['invalid UTF-8', () => { const f = join(tmp, 'latin1.txt'); writeFileSync(f, Buffer.from('Gen\xe8ve talks resumed on Monday.', 'latin1')); return f; }, /latin1\.txt: is not valid UTF-8/],
    ['a 200 MB file', () => { const f = join(tmp, 'huge.txt'); writeFileSync(f, ''); truncateSync(f, 200 * 1024 * 1024); return f; }, /huge\.txt: is 200\.0 MB, over the 20\.0 MB cap/],
    ['a feed with an external entity', () => { const f = join(tmp, 'xxe.xml'); writeFileSync(f, '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><description>&xxe;</description></item></channel></rss>'); return f; }, /xxe\.xml: declares XML entities \(refused/],
    ['a billion-laughs feed', () => { const f = join(tmp, 'lol.xml'); writeFileSync(f, '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><rss version="2.0"><channel><title>&lol2;</title></channel></rss>'); return f; }, /lol\.xml: declares XML entities/],
    ['a feed with no items', () => { const f = join(tmp, 'none.rss'); writeFileSync(f, '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://example.org</link></channel></rss>'); return f; }, /none\.rss: is a feed with no items$/],
    ['a JSON file without text', () => { const f = join(tmp, 'notext.json'); writeFileSync(f, '{"title":"x"}'); return f; }, /notext\.json: has no string "text" field$/],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const bad = make();
      const items = await readAll([bad, good]);
      assert.equal(errors(items).length, 1);
      assert.match(errors(items)[0], message);
      assert.ok(!errors(items)[0].includes('\n'), 'one line');
      assert.equal(articles(items).length, 1, 'the good input is still read');
    });
  }

  it('reads malformed HTML as well as it can', async () => {
    const f = join(tmp, 'broken.html');
    writeFileSync(f, '<html><body><div><p>Kerry said the talks would resume in Geneva next week, officials said on Monday.<p>The opposition <b>rejected the plan</div></span></body>');
    const [a] = articles(await readAll([f]));
    assert.match(a.text, /^Kerry said the talks would resume in Geneva next week, officials said on Monday\.\n\nThe opposition rejected the plan$/);
  });
});

describe('readers: URLs', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/hang') return; // never answers
      if (req.url === '/loop') { res.writeHead(302, { location: '/loop' }); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><head><title>Talks</title></head><body><article><p>The two sides met in Doha on Tuesday and agreed to meet again.</p></article></body></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.closeAllConnections?.() ?? server.close());

  it('refuses a loopback URL unless private addresses are allowed', async () => {
    const [item] = await readAll([`${base}/page`]);
    assert.ok('error' in item);
    assert.match(item.error.message, /points to a private or loopback address \(127\.0\.0\.1\); pass --allow-private/);
    const [ok] = articles(await readAll([`${base}/page`], { allowPrivate: true }));
    assert.equal(ok.title, 'Talks');
    assert.match(ok.text, /^The two sides met in Doha/);
  });

  it('refuses a name that resolves to a loopback address', async () => {
    const [item] = await readAll([`${base.replace('127.0.0.1', 'localhost')}/page`]);
    assert.ok('error' in item);
    assert.match(item.error.message, /resolves to a private or loopback address|points to a private/);
  });

  it('gives up on a URL that does not answer in time', async () => {
    const [item] = await readAll([`${base}/hang`], { allowPrivate: true, timeoutMs: 300 });
    assert.ok('error' in item);
    assert.match(item.error.message, /\/hang: timed out after 0\.3 s$/);
  });

  it('stops following redirects after a bound', async () => {
    const [item] = await readAll([`${base}/loop`], { allowPrivate: true });
    assert.ok('error' in item);
    assert.match(item.error.message, /redirects more than 5 times/);
  });
});
