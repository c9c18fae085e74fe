import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AgreementRef, EventRecord } from '../../model/record.js';
import { docFor, type ActorSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

/** An event about an agreement: its words (`evidence`), type, and the kind, stage and words naming the agreement. */
interface Case {
  sentence: string;
  actors: ActorSpec[];
  evidence: string;
  type: EventRecord['type'];
  want: Omit<AgreementRef, 'evidence'> & { named: string };
}

const USA: ActorSpec = { id: 'kb:USA', surfaces: ['The United States'] };
const TALIBAN: ActorSpec = { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['the Taliban'] };
const RUS: ActorSpec = { id: 'kb:RUS', surfaces: ['Russia'] };
const UKR: ActorSpec = { id: 'kb:UKR', surfaces: ['Ukraine'] };
const ISR: ActorSpec = { id: 'kb:ISR', surfaces: ['Israel'] };
const HAMAS: ActorSpec = { id: 'kb:HAMAS', type: 'armed group', surfaces: ['Hamas'] };
const HNC: ActorSpec = { id: 'kb:SYR_OPP_HNC', type: 'political party', surfaces: ['The main rebel coalition in Syria'] };

function eventsOf(sentence: string, actors: ActorSpec[]): EventRecord[] {
  return eventsStage.run(docFor(sentence, { actors })).events ?? [];
}

function check(c: Case): void {
  const events = eventsOf(c.sentence, c.actors);
  const at = c.sentence.indexOf(c.evidence);
  assert.ok(at >= 0, 'the evidence is in the sentence');
  const e = events.find((x) => x.type === c.type && x.evidence.start < at + c.evidence.length && at < x.evidence.end);
  assert.ok(e, `no ${c.type} event on "${c.evidence}"; got ${JSON.stringify(events.map((x) => [x.type, c.sentence.slice(x.evidence.start, x.evidence.end)]))}`);
  assert.ok(e.agreement, `the ${c.type} event on "${c.evidence}" has no agreement`);
  const { named, ...want } = c.want;
  const { evidence, ...got } = e.agreement;
  assert.deepEqual(got, want);
  assert.equal(c.sentence.slice(evidence.start, evidence.end), named, 'the words naming the agreement');
}

// Real sentences (the seed, the development corpus) and wire copy written like them.
const cases: Case[] = [
  {
    sentence: 'The United States and the Taliban are close to concluding a deal that would reduce violence and pave the way for Afghans to sit down to negotiate a lasting peace, the US envoy said on Tuesday.',
    actors: [USA, TALIBAN],
    evidence: 'concluding a deal',
    type: 'AGREE',
    want: { kind: 'other', stage: 'near', how: 'stated', named: 'deal' },
  },
  {
    sentence: 'In a sign of a thaw in relations between Egypt and Israel, the two countries have signed a trade protocol with the US, allowing Egyptian goods made in partnership with Israeli firms free access to American markets.',
    actors: [{ id: 'kb:EGY', surfaces: ['Egypt'] }, ISR, { id: 'kb:USA', surfaces: ['the US'] }],
    evidence: 'signed a trade protocol',
    type: 'AGREE',
    want: { kind: 'trade', stage: 'signed', how: 'stated', named: 'trade protocol' },
  },
  {
    sentence: 'Egypt and Israel exchanged prisoners earlier this month.',
    actors: [{ id: 'kb:EGY', surfaces: ['Egypt'] }, ISR],
    evidence: 'exchanged prisoners',
    type: 'RETREAT',
    want: { kind: 'prisoner exchange', stage: 'implemented', how: 'inferred:status', named: 'exchanged prisoners' },
  },
  {
    sentence: 'Major powers agreed on Friday to implement a cessation of hostilities in Syria and to expand delivery of humanitarian aid to people caught up in the conflict, officials said.',
    actors: [{ id: 'kb:MAJOR_POWERS', type: 'other', surfaces: ['Major powers'] }],
    evidence: 'agreed',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'agreed', how: 'stated', named: 'cessation of hostilities' },
  },
  {
    // (`would take effect` is not yet in effect)
    sentence: "The United States and Russia announced plans for a 'cessation of hostilities' in Syria that would take effect on Saturday but exclude groups such as Islamic State.",
    actors: [USA, RUS],
    evidence: 'announced plans',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'agreed', how: 'stated', named: 'cessation of hostilities' },
  },
  {
    sentence: 'The main rebel coalition in Syria has said it is willing to accept a temporary truce, but only if Russia calls a halt to its airstrikes.',
    actors: [HNC, RUS],
    evidence: 'is willing to',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'proposed', how: 'inferred:status', named: 'truce' },
  },
  {
    sentence: 'Kerry talked on the phone with Russian Foreign Minister Sergei Lavrov about the conditions for a Syria cease-fire.',
    actors: [{ id: 'kb:JOHN_KERRY', affiliation: 'kb:USA', surfaces: ['Kerry'] }, { id: 'kb:SERGEI_LAVROV', affiliation: 'kb:RUS', surfaces: ['Russian Foreign Minister Sergei Lavrov'] }],
    evidence: 'talked',
    type: 'CONSULT',
    want: { kind: 'ceasefire', stage: 'under-negotiation', how: 'inferred:status', named: 'cease-fire' },
  },
  {
    sentence: 'Israel and Hamas held talks in Cairo on Sunday on a prisoner exchange.',
    actors: [ISR, HAMAS],
    evidence: 'held talks',
    type: 'CONSULT',
    want: { kind: 'prisoner exchange', stage: 'under-negotiation', how: 'inferred:status', named: 'prisoner exchange' },
  },
  {
    sentence: 'Ukraine accused Russia of violating the ceasefire that took effect on Saturday.',
    actors: [UKR, RUS],
    evidence: 'accused',
    type: 'ACCUSE',
    want: { kind: 'ceasefire', stage: 'violated', how: 'stated', named: 'ceasefire' },
  },
  {
    sentence: 'The ceasefire deal that Israel and Hamas signed in January collapsed on Tuesday.',
    actors: [ISR, HAMAS],
    evidence: 'signed',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'collapsed', how: 'stated', named: 'ceasefire' },
  },
  {
    // (the deal's fate, told in the next clause)
    sentence: 'Israel and Hamas signed a ceasefire deal in January, but it broke down within weeks.',
    actors: [ISR, HAMAS],
    evidence: 'signed a ceasefire deal',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'collapsed', how: 'stated', named: 'ceasefire' },
  },
  {
    sentence: 'Armenia and Azerbaijan signed a peace treaty that came into force on Monday.',
    actors: [{ id: 'kb:ARM', surfaces: ['Armenia'] }, { id: 'kb:AZE', surfaces: ['Azerbaijan'] }],
    evidence: 'signed',
    type: 'AGREE',
    want: { kind: 'peace agreement', stage: 'implemented', how: 'stated', named: 'peace treaty' },
  },
  {
    sentence: 'The United States and the Taliban reached a framework agreement in principle on a troop withdrawal.',
    actors: [USA, TALIBAN],
    evidence: 'reached a framework agreement',
    type: 'AGREE',
    want: { kind: 'framework', stage: 'agreed', how: 'inferred:status', named: 'framework agreement' },
  },
  {
    // (agreeing to talk about a ceasefire agrees no ceasefire)
    sentence: 'Israel and Hamas agreed to resume talks on a ceasefire next week.',
    actors: [ISR, HAMAS],
    evidence: 'agreed',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'under-negotiation', how: 'stated', named: 'ceasefire' },
  },
  {
    // (`have held talks` is no truce that has held)
    sentence: 'Israel and Hamas have held talks on a truce in Cairo.',
    actors: [ISR, HAMAS],
    evidence: 'held talks',
    type: 'CONSULT',
    want: { kind: 'ceasefire', stage: 'under-negotiation', how: 'stated', named: 'truce' },
  },
  {
    sentence: 'Israel and Bahrain agreed to establish full diplomatic relations.',
    actors: [ISR, { id: 'kb:BHR', surfaces: ['Bahrain'] }],
    evidence: 'agreed',
    type: 'AGREE',
    want: { kind: 'normalisation', stage: 'agreed', how: 'stated', named: 'establish full diplomatic relations' },
  },
  {
    sentence: 'Russia called for an immediate ceasefire in Gaza.',
    actors: [RUS],
    evidence: 'called for',
    type: 'REQUEST',
    want: { kind: 'ceasefire', stage: 'proposed', how: 'inferred:status', named: 'ceasefire' },
  },
  {
    // (`would sign` asserts no signature: the truce stays agreed)
    sentence: 'Israel and Hamas agreed on a truce that they would sign next week.',
    actors: [ISR, HAMAS],
    evidence: 'agreed',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'agreed', how: 'stated', named: 'truce' },
  },
  {
    sentence: 'Russia and Ukraine agreed to a ceasefire that has not collapsed.',
    actors: [RUS, UKR],
    evidence: 'agreed',
    type: 'AGREE',
    want: { kind: 'ceasefire', stage: 'agreed', how: 'stated', named: 'ceasefire' },
  },
];

describe('agreements: kind and stage of events about an agreement', () => {
  for (const c of cases) it(`${c.want.kind} ${c.want.stage}: ${c.sentence.slice(0, 70)}`, () => check(c));
});

/** Sentences where no event may be about an agreement (or not at the stage named). */
const negatives: { why: string; sentence: string; actors: ActorSpec[]; not?: Partial<Pick<AgreementRef, 'kind' | 'stage'>> }[] = [
  {
    why: 'talks about talks name no agreement',
    sentence: 'North Korea and South Korea held talks about talks at Panmunjom on Tuesday.',
    actors: [{ id: 'kb:PRK', surfaces: ['North Korea'] }, { id: 'kb:KOR', surfaces: ['South Korea'] }],
  },
  {
    why: 'peace talks are a process, not an agreement',
    sentence: 'The government and the rebels resumed peace talks in Oslo on Monday.',
    actors: [{ id: 'kb:GOV', type: 'government', surfaces: ['The government'] }, { id: 'kb:REBELS', type: 'armed group', surfaces: ['the rebels'] }],
  },
  {
    // (the expected agreement itself is one, at stage near)
    why: '`will not end the fighting` is no ceasefire',
    sentence: 'The expected agreement between the Taliban and Washington will not end the fighting between the movement and the Afghan security forces, but will begin after what is known as peace talks between Afghan forces, which is expected to be held in the Norwegian capital Oslo.',
    actors: [{ id: 'kb:USA', surfaces: ['Washington'] }, TALIBAN, { id: 'kb:AFG_SECURITY_FORCES', type: 'military', surfaces: ['Afghan forces', 'the Afghan security forces'] }],
    not: { kind: 'ceasefire' },
  },
  {
    why: 'a deal told before, opposed: `oppose` does not make it a proposal',
    sentence: 'Palestinian leaders bitterly oppose the deal, fearing that it will prompt Israel to give up on the peace process.',
    actors: [{ id: 'kb:PALESTINIAN_AUTHORITY', type: 'government', surfaces: ['Palestinian leaders'] }, ISR],
  },
  {
    why: 'urging parties to abide by an agreement does not propose it',
    sentence: 'The Secretary-General strongly urges the parties to abide by the terms of the agreement, his spokesman said.',
    actors: [{ id: 'kb:BAN_KI_MOON', affiliation: 'kb:UN', surfaces: ['The Secretary-General'] }],
  },
  {
    why: 'safe passage for freight is no humanitarian access',
    sentence: 'UNITA leader Jonas Savimbi said he was prepared to guarantee safe passage for non-military freight as a gesture of peace.',
    actors: [{ id: 'kb:JONAS_SAVIMBI', affiliation: 'kb:UNITA', surfaces: ['UNITA leader Jonas Savimbi'] }],
  },
  {
    why: '`until ... is signed` is a condition, not a signature',
    sentence: 'The Taliban refuse to enter into direct dialogue with the Afghan government until after the agreement with Washington is signed.',
    actors: [TALIBAN, { id: 'kb:AFG_GOV', type: 'government', surfaces: ['the Afghan government'] }, { id: 'kb:USA', surfaces: ['Washington'] }],
    not: { stage: 'signed' },
  },
  {
    why: '`would sign` is no signature',
    sentence: 'Hamas said it would sign the ceasefire deal only if Israel withdrew its troops from Gaza.',
    actors: [HAMAS, ISR],
    not: { stage: 'signed' },
  },
  {
    why: 'a relative clause before the trigger names the agreement only when it hangs on it',
    sentence: 'The truce collapsed after officials said that Russia and Ukraine agreed to talks.',
    actors: [RUS, UKR],
  },
  {
    why: 'a negated signing is about no agreement at any stage',
    sentence: 'Russia and Ukraine did not sign the ceasefire agreement on Friday.',
    actors: [RUS, UKR],
  },
];

describe('agreements: negative cases', () => {
  for (const n of negatives) {
    it(n.why, () => {
      const events = eventsOf(n.sentence, n.actors);
      const about = events.filter((e) => e.agreement && (!n.not?.kind || e.agreement.kind === n.not.kind) && (!n.not?.stage || e.agreement.stage === n.not.stage));
      assert.deepEqual(about.map((e) => [e.type, n.sentence.slice(e.evidence.start, e.evidence.end), e.agreement]), []);
    });
  }

  it('leaves every other field of the events as it was', () => {
    const sentence = 'The United States and the Taliban are close to concluding a deal, the US envoy said on Tuesday, after the ninth round of negotiations ended in Doha.';
    const events = eventsOf(sentence, [USA, TALIBAN]);
    const talks = events.find((e) => e.type === 'CONSULT');
    assert.ok(talks && !('agreement' in talks), 'the round of talks is about no agreement');
    const deal = events.find((e) => e.type === 'AGREE');
    assert.deepEqual(deal && { type: deal.type, status: deal.status, parties: [...deal.source, ...deal.target] }, { type: 'AGREE', status: 'near', parties: ['kb:USA', 'kb:TALIBAN'] });
  });
});
