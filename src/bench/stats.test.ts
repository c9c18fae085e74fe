import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repeatTo } from './corpus.js';
import { median, p95, quantile } from './stats.js';

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const ms = [5, 1, 4, 2, 3];
    assert.equal(median(ms), 3);
    assert.equal(quantile(ms, 1), 5);
    assert.equal(quantile(ms, 0), 1);
    assert.equal(p95(Array.from({ length: 100 }, (_, i) => i + 1)), 95);
    assert.equal(median([]), 0);
  });
});

describe('repeatTo', () => {
  it('repeats the corpus in order up to the count', () => {
    assert.deepEqual(repeatTo(['a', 'b', 'c'], 7), ['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    assert.deepEqual(repeatTo(['a', 'b'], 1), ['a']);
    assert.deepEqual(repeatTo([], 5), []);
  });
});
