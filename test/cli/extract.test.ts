import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { needsShared, PROJECT_ROOT, SEED_ARTICLE } from '../shared.js';
import { parley } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'ingest', 'open-001.txt');

describe('parley extract', () => {
  it('prints the founding article\'s record as JSON: dateline, caption, heading, exact sentences', { skip: needsShared('seed') }, () => {
    const run = parley(['extract', SEED_ARTICLE, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const record = JSON.parse(run.stdout);
    const text: string = record.article.text;
    assert.equal(text, readFileSync(SEED_ARTICLE, 'utf8'));
    assert.deepEqual({ place: record.article.dateline.place, agency: record.article.dateline.agency }, { place: 'Washington', agency: 'Reuters' });
    const block = (kind: string) => record.article.blocks.filter((b: { kind: string }) => b.kind === kind).map((b: { start: number; end: number }) => text.slice(b.start, b.end));
    assert.deepEqual(block('caption'), ['US Navy prepares for training with Afghan forces in southern Helmand province (Reuters)']);
    assert.deepEqual(block('heading'), ['The demands of the parties']);
    assert.ok(record.sentences.length >= 14);
    for (const s of record.sentences) {
      const sentence = text.slice(s.start, s.end);
      assert.equal(sentence, sentence.trim());
      assert.match(sentence, /^["A-Z0-9]/, `starts like a sentence: ${sentence.slice(0, 40)}`);
      assert.match(sentence, /[.!?"')a-z]$/, `ends like a sentence: ${sentence.slice(-40)}`);
    }
    assert.equal(record.parley, '1');
    assert.equal(record.article.published, null);
    assert.ok(record.stages.every((s: { ms: number }) => typeof s.ms === 'number'));
  });

  it('processes several inputs in order, one JSON line each', () => {
    const a = join(tmp, 'a.txt');
    writeFileSync(a, 'The envoy met rebel leaders in Geneva on Monday.');
    const run = parley(['extract', a, FIXTURE, '--format', 'jsonl', '--published', '2016-02-21']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((r) => r.article.source), [a, FIXTURE]);
    assert.equal(lines[0].article.published, '2016-02-21');
  });

  it('reads standard input for -', () => {
    const run = parley(['extract', '-', '--format', 'json'], 'Taliban spokesman Suhail Shahin said the agreement was coming soon.');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).article.source, '-');
  });

  it('prints a human summary with --format text', () => {
    const run = parley(['extract', FIXTURE, '--format', 'text']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# .*open-001\.txt\nsource: .* sentences: \d+/);
  });

  it('exits 1 with a line per bad input and a summary, still printing the good ones', () => {
    const run = parley(['extract', join(tmp, 'missing.txt'), FIXTURE, '--format', 'jsonl']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /missing\.txt: no such file or directory\n/);
    assert.match(run.stderr, /1 input\(s\) could not be read, 0 article\(s\) failed/);
    assert.equal(run.stdout.trim().split('\n').length, 1);
  });

  it('skips a French article with a clear message', () => {
    const fr = join(tmp, 'fr.txt');
    writeFileSync(fr, 'Les négociations entre les deux parties ont repris mardi à Genève, sous l\'égide des Nations unies, a indiqué le médiateur.');
    const run = parley(['extract', fr, '--format', 'jsonl']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /fr\.txt: the article is in French \(fr\); Parley reads English only/);
    assert.equal(run.stdout, '');
  });

  it('exits 2 on usage errors, naming what is wrong', () => {
    assert.equal(parley(['extract']).code, 2);
    const badFormat = parley(['extract', FIXTURE, '--format', 'xml']);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /--format must be one of json, jsonl, text, got "xml"/);
    const badStage = parley(['extract', FIXTURE, '--stages', 'telepathy']);
    assert.equal(badStage.code, 2);
    assert.match(badStage.stderr, /unknown stage "telepathy"/);
    const badDate = parley(['extract', FIXTURE, '--published', 'Tuesday']);
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /--published expects a date as YYYY-MM-DD/);
  });

  it('has --help', () => {
    const run = parley(['extract', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Usage: parley extract \[options\] <inputs\.\.\.>/);
  });
});

describe('parley output into a closed pipe', () => {
  it('stops quietly when the reader goes away (| head)', () => {
    const res = spawnSync('bash', ['-c', `node ${join(PROJECT_ROOT, 'bin', 'parley.js')} extract ${FIXTURE} ${FIXTURE} ${FIXTURE} --format json | head -c 10`], { encoding: 'utf8' });
    assert.equal(res.status, 0);
    assert.equal(res.stdout.length, 10);
    assert.doesNotMatch(res.stderr, /EPIPE|Error/);
  });
});
