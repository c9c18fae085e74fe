import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EvidenceError, nthIndexOf, resolveEvidence } from './evidence.js';
import { factGoldProblem, resolveFacts } from './gold.js';

// Sentences of the founding dispatch (shared/seed), quoted.
const TEXT =
  'WASHINGTON (Reuters) - The United States and the Taliban are close to concluding a deal, the US envoy said on Tuesday. ' +
  'Taliban spokesman Suhail Shahin said the agreement with Washington was coming soon. ' +
  'The Taliban refuse to enter into direct dialogue with the Afghan government.';
const spanOf = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

describe('resolveEvidence', () => {
  it('takes a plain string as its first occurrence', () => {
    assert.deepEqual(resolveEvidence(TEXT, 'Taliban', 'x'), [spanOf('Taliban')]);
  });

  it('takes {text, occurrence} as the k-th occurrence', () => {
    const second = TEXT.indexOf('Taliban', TEXT.indexOf('Taliban') + 1);
    assert.deepEqual(resolveEvidence(TEXT, { text: 'Taliban', occurrence: 2 }, 'x'), [{ start: second, end: second + 7 }]);
    assert.deepEqual(resolveEvidence(TEXT, { text: 'Taliban' }, 'x'), [spanOf('Taliban')], 'occurrence defaults to 1');
  });

  it('gives one span per item of a list, in order', () => {
    const spans = resolveEvidence(TEXT, ['the Taliban are close', { text: 'Taliban', occurrence: 3 }], 'x');
    assert.equal(spans.length, 2);
    assert.equal(TEXT.slice(spans[0].start, spans[0].end), 'the Taliban are close');
    assert.equal(spans[1].start, TEXT.lastIndexOf('Taliban'));
  });

  it('names the gold field and the words that are not in the text', () => {
    assert.throws(() => resolveEvidence(TEXT, 'the Qatari capital', 'places[2].evidence'),
      (err: Error) => err instanceof EvidenceError && err.message === 'places[2].evidence: "the Qatari capital" is not in the article text');
    assert.throws(() => resolveEvidence(TEXT, { text: 'Washington', occurrence: 2 }, 'q'), /occurs 1 time\(s\), not 2/);
  });

  it('counts overlapping occurrences', () => {
    assert.equal(nthIndexOf('aaa', 'aa', 2), 1);
    assert.equal(nthIndexOf('aaa', 'aa', 3), -1);
  });
});

describe('factGoldProblem', () => {
  it('accepts the seed shape and says what is wrong otherwise', () => {
    assert.equal(factGoldProblem({ article: 'a.txt', quotes: [{ speaker: 'X', evidence: 'said' }] }), null);
    assert.match(factGoldProblem([]) ?? '', /not a JSON object/);
    assert.match(factGoldProblem({ quotes: [] }) ?? '', /no "article"/);
    assert.match(factGoldProblem({ article: 'a.txt' }) ?? '', /lists none of actors/);
    assert.match(factGoldProblem({ article: 'a', actors: [{ id: 'USA', mentions: [] }] }) ?? '', /actors\[0\] has no "mentions"/);
    assert.match(factGoldProblem({ article: 'a', figures: [{ quantity: '3', evidence: 'x' }] }) ?? '', /numeric "quantity"/);
    assert.match(factGoldProblem({ article: 'a', places: [{ name: 'Doha', evidence: 'Doha' }] }) ?? '', /neither coordinates nor a country/);
  });

  it('resolves every kind, keeping each fact\'s index', () => {
    const facts = resolveFacts({
      article: 'a.txt',
      actors: [{ id: 'TALIBAN', mentions: ['the Taliban are close', { text: 'Taliban', occurrence: 2 }] }],
      dates: [{ value: null, evidence: 'on Tuesday' }],
    }, TEXT);
    assert.equal(facts.actors[0].spans.length, 2);
    assert.deepEqual(facts.dates[0].spans, [spanOf('on Tuesday')]);
    assert.equal(facts.dates[0].index, 0);
    assert.deepEqual(facts.quotes, []);
  });
});
