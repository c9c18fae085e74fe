/** Unnamed officials go to their party when one party fits; otherwise to no one. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorAt, actorsOf } from '../../../test/actors.js';

describe('actors: unnamed officials', () => {
  it('`A ministry official` is the ministry just named (shared/corpus 007)', () => {
    const text = 'The Philippines Foreign Ministry declined to comment. A ministry official familiar with the arbitration case said Manila expected the ruling soon.';
    const found = actorsOf(text, '2016-06-08');
    const hit = actorAt(found, text, 'A ministry official');
    assert.deepEqual(hit, { id: 'kb:PHL_MFA', how: 'inferred:unnamed-official' });
  });

  it('`rebel officials` after two armed groups stay unattributed (shared/corpus 005)', () => {
    const text = 'The deal excludes Islamic State and the Nusra Front from the truce. But rebel officials said it was impossible to tell them apart.';
    assert.equal(actorAt(actorsOf(text, '2016-02-22'), text, 'rebel officials'), null);
  });

  it('`the ministry official` is a definite role, not an unnamed official of this rule', () => {
    const text = 'The Philippines Foreign Ministry declined to comment. The government official said nothing.';
    const hit = actorAt(actorsOf(text, '2016-06-08'), text, 'government official');
    assert.notEqual(hit?.how, 'inferred:unnamed-official');
  });

  it('no party of the kind named: no attribution', () => {
    const text = 'A ministry official said the talks would resume on Monday.';
    assert.equal(actorAt(actorsOf(text, '2016-06-08'), text, 'A ministry official'), null);
  });
});
