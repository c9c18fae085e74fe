/**
 * One row per status an event can have, each on a wire sentence of the genre: the status says how
 * far the happening got, so that nothing planned, proposed, called off or only imagined is read
 * as done.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../../model/record.js';
import { docFor, type ActorSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

const ARM: ActorSpec = { id: 'kb:ARM', surfaces: ['Armenia', 'Armenian'] };
const AZE: ActorSpec = { id: 'kb:AZE', surfaces: ['Azerbaijan', 'Azerbaijani'] };
const SDN_GOV: ActorSpec = { id: 'kb:SDN_GOV', type: 'government', surfaces: ["Sudan's army-led government", 'the government'] };
const RSF: ActorSpec = { id: 'kb:RSF', type: 'armed group', surfaces: ['the Rapid Support Forces', 'the RSF'] };
const HOUTHIS: ActorSpec = { id: 'kb:HOUTHIS', type: 'armed group', surfaces: ['the Houthis', 'Houthi'] };
const YEM_GOV: ActorSpec = { id: 'kb:YEM_GOV', type: 'government', surfaces: ["Yemen's internationally recognised government", 'the government'] };

interface Row {
  sentence: string;
  actors: ActorSpec[];
  evidence: string;
  type: EventRecord['type'];
  status: EventRecord['status'];
}

const rows: Row[] = [
  { status: 'occurred', type: 'CONSULT', evidence: 'met', actors: [ARM, AZE], sentence: 'The foreign ministers of Armenia and Azerbaijan met in Washington on Monday.' },
  { status: 'ongoing', type: 'CONSULT', evidence: 'talks', actors: [SDN_GOV, RSF], sentence: "Talks between Sudan's army-led government and the Rapid Support Forces are continuing in Jeddah." },
  { status: 'ended', type: 'CONSULT', evidence: 'talks', actors: [HOUTHIS, YEM_GOV], sentence: "Talks between the Houthis and Yemen's internationally recognised government ended in Muscat on Sunday without a deal." },
  { status: 'expected', type: 'CONSULT', evidence: 'talks', actors: [ARM, AZE], sentence: 'Armenia and Azerbaijan are expected to hold talks in Brussels next week.' },
  { status: 'near', type: 'AGREE', evidence: 'peace agreement', actors: [ARM, AZE], sentence: 'Armenia and Azerbaijan are close to a peace agreement, diplomats said.' },
  { status: 'proposed', type: 'CONSULT', evidence: 'talks', actors: [HOUTHIS, YEM_GOV], sentence: "The envoy proposed new talks between the Houthis and Yemen's internationally recognised government." },
  { status: 'postponed', type: 'CONSULT', evidence: 'talks', actors: [SDN_GOV, RSF], sentence: "Talks between Sudan's army-led government and the Rapid Support Forces were postponed until next month." },
  { status: 'cancelled', type: 'CONSULT', evidence: 'meeting', actors: [ARM, AZE], sentence: 'A meeting between the leaders of Armenia and Azerbaijan was cancelled after the shelling.' },
];

describe('events: each status on a sentence of the genre', () => {
  for (const row of rows) {
    it(`${row.status}: ${row.sentence}`, () => {
      const events = eventsStage.run(docFor(row.sentence, { actors: row.actors })).events ?? [];
      const at = row.sentence.indexOf(row.evidence);
      const e = events.find((x) => x.type === row.type && x.evidence.start < at + row.evidence.length && at < x.evidence.end);
      assert.ok(e, `no ${row.type} on "${row.evidence}": ${JSON.stringify(events.map((x) => [x.type, x.status, row.sentence.slice(x.evidence.start, x.evidence.end)]))}`);
      assert.equal(e.status, row.status);
      assert.equal(e.negated, false);
    });
  }
});

describe('events: what is refused or only imagined is no event that happened', () => {
  const cases: [string, ActorSpec[]][] = [
    ['The RSF refuse to hold direct talks with the government until the bombing stops.', [RSF, SDN_GOV]],
    ['A truce between the Houthis and the government would allow aid to reach Hodeidah.', [HOUTHIS, YEM_GOV]],
    ['If Armenia and Azerbaijan signed the deal, the border would open.', [ARM, AZE]],
  ];
  for (const [sentence, actors] of cases) {
    it(sentence, () => {
      const events = eventsStage.run(docFor(sentence, { actors })).events ?? [];
      const told = events.filter((e) => (e.type === 'AGREE' || e.type === 'CONSULT') && ['occurred', 'ongoing', 'ended'].includes(e.status) && !e.negated);
      assert.deepEqual(told.map((e) => [e.type, e.status, sentence.slice(e.evidence.start, e.evidence.end)]), []);
    });
  }
});

describe('events: a happening dated after the story was written is still to come', () => {
  const LEVY: ActorSpec = { id: 'kb:DAVID_LEVY', surfaces: ['Levy'], affiliation: 'kb:ISR' };
  const KINKEL: ActorSpec = { id: 'kb:KLAUS_KINKEL', surfaces: ['Kinkel'], affiliation: 'kb:DEU' };
  const run = (sentence: string, surface: string, value: string, published: string) =>
    (eventsStage.run(docFor(sentence, { actors: [LEVY, KINKEL], dates: [{ surface, value }], published })).events ?? []).map((e) => [e.type, e.status]);

  it('`at their meeting on September 9`, published on August 30: expected', () => {
    assert.deepEqual(run('The ministry said Levy and Kinkel held a meeting on September 9.', 'on September 9', '1996-09-09', '1996-08-30'), [['CONSULT', 'expected']]);
  });
  it('the same words published after that day: occurred', () => {
    assert.deepEqual(run('The ministry said Levy and Kinkel held a meeting on September 9.', 'on September 9', '1996-09-09', '1996-09-12'), [['CONSULT', 'occurred']]);
  });
  it('a stated status stands whatever the date (`ended`), and a month counts as a whole', () => {
    assert.deepEqual(run('Talks between Levy and Kinkel ended in September.', 'in September', '1996-09', '1996-09-02'), [['CONSULT', 'ended']]);
  });
});
