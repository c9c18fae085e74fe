import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowed, decodeSpans, encode, TAGS, tagOf } from './tags.js';

describe('BILOU tags', () => {
  it('encodes spans and decodes them back', () => {
    // "Taliban spokesman Suhail Shahin said in Doha"
    const spans = [
      { start: 0, end: 1, type: 'ORG' as const },
      { start: 2, end: 4, type: 'PER' as const },
      { start: 6, end: 7, type: 'LOC' as const },
    ];
    const tags = encode(7, spans);
    assert.deepEqual([...tags].map((t) => TAGS[t]), ['U-ORG', 'O', 'B-PER', 'L-PER', 'O', 'O', 'U-LOC']);
    assert.deepEqual(decodeSpans(tags), spans);
  });

  it('allows only well-formed sequences', () => {
    assert.equal(allowed(-1, tagOf('I', 'PER')), false);
    assert.equal(allowed(tagOf('B', 'PER'), tagOf('L', 'PER')), true);
    assert.equal(allowed(tagOf('B', 'PER'), tagOf('L', 'ORG')), false);
    assert.equal(allowed(tagOf('B', 'PER'), 0), false);
    assert.equal(allowed(tagOf('B', 'PER'), -1), false);
    assert.equal(allowed(tagOf('L', 'PER'), tagOf('U', 'LOC')), true);
  });
});
