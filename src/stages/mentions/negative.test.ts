import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../nlp/analyse.js';
import { findMentions } from './index.js';

function tag(text: string): string[] {
  const { tokens, sentences } = analyse(text);
  return findMentions(text, tokens, sentences).map((m) => `${m.text}/${m.type}`);
}

/** What must not be tagged: months, sentence-initial common words, headings without names. */
const NONE: string[] = [
  'The demands of the parties',
  'The talks resumed in May after a pause.',
  'Talks are expected to resume on May 5.',
  'May the talks succeed, he said.',
  'Afterwards, officials said nothing had been agreed.',
  'However, negotiators remain hopeful.',
  'Earlier, the ceasefire collapsed.',
  'The two sides have been negotiating for about a year.',
  'Above all, the movement wants assurances.',
  'Both sides said the agreement was coming soon.',
  'There are more than 20,000 foreign troops on the ground.',
  'Talks Resume',
  'the talks resumed in may.',
];

describe('mentions: negative cases', () => {
  for (const text of NONE) {
    it(`no entity in "${text}"`, () => {
      assert.deepEqual(tag(text), []);
    });
  }

  it('the month in a dated sentence is not a name, the place is', () => {
    assert.deepEqual(tag('In May, the delegation returned to Doha.'), ['Doha/LOC']);
  });

  it('a name is not glued to the capitalised word before it at a sentence start', () => {
    const found = tag('Kabul was quiet on Tuesday.');
    assert.deepEqual(found, ['Kabul/LOC']);
  });
});
