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
    // A pseudo-cleft: the wh-clause heads what follows the colon (`what Iran will accept` alone asks).
    sentence: '“We are ready,” Araghchi wrote on X on Monday. “What is not on the table: submission before threats.”',
    actors: [{ id: 'kb:IRN', surfaces: ['Iran'] }, { id: 'kb:ABBAS_ARAGHCHI', surfaces: ['Araghchi'], affiliation: 'kb:IRN' }],
    quotes: [{ surface: 'What is not on the table: submission before threats.', speaker: 'kb:ABBAS_ARAGHCHI' }],
    want: { holder: 'kb:IRN', addressee: null, kind: 'red line', content: 'submission before threats' },
  },
  {
    // Nobody opens the sentence; `they` right after the speaker's `said` is the speaker's side.
    sentence: 'In separate comments before heading to Geneva, Zoubi said they would not engage in any negotiations before these goodwill measures were taken.',
    actors: [{ id: 'kb:ASAAD_AL_ZOUBI', surfaces: ['Zoubi'], affiliation: 'kb:SYR_OPP_HNC' }],
    want: { holder: 'kb:SYR_OPP_HNC', addressee: null, kind: 'refusal', condition: 'before these goodwill measures were taken' },
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
    // The actors layer's mention leaves the article out (`told the | United States`): still the one told.
    sentence: 'China told the United States on Tuesday it should play a constructive role in safeguarding peace in the South China Sea, as U.S. Secretary of State John Kerry called for talks and a peaceful resolution.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:USA', surfaces: ['United States'] }, { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['John Kerry'] }],
    want: { holder: 'kb:CHN', addressee: 'kb:USA', kind: 'demand', content: 'play a constructive role in safeguarding peace in the South China Sea' },
  },
  {
    sentence: 'China told the United States on Tuesday it should play a constructive role in safeguarding peace in the South China Sea, as U.S. Secretary of State John Kerry called for talks and a peaceful resolution.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:USA', surfaces: ['the United States'] }, { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['John Kerry'] }],
    want: { holder: 'kb:USA', addressee: null, kind: 'demand', content: 'talks and a peaceful resolution' },
  },
  {
    // A condition put on a thing (`ending fighting could only succeed`) is the speaker's, addressed
    // to the subject of the `if` clause alone (not to the government whose advance it mentions).
    sentence: "British Foreign Secretary Philip Hammond said ending fighting could only succeed if Russia stopped air strikes supporting Syrian government forces' advance against the opposition.",
    actors: [
      { id: 'kb:GBR', surfaces: ['British'] },
      { id: 'kb:PHILIP_HAMMOND', affiliation: 'kb:GBR', surfaces: ['Philip Hammond'] },
      { id: 'kb:RUS', surfaces: ['Russia'] },
      { id: 'kb:SYR_GOV', type: 'government', surfaces: ['Syrian government'] },
    ],
    want: { holder: 'kb:GBR', addressee: 'kb:RUS', kind: 'condition', issue: 'ceasefire' },
  },
  {
    // `Turkey's U.N. ambassador said his country`: the possessor is the party; `in Syria` is where, not whom.
    sentence: "Other Security Council member rejected Russia's draft resolution, and Turkey's U.N. ambassador said his country would only take such a direct role in Syria if it was backed by the United Nations.",
    actors: [
      { id: 'kb:UNSC', type: 'international organization', surfaces: ['Security Council'] },
      { id: 'kb:RUS', surfaces: ['Russia'] },
      { id: 'kb:TUR', surfaces: ['Turkey'] },
      { id: 'kb:UN', type: 'international organization', surfaces: ['United Nations', 'U.N.'] },
      { id: 'kb:SYR', surfaces: ['Syria'] },
    ],
    want: { holder: 'kb:TUR', addressee: null, kind: 'condition', condition: 'if it was backed by the United Nations' },
  },
  {
    // An adverbial of frequency between the holder and the cue is no distance.
    sentence: '"China has on a number of occasions proposed with the Philippines the establishment of a China-Philippines regular consultation mechanism on maritime issues," the ministry said.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:PHL', surfaces: ['the Philippines'] }],
    want: { holder: 'kb:CHN', addressee: 'kb:PHL', kind: 'offer' },
  },
  {
    // Who is joined is a partner; the one addressed is the one recognised.
    sentence: 'Donald Trump has insisted that two more Arab states are ready to join Bahrain and the UAE in recognising Israel.',
    actors: [
      { id: 'kb:DONALD_TRUMP', affiliation: 'kb:USA', surfaces: ['Donald Trump'] },
      { id: 'kb:ARAB_STATES', type: 'other', surfaces: ['two more Arab states'] },
      { id: 'kb:BHR', surfaces: ['Bahrain'] },
      { id: 'kb:ARE', surfaces: ['the UAE'] },
      { id: 'kb:ISR', surfaces: ['Israel'] },
    ],
    want: { holder: 'kb:ARAB_STATES', addressee: 'kb:ISR', kind: 'offer', issue: 'recognition' },
  },
  {
    // An obligation put on a thing is the speaker's demand, addressed to no one named.
    sentence: 'French Foreign Minister Laurent Fabius said on Saturday the Geneva talks must ensure human rights are upheld.',
    actors: [{ id: 'kb:LAURENT_FABIUS', affiliation: 'kb:FRA', surfaces: ['Laurent Fabius'] }],
    want: { holder: 'kb:FRA', addressee: null, kind: 'demand', content: 'ensure human rights are upheld' },
  },
  {
    // A threat on a condition asks the one in the `if` clause; a participle has the sentence's subject.
    sentence: 'At the same time, Washington has been preparing for a more catastrophic scenario, sending another aircraft carrier to the Persian Gulf and threatening to attack if Tehran doesn’t agree to a deal.',
    actors: [{ id: 'kb:USA', surfaces: ['Washington'] }, { id: 'kb:IRN', surfaces: ['Tehran'] }],
    want: { holder: 'kb:USA', addressee: 'kb:IRN', kind: 'condition', condition: 'Tehran doesn’t agree to a deal' },
  },
  {
    // `on X's insistence`: X asked it of the one who then acted.
    sentence: 'Europe would also be the main contributor to a “reassurance force” policing the line of contact after a ceasefire, and on Ukraine’s insistence, US representatives also met with British, French, German, Italian and Swiss representatives before the talks in Geneva.',
    actors: [{ id: 'kb:UKR', surfaces: ['Ukraine'] }, { id: 'kb:USA', surfaces: ['US'] }, { id: 'kb:EUROPE', type: 'other', surfaces: ['Europe'] }, { id: 'kb:GBR', surfaces: ['British'] }],
    want: { holder: 'kb:UKR', addressee: 'kb:USA', kind: 'demand', content: 'US representatives also met with British, French, German, Italian and Swiss representatives' },
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
  it('splits `..., and return to ...` though the tagger reads `return` as a noun', () => {
    const out = run({
      sentence: 'China urged the Philippines to immediately cease its wrongful conduct of pushing forward the arbitral proceedings, and return to the right path of settling the relevant disputes in the South China Sea through bilateral negotiation with China.',
      actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:PHL', surfaces: ['the Philippines'] }],
      want: { holder: 'kb:CHN', addressee: 'kb:PHL', kind: 'demand' },
    });
    assert.deepEqual(out.map((d) => [d.holder, d.addressee, d.content.text.split(' ').slice(0, 3).join(' ')]), [
      ['kb:CHN', 'kb:PHL', 'to immediately cease'],
      ['kb:CHN', 'kb:PHL', 'return to the'],
    ]);
    assert.equal(out[1].issue, 'direct talks');
    // A noun phrase after `and` without a comma stays in the one ask.
    const one = run({
      sentence: 'China urged the Philippines to allow fishing and access to the shoal.',
      actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:PHL', surfaces: ['the Philippines'] }],
      want: { holder: 'kb:CHN', addressee: 'kb:PHL', kind: 'demand' },
    });
    assert.equal(one.length, 1, JSON.stringify(one));
  });
  it('a refusal `by Ukrainians` is the refusal of the state the story names by that adjective', () => {
    const sentence = 'Zelenskyy told Axios news service that ceding the remaining one-fifth of the eastern Donetsk region that Russia doesn’t control, as Moscow has demanded, would not be accepted by Ukrainians. Ukrainian forces held the line.';
    const actors: ActorSpec[] = [{ id: 'kb:VOLODYMYR_ZELENSKYY', type: 'person', affiliation: 'kb:UKR', surfaces: ['Zelenskyy'] }, { id: 'kb:RUS', surfaces: ['Russia', 'Moscow'] }, { id: 'kb:UKR', surfaces: ['Ukrainian'] }];
    const out = demandsStage.run(docFor(sentence, { actors })).demands ?? [];
    const refusal = out.find((d) => d.kind === 'refusal');
    assert.deepEqual(refusal && [refusal.holder, refusal.addressee], ['kb:UKR', 'kb:RUS'], JSON.stringify(out));
    // Without a state the story names by that adjective, the people is no actor: no refusal.
    const none = demandsStage.run(docFor(sentence.replace('Ukrainian forces', 'Its forces'), { actors: actors.slice(0, 2) })).demands ?? [];
    assert.ok(!none.some((d) => d.kind === 'refusal'), JSON.stringify(none));
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
  it('`urged all parties` addresses the sides of the story\'s war: its government and its opposition', () => {
    // 005: the truce is between the Syrian government and the rebels; Kerry urges both to accept it.
    const text = 'The Syrian army is backed by Moscow; ranged against them are rebels supported by the United States. U.S. Secretary of State John Kerry said there were "significant challenges ahead" but urged all parties to accept the terms of the deal.';
    const out = demandsStage.run(docFor(text, {
      actors: [
        { id: 'kb:SYR_GOV', type: 'government', surfaces: ['The Syrian army'] },
        { id: 'kb:SYR_OPP', type: 'armed group', surfaces: ['rebels'] },
        { id: 'kb:RUS', surfaces: ['Moscow'] },
        { id: 'kb:USA', surfaces: ['the United States'] },
        { id: 'kb:JOHN_KERRY', surfaces: ['John Kerry'], affiliation: 'kb:USA' },
      ],
    })).demands ?? [];
    const d = out.find((x) => x.holder === 'kb:USA');
    assert.ok(d, JSON.stringify(out));
    assert.deepEqual(d.addressees, ['kb:SYR_GOV', 'kb:SYR_OPP']);
    assert.equal(d.addressee, 'kb:SYR_GOV');
    assert.equal(d.content.text, 'to accept the terms of the deal');
  });
  it('`urges the parties` without a war named takes the parties of the talks told before', () => {
    const text = 'Delegations of Armenia and Azerbaijan held talks in Geneva. U.N. chief Ban Ki-moon strongly urges the parties to abide by the terms of the agreement.';
    const doc = docFor(text, { actors: [{ id: 'kb:ARM', surfaces: ['Armenia'] }, { id: 'kb:AZE', surfaces: ['Azerbaijan'] }, { id: 'kb:BAN_KI_MOON', surfaces: ['Ban Ki-moon'], affiliation: 'kb:UN' }] });
    const talks = { id: 'e1', type: 'CONSULT' as const, mode: null, cameo: '046', source: ['kb:ARM', 'kb:AZE'], target: [], host: [], place: null, date: { value: null, how: 'stated' as const }, negotiation: true, round: null, status: 'occurred' as const, negated: false, evidence: { start: 0, end: 58 }, confidence: 0.7 };
    const out = demandsStage.run({ ...doc, events: [talks] }).demands ?? [];
    assert.deepEqual(out.map((d) => [d.holder, d.addressees]), [['kb:UN', ['kb:ARM', 'kb:AZE']]]);
    // Talks told only after the appeal are not the parties it means.
    const later = demandsStage.run({ ...doc, events: [{ ...talks, evidence: { start: text.length - 5, end: text.length } }] }).demands ?? [];
    assert.deepEqual(later.map((d) => [d.holder, d.addressee, d.addressees]), [['kb:UN', null, undefined]]);
  });
  it('a demand spelled out in the next sentence (`That means ...`) is one demand whose evidence takes in both', () => {
    const text = '"There has to be a de-escalation, that we need to make sure that we go in the direction of the talks. That means that any military activity should now be reduced," he said. U.N. Deputy Secretary-General Jan Eliasson told Reuters he was "not pessimistic".';
    const doc = docFor(text, {
      actors: [{ id: 'kb:JAN_ELIASSON', surfaces: ['Jan Eliasson'], affiliation: 'kb:UN' }],
      quotes: [{ surface: 'There has to be a de-escalation, that we need to make sure that we go in the direction of the talks. That means that any military activity should now be reduced', speaker: 'kb:JAN_ELIASSON' }],
    });
    const out = demandsStage.run(doc).demands ?? [];
    assert.equal(out.length, 1, JSON.stringify(out));
    assert.equal(out[0].holder, 'kb:UN');
    assert.match(text.slice(out[0].evidence.start, out[0].evidence.end), /^has to be a de-escalation.*That means that any military activity should now be reduced$/);
  });
  it('a demand reported, then quoted in the next sentence, is one demand', () => {
    const text = 'French Foreign Minister Laurent Fabius said on Saturday the Geneva talks must ensure human rights are upheld. "Humanitarian law must be respected," Fabius said.';
    const out = demandsStage.run(
      docFor(text, {
        actors: [{ id: 'kb:LAURENT_FABIUS', affiliation: 'kb:FRA', surfaces: ['Laurent Fabius', 'Fabius'] }],
        quotes: [{ surface: 'Humanitarian law must be respected', speaker: 'kb:LAURENT_FABIUS' }],
      }),
    ).demands ?? [];
    assert.deepEqual(out.map((d) => [d.holder, d.kind, d.content.text]), [['kb:FRA', 'demand', 'ensure human rights are upheld']]);
  });

  describe('a side of a civil war that names nobody asks the other side', () => {
    const HNC: ActorSpec = { id: 'kb:SYR_OPP_HNC', type: 'other', country: 'SYR', sector: 'OPP', surfaces: ["The HNC's", 'The HNC'] };
    const SYR_GOV: ActorSpec = { id: 'kb:SYR_GOV', type: 'government', country: 'SYR', sector: 'GOV', surfaces: ['the Damascus government', 'the Syrian government'] };
    const run = (text: string, actors: ActorSpec[]) => demandsStage.run(docFor(text, { actors })).demands ?? [];

    it('the opposition asks the government of its country', () => {
      const text = 'The HNC has refused to negotiate with the Damascus government so far. The HNC\'s demands include allowing aid convoys into rebel-held besieged areas, Agha said.';
      const d = run(text, [HNC, SYR_GOV]).find((x) => x.issue === 'humanitarian access');
      assert.ok(d);
      assert.equal(d.holder, 'kb:SYR_OPP_HNC');
      assert.equal(d.addressee, 'kb:SYR_GOV');
    });

    it('nobody when the story does not name the government', () => {
      const text = "The HNC's demands include allowing aid convoys into rebel-held besieged areas, Agha said.";
      const d = run(text, [HNC]).find((x) => x.issue === 'humanitarian access');
      assert.ok(d);
      assert.equal(d.addressee, null);
    });

    it('an offer is not taken to be made to the other side', () => {
      const text = "Angola's U.S.-backed UNITA rebel group has offered to reopen the Benguela railroad. The Angolan government controls the port.";
      const out = run(text, [
        { id: 'kb:UNITA', type: 'armed group', country: 'AGO', sector: 'REB', surfaces: ['UNITA'] },
        { id: 'kb:AGO_GOV', type: 'government', country: 'AGO', sector: 'GOV', surfaces: ['The Angolan government'] },
      ]);
      const d = out.find((x) => x.kind === 'offer');
      assert.ok(d, JSON.stringify(out));
      assert.equal(d.addressee, null);
    });
  });

  it('`want their government to ...` asks the holder\'s own state, not the one named after it', () => {
    const text = 'US senators visiting Odesa last week agreed with him, saying they want their government to put more pressure on Russia.';
    const out = demandsStage.run(docFor(text, {
      actors: [
        { id: 'new:USA_SENATORS', type: 'other', country: 'USA', surfaces: ['US senators'] },
        { id: 'kb:RUS', surfaces: ['Russia'] },
      ],
    })).demands ?? [];
    assert.deepEqual(out.map((d) => [d.holder, d.addressee]), [['new:USA_SENATORS', 'kb:USA']]);
    // Without the possessive the one named is asked.
    const plain = demandsStage.run(docFor('US senators want Russia to withdraw its troops.', {
      actors: [{ id: 'new:USA_SENATORS', type: 'other', country: 'USA', surfaces: ['US senators'] }, { id: 'kb:RUS', surfaces: ['Russia'] }],
    })).demands ?? [];
    assert.deepEqual(plain.map((d) => [d.holder, d.addressee]), [['new:USA_SENATORS', 'kb:RUS']]);
  });
});
