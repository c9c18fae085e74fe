/**
 * The runner end to end, with a small pipeline of hand-made stages standing in for the real ones
 * (which other branches build): it must read the article the gold names, give the pipeline the
 * gold's reference date (and none in the second dates run), and score the Doc's layers.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../test/shared.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { defineStage } from '../pipeline/stage.js';
import type { Span } from '../model/span.js';
import { loadGold } from './load.js';
import { formatSpanSet } from './report.js';
import { evaluate } from './run.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'eval');
const find = (text: string, s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

/** Finds Kerry, his "closer to a cease-fire" quote, and "Sunday" — resolved to today without a reference date, the bug to catch. */
const standIn = defineStage({
  name: 'stand-in',
  version: '1',
  requires: [],
  adds: ['actors', 'quotes', 'dates', 'mentions'],
  run(doc) {
    const text = doc.article.text;
    const kerry = [...text.matchAll(/John Kerry|Kerry/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], how: 'stated' as const }));
    const quote = find(text, 'closer to a cease-fire today');
    const sunday = [...text.matchAll(/Sunday/g)].map((m) => ({ start: m.index, end: m.index + 6, text: 'Sunday', kind: 'date' as const, value: doc.article.published ?? '2026-11-26', how: 'inferred:weekday' as const }));
    return {
      actors: kerry.length ? [{ id: 'new:john-kerry', name: 'John Kerry', type: 'person' as const, country: null, sector: null, role: null, affiliation: null, mentions: kerry }] : [],
      quotes: quote.start >= 0 ? [{ ...quote, text: 'closer to a cease-fire today', direct: true, speaker: { ...kerry[kerry.length - 1], actor: 'new:john-kerry' }, cue: null, channel: null }] : [],
      dates: sunday,
      mentions: kerry.map((k) => ({ start: k.start, end: k.end, text: k.text, type: 'PER' as const, source: 'test', score: 1 })),
    };
  },
});
const pipeline = createPipeline([standIn]);

describe('evaluate', () => {
  it('scores fact gold: actor paired by mentions, quote by speaker, dates with and without a reference', async () => {
    const sources = await loadGold(join(FIXTURES, 'voa-kerry.gold.json'));
    const report = await evaluate(sources, { pipeline }, (err) => assert.fail(err.message));
    const f = report.facts!;
    assert.deepEqual(f.docs[0].actorMap, [{ gold: 'JOHN_KERRY', ours: 'new:john-kerry', how: 'mentions' }]);
    assert.equal(f.total.actors.tp, 1);
    assert.equal(f.total.actors.precision, 1);
    assert.equal(f.total.quotes.tp, 1);
    assert.equal(f.total.quotes.recall, 1 / 3);
    assert.equal(f.total.dates.tp, 2, 'both Sundays resolve to the gold reference date');
    assert.equal(f.datesNoReference.invented, 2, 'without a reference, the stand-in resolves "Sunday" to today');
    const miss = report.errors.find((e) => e.task === 'facts:quotes' && e.kind === 'miss');
    assert.match(miss?.context ?? '', /the "\[path to peace\]" in Syria/);
  });

  it('scores span gold on the layers of the given pipeline', async () => {
    const sources = await loadGold(join(FIXTURES, 'voa.jsonl'));
    const report = await evaluate(sources, { pipeline, tasks: ['entities', 'quotes', 'dates'] }, (err) => assert.fail(err.message));
    const set = report.spans[0];
    assert.equal(set.entities?.exact.PER.recall, 1, 'John Kerry and Kerry');
    assert.equal(set.entities?.exact.PER.precision, 1);
    assert.equal(set.entities?.exact.micro.recall, 2 / 7);
    assert.equal(set.quotes?.all.recall, 0, 'the dev document holds the other quote');
    assert.equal(set.dates?.recall, 2 / 3, 'two of three gold dates are "Sunday"');
    assert.deepEqual([set.dates?.value.correct, set.dates?.value.total], [2, 2]);
  });
});

describe('evaluate, when a stage throws', () => {
  it('scores what was made before it and says which stage failed where', async () => {
    const broken = defineStage({ name: 'broken', version: '1', requires: [], adds: ['dates'], run: () => { throw new Error('lexicon missing'); } });
    const sources = await loadGold(join(FIXTURES, 'voa.jsonl'));
    const report = await evaluate(sources, { pipeline: createPipeline([broken]), tasks: ['dates'], split: 'dev' }, (err) => assert.fail(err.message));
    assert.deepEqual(report.spans[0].failed, [{ doc: 'voa-1', stage: 'broken', message: 'lexicon missing' }]);
    assert.equal(report.spans[0].dates?.recall, 0);
    assert.match(formatSpanSet(report.spans[0]), /warning: a stage failed on 1 document\(s\), first voa-1: stage broken: lexicon missing/);
  });
});
