/** What the figures stage must not report: dates, durations, clock times, references. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor } from '../../../test/layers.js';
import { figuresStage } from './index.js';

const none = [
  'They still oppose the September 28 presidential election.',
  'UNITA has been fighting the Cuban-backed Angolan government since 1976.',
  "It is the country's five-year civil war.",
  'Parties would indicate their agreement by noon on Friday Damascus time (1000 GMT).',
  'The 70-minute meeting with Zarif took place soon after.',
  'The two countries had agreed to settle disputes.',
  '"They are coming back," said one of the sources.',
  'Elections are held every four years and the last one was in 2012.',
  'There were repeated violations of the Feb. 27 truce.',
];

describe('figures: negative cases', () => {
  for (const text of none) {
    it(text, () => {
      assert.deepEqual((figuresStage.run(docFor(text)).figures ?? []).map((f) => text.slice(f.evidence.start, f.evidence.end)), []);
    });
  }
  it('a number inside a date the dates layer found is no figure', () => {
    const text = 'On February 12, another attack had left 100,000 families without electricity.';
    const out = figuresStage.run(docFor(text, { dates: [{ surface: 'February 12', value: '2026-02-12' }] })).figures ?? [];
    assert.deepEqual(out.map((f) => f.quantity), [100000]);
  });
});
