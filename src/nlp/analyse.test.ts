import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { needsShared, SEED_ARTICLE } from '../../test/shared.js';
import { analyse, sentenceAt, spanOfTokens, tokensOfSpan } from './analyse.js';

describe('analyse', () => {
  it('slices wire copy into whole sentences, keeping abbreviations inside', () => {
    const text = 'KABUL, Feb 29 (Reuters) - U.S. envoy Zalmay Khalilzad met Taliban leaders on Feb. 22. "We are ready," he said.';
    const { sentences } = analyse(text);
    const parts = sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(parts, [
      'KABUL, Feb 29 (Reuters) - U.S. envoy Zalmay Khalilzad met Taliban leaders on Feb. 22.',
      '"We are ready," he said.',
    ]);
  });

  it('never glues a heading line to the sentence after it', () => {
    const text = 'The demands of the parties\nAbove all, Washington wants assurances.';
    const parts = analyse(text).sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(parts, ['The demands of the parties', 'Above all, Washington wants assurances.']);
  });

  it('keeps a hard-wrapped sentence whole', () => {
    const text = 'The talks, which began in Geneva,\nwill resume next week.';
    assert.equal(analyse(text).sentences.length, 1);
  });

  it('gives tokens whose offsets slice the text exactly', () => {
    const text = 'Taliban spokesman Suhail Shahin said the agreement with Washington was coming soon.';
    const { tokens } = analyse(text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(tokens[2].text, 'Suhail');
    assert.equal(tokens[2].pos, 'PROPN');
  });

  it('gives nothing, and no error, for an empty or blank text', () => {
    for (const text of ['', '   ', '\n\n']) assert.deepEqual(analyse(text), { sentences: [], tokens: [], paragraphs: [] });
  });

  it('maps a character span to tokens and back', () => {
    const text = 'The ninth round of negotiations ended in Doha.';
    const { tokens } = analyse(text);
    const span = { start: text.indexOf('ninth'), end: text.indexOf(' of') };
    const [first, last] = tokensOfSpan(tokens, span);
    assert.deepEqual(tokens.slice(first, last).map((t) => t.text), ['ninth', 'round']);
    assert.deepEqual(spanOfTokens(tokens, first, last), span);
  });

  it('finds the sentence holding an offset', () => {
    const text = 'One sentence here. Another one there.';
    const { sentences } = analyse(text);
    assert.equal(sentenceAt(sentences, text.indexOf('Another')), 1);
    assert.equal(sentenceAt(sentences, 0), 0);
  });

  it('slices every sentence of the founding article exactly', { skip: needsShared('seed') }, () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const { sentences, tokens } = analyse(text);
    assert.ok(sentences.length >= 14, `only ${sentences.length} sentences`);
    for (const s of sentences) {
      const part = text.slice(s.start, s.end);
      assert.equal(part, part.trim(), 'no surrounding whitespace');
      assert.ok(!/\n\s*\n/.test(part), `a sentence crosses a blank line: ${part.slice(0, 60)}`);
    }
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    const caption = sentences.map((s) => text.slice(s.start, s.end)).find((s) => s.startsWith('US Navy prepares'));
    assert.equal(caption, 'US Navy prepares for training with Afghan forces in southern Helmand province (Reuters)');
  });
});
