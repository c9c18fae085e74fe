import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinDateline, shortAbbreviations, titleCaseHeadline } from './augment.js';
import { encode, TAGS } from './tags.js';
import type { TrainingDoc } from './train.js';

const doc: TrainingDoc = [
  { words: 'EU rejects German call'.split(' '), tags: encode(4, [{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'MISC' }]) },
  { words: ['BRUSSELS', '1996-08-22'], tags: encode(2, [{ start: 0, end: 1, type: 'LOC' }]) },
  { words: 'The U.S. said'.split(' '), tags: encode(3, [{ start: 1, end: 2, type: 'LOC' }]) },
];
const show = (d: TrainingDoc): string[] => d.map((s) => s.words.map((w, i) => `${w}/${TAGS[s.tags[i]]}`).join(' '));

describe('training rewrites', () => {
  it('joins a dateline to the first sentence as wire copy does', () => {
    assert.deepEqual(show(joinDateline(doc, 1))[1], 'BRUSSELS/U-LOC (/O Reuters/U-ORG )/O -/O The/O U.S./U-LOC said/O');
    assert.deepEqual(show(joinDateline(doc, 3))[1], 'BRUSSELS/U-LOC The/O U.S./U-LOC said/O');
    assert.equal(joinDateline(doc, 2).length, 2);
  });

  it('writes the headline in Title Case and U.S. as US, keeping tags', () => {
    assert.deepEqual(show(titleCaseHeadline(doc))[0], 'EU/U-ORG Rejects/O German/U-MISC Call/O');
    assert.deepEqual(show([shortAbbreviations(doc[2])]), ['The/O US/U-LOC said/O']);
  });
});
