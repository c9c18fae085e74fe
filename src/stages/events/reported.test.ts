/**
 * Reported speech acts: `X said Y <did something blameworthy>` is X ACCUSE Y, and only that; `X said Y
 * must ...` is X REQUEST (Y).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor, type ActorSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

const CHN: ActorSpec = { id: 'kb:CHN', surfaces: ['China'] };
const PHL: ActorSpec = { id: 'kb:PHL', surfaces: ['the Philippines'] };
const UKR: ActorSpec = { id: 'kb:UKR', surfaces: ['Ukraine', 'Kiev'] };
const RUS: ActorSpec = { id: 'kb:RUS', surfaces: ['Russia', 'Russian', 'Moscow'] };
const USA: ActorSpec = { id: 'kb:USA', surfaces: ['The United States', 'the United States', 'US'] };
const TRUMP: ActorSpec = { id: 'kb:DONALD_TRUMP', type: 'person', affiliation: 'kb:USA', surfaces: ['US President Donald Trump'] };
const SYR: ActorSpec = { id: 'kb:SYR_GOV', type: 'government', surfaces: ['Damascus', 'the Syrian government'] };
const DEU: ActorSpec = { id: 'kb:DEU', surfaces: ['German special forces', 'Germany'] };
const REUTERS: ActorSpec = { id: 'new:REUTERS', type: 'media', surfaces: ['Reuters'] };

function events(text: string, actors: ActorSpec[]) {
  return eventsStage.run(docFor(text, { actors })).events ?? [];
}
const accusations = (text: string, actors: ActorSpec[]) =>
  events(text, actors)
    .filter((e) => e.type === 'ACCUSE')
    .map((e) => `${e.source.join('+')}→${e.target.join('+')}`);

describe('events: a reported charge is an accusation by the speaker', () => {
  const cases: [string, string, ActorSpec[], string[]][] = [
    ['`said ... has ignored a proposal`', 'China said on Wednesday the Philippines has ignored a proposal for a regular talks mechanism over maritime issues.', [CHN, PHL], ['kb:CHN→kb:PHL']],
    ['`told <listener> that Y, not Z, was holding up`: Y, not Z', 'US President Donald Trump told Reuters last month that Ukraine, not Russia, was holding up a peace deal.', [TRUMP, UKR, RUS, REUTERS], ['kb:DONALD_TRUMP→kb:UKR']],
    ['`, saying US pressure was too one-sided`: the sentence subject speaks', 'Ukraine expressed frustration with its ongoing peace talks with Russia and the United States this week, saying US pressure was too one-sided against it.', [UKR, RUS, USA], ['kb:UKR→kb:USA']],
    ['foreign forces `were present`', 'Damascus said on Wednesday that German special forces were present, alongside French and American military personnel, in northern Syria.', [SYR, DEU], ['kb:SYR_GOV→kb:DEU']],
    ['`say most Russian bombs are directed at rebels`', 'The United States and others involved in trying to end the Syrian civil war say most Russian bombs are directed at rebels fighting the Syrian government.', [USA, RUS, SYR], ['kb:USA→kb:RUS']],
    ['a charge of violating a truce', 'Moscow said on Sunday that Kiev had violated the ceasefire in the east.', [RUS, UKR], ['kb:RUS→kb:UKR']],
  ];
  for (const [name, text, actors, want] of cases) {
    it(name, () => assert.deepEqual(accusations(text, actors), want));
  }

  it('the bombs the charge is about are not reported as a fact', () => {
    const out = events('The United States and others involved in trying to end the Syrian civil war say most Russian bombs are directed at rebels fighting the Syrian government.', [USA, RUS, SYR]);
    assert.ok(!out.some((e) => e.type === 'ASSAULT'), JSON.stringify(out));
  });
});

describe('events: what is no reported charge', () => {
  const cases: [string, string, ActorSpec[]][] = [
    ['`X said Y had agreed`: nothing blameworthy', 'Moscow said on Wednesday that Kiev had agreed to the exchange.', [RUS, UKR]],
    ['`X said its forces ...`: the speaker\'s own act', 'Russia said its forces were operating in Syria at the request of Damascus.', [RUS, SYR]],
    ['`X said X\'s troops ...`: the same party', 'Russia said Russian troops were stationed near the border.', [RUS]],
    ['a denied charge', 'China said the Philippines has not ignored the proposal.', [CHN, PHL]],
    ['a supposed one', 'China said the Philippines could be ignoring the proposal.', [CHN, PHL]],
    ['told after its source: a report, not a charge', 'Ukraine violated the ceasefire overnight, Russia said.', [UKR, RUS]],
    ['no speech verb: the story\'s own words', 'Ukraine, not Russia, was holding up a peace deal.', [UKR, RUS]],
    ['a news outlet says nothing against anyone', 'Reuters said the Philippines has ignored the proposal.', [REUTERS, PHL]],
  ];
  for (const [name, text, actors] of cases) {
    it(name, () => assert.deepEqual(accusations(text, actors), []));
  }

  it('`X said it attacked` stays X\'s attack', () => {
    const out = events('Russia said it attacked militant positions near Palmyra.', [RUS]);
    assert.ok(!out.some((e) => e.type === 'ACCUSE'), JSON.stringify(out));
    assert.deepEqual(out.find((e) => e.type === 'ASSAULT')?.source, ['kb:RUS']);
  });
});

const FABIUS: ActorSpec = { id: 'kb:LAURENT_FABIUS', affiliation: 'kb:FRA', surfaces: ['French Foreign Minister Laurent Fabius'] };
const ELIASSON: ActorSpec = { id: 'kb:JAN_ELIASSON', affiliation: 'kb:UN', surfaces: ['Eliasson'] };
const KERRY: ActorSpec = { id: 'kb:JOHN_KERRY', affiliation: 'kb:USA', surfaces: ['Kerry'] };
const IRN: ActorSpec = { id: 'kb:IRN', surfaces: ['Iran', 'Tehran'] };
const WASHINGTON: ActorSpec = { id: 'kb:USA', surfaces: ['Washington', 'A U.S. statement'] };

function requests(text: string, actors: ActorSpec[], quotes: { surface: string; speaker: string }[] = []) {
  return (eventsStage.run(docFor(text, { actors, quotes })).events ?? [])
    .filter((e) => e.type === 'REQUEST')
    .map((e) => `${e.source.join('+')}→${e.target.join('+')}`);
}

describe('events: a reported obligation is a request by the speaker', () => {
  const cases: [string, string, ActorSpec[], string[]][] = [
    ['`said on Saturday the Geneva talks must ensure`', 'French Foreign Minister Laurent Fabius said on Saturday the Geneva talks must ensure human rights are upheld.', [FABIUS], ['kb:LAURENT_FABIUS→']],
    ['`added that humanitarian groups need immediate access`', 'A U.S. statement added that humanitarian groups need immediate access to additional areas.', [WASHINGTON], ['kb:USA→']],
    ['`has said Iran needs to do more`: of another party', 'Washington has said Iran needs to do more to make itself attractive to Western companies.', [WASHINGTON, IRN], ['kb:USA→kb:IRN']],
  ];
  for (const [name, text, actors, want] of cases) {
    it(name, () => assert.deepEqual(requests(text, actors), want));
  }
  it('a direct quote: `"There has to be a de-escalation," Eliasson said`', () => {
    const text = '"There has to be a de-escalation, that we need to make sure that we go in the direction of the talks," Eliasson said.';
    const quote = 'There has to be a de-escalation, that we need to make sure that we go in the direction of the talks';
    assert.deepEqual(requests(text, [ELIASSON], [{ surface: quote, speaker: 'kb:JAN_ELIASSON' }]), ['kb:JAN_ELIASSON→']);
  });
});

describe('events: what is no reported obligation', () => {
  const cases: [string, string, ActorSpec[], { surface: string; speaker: string }[]][] = [
    ['`we must`: the speaker\'s own', 'Iran said we must protect our nuclear rights.', [IRN], []],
    ['`it needs to`: the speaker\'s own', 'Iran said it needs to protect its nuclear rights.', [IRN], []],
    ['`Tehran must`, said by Iran: the same party', 'Iran said Tehran must protect its nuclear rights.', [IRN], []],
    ['`needs to understand that our patience is not infinite`: a warning', 'Kerry said Iran needs to understand that our patience is not infinite.', [KERRY, IRN], []],
    ['inside a further clause: `had agreed that talks must resume`', 'Kerry said all participants had agreed that the talks must resume soon.', [KERRY], []],
    ['`would have to`: supposed', 'Kerry said Iran would have to wait.', [KERRY, IRN], []],
    ['no speaker: the story\'s own words', 'The Geneva talks must ensure human rights are upheld.', [FABIUS], []],
  ];
  for (const [name, text, actors, quotes] of cases) {
    it(name, () => assert.deepEqual(requests(text, actors, quotes), []));
  }
});

describe('events: reported warnings and refusals', () => {
  const RUS2: ActorSpec = { id: 'kb:RUS', surfaces: ['Russia'] };
  const ARAGHCHI: ActorSpec = { id: 'kb:ABBAS_ARAGHCHI', affiliation: 'kb:IRN', surfaces: ['he', 'Araghchi'] };
  const BBC: ActorSpec = { id: 'kb:BBC', type: 'media', surfaces: ['the BBC'] };
  const of = (text: string, actors: ActorSpec[], type: string, quotes: { surface: string; speaker: string }[] = []) =>
    (eventsStage.run(docFor(text, { actors, quotes })).events ?? []).filter((e) => e.type === type).map((e) => `${e.source.join('+')}→${e.target.join('+')}`);

  it('`"Russia needs to understand that our patience is not infinite," Kerry said`: a warning to Russia', () => {
    const text = '"Russia needs to understand that our patience is not infinite," Kerry said.';
    assert.deepEqual(of(text, [KERRY, RUS2], 'THREATEN', [{ surface: 'Russia needs to understand that our patience is not infinite', speaker: 'kb:JOHN_KERRY' }]), ['kb:JOHN_KERRY→kb:RUS']);
  });
  it('`we need to understand`: no warning to anyone', () => {
    const text = '"We need to understand what Russia wants," Kerry said.';
    assert.deepEqual(of(text, [KERRY, RUS2], 'THREATEN', [{ surface: 'We need to understand what Russia wants', speaker: 'kb:JOHN_KERRY' }]), []);
  });
  it('`told the BBC ... that renouncing its missiles was out of the question`: the speaker\'s party refuses', () => {
    const text = 'On Sunday, he told the BBC Iran was ready to dilute its stockpile in exchange for a lifting of sanctions, but that renouncing its missiles was out of the question.';
    assert.deepEqual(of(text, [ARAGHCHI, IRN, BBC], 'REJECT'), ['kb:IRN→']);
  });
  it('two refusals in two sentences are two', () => {
    const text = '"What is not on the table: submission before threats," Araghchi wrote. On Sunday, he told the BBC that renouncing its missiles was out of the question.';
    assert.deepEqual(of(text, [ARAGHCHI, IRN, BBC], 'REJECT', [{ surface: 'What is not on the table: submission before threats', speaker: 'kb:ABBAS_ARAGHCHI' }]), ['kb:IRN→', 'kb:IRN→']);
  });
  it('`talks would be out of the question`: a supposed refusal is none', () => {
    assert.deepEqual(of('Iran said talks would be out of the question.', [IRN], 'REJECT'), []);
  });
});
