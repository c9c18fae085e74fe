import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { needsShared, PROJECT_ROOT, SEED_ARTICLE, SEED_EXPECTED } from '../../test/shared.js';
import { evalOutput } from './eval.js';
import { main } from './main.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'eval');
const JSONL = join(FIXTURES, 'voa.jsonl');
const FACTS = join(FIXTURES, 'voa-kerry.gold.json');

/**
 * Run `parley ...args` in-process and capture what it prints. Standard output is the test runner's
 * channel, so the report is read through the command's own output hook; stderr is captured.
 */
async function parley(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const write = { out: evalOutput.write, err: process.stderr.write };
  evalOutput.write = (text) => void (out += text);
  process.stderr.write = ((chunk: string) => ((err += chunk), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    evalOutput.write = write.out;
    process.stderr.write = write.err;
    process.exitCode = undefined;
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'parley-eval-'));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('parley eval: bad input', () => {
  it('needs a gold argument (usage error, exit 2)', async () => {
    assert.equal((await parley('eval')).code, 2);
  });

  it('names a missing file in one line, exit 1', async () => {
    const r = await parley('eval', join(tmp, 'nope.jsonl'));
    assert.equal(r.code, 1);
    assert.equal(r.err, `parley: ${join(tmp, 'nope.jsonl')}: no such file or directory\n`);
  });

  it('names a file that is not JSON, with the line for JSON Lines', async () => {
    const broken = file('broken.json', '{"article": "a.txt", ');
    const r = await parley('eval', broken);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`^parley: ${broken}: is not valid JSON`));
    assert.equal(r.err.trim().split('\n').length, 1);
    const lines = file('broken.jsonl', '{"text": "Kerry said.", "entities": []}\nnot json\n');
    assert.match((await parley('eval', lines)).err, /broken\.jsonl:2: is not valid JSON/);
  });

  it('refuses an unknown shape and spans outside the text', async () => {
    const r = await parley('eval', file('other.json', '{"hello": "world"}'));
    assert.equal(r.code, 1);
    assert.match(r.err, /other\.json: is neither fact gold .* unknown shape/);
    const out = await parley('eval', file('span.jsonl', '{"text": "Kerry", "entities": [{"start": 0, "end": 50, "type": "PER"}]}\n{"text": "x", "dates": []}\n'));
    assert.match(out.err, /span\.jsonl:1: entities\[0\] has no valid "start"\/"end" inside the text/);
  });

  it('names fact gold whose evidence is not in its article', async () => {
    const r = await parley('eval', FACTS, '--article', file('other.txt', 'Some other article about Doha.\n'));
    assert.equal(r.code, 1);
    assert.match(r.err, /voa-kerry\.gold\.json: actors\[0\]\.mentions: "U\.S\. Secretary of State John Kerry said" is not in the article text of .*other\.txt/);
  });

  it('refuses bad option values (exit 2)', async () => {
    assert.equal((await parley('eval', JSONL, '--errors', 'many')).code, 2);
    assert.equal((await parley('eval', JSONL, '--limit', '0')).code, 2);
    const task = await parley('eval', JSONL, '--task', 'sentiment');
    assert.equal(task.code, 2);
    assert.match(task.err, /unknown task "sentiment"/);
    const split = await parley('eval', JSONL, '--split', 'test');
    assert.equal(split.code, 2);
    assert.match(split.err, /no documents to score in split "test" \(splits here: dev, train\)/);
    assert.equal((await parley('eval', FACTS, FACTS, '--article', SEED_ARTICLE)).code, 2);
  });

  it('scores the good files and still exits 1 when one is bad', async () => {
    const r = await parley('eval', JSONL, join(tmp, 'missing.json'), '--json');
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out).spans.length, 1);
  });
});

describe('parley eval: span gold', () => {
  it('prints a table per task for the chosen split', async () => {
    const r = await parley('eval', JSONL, '--split', 'dev');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /fixture \(split dev, 1 doc\)/);
    for (const heading of ['Entities', 'Places', 'Quotes', 'Dates']) assert.match(r.out, new RegExp(`^${heading} `, 'm'));
    assert.match(r.out, /^micro PER\/ORG\/LOC .* 4 +\d+$/m, 'the dev document has 4 PER/ORG/LOC entities');
  });

  it('gives machines the numbers as JSON, with --limit and --task', async () => {
    const all = JSON.parse((await parley('eval', JSONL, '--json')).out);
    assert.equal(all.spans[0].docs, 2);
    assert.equal(all.spans[0].entities.exact.micro.gold, 7);
    assert.equal(all.spans[0].dates.gold, 3);
    const one = JSON.parse((await parley('eval', JSONL, '--json', '--limit', '1', '--task', 'dates')).out);
    assert.equal(one.spans[0].docs, 1);
    assert.equal(one.spans[0].entities, undefined);
    assert.equal(one.spans[0].dates.gold, 1);
  });

  it('prints the first N misses with context', async () => {
    const r = await parley('eval', JSONL, '--split', 'dev', '--task', 'dates', '--errors', '1');
    assert.equal(r.code, 0, r.err);
    // Whether there is an error depends on the dates stage; when there is, it is shown with context.
    const listed = /^First 1 of (\d+) errors:\n(MISS |EXTRA) dates  voa-1  .+\n {6}.*\[.+\].*$/m;
    if (/First 1 of/.test(r.out)) assert.match(r.out, listed);
    else assert.equal(JSON.parse((await parley('eval', JSONL, '--split', 'dev', '--task', 'dates', '--json')).out).errorCount, 0);
    const json = JSON.parse((await parley('eval', JSONL, '--json', '--errors', '2')).out);
    assert.ok(json.errors.length <= 2);
    assert.equal(typeof json.errorCount, 'number');
  });
});

describe('parley eval: fact gold', () => {
  it('scores each kind of the fixture', async () => {
    const r = await parley('eval', FACTS, '--json');
    assert.equal(r.code, 0, r.err);
    const facts = JSON.parse(r.out).facts;
    assert.deepEqual(
      Object.fromEntries(Object.entries(facts.total).map(([k, v]) => [k, (v as { gold: number }).gold])),
      { actors: 2, places: 4, dates: 3, quotes: 3, events: 0, demands: 0, figures: 1 },
    );
    assert.equal(facts.docs[0].published, '2016-02-21');
    const text = await parley('eval', FACTS);
    assert.match(text.out, /^quotes +\d\/3 /m);
    assert.match(text.out, /^dates, no reference +\d\/3 /m);
  });

  it('reads the seed with --article', { skip: needsShared('seed') }, async () => {
    const r = await parley('eval', SEED_EXPECTED, '--article', SEED_ARTICLE, '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).facts.total.events.gold, 6);
  });

  it('finds corpus gold articles relative to the folder above the gold', { skip: needsShared('corpus', 'gold') }, async () => {
    const r = await parley('eval', join(PROJECT_ROOT, '..', 'shared', 'corpus', 'gold'), '--limit', '2', '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).facts.docs.length, 2);
  });
});
