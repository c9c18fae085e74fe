/** Collective and unnamed parties the gold treats as actors. Sentences from corpus 003, 004 and 010, quoted and shortened. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorAt, actorsOf } from '../../../test/actors.js';

describe('actors: demonym + plural role noun', () => {
  const text = 'US representatives also met with British, French, German, Italian and Swiss representatives before the talks in Geneva.';
  const actors = actorsOf(text, '2025-11-28');

  it('reads `US representatives` as the United States', () => {
    assert.equal(actorAt(actors, text, 'US representatives')?.id, 'kb:USA');
  });

  it('gives each demonym of a chain its own country, each mention its own word', () => {
    for (const [w, id] of [['British', 'kb:GBR'], ['French', 'kb:FRA'], ['German', 'kb:DEU'], ['Italian', 'kb:ITA'], ['Swiss', 'kb:CHE']]) {
      assert.equal(actorAt(actors, text, w)?.id, id, w);
    }
    const gbr = actors.find((a) => a.id === 'kb:GBR')!;
    assert.deepEqual(gbr.mentions.map((m) => m.text), ['British']);
  });

  it('makes no actor of a plain `representatives` or a demonym before a thing', () => {
    const t = 'Representatives of the families met the mayor. Swiss banks were closed.';
    assert.deepEqual(actorsOf(t, '2025-11-28').map((a) => a.id), []);
  });
});
