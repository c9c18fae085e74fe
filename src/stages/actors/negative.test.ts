/** What must not become an actor, or not that actor. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actorAt, actorsOf } from '../../../test/actors.js';

function idsOf(text: string, published: string | null = null): string[] {
  return actorsOf(text, published).map((a) => a.id);
}

describe('actors: negative cases', () => {
  it('the Washington Post is a newspaper, not the US government', () => {
    const text = 'The Washington Post reported on Sunday that the talks had stalled.';
    const actors = actorsOf(text);
    assert.equal(actorAt(actors, text, 'Washington')?.id, 'kb:WASHINGTON_POST');
    assert.ok(!actors.some((a) => a.id === 'kb:USA'));
  });

  it('turkey at Thanksgiving is food, not Turkey', () => {
    assert.deepEqual(idsOf('Families across America sat down to roast turkey at Thanksgiving.'), []);
    assert.ok(!idsOf('We ate Turkey with gravy at Thanksgiving dinner.').includes('kb:TUR'));
  });

  it('Turkey in talks is the state', () => {
    assert.deepEqual(idsOf("Turkey's U.N. ambassador said the plan was unacceptable.", '2016-02-21').filter((id) => id === 'kb:TUR'), ['kb:TUR']);
  });

  it('May is a month, and May is not Theresa May without a cue', () => {
    assert.deepEqual(idsOf('Talks resumed in May and ended in June.', '2017-07-01'), []);
    assert.deepEqual(idsOf('May 2017 saw the talks resume.', '2017-07-01'), []);
  });

  it('Jordan the person is not Jordan the country', () => {
    const text = 'Vernon Jordan, an adviser to the president, said the talks were useful. Jordan added that more work was needed.';
    const actors = actorsOf(text, '1998-01-20');
    assert.ok(!actors.some((a) => a.id === 'kb:JOR'), JSON.stringify(actors.map((a) => a.id)));
    assert.equal(actorAt(actors, text, 'Vernon Jordan')?.id, 'new:VERNON_JORDAN');
  });

  it('Jordan the country is the country', () => {
    const text = 'Jordan and Egypt urged both sides to return to the talks.';
    assert.equal(actorAt(actorsOf(text), text, 'Jordan')?.id, 'kb:JOR');
  });

  it('a place is not an actor: in Washington, southern Helmand, the Afghan capital of Kabul', () => {
    assert.deepEqual(idsOf('The envoy flew from Washington to the Afghan capital of Kabul and on to southern Helmand province.'), []);
  });

  it('a dateline names a place, not an actor', () => {
    assert.deepEqual(idsOf('MOSCOW (Reuters) - The talks will resume next week.'), []);
  });

  it('a demonym before a thing is not an actor: Afghan territory, Afghan soil', () => {
    assert.deepEqual(idsOf('Afghan territory will not be used for attacks, and there are troops on Afghan soil.'), []);
  });

  it('no actor is made from a common noun', () => {
    assert.deepEqual(idsOf('The two sides have been negotiating for about a year. The demands of the parties remain far apart.'), []);
    assert.deepEqual(idsOf('Officials said the Ceasefire Monitoring Plan would start on Monday.'), []);
  });

  it('"us" is a pronoun, not the United States; "Let" is a verb, not LeT', () => {
    assert.deepEqual(idsOf('"The path to peace is right in front of us," he said.'), []);
    assert.deepEqual(idsOf('Let the talks begin without conditions, the statement said.'), []);
  });

  it('the wire agency that carries the story is not a party to it', () => {
    // The sources are an actor of their own (sources.test.ts); Reuters is not one.
    assert.deepEqual(idsOf('Two sources close to the swap told Reuters it would take place on Wednesday.'), ['new:ANONYMOUS_SOURCES']);
  });

  it('a capital in a place phrase is not its government: the Doha talks, Kabul airport', () => {
    assert.deepEqual(idsOf('Delegates left the Doha talks for Kabul airport on Monday.'), []);
  });
});
