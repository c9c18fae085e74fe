/** Anonymous sources get one actor of their own; other `sources` are no actor. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorsOf } from '../../../test/actors.js';

const anonymous = (text: string): string[] =>
  actorsOf(text, '2016-05-25').find((a) => a.id === 'new:ANONYMOUS_SOURCES')?.mentions.map((m) => m.text) ?? [];

describe('actors: anonymous sources', () => {
  const table: [string, string[]][] = [
    // shared/corpus 006, 004, open-002 (quoted).
    ['Savchenko was heading home, part of an exchange for two Russians detained in Ukraine, two sources close to the swap told Reuters.', ['two sources']],
    ['"A Western diplomatic source said, "We did not get a deal on the immediate end of Russian bombings."', ['A Western diplomatic source']],
    ['French president Emmanuel Macron, who, according to diplomatic sources, had pressed for talks in Geneva.', ['diplomatic sources']],
    ['The men were being returned to Russian soil, the second source close to the swap said.', ['the second source']],
  ];
  for (const [text, expected] of table) {
    it(`"${expected.join(', ')}"`, () => assert.deepEqual(anonymous(text), expected));
  }

  it('one actor for all the sources of an article', () => {
    const text = 'Two sources close to the swap told Reuters the plane had left. The second source close to the swap said it would land soon.';
    assert.deepEqual(anonymous(text), ['Two sources', 'The second source']);
  });
});

describe('actors: sources that are no speakers', () => {
  const none = [
    'Oil and gas are the main sources of income for the government.',
    'The country needs new energy sources, the minister said.',
    'Sources of funding remain unclear.',
  ];
  for (const text of none) {
    it(text, () => assert.deepEqual(anonymous(text), []));
  }
});

describe('actors: the same sources, referred to again', () => {
  it('`said the source, who spoke on condition of anonymity` and `according to one of the sources` (shared/corpus 006)', () => {
    const text = 'Two sources close to the swap told Reuters the plane had left. The exchange was underway, according to one of the sources. The men were soldiers, said the source, who spoke on condition of anonymity.';
    assert.deepEqual(anonymous(text), ['Two sources', 'one of the sources', 'the source']);
  });
});
