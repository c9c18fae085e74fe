/**
 * The shipped entity model, measured: CoNLL-2003 dev, exact span and type, micro-F1 over
 * PER/ORG/LOC must stay at or above 0.88 (the bar). Reads ../shared; skips without it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyScore, micro, prf, readConll, scoreDoc } from '../scripts/ner-conll.js';
import { findMentions } from '../src/stages/mentions/index.js';
import { needsShared } from './shared.js';

describe('entity tagger on CoNLL-2003 dev', { skip: needsShared('eval', 'dev', 'conll2003.jsonl') }, () => {
  it('reaches micro-F1 0.88 over PER/ORG/LOC', () => {
    const score = emptyScore();
    for (const d of readConll('dev')) scoreDoc(score, d.entities, findMentions(d.text, d.tokens, d.sentences));
    const { f } = prf(micro(score, ['PER', 'ORG', 'LOC']));
    assert.ok(f >= 0.88, `micro-F1 ${f.toFixed(4)}`);
  });
});
