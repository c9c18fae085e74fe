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

describe('actors: unnamed officials, party named just after', () => {
  it('`an opposition representative said` is the opposition body the next sentence names (shared/corpus 003)', () => {
    const text = 'The delegation flew to Geneva on Saturday to assess whether to join the talks, an opposition representative said. The 17-strong team of the High Negotiations Committee will meet the envoy.';
    assert.equal(actorAt(actorsOf(text, '2016-01-30'), text, 'an opposition representative')?.id, 'kb:SYR_OPP_HNC');
  });

  it('stays unresolved when the party comes too late or two parties fit', () => {
    const far = 'The delegation flew to Geneva, an opposition representative said. The talks began. The envoy waited. Aid was blocked. The High Negotiations Committee met him.';
    assert.equal(actorAt(actorsOf(far, '2016-01-30'), far, 'an opposition representative'), null);
    const two = 'The delegation flew to Geneva, an opposition representative said. The High Negotiations Committee and the Taliban both sent envoys.';
    assert.equal(actorAt(actorsOf(two, '2016-01-30'), two, 'an opposition representative'), null);
  });
});
