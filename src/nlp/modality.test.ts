import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modalityOf } from './modality.js';

/** One sentence per status; `at` is the trigger, read as a noun when `nominal`. Mostly real wire copy. */
const cases: { text: string; at: string; nominal?: boolean; anchored?: boolean; status: string | null; negated?: boolean }[] = [
  { text: 'Major powers agreed on Friday to implement a cessation of hostilities in Syria.', at: 'agreed', status: null },
  { text: 'The two sides were in the process of discussing the final touches on technical issues.', at: 'discussing', status: 'ongoing' },
  { text: 'The first peace talks in two years between belligerents in Syria collapsed last week.', at: 'peace talks', nominal: true, status: 'ended' },
  { text: 'After the ninth round of negotiations ended in Doha.', at: 'ninth round of negotiations', nominal: true, status: 'ended' },
  { text: 'Peace talks between Afghan forces, which is expected to be held in the Norwegian capital Oslo.', at: 'Peace talks', nominal: true, status: 'expected' },
  { text: 'The United States and the Taliban are close to concluding a deal.', at: 'concluding a deal', status: 'near' },
  { text: 'We are on the threshold of an agreement that will reduce violence.', at: 'agreement', nominal: true, status: 'near' },
  { text: 'China has on a number of occasions proposed with the Philippines a regular consultation mechanism.', at: 'consultation mechanism', nominal: true, status: 'proposed' },
  { text: "The statement followed Russia's call for an urgent meeting of the U.N. Security Council.", at: 'urgent meeting', nominal: true, status: 'proposed' },
  { text: 'Kabul requested a meeting of the council.', at: 'meeting', nominal: true, status: 'proposed' },
  { text: 'The talks were postponed until next week.', at: 'talks', nominal: true, status: 'postponed' },
  { text: 'The meeting was cancelled after the shelling.', at: 'meeting', nominal: true, status: 'cancelled' },
  { text: 'The Taliban refuse to enter into direct dialogue with the Afghan government.', at: 'direct dialogue', nominal: true, status: 'refused' },
  { text: 'The United States and the Taliban are close to concluding a deal that would reduce violence.', at: 'reduce', status: 'hypothetical' },
  { text: 'The truce would go into effect at midnight, the two countries said.', at: 'go into effect', anchored: true, status: 'expected' },
  { text: 'The expected agreement will not end the fighting.', at: 'end the fighting', status: 'expected', negated: true },
  { text: 'Russia has said it will not stop its airstrikes.', at: 'stop its airstrikes', status: 'expected', negated: true },
];

describe('modality: one sentence per status', () => {
  for (const c of cases) {
    it(`${c.status ?? 'none'}${c.negated ? ' (negated)' : ''}: ${c.text}`, () => {
      const start = c.text.indexOf(c.at);
      const m = modalityOf(c.text, { start: 0, end: c.text.length, lead: '' }, { start, end: start + c.at.length }, { nominal: !!c.nominal, anchored: !!c.anchored });
      assert.equal(m.status, c.status);
      assert.equal(m.negated, !!c.negated);
    });
  }
  it('reads a denial', () => {
    const text = 'Russia and Syria deny targeting civilians.';
    const at = text.indexOf('targeting');
    assert.equal(modalityOf(text, { start: 0, end: text.length, lead: '' }, { start: at, end: at + 9 }, { nominal: false, anchored: false }).denied, true);
  });
  it('an `if` clause is hypothetical whatever its verb', () => {
    const text = 'if Russia stopped air strikes';
    const at = text.indexOf('stopped');
    assert.equal(modalityOf(text, { start: 0, end: text.length, lead: 'if' }, { start: at, end: at + 7 }, { nominal: false, anchored: false }).status, 'hypothetical');
  });
});
