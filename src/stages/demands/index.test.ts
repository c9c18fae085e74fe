import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DemandRecord } from '../../model/record.js';
import { docFor, type ActorSpec, type QuoteSpec } from '../../../test/layers.js';
import { demandsStage } from './index.js';

interface Case {
  sentence: string;
  actors: ActorSpec[];
  quotes?: QuoteSpec[];
  want: { holder: string; addressee: string | null; kind: DemandRecord['kind']; issue?: string; content?: string; condition?: string };
}

const USA: ActorSpec = { id: 'kb:USA', surfaces: ['Washington', 'America', 'US', 'the United States'] };
const TALIBAN: ActorSpec = { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['the Taliban', 'the movement', 'Taliban'] };
const AFG_GOV: ActorSpec = { id: 'kb:AFG_GOV', type: 'government', surfaces: ['the Afghan government', 'Afghan officials'] };

// Real sentences from the seed and the development corpus, one or more per kind of position.
const cases: Case[] = [
  {
    sentence: 'Above all, Washington wants assurances from the Taliban that Afghan territory will not be used for attacks against America or its allies.',
    actors: [USA, TALIBAN],
    want: { holder: 'kb:USA', addressee: 'kb:TALIBAN', kind: 'demand', issue: 'counter-terrorism guarantees' },
  },
  {
    sentence: 'While the movement focuses on ensuring the withdrawal of all US-led foreign forces from Afghanistan, the Taliban refuse to enter into direct dialogue with the Afghan government.',
    actors: [USA, TALIBAN, AFG_GOV],
    want: { holder: 'kb:TALIBAN', addressee: 'kb:USA', kind: 'demand', issue: 'withdrawal of foreign forces', content: 'the withdrawal of all US-led foreign forces from Afghanistan' },
  },
  {
    sentence: 'The Taliban refuse to enter into direct dialogue with the Afghan government until after the agreement with Washington is signed.',
    actors: [USA, { ...TALIBAN, surfaces: ['The Taliban'] }, AFG_GOV],
    want: { holder: 'kb:TALIBAN', addressee: 'kb:AFG_GOV', kind: 'refusal', issue: 'direct talks', condition: 'until after the agreement with Washington is signed' },
  },
  {
    sentence: 'Some Taliban officials have said they will agree to talks with Afghan officials only in their personal capacity, not as state representatives, and they still oppose the September 28 presidential election.',
    actors: [TALIBAN, AFG_GOV],
    want: { holder: 'kb:TALIBAN', addressee: 'kb:AFG_GOV', kind: 'condition', issue: 'status of delegates', condition: 'only in their personal capacity, not as state representatives' },
  },
  {
    sentence: "Angola's U.S.-backed UNITA rebel group has offered to reopen the Benguela railroad that runs through UNITA-held territory.",
    actors: [{ id: 'kb:UNITA', type: 'armed group', surfaces: ['UNITA rebel group'] }],
    want: { holder: 'kb:UNITA', addressee: null, kind: 'offer' },
  },
  {
    sentence: 'China urges the Philippines to immediately cease its wrongful conduct of pushing forward the arbitral proceedings.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:PHL', surfaces: ['the Philippines'] }],
    want: { holder: 'kb:CHN', addressee: 'kb:PHL', kind: 'demand', content: 'to immediately cease its wrongful conduct of pushing forward the arbitral proceedings' },
  },
  {
    sentence: 'Washington has said Iran needs to do more to make itself attractive to Western companies.',
    actors: [{ id: 'kb:USA', surfaces: ['Washington'] }, { id: 'kb:IRN', surfaces: ['Iran'] }],
    want: { holder: 'kb:USA', addressee: 'kb:IRN', kind: 'demand' },
  },
  {
    sentence: 'On Sunday, he told the BBC Iran was ready to dilute its stockpile of highly enriched uranium in exchange for a lifting of sanctions, but that renouncing its missiles was out of the question.',
    actors: [{ id: 'kb:IRN', surfaces: ['Iran'] }],
    want: { holder: 'kb:IRN', addressee: null, kind: 'red line', issue: 'disarmament or denuclearisation' },
  },
  {
    sentence: 'Russia has said it will not stop its airstrikes against what it calls terrorist targets in Syria.',
    actors: [{ id: 'kb:RUS', surfaces: ['Russia'] }],
    want: { holder: 'kb:RUS', addressee: null, kind: 'refusal', issue: 'ceasefire' },
  },
  {
    sentence: "China's ministry repeated that it would not accept any dispute settlement being imposed on it.",
    actors: [{ id: 'kb:CHN_MFA', type: 'government', surfaces: ["China's ministry"] }],
    want: { holder: 'kb:CHN', addressee: null, kind: 'red line' },
  },
  {
    sentence: 'The main rebel coalition in Syria has said it is willing to accept a temporary truce, but only if Russia calls a halt to its airstrikes and the Damascus government ends its offensive near the Syrian-Turkish border.',
    actors: [
      { id: 'kb:SYR_OPP_HNC', type: 'other', surfaces: ['The main rebel coalition'] },
      { id: 'kb:RUS', surfaces: ['Russia'] },
      { id: 'kb:SYR_GOV', type: 'government', surfaces: ['the Damascus government'] },
    ],
    want: { holder: 'kb:SYR_OPP_HNC', addressee: 'kb:RUS', kind: 'condition', issue: 'ceasefire' },
  },
  {
    sentence: 'The main rebel coalition in Syria has said it is willing to accept a temporary truce, but only if Russia calls a halt to its airstrikes and the Damascus government ends its offensive near the Syrian-Turkish border.',
    actors: [
      { id: 'kb:SYR_OPP_HNC', type: 'other', surfaces: ['The main rebel coalition'] },
      { id: 'kb:RUS', surfaces: ['Russia'] },
      { id: 'kb:SYR_GOV', type: 'government', surfaces: ['the Damascus government'] },
    ],
    want: { holder: 'kb:SYR_OPP_HNC', addressee: 'kb:SYR_GOV', kind: 'condition', content: 'the Damascus government ends its offensive near the Syrian-Turkish border' },
  },
  {
    sentence: 'Handing over Savchenko, whose release has been demanded by Western governments, would ease tensions.',
    actors: [{ id: 'kb:WEST', type: 'other', surfaces: ['Western governments'] }, { id: 'kb:NADIYA_SAVCHENKO', surfaces: ['Savchenko'], affiliation: 'kb:UKR' }],
    want: { holder: 'kb:WEST', addressee: null, kind: 'demand', issue: 'prisoner release' },
  },
  {
    sentence: 'China told the United States on Tuesday it should play a constructive role in safeguarding peace in the South China Sea, as U.S. Secretary of State John Kerry called for talks and a peaceful resolution.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:USA', surfaces: ['the United States'] }, { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['John Kerry'] }],
    want: { holder: 'kb:CHN', addressee: 'kb:USA', kind: 'demand', content: 'play a constructive role in safeguarding peace in the South China Sea' },
  },
  {
    sentence: 'China told the United States on Tuesday it should play a constructive role in safeguarding peace in the South China Sea, as U.S. Secretary of State John Kerry called for talks and a peaceful resolution.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:USA', surfaces: ['the United States'] }, { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['John Kerry'] }],
    want: { holder: 'kb:USA', addressee: null, kind: 'demand', content: 'talks and a peaceful resolution' },
  },
  {
    sentence: 'U.S. Secretary of State John Kerry urged all parties to accept the terms of the deal.',
    actors: [{ id: 'kb:JOHN_KERRY', surfaces: ['John Kerry'], affiliation: 'kb:USA' }],
    want: { holder: 'kb:USA', addressee: null, kind: 'demand' },
  },
];

function run(c: Case): DemandRecord[] {
  return demandsStage.run(docFor(c.sentence, { actors: c.actors, quotes: c.quotes })).demands ?? [];
}

describe('demands: one real sentence per kind', () => {
  for (const c of cases) {
    it(`${c.want.kind} ${c.want.holder} → ${c.want.addressee}: ${c.sentence.slice(0, 60)}...`, () => {
      const out = run(c);
      const d = out.find((x) => x.holder === c.want.holder && x.addressee === c.want.addressee && x.kind === c.want.kind);
      assert.ok(d, `got ${JSON.stringify(out.map((x) => [x.holder, x.addressee, x.kind, x.content.text]))}`);
      if (c.want.issue) assert.equal(d.issue, c.want.issue);
      if (c.want.content) assert.equal(d.content.text, c.want.content);
      if (c.want.condition) assert.equal(d.condition?.text, c.want.condition);
      assert.equal(c.sentence.slice(d.content.start, d.content.end), d.content.text, 'content offsets point at its text');
    });
  }
  it('splits coordinated asks into one position each', () => {
    const out = run({
      sentence: 'Zelenskyy has repeatedly asked Western allies to stop Russian energy sales that circumvent sanctions, and to stop exporting components to third countries.',
      actors: [{ id: 'kb:VOLODYMYR_ZELENSKYY', type: 'person', affiliation: 'kb:UKR', surfaces: ['Zelenskyy'] }, { id: 'kb:WESTERN_ALLIES', type: 'other', surfaces: ['Western allies'] }],
      want: { holder: 'kb:UKR', addressee: 'kb:WESTERN_ALLIES', kind: 'demand' },
    });
    assert.deepEqual(out.map((d) => [d.holder, d.addressee, d.content.text]), [
      ['kb:UKR', 'kb:WESTERN_ALLIES', 'to stop Russian energy sales that circumvent sanctions'],
      ['kb:UKR', 'kb:WESTERN_ALLIES', 'stop exporting components to third countries'],
    ]);
  });
  it('names the party, not the spokesperson', () => {
    const out = run(cases[cases.length - 1]);
    assert.ok(out.every((d) => d.holder === 'kb:USA'));
  });
  it('addresses a position to the other side of the talks when the sentence names nobody', () => {
    const text = 'Iran and the United States held talks in Muscat. Iran was ready to dilute its stockpile of highly enriched uranium in exchange for a lifting of sanctions.';
    const doc = docFor(text, { actors: [{ id: 'kb:IRN', surfaces: ['Iran'] }, { id: 'kb:USA', surfaces: ['the United States'] }] });
    const events = [{ id: 'e1', type: 'CONSULT' as const, mode: null, cameo: '046', source: ['kb:IRN', 'kb:USA'], target: [], host: [], place: null, date: { value: null, how: 'stated' as const }, negotiation: true, round: null, status: 'occurred' as const, negated: false, evidence: { start: 0, end: 10 }, confidence: 0.7 }];
    const out = demandsStage.run({ ...doc, events }).demands ?? [];
    const offer = out.find((d) => d.kind === 'offer');
    assert.equal(offer?.addressee, 'kb:USA');
    assert.match(offer?.condition?.text ?? '', /^in exchange for a lifting of sanctions/);
    assert.equal(offer?.issue, 'sanctions relief');
  });
});
