/** What the dates stage must not read as a time expression. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docOf } from '../../../test/doc.js';
import { datesStage } from './index.js';

function found(text: string): string[] {
  return (datesStage.run(docOf({ text, published: '2019-09-03' })).dates ?? []).map((d) => d.text);
}

describe('dates: negative cases', () => {
  const none: string[] = [
    'The currency fell 12.53% against the dollar.',
    'Prime Minister Theresa May said the deal was dead.',
    'May Al-Khatib, a lawyer, filed the complaint.',
    'The home side won 3-1 in front of a packed stadium.',
    'The prime minister left No. 10 without a word.',
    'One of the two sides walked out.',
    'More than 2,000 troops and 1,500 police were deployed.',
    'Police said 1998 people had registered to vote.',
    'Protesters march on the capital, and the talks may collapse.',
    'The vote was 54-46 in favour.',
    'He scored 3/4 of the points.',
    'Fighting has now spread, and the current talks are stalled.',
  ];
  for (const text of none) {
    it(`no time expression in "${text}"`, () => {
      assert.deepEqual(found(text), []);
    });
  }

  it('a thousands separator is not a clock (`40,000 a month`)', () => {
    const d = datesStage.run(docOf({ text: 'Russia recruits about 40,000 a month, officials estimate.', published: '2026-02-20' })).dates ?? [];
    assert.ok(d.every((r) => r.kind !== 'time'), JSON.stringify(d));
  });

  it('a duration is never turned into a date a year ahead', () => {
    const d = datesStage.run(docOf({ text: 'They have been negotiating for about a year.', published: '2019-09-03' })).dates ?? [];
    assert.equal(d.length, 1);
    assert.equal(d[0].kind, 'duration');
    assert.notEqual(d[0].value, '2020-09-03');
  });

  it('never resolves a relative date to the day the program runs', () => {
    const today = new Date().toISOString().slice(0, 10);
    const d = datesStage.run(docOf('The envoy arrived today and met officials on Tuesday.')).dates ?? [];
    assert.ok(d.length >= 2);
    for (const r of d) assert.ok(r.value === null || !r.value.startsWith(today.slice(0, 7)), `${r.text} → ${r.value}`);
  });
});
