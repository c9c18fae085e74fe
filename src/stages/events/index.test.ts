import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../../model/record.js';
import { docFor, type ActorSpec, type DateSpec, type PlaceSpec, type QuoteSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

interface Case {
  sentence: string;
  actors: ActorSpec[];
  places?: PlaceSpec[];
  dates?: DateSpec[];
  quotes?: QuoteSpec[];
  /** The event expected, on the words `evidence` (a substring its evidence span must overlap). */
  want: Partial<Omit<EventRecord, 'evidence'>> & { evidence: string; parties?: string[] };
}

const USA: ActorSpec = { id: 'kb:USA', surfaces: ['The United States', 'Washington', 'U.S.'] };
const TALIBAN: ActorSpec = { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['the Taliban', 'Taliban'] };
const DOHA: PlaceSpec = { id: 'geonames:290030', name: 'Doha', country: 'QA', kind: 'capital', surfaces: ['Doha', 'the Qatari capital'] };

function run(c: Case): EventRecord[] {
  const doc = docFor(c.sentence, { actors: c.actors, places: c.places, dates: c.dates, quotes: c.quotes });
  return eventsStage.run(doc).events ?? [];
}

function check(c: Case): void {
  const events = run(c);
  const at = c.sentence.indexOf(c.want.evidence);
  assert.ok(at >= 0, 'the evidence is in the sentence');
  const e = events.find((x) => x.evidence.start < at + c.want.evidence.length && at < x.evidence.end && x.type === c.want.type);
  assert.ok(e, `no ${c.want.type} event on "${c.want.evidence}"; got ${JSON.stringify(events.map((x) => [x.type, c.sentence.slice(x.evidence.start, x.evidence.end)]))}`);
  const { evidence: _e, parties, ...fields } = c.want;
  for (const [k, v] of Object.entries(fields)) assert.deepEqual(e[k as keyof EventRecord], v, `${k} of ${c.want.type} on "${c.want.evidence}"`);
  if (parties) assert.deepEqual([...e.source, ...e.target].sort(), [...parties].sort(), 'parties');
}

// Real sentences from wire copy (the seed and the development corpus), one or more per type and status.
const cases: Case[] = [
  {
    sentence: 'The United States and the Taliban are close to concluding a deal that would reduce violence, the US envoy said on Tuesday, after the ninth round of negotiations ended in Doha.',
    actors: [USA, TALIBAN],
    places: [DOHA],
    want: { evidence: 'close to concluding a deal', type: 'AGREE', status: 'near', parties: ['kb:USA', 'kb:TALIBAN'], negated: false },
  },
  {
    sentence: 'The United States and the Taliban are close to concluding a deal that would reduce violence, the US envoy said on Tuesday, after the ninth round of negotiations ended in Doha.',
    actors: [USA, TALIBAN],
    places: [DOHA],
    want: { evidence: 'ninth round of negotiations', type: 'CONSULT', status: 'ended', round: 9, place: 'geonames:290030', negotiation: true, parties: ['kb:USA', 'kb:TALIBAN'] },
  },
  {
    sentence: 'Last month, the Qatari capital hosted a meeting of Afghan parties to overcome their differences.',
    actors: [{ id: 'kb:AFG_GOV', surfaces: ['Afghan parties'], type: 'government' }],
    places: [DOHA],
    dates: [{ surface: 'Last month', value: '2019-08' }],
    want: { evidence: 'hosted a meeting', type: 'CONSULT', mode: 'third-party', host: ['kb:QAT'], place: 'geonames:290030', date: { value: '2019-08', how: 'stated' }, status: 'occurred' },
  },
  {
    sentence: 'The expected agreement between the Taliban and Washington will not end the fighting, but will begin after what is known as peace talks between Afghan forces, which is expected to be held in the Norwegian capital Oslo.',
    actors: [USA, TALIBAN, { id: 'kb:AFG_SECURITY_FORCES', type: 'military', surfaces: ['Afghan forces'] }],
    places: [{ id: 'geonames:3143244', name: 'Oslo', surfaces: ['the Norwegian capital Oslo'] }],
    want: { evidence: 'peace talks', type: 'CONSULT', status: 'expected', place: 'geonames:3143244', negotiation: true },
  },
  {
    sentence: 'The expected agreement between the Taliban and Washington will not end the fighting.',
    actors: [USA, TALIBAN],
    want: { evidence: 'agreement', type: 'AGREE', status: 'expected', parties: ['kb:TALIBAN', 'kb:USA'] },
  },
  {
    sentence: 'Presidents Barack Obama and Vladimir Putin discussed the accord by phone.',
    actors: [
      { id: 'kb:BARACK_OBAMA', surfaces: ['Barack Obama'], affiliation: 'kb:USA' },
      { id: 'kb:VLADIMIR_PUTIN', surfaces: ['Vladimir Putin'], affiliation: 'kb:RUS' },
    ],
    want: { evidence: 'discussed', type: 'CONSULT', mode: 'phone', status: 'occurred', parties: ['kb:USA', 'kb:RUS'] },
  },
  {
    sentence: 'A delegation from Syria\'s main opposition group flew to Geneva on Saturday to assess whether to join Damascus government officials in United Nations-brokered peace talks.',
    actors: [
      { id: 'kb:SYR_OPP_HNC', type: 'other', surfaces: ["Syria's main opposition group"] },
      { id: 'kb:SYR_GOV', type: 'government', surfaces: ['Damascus government officials'] },
      { id: 'kb:UN', type: 'international organization', surfaces: ['United Nations'] },
    ],
    places: [{ id: 'geonames:2660646', name: 'Geneva', surfaces: ['Geneva'] }],
    want: { evidence: 'flew to', type: 'CONSULT', mode: 'visit', place: 'geonames:2660646' },
  },
  {
    sentence: 'The Philippines has brought a case at an international tribunal in The Hague contesting China\'s claims, a case rejected by China which wants to solve the issue bilaterally.',
    actors: [{ id: 'kb:PHL', surfaces: ['The Philippines'] }, { id: 'kb:CHN', surfaces: ['China'] }],
    want: { evidence: 'rejected by China', type: 'REJECT', source: ['kb:CHN'], status: 'occurred' },
  },
  {
    sentence: 'Russia has said it will not stop its airstrikes against what it calls terrorist targets in Syria.',
    actors: [{ id: 'kb:RUS', surfaces: ['Russia'] }],
    want: { evidence: 'stop its airstrikes', type: 'REJECT', source: ['kb:RUS'], negated: false },
  },
  {
    sentence: 'U.N. chief Ban Ki-moon welcomed the U.S.-Russian announcement.',
    actors: [
      { id: 'kb:BAN_KI_MOON', surfaces: ['Ban Ki-moon'], affiliation: 'kb:UN' },
      { id: 'kb:USA', surfaces: ['U.S.'] },
      { id: 'kb:RUS', surfaces: ['Russian'] },
    ],
    want: { evidence: 'welcomed', type: 'SUPPORT', source: ['kb:BAN_KI_MOON'], target: ['kb:USA', 'kb:RUS'] },
  },
  {
    sentence: 'China urges the Philippines to immediately cease its wrongful conduct of pushing forward the arbitral proceedings.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:PHL', surfaces: ['the Philippines'] }],
    want: { evidence: 'urges', type: 'REQUEST', source: ['kb:CHN'], target: ['kb:PHL'], cameo: '020' },
  },
  {
    sentence: 'The medical charity Medecins Sans Frontieres (MSF) said on Saturday that 16 people have starved to death and blamed the authorities for blocking medical supplies shipments.',
    actors: [{ id: 'kb:MSF', type: 'civil society', surfaces: ['Medecins Sans Frontieres (MSF)'] }, { id: 'kb:SYR_GOV', type: 'government', surfaces: ['the authorities'] }],
    want: { evidence: 'blamed', type: 'ACCUSE', source: ['kb:MSF'], target: ['kb:SYR_GOV'] },
  },
  {
    sentence: 'Hassan Rouhani, the Iranian President, has warned the leaders of UAE and Bahrain that they will bear severe consequences of signing the pact.',
    actors: [
      { id: 'kb:HASSAN_ROUHANI', surfaces: ['Hassan Rouhani'], affiliation: 'kb:IRN' },
      { id: 'kb:ARE', surfaces: ['UAE'] },
      { id: 'kb:BHR', surfaces: ['Bahrain'] },
    ],
    want: { evidence: 'warned', type: 'THREATEN', source: ['kb:HASSAN_ROUHANI'], target: ['kb:ARE', 'kb:BHR'] },
  },
  {
    sentence: 'Western governments called it an illegal land-grab and imposed sanctions on Moscow.',
    actors: [{ id: 'kb:WEST', type: 'other', surfaces: ['Western governments'] }, { id: 'kb:RUS', surfaces: ['Moscow'] }],
    want: { evidence: 'imposed sanctions', type: 'SANCTION', source: ['kb:WEST'], target: ['kb:RUS'] },
  },
  {
    sentence: 'France has seized two of those tankers, and the US seized a second tanker on Monday.',
    actors: [{ id: 'kb:FRA', surfaces: ['France'] }, { id: 'kb:USA', surfaces: ['the US'] }],
    want: { evidence: 'France has seized', type: 'COERCE', mode: 'seize', source: ['kb:FRA'] },
  },
  {
    sentence: 'Russia then annexed Ukraine\'s Crimea Peninsula.',
    actors: [{ id: 'kb:RUS', surfaces: ['Russia'] }, { id: 'kb:UKR', surfaces: ["Ukraine"] }],
    places: [{ id: 'geonames:703883', name: 'Crimea', kind: 'region', surfaces: ['Crimea Peninsula'] }],
    want: { evidence: 'annexed', type: 'COERCE', source: ['kb:RUS'], target: ['kb:UKR'], place: 'geonames:703883' },
  },
  {
    sentence: 'Russian air strikes on Syria have killed nearly 1,400 civilians since Moscow started its aerial campaign nearly four months ago.',
    actors: [{ id: 'kb:RUS', surfaces: ['Russian', 'Moscow'] }, { id: 'kb:SYR', surfaces: ['Syria'] }],
    places: [{ id: 'geonames:163843', name: 'Syria', kind: 'country', surfaces: ['Syria'] }],
    want: { evidence: 'air strikes', type: 'ASSAULT', mode: 'aerial', source: ['kb:RUS'], place: 'geonames:163843' },
  },
  {
    sentence: 'The European Union has additionally voted to borrow 90 billion euros ($106bn) to give to Ukraine in financial aid this year and next.',
    actors: [{ id: 'kb:EU', type: 'international organization', surfaces: ['The European Union'] }, { id: 'kb:UKR', surfaces: ['Ukraine'] }],
    want: { evidence: 'voted to borrow', type: 'AID', source: ['kb:EU'] },
  },
  {
    sentence: 'Washington has been preparing for a more catastrophic scenario, sending another aircraft carrier to the Persian Gulf.',
    actors: [{ id: 'kb:USA', surfaces: ['Washington'] }],
    want: { evidence: 'sending another aircraft carrier', type: 'MOBILIZE', source: ['kb:USA'] },
  },
  {
    sentence: 'Major powers agreed on Friday to implement a cessation of hostilities in Syria.',
    actors: [{ id: 'kb:MAJOR_POWERS', type: 'other', surfaces: ['Major powers'] }],
    dates: [{ surface: 'on Friday', value: '2016-02-12' }],
    want: { evidence: 'agreed', type: 'AGREE', status: 'occurred', date: { value: '2016-02-12', how: 'stated' }, parties: ['kb:MAJOR_POWERS'] },
  },
  {
    sentence: 'Both exchanged prisoners earlier this month, with Egypt handing back an Israeli who has served eight years in prison.',
    actors: [{ id: 'kb:EGY', surfaces: ['Egypt'] }, { id: 'kb:ISR_PRISONER', type: 'person', surfaces: ['an Israeli'] }],
    want: { evidence: 'handing back', type: 'RETREAT', mode: 'release', source: ['kb:EGY'], target: ['kb:ISR_PRISONER'] },
  },
  {
    sentence: 'China and the Philippines have held many rounds of talks on the proper management of maritime disputes.',
    actors: [{ id: 'kb:CHN', surfaces: ['China'] }, { id: 'kb:PHL', surfaces: ['the Philippines'] }],
    want: { evidence: 'held many rounds of talks', type: 'CONSULT', status: 'occurred', parties: ['kb:CHN', 'kb:PHL'] },
  },
  {
    sentence: 'The Syrian rebel coalition known as the High Negotiations Committee met in Saudi Arabia Saturday.',
    actors: [{ id: 'kb:SYR_OPP_HNC', type: 'other', surfaces: ['the High Negotiations Committee'] }, { id: 'kb:SAU', surfaces: ['Saudi Arabia'] }],
    places: [{ id: 'geonames:102358', name: 'Saudi Arabia', kind: 'country', surfaces: ['Saudi Arabia'] }],
    want: { evidence: 'met', type: 'CONSULT', place: 'geonames:102358', parties: ['kb:SYR_OPP_HNC'] },
  },
  {
    sentence: '"We are on the threshold of an agreement that will reduce violence," Khalilzad said in a tweet.',
    actors: [{ id: 'kb:ZALMAY_KHALILZAD', surfaces: ['Khalilzad'], affiliation: 'kb:USA' }, TALIBAN],
    quotes: [{ surface: 'We are on the threshold of an agreement that will reduce violence', speaker: 'kb:ZALMAY_KHALILZAD' }],
    want: { evidence: 'agreement', type: 'AGREE', status: 'near', parties: ['kb:USA'] },
  },
  {
    sentence: 'The Philippines has brought a case at an international tribunal in The Hague contesting China\'s claims.',
    actors: [{ id: 'kb:PHL', surfaces: ['The Philippines'] }, { id: 'kb:CHN', surfaces: ['China'] }],
    places: [{ id: 'geonames:2747373', name: 'The Hague', surfaces: ['The Hague'] }],
    want: { evidence: 'brought a case', type: 'ACCUSE', source: ['kb:PHL'], place: 'geonames:2747373', cameo: '115' },
  },
  {
    sentence: "He said U.S. Secretary of State John Kerry gave assurances by phone to the HNC's leadership.",
    actors: [{ id: 'kb:JOHN_KERRY', surfaces: ['John Kerry'], affiliation: 'kb:USA' }, { id: 'kb:SYR_OPP_HNC', type: 'other', surfaces: ["the HNC's leadership"] }],
    want: { evidence: 'gave assurances by phone', type: 'CONSULT', mode: 'phone', parties: ['kb:USA', 'kb:SYR_OPP_HNC'] },
  },
  {
    sentence: 'The U.S. Congress is currently considering a proposal to spend some 500 mln dlrs to build another railroad.',
    actors: [{ id: 'kb:US_CONGRESS', type: 'government', surfaces: ['The U.S. Congress'] }],
    want: { evidence: 'proposal to spend', type: 'AID', status: 'proposed', source: ['kb:US_CONGRESS'] },
  },
  {
    sentence: 'In recent weeks an unusual warmth has crept into relations between Egypt and Israel. Both exchanged prisoners earlier this month.',
    actors: [{ id: 'kb:EGY', surfaces: ['Egypt'] }, { id: 'kb:ISR', surfaces: ['Israel'] }],
    want: { evidence: 'exchanged prisoners', type: 'RETREAT', mode: 'release', parties: ['kb:EGY', 'kb:ISR'] },
  },
  // Three types the development articles phrase only with actors they leave unnamed; wire-style sentences.
  {
    sentence: 'The government lifted the siege of Madaya on Monday, allowing aid convoys into the town.',
    actors: [{ id: 'kb:SYR_GOV', type: 'government', surfaces: ['The government'] }],
    want: { evidence: 'lifted the siege', type: 'CONCEDE', source: ['kb:SYR_GOV'], cameo: '080' },
  },
  {
    sentence: 'Ukraine and Germany opened joint drone production facilities on February 13.',
    actors: [{ id: 'kb:UKR', surfaces: ['Ukraine'] }, { id: 'kb:DEU', surfaces: ['Germany'] }],
    want: { evidence: 'joint drone production', type: 'COOPERATE', parties: ['kb:UKR', 'kb:DEU'] },
  },
  {
    sentence: 'Palestinians protested in Ramallah against the deal on Wednesday.',
    actors: [{ id: 'kb:PALESTINIANS', type: 'other', surfaces: ['Palestinians'] }],
    places: [{ id: 'geonames:282615', name: 'Ramallah', surfaces: ['Ramallah'] }],
    want: { evidence: 'protested', type: 'PROTEST', source: ['kb:PALESTINIANS'], place: 'geonames:282615' },
  },
];

describe('events: one real sentence per type and status', () => {
  for (const c of cases) {
    it(`${c.want.type}${c.want.status ? ' ' + c.want.status : ''}: ${c.want.evidence}`, () => check(c));
  }
});

describe('events: one event per happening', () => {
  it('keeps compound actors in one event', () => {
    const events = run(cases[0]).filter((e) => e.type === 'AGREE');
    assert.equal(events.length, 1);
    assert.deepEqual(events[0].source, ['kb:USA', 'kb:TALIBAN']);
  });
  it('merges later mentions of the same talks into the first', () => {
    const text =
      'The ninth round of negotiations between the United States and the Taliban ended in Doha. ' +
      'The Taliban said the talks were successfully completed.';
    const doc = docFor(text, { actors: [{ ...USA, surfaces: ['the United States'] }, TALIBAN], places: [DOHA] });
    const consult = (eventsStage.run(doc).events ?? []).filter((e) => e.type === 'CONSULT');
    assert.equal(consult.length, 1, JSON.stringify(consult));
    assert.equal(consult[0].round, 9);
  });
  it('carries a PLOVER type, a CAMEO code, an id and a confidence between 0 and 1', () => {
    for (const e of run(cases[0])) {
      assert.match(e.id, /^e\d+$/);
      assert.ok(e.cameo && /^\d{2,4}$/.test(e.cameo));
      assert.ok(e.confidence > 0 && e.confidence <= 1);
    }
  });
});
