import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle } from '../ingest/article.js';
import { createPipeline, PipelineError, selectStages } from './pipeline.js';
import { defineStage } from './stage.js';

const words = defineStage({
  name: 'words',
  version: '1',
  requires: [],
  adds: ['tokens'],
  run: (doc) => ({
    tokens: [...doc.article.text.matchAll(/\S+/g)].map((m) => ({
      start: m.index, end: m.index + m[0].length, text: m[0], normal: m[0].toLowerCase(), pos: 'X', kind: 'word', sentence: 0,
    })),
  }),
});
const counts = defineStage({
  name: 'counts',
  version: '2',
  requires: ['tokens'],
  adds: ['figures'],
  run: (doc) => ({ figures: [{ quantity: doc.tokens!.length, qualifier: null, what: 'tokens', place: null, evidence: { start: 0, end: 0 } }] }),
});
const broken = defineStage({
  name: 'broken',
  version: '1',
  requires: ['tokens'],
  adds: ['quotes'],
  run: () => {
    throw new Error('lexicon missing');
  },
});

const article = makeArticle({ text: 'The two sides met in Doha.' });

describe('createPipeline', () => {
  it('runs stages in order and records a timing for each', () => {
    const doc = createPipeline([words, counts]).run(article);
    assert.equal(doc.figures?.[0].quantity, 6);
    assert.deepEqual(doc.stages.map((s) => [s.name, s.version]), [['words', '1'], ['counts', '2']]);
    assert.ok(doc.stages.every((s) => s.ms >= 0));
  });

  it('refuses a stage placed before what it needs, naming both', () => {
    assert.throws(() => createPipeline([counts, words]), (err: Error) =>
      err instanceof PipelineError && /"counts" requires "tokens", which stage "words" adds/.test(err.message));
  });

  it('refuses a stage whose requirement nothing adds', () => {
    assert.throws(() => createPipeline([counts]), /no stage in the pipeline adds/);
  });

  it('runs a stage without a layer it only uses, and refuses one placed before its provider', () => {
    const reader = defineStage({
      name: 'reader', version: '1', requires: [], uses: ['tokens'], adds: ['quotes'],
      run: (doc) => ({ quotes: doc.tokens ? [] : [{ start: 0, end: 3, text: 'The', direct: false, speaker: null, cue: null, channel: null }] }),
    });
    assert.equal(createPipeline([reader]).run(article).quotes?.length, 1);
    assert.equal(createPipeline([words, reader]).run(article).quotes?.length, 0);
    assert.throws(() => createPipeline([reader, words]), /"reader" uses "tokens", which stage "words" adds/);
  });

  it('refuses the same stage twice', () => {
    assert.throws(() => createPipeline([words, words]), /appears twice/);
  });

  it('fails the article, not the batch, when a stage throws', () => {
    const pipeline = createPipeline([words, broken, counts]);
    const doc = pipeline.run(article);
    assert.deepEqual(doc.errors, [{ stage: 'broken', message: 'lexicon missing' }]);
    assert.equal(doc.figures, undefined, 'stages after a failure do not run');
    const again = pipeline.run(makeArticle({ text: 'A second article.' }));
    assert.equal(again.tokens?.length, 3);
  });

  it('does not mutate the input article', () => {
    const frozen = Object.freeze({ ...article });
    createPipeline([words, counts]).run(frozen);
  });
});

describe('selectStages', () => {
  it('adds what the named stages need, in pipeline order', () => {
    assert.deepEqual(selectStages([words, counts, broken], ['counts']).map((s) => s.name), ['words', 'counts']);
  });
  it('names the unknown stage and lists the known ones', () => {
    assert.throws(() => selectStages([words, counts], ['quotes']), /unknown stage "quotes" \(stages: words, counts\)/);
  });
});
