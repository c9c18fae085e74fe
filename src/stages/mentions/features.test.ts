import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { casingOf, docContext, normaliseToken, sentenceFeatures, sentenceStyle, shapes } from './features.js';

describe('token features', () => {
  it('shapes', () => {
    assert.deepEqual(shapes('Khalilzad'), ['Xxxxxxxx', 'Xx']);
    assert.deepEqual(shapes('U.S.'), ['X.X.', 'X.X.']);
    assert.deepEqual(shapes('2019'), ['dddd', 'd']);
    assert.deepEqual(shapes('Öcalan'), ['Xxxxxx', 'Xx']);
  });

  it('casing and headline style', () => {
    assert.equal(casingOf('NATO'), 'upper');
    assert.equal(casingOf('McCain'), 'mixed');
    assert.equal(sentenceStyle('SOCCER - JAPAN GET LUCKY WIN'.split(' ')), 'caps');
    assert.equal(sentenceStyle('Taliban Say Deal With US Is Close After Ninth Round'.split(' ')), 'title');
    assert.equal(sentenceStyle('Taliban spokesman Suhail Shahin said the agreement was near'.split(' ')), 'text');
  });

  it('normalises curly quotes and dashes to what CoNLL writes', () => {
    assert.equal(normaliseToken('“'), '"');
    assert.equal(normaliseToken('’s'), "'s");
    assert.equal(normaliseToken('—'), '--');
  });

  it('marks a capitalised common word at a sentence start and how the document writes it', () => {
    const words = ['May', 'the', 'talks', 'succeed'];
    const doc = docContext([words, ['talks', 'may', 'resume']]);
    const [may] = sentenceFeatures({ gazetteers: [], common: new Set(['may']) }, doc, words);
    assert.ok(may.includes('cw\ty\tfirst\ttext'), may.join(' '));
    assert.ok(may.includes('dl\ty\tfirst\ttext'));
    assert.ok(may.includes('w+1\tthe'));
  });
});
