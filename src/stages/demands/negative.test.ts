/** What the demands stage must not report as a position. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor, type ActorSpec } from '../../../test/layers.js';
import { demandsStage } from './index.js';

function demands(text: string, actors: ActorSpec[], blocks: { surface: string; kind: 'caption' | 'heading' }[] = []) {
  return demandsStage.run(docFor(text, { actors, blocks })).demands ?? [];
}

describe('demands: negative cases', () => {
  it('a question about a position is none: `what Russia wants`', () => {
    assert.deepEqual(demands('This very clearly shows what Russia wants and what it is truly intent on.', [{ id: 'kb:RUS', surfaces: ['Russia'] }]), []);
  });

  it('`will not` before a non-volitional verb is no refusal: `it will not cost the Americans the money`', () => {
    const out = demands('"It will not cost the Americans the money they say it will cost to open the Beira corridor," he said.', [{ id: 'kb:USA', surfaces: ['the Americans'] }]);
    assert.ok(!out.some((d) => d.kind === 'refusal'), JSON.stringify(out));
  });

  it('a negation inside what is demanded is part of it, not a refusal of its own', () => {
    const out = demands('Washington wants assurances from the Taliban that Afghan territory will not be used for attacks against America or its allies.', [
      { id: 'kb:USA', surfaces: ['Washington', 'America'] },
      { id: 'kb:TALIBAN', surfaces: ['the Taliban'] },
    ]);
    assert.equal(out.length, 1, JSON.stringify(out));
    assert.equal(out[0].kind, 'demand');
  });

  it('a passive request names no holder: `they would be asked to give up additional land`', () => {
    const out = demands('Ukrainians "can\'t understand why" they would be asked to give up additional land, Zelenskyy said.', [
      { id: 'kb:VOLODYMYR_ZELENSKYY', surfaces: ['Zelenskyy'], affiliation: 'kb:UKR' },
    ]);
    assert.deepEqual(out, []);
  });

  it('a demand not made is none, and the one made after it keeps its holder', () => {
    const out = demands(
      'Agha said the opposition delegation would not call for a complete cessation of hostilities but would demand an end to the indiscriminate shelling of markets.',
      [{ id: 'kb:SYR_OPP_HNC', type: 'other', surfaces: ['the opposition delegation'] }],
    );
    assert.deepEqual(out.map((d) => [d.holder, d.kind, d.content.text]), [['kb:SYR_OPP_HNC', 'demand', 'an end to the indiscriminate shelling of markets']]);
  });

  it('an offer restated in the next sentence is one position', () => {
    const out = demands(
      "Angola's UNITA rebel group has offered to reopen the Benguela railroad. UNITA leader Jonas Savimbi said he was prepared to guarantee safe passage for non-military freight.",
      [{ id: 'kb:UNITA', type: 'armed group', surfaces: ['UNITA rebel group'] }, { id: 'kb:JONAS_SAVIMBI', type: 'person', affiliation: 'kb:UNITA', surfaces: ['Jonas Savimbi'] }],
    );
    assert.equal(out.filter((d) => d.kind === 'offer').length, 1, JSON.stringify(out));
  });

  it('`needs to understand` is a warning, not a demand', () => {
    const out = demands('"Russia needs to understand that our patience is not infinite," Kerry said.', [
      { id: 'kb:RUS', surfaces: ['Russia'] },
      { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['Kerry'] },
    ]);
    assert.deepEqual(out, []);
  });

  it('declining to comment is no refusal', () => {
    assert.deepEqual(demands('The Philippines Foreign Ministry declined to comment.', [{ id: 'kb:PHL', surfaces: ['The Philippines Foreign Ministry'] }]), []);
  });

  it('no holder, no position: `the cessation would not apply to Islamic State`', () => {
    const out = demands('He said the cessation would not apply to Islamic State and other militant groups fighting in Syria.', [{ id: 'kb:ISIS', surfaces: ['Islamic State'] }]);
    assert.deepEqual(out, []);
  });

  it('an actor inside a prepositional phrase holds nothing: `the agreement between the Taliban and Washington will not end the fighting`', () => {
    const out = demands('The expected agreement between the Taliban and Washington will not end the fighting.', [
      { id: 'kb:USA', surfaces: ['Washington'] },
      { id: 'kb:TALIBAN', surfaces: ['the Taliban'] },
    ]);
    assert.deepEqual(out, []);
  });

  it('no position from a heading', () => {
    const heading = 'Washington wants a deal';
    const out = demands(`${heading}\n\nThe talks ended.`, [{ id: 'kb:USA', surfaces: ['Washington'] }], [{ surface: heading, kind: 'heading' }]);
    assert.deepEqual(out, []);
  });
});
