/** What the demands stage must not report as a position. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor, type ActorSpec } from '../../../test/layers.js';
import { demandsStage } from './index.js';

function demands(text: string, actors: ActorSpec[], blocks: { surface: string; kind: 'caption' | 'heading' }[] = []) {
  return demandsStage.run(docFor(text, { actors, blocks })).demands ?? [];
}

describe('demands: negative cases', () => {
  it('reticence is no position: `declined to comment`, `refused to speculate`', () => {
    const rus = [{ id: 'kb:RUS', surfaces: ['Russia'] }];
    assert.deepEqual(demands('Russia declined to comment on the talks.', rus), []);
    assert.deepEqual(demands('Russia refused to speculate on Friday on what might happen in Geneva.', rus), []);
    assert.deepEqual(demands('Russia refused to withdraw its troops.', rus).map((d) => d.kind), ['refusal']);
  });

  it('a question about a position states none, unless a colon names the position (pseudo-cleft)', () => {
    const iran = [{ id: 'kb:IRN', surfaces: ['Iran'] }];
    assert.deepEqual(demands('Diplomats asked what Iran would not accept in Geneva.', iran), []);
    assert.deepEqual(demands('It is unclear what is not on the table for Iran.', iran), []);
  });

  it('a next sentence that does not spell the demand out leaves its evidence alone', () => {
    const text = 'Turkey must stop shelling Kurdish positions, the U.S. said. That meant a rift between the allies.';
    const out = demands(text, [{ id: 'kb:TUR', surfaces: ['Turkey'] }, { id: 'kb:USA', surfaces: ['the U.S.'] }]);
    assert.ok(out.every((d) => d.evidence.end <= text.indexOf('That meant')), JSON.stringify(out));
  });

  it('`told reporters it should` names no one asked: `should` alone predicts, so no demand', () => {
    const out = demands('China told reporters on Tuesday it should play a constructive role in safeguarding peace in the South China Sea.', [{ id: 'kb:CHN', surfaces: ['China'] }]);
    assert.deepEqual(out, []);
  });

  it('a call for a body to convene is procedure, not a position; a meeting between parties still is one', () => {
    const rus = { id: 'kb:RUS', surfaces: ['Russia'] };
    const unsc = { id: 'kb:UNSC', type: 'international organization' as const, surfaces: ['U.N. Security Council'] };
    assert.deepEqual(demands("The statement followed Russia's call for an urgent meeting of the U.N. Security Council to discuss its concerns that Turkey may be planning to send ground troops into Syria.", [rus, unsc]), []);
    assert.deepEqual(demands('Russia called for an emergency session of the General Assembly.', [rus]), []);
    const talks = demands('Russia called for a meeting between Ukraine and Russia in Istanbul.', [rus, { id: 'kb:UKR', surfaces: ['Ukraine'] }]);
    assert.deepEqual(talks.map((d) => [d.holder, d.addressee, d.kind]), [['kb:RUS', 'kb:UKR', 'demand']]);
  });

  it('`all parties` is nobody when the story names no war and no talks, or when the one urging is a party of the talks', () => {
    const text = 'U.S. Secretary of State John Kerry said there were "significant challenges ahead" but urged all parties to accept the terms of the deal.';
    const kerry = { id: 'kb:JOHN_KERRY', surfaces: ['John Kerry'], affiliation: 'kb:USA' };
    const none = demands(text, [kerry]);
    assert.deepEqual(none.map((d) => [d.holder, d.addressee, d.addressees]), [['kb:USA', null, undefined]]);
    // The talks told before are the U.S.-Russian ones, and Kerry speaks for one of their parties.
    const doc = docFor(`The United States and Russia agreed on a truce. ${text}`, { actors: [kerry, { id: 'kb:USA', surfaces: ['The United States'] }, { id: 'kb:RUS', surfaces: ['Russia'] }] });
    const talks = { id: 'e1', type: 'CONSULT' as const, mode: null, cameo: '046', source: ['kb:USA', 'kb:RUS'], target: [], host: [], place: null, date: { value: null, how: 'stated' as const }, negotiation: true, round: null, status: 'occurred' as const, negated: false, evidence: { start: 0, end: 20 }, confidence: 0.7 };
    const out = demandsStage.run({ ...doc, events: [talks] }).demands ?? [];
    assert.deepEqual(out.map((d) => [d.holder, d.addressee, d.addressees]), [['kb:USA', null, undefined]]);
  });

  it('`the parties of the accord` and a government without a named opposition give no list', () => {
    const un = { id: 'kb:UN', type: 'international organization' as const, surfaces: ['The U.N.'] };
    const gov = { id: 'kb:SYR_GOV', type: 'government' as const, surfaces: ['the Syrian government'] };
    const opp = { id: 'kb:SYR_OPP', type: 'armed group' as const, surfaces: ['rebels'] };
    const accord = demands('The U.N. urged the parties to the accord to respect it. Both the Syrian government and rebels signed it.', [un, gov, opp]);
    assert.deepEqual(accord.map((d) => [d.holder, d.addressee, d.addressees, d.content.text]), [['kb:UN', null, undefined, 'to respect it']]);
    const bare = demands('The U.N. urged all parties to respect the truce. Later the Syrian government welcomed the appeal.', [un, gov, opp]);
    assert.deepEqual(bare.map((d) => [d.holder, d.addressee, d.addressees]), [['kb:UN', null, undefined]], 'no opposition named: no war sides');
    const named = demands('The U.N. urged all parties to respect the truce. Both the Syrian government and rebels signed it.', [un, gov, opp]);
    assert.deepEqual(named.map((d) => d.addressees), [['kb:SYR_GOV', 'kb:SYR_OPP']], 'the same appeal with both sides named');
  });

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
  it('pressure with nothing asked is no demand: `the US, pressed by Europe, is now more willing to engage`', () => {
    const out = demands('It also believes the US, pressed by Europe, is now more willing to engage seriously in the Middle East.', [
      { id: 'kb:USA', surfaces: ['the US'] },
      { id: 'kb:EUROPE', type: 'other', surfaces: ['Europe'] },
    ]);
    assert.deepEqual(out, []);
  });

  it('`demand` for goods is no position: `demand for oil rose`', () => {
    assert.deepEqual(demands('Chinese demand for Iranian oil rose sharply last year.', [{ id: 'kb:CHN', surfaces: ['Chinese'] }, { id: 'kb:IRN', surfaces: ['Iranian'] }]), []);
  });

  it("a party's demand for something stays a demand: `Russia's demand for a halt to the strikes`", () => {
    const out = demands("Russia's demand for a halt to the strikes was rejected.", [{ id: 'kb:RUS', surfaces: ['Russia'] }]);
    assert.ok(out.some((d) => d.holder === 'kb:RUS' && d.kind === 'demand'), JSON.stringify(out));
  });

  it('an aside about motives is not part of what is asked: `, perhaps thinking the hub would offer Europe better access`', () => {
    const out = demands(
      'French President Emmanuel Macron had pressed for Ukraine peace talks to take place in Geneva, perhaps thinking the multilateral hub would offer Europe better access than the far-off Gulf.',
      [
        { id: 'kb:EMMANUEL_MACRON', affiliation: 'kb:FRA', surfaces: ['Emmanuel Macron'] },
        { id: 'kb:EUROPE', type: 'other', surfaces: ['Europe'] },
      ],
    );
    assert.equal(out.length, 1, JSON.stringify(out));
    assert.equal(out[0].holder, 'kb:FRA');
    assert.equal(out[0].addressee, null);
    assert.equal(out[0].content.text, 'for Ukraine peace talks to take place in Geneva');
  });
  it('a condition with no sayer and no actor subject has no holder: `ending fighting could only succeed if ...`', () => {
    const out = demands('Ending fighting could only succeed if Russia stopped air strikes.', [{ id: 'kb:RUS', surfaces: ['Russia'] }]);
    assert.deepEqual(out, []);
  });

  it('a reported hope is no condition: `Hammond said he hoped the talks would succeed`', () => {
    const out = demands('Philip Hammond said he hoped the talks would succeed.', [{ id: 'kb:PHILIP_HAMMOND', affiliation: 'kb:GBR', surfaces: ['Philip Hammond'] }]);
    assert.deepEqual(out, []);
  });

  it('a question is no position: `Will Russia refuse to halt its air strikes?`', () => {
    const out = demands('Will Russia refuse to halt its air strikes? Diplomats in Geneva were divided.', [{ id: 'kb:RUS', surfaces: ['Russia'] }]);
    assert.deepEqual(out, []);
  });
  it('a prediction or an inference with a modal is no demand: `the truce should take effect`, `must have been`', () => {
    const actors = [{ id: 'kb:JOHN_KERRY', type: 'person' as const, affiliation: 'kb:USA', surfaces: ['Kerry'] }];
    assert.deepEqual(demands('Kerry said the truce should take effect on Saturday.', actors), []);
    assert.deepEqual(demands('Kerry said the talks must have been difficult for both delegations.', actors), []);
  });
  it('a threat with no condition asks nothing: `Russia threatened to retaliate against the sanctions`', () => {
    assert.deepEqual(demands('Russia threatened to retaliate against the sanctions.', [{ id: 'kb:RUS', surfaces: ['Russia'] }]), []);
  });

  it('a participle in a sentence whose subject is no actor has no holder', () => {
    const out = demands('At the same time, the diplomats have been waiting in Geneva, threatening to leave if Tehran does not agree to a deal.', [{ id: 'kb:IRN', surfaces: ['Tehran'] }]);
    assert.deepEqual(out, []);
  });
  it('something done at a request by no one named is none: `the talks were moved to Geneva at Russia\'s request`', () => {
    assert.deepEqual(demands("The talks were moved to Geneva at Russia's request.", [{ id: 'kb:RUS', surfaces: ['Russia'] }]), []);
  });
});
