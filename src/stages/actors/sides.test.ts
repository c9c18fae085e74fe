/** `the two sides` as a compound of the last negotiation's two parties, and topics that are no actors. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorsOf } from '../../../test/actors.js';

/** The actor ids holding a mention at the first occurrence of `phrase` at or after `from`. */
function idsAt(text: string, phrase: string, published: string, from = 0): string[] {
  const at = text.indexOf(phrase, from);
  assert.ok(at >= 0, `"${phrase}" not in the test text`);
  return actorsOf(text, published)
    .filter((a) => a.mentions.some((m) => m.start === at && m.end === at + phrase.length))
    .map((a) => a.id)
    .sort();
}

describe('actors: the two sides', () => {
  // From the founding dispatch (shared/seed), quoted.
  const seed = 'Taliban spokesman Suhail Shahin said the agreement with Washington was coming soon, adding that the two sides were in the process of discussing the final touches. The two sides have been negotiating for about a year.';

  it('are the two parties of the negotiation just named, as one compound mention', () => {
    assert.deepEqual(idsAt(seed, 'the two sides', '2019-09-03'), ['kb:TALIBAN', 'kb:USA']);
    const mention = actorsOf(seed, '2019-09-03').find((a) => a.id === 'kb:USA')?.mentions.find((m) => m.text === 'the two sides');
    assert.deepEqual(mention?.compound?.slice().sort(), ['kb:TALIBAN', 'kb:USA']);
    assert.equal(mention?.how, 'inferred:two-sides');
  });

  it('carry over to the next sentence when it names no parties of its own', () => {
    assert.deepEqual(idsAt(seed, 'The two sides', '2019-09-03'), ['kb:TALIBAN', 'kb:USA']);
  });

  it('`the two countries` takes states only (shared/corpus 002)', () => {
    const text = 'In a sign of a thaw in relations between Egypt and Israel, the two countries have signed a trade protocol.';
    assert.deepEqual(idsAt(text, 'the two countries', '2004-12-15'), ['kb:EGY', 'kb:ISR']);
  });

  it('stay unresolved when the last negotiation names more than two parties', () => {
    const text = 'Talks between Russia, the United States and Turkey resumed on Monday. The two sides said little.';
    assert.deepEqual(idsAt(text, 'The two sides', '2016-02-22'), []);
  });

  it('stay unresolved when the parties named before were fighting, not dealing (shared/corpus 004)', () => {
    const text = "Russian Prime Minister Dmitry Medvedev raised the specter of a world war if powers failed to negotiate an end to the fighting, which empowered Islamic State militants. The first peace talks in two years collapsed last week in the face of the offensive by President Bashar al-Assad's forces. Ministers at Thursday's talks wrangled over humanitarian access to cities being besieged by both sides.";
    assert.deepEqual(idsAt(text, 'both sides', '2016-02-12'), []);
  });
});

describe('actors: a topic is no actor', () => {
  it('`On Syria, where the war is in its sixth year, Kerry said` (shared/corpus 008)', () => {
    const text = 'On Syria, where the war is in its sixth year, Kerry said he still hoped for a political transition.';
    assert.ok(!actorsOf(text, '2016-06-15').some((a) => a.id === 'kb:SYR'));
  });
  it('but `On Sunday, Syria said` keeps Syria', () => {
    const text = 'On Sunday, Syria said it would attend the talks.';
    assert.ok(actorsOf(text, '2016-06-15').some((a) => a.id === 'kb:SYR'));
  });
});
