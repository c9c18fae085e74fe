import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { phraseKey, type Gazetteer } from './gazetteer.js';
import { loadModel, saveModel } from './model.js';
import { Tagger } from './tagger.js';
import { encode, type TokenSpan } from './tags.js';
import { train, type TrainingDoc } from './train.js';

/** A tiny hand-made corpus in the genre, with a toy gazetteer to exercise the hook. */
const places: Gazetteer = { name: 'toy-places', phrases: new Map([[phraseKey('Doha'), 'city'], [phraseKey('Kabul'), 'city']]) };
function sentence(text: string, spans: TokenSpan[]) {
  const words = text.split(' ');
  return { words, tags: encode(words.length, spans) };
}
const CORPUS: TrainingDoc[] = [
  [
    sentence('Zalmay Khalilzad met Taliban leaders in Doha .', [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'ORG' }, { start: 6, end: 7, type: 'LOC' }]),
    sentence('Khalilzad said the talks went well .', [{ start: 0, end: 1, type: 'PER' }]),
  ],
  [
    sentence('The envoy flew to Kabul on Tuesday .', [{ start: 4, end: 5, type: 'LOC' }]),
    sentence('Suhail Shahin said the deal was close .', [{ start: 0, end: 2, type: 'PER' }]),
  ],
  [sentence('NATO troops left Kabul in May .', [{ start: 0, end: 1, type: 'ORG' }, { start: 3, end: 4, type: 'LOC' }])],
];
const OPTIONS = { epochs: 5, seed: 7, minCount: 1, gazetteers: [places] };

describe('training', () => {
  it('is deterministic: the same corpus gives the same weights', () => {
    const a = train(CORPUS, OPTIONS);
    const b = train(CORPUS, OPTIONS);
    assert.deepEqual([...a.features.keys()], [...b.features.keys()]);
    assert.deepEqual(a.weights, b.weights);
    assert.deepEqual(a.transitions, b.transitions);
  });

  it('learns its training sentences', () => {
    const tagger = new Tagger(train(CORPUS, OPTIONS), [places]);
    const words = CORPUS[0].map((s) => s.words);
    const [first] = tagger.tagDocument(words);
    assert.deepEqual(first.map((s) => [s.start, s.end, s.type]), [[0, 2, 'PER'], [3, 4, 'ORG'], [6, 7, 'LOC']]);
  });

  it('refuses gazetteers other than those it was trained with', () => {
    assert.throws(() => new Tagger(train(CORPUS, OPTIONS), []), /trained with .*toy-places/);
  });
});

describe('model files', () => {
  it('round-trip: a saved and loaded model tags as the trained one', () => {
    const model = train(CORPUS, OPTIONS);
    const dir = mkdtempSync(join(tmpdir(), 'parley-ner-'));
    try {
      saveModel(model, dir);
      const loaded = loadModel(dir);
      assert.deepEqual([...loaded.common].sort(), [...model.common].sort());
      const text = [['Khalilzad', 'flew', 'to', 'Doha', '.'], ['NATO', 'met', 'Suhail', 'Shahin', '.']];
      const strip = (spans: ReturnType<Tagger['tagDocument']>) => spans.map((s) => s.map(({ start, end, type }) => [start, end, type]));
      assert.deepEqual(strip(new Tagger(loaded, [places]).tagDocument(text)), strip(new Tagger(model, [places]).tagDocument(text)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing model is one clear error', () => {
    assert.throws(() => loadModel('/nonexistent/ner'), /cannot read the entity tagger model .*npm run train:ner/);
  });
});
