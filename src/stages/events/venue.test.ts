/** Where talks were held when their sentence does not say: the venue the story gives for the same parties' talks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor, type ActorSpec, type PlaceSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

const GOV: ActorSpec = { id: 'kb:SYR_GOV', type: 'government', surfaces: ['The Syrian government', 'the Syrian government', 'the government'] };
const OPP: ActorSpec = { id: 'kb:SYR_OPP', type: 'armed group', surfaces: ['the opposition', 'rebels'] };
const RUS: ActorSpec = { id: 'kb:RUS', surfaces: ['Russia'] };
const GENEVA: PlaceSpec = { id: 'geonames:2660646', name: 'Geneva', kind: 'city', surfaces: ['Geneva'] };
const VIENNA: PlaceSpec = { id: 'geonames:2761369', name: 'Vienna', kind: 'capital', surfaces: ['Vienna'] };
const SYRIA: PlaceSpec = { id: 'country:SY', name: 'Syria', kind: 'country', country: 'SY', surfaces: ['Syria'] };

function events(text: string, actors: ActorSpec[] = [GOV, OPP, RUS]) {
  return eventsStage.run(docFor(text, { actors, places: [GENEVA, VIENNA, SYRIA] })).events ?? [];
}
const collapsed = (text: string) => events(text).find((e) => e.type === 'CONSULT' && e.status === 'ended');

describe('events: a venue carried from the story', () => {
  const lead = 'Peace talks between the Syrian government and the opposition collapsed last week.';
  const cases: [string, string, string | null][] = [
    ['talks of the same parties to resume in Geneva: the collapsed talks were there too', `${lead} The Syrian government and the opposition are expected to resume negotiations in Geneva.`, 'geonames:2660646'],
    ['talks of other parties say nothing of where these were', `${lead} The Syrian government and Russia held talks in Vienna.`, null],
    ['a numbered round keeps its venue to itself', `${lead} A first round held last year in Vienna ended without a deal.`, null],
  ];
  for (const [name, text, place] of cases) {
    it(name, () => assert.equal(collapsed(text)?.place, place, JSON.stringify(events(text))));
  }
});

describe('events: places that are not where talks were held', () => {
  it('`talks between the government and rebels in Syria`: the country says whose sides', () => {
    assert.equal(collapsed('The first peace talks between the government and rebels in Syria collapsed last week.')?.place, null);
  });
  it('a city there is still the venue (`between the government and rebels in Geneva`)', () => {
    assert.equal(collapsed('Talks between the government and rebels in Geneva collapsed last week.')?.place, 'geonames:2660646');
  });
  it('`agreed that negotiations should resume in Geneva`: Geneva is where the talks go, not where they agreed', () => {
    const out = events('The Syrian government and the opposition agreed that peace negotiations should resume in Geneva as soon as possible.');
    assert.equal(out.find((e) => e.type === 'AGREE')?.place, null);
    assert.equal(out.find((e) => e.type === 'CONSULT')?.place, 'geonames:2660646');
  });
});

describe('events: talks convened by a mediator\'s envoy for a country', () => {
  const SGOV: ActorSpec = { id: 'kb:SYR_GOV', type: 'government', country: 'SYR', sector: 'GOV', surfaces: ['the Syrian government'] };
  const SOPP: ActorSpec = { id: 'kb:SYR_OPP', type: 'armed group', country: 'SYR', sector: 'REB', surfaces: ['Syrian opposition'] };
  const NUSRA: ActorSpec = { id: 'kb:NUSRA_FRONT', type: 'armed group', country: 'SYR', sector: 'REB', surfaces: ['Nusra Front'] };
  const UN: ActorSpec = { id: 'kb:UN', type: 'international organization', surfaces: ['U.N.'] };
  const SYRIA_MOD: PlaceSpec = { id: 'country:SY', name: 'Syria', kind: 'country', country: 'SY', surfaces: ['Syria'] };
  const talks = (text: string, actors: ActorSpec[], places: PlaceSpec[]) =>
    (eventsStage.run(docFor(text, { actors, places })).events ?? []).filter((e) => e.type === 'CONSULT');
  const story =
    'The deal excludes Nusra Front. Fighting between the Syrian government and Syrian opposition goes on. ' +
    'U.N. chief Ban Ki-moon welcomed the announcement, which follows a failed attempt by his Syria envoy Staffan de Mistura last month to restart peace talks in Geneva.';

  it('`his Syria envoy ... to restart peace talks in Geneva`: the government and the opposition, in Geneva', () => {
    const out = talks(story, [SGOV, SOPP, NUSRA, UN], [GENEVA, SYRIA_MOD]);
    assert.equal(out.length, 1, JSON.stringify(out));
    assert.deepEqual(out[0].source, ['kb:SYR_GOV', 'kb:SYR_OPP'], 'the opposition as a whole, not a faction the truce excludes');
    assert.equal(out[0].place, 'geonames:2660646');
  });
  it('`the Syrian envoy` is Syria\'s own, not a mediator for its sides', () => {
    const SYRIAN: PlaceSpec = { id: 'country:SY', name: 'Syria', kind: 'country', country: 'SY', surfaces: ['Syrian'] };
    const out = talks(
      'Fighting between the Syrian government and Syrian opposition goes on. The announcement follows a failed attempt by the Syrian envoy Bashar Jaafari last month to restart peace talks in Geneva.',
      [SGOV, SOPP],
      [GENEVA, SYRIAN],
    );
    assert.deepEqual(out, []);
  });
});

describe('events: a meeting told by who took part or where', () => {
  const POWERS: ActorSpec = { id: 'kb:MAJOR_POWERS', type: 'other', surfaces: ['Major powers'] };
  const KERRY: ActorSpec = { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['John Kerry'] };
  const CHN: ActorSpec = { id: 'kb:CHN', surfaces: ['China'] };
  const MUNICH: PlaceSpec = { id: 'geonames:2867714', name: 'Munich', kind: 'city', surfaces: ['Munich'] };
  const meetings = (text: string, actors: ActorSpec[]) =>
    (eventsStage.run(docFor(text, { actors, places: [MUNICH, GENEVA] })).events ?? []).filter((e) => e.type === 'CONSULT' && /meeting/.test(text.slice(e.evidence.start, e.evidence.end)));
  const kerry = 'John Kerry, speaking to reporters after a meeting in Munich, said the target was a week away.';

  it('`a meeting that included Russia and China`: its parties', () => {
    const out = meetings('John Kerry spoke to reporters after a meeting that included Russia and China.', [KERRY, RUS, CHN]);
    assert.deepEqual([...(out[0]?.source ?? [])].sort(), ['kb:CHN', 'kb:RUS']);
  });
  it('`after a meeting in Munich`: the meeting of the powers the story says agreed in Munich', () => {
    const out = meetings(`Major powers agreed on Friday in Munich to implement a cessation of hostilities. ${kerry}`, [POWERS, KERRY]);
    assert.equal(out.length, 1, JSON.stringify(out));
    assert.deepEqual(out[0].source, ['kb:MAJOR_POWERS']);
    assert.equal(out[0].place, 'geonames:2867714');
  });
  it('nobody\'s when the story places no talks there', () => {
    assert.deepEqual(meetings(`Major powers agreed on Friday in Geneva to implement a cessation of hostilities. ${kerry}`, [POWERS, KERRY]), []);
  });
  it('nobody\'s when the story places talks of two sets of parties there', () => {
    const text = `Major powers agreed on Friday in Munich to implement a cessation of hostilities. Russia and China held talks in Munich on Thursday. ${kerry}`;
    assert.deepEqual(meetings(text, [POWERS, KERRY, RUS, CHN]), []);
  });
});

describe('events: a place inside what is offered is not where it was offered', () => {
  const UNITA: ActorSpec = { id: 'kb:UNITA', type: 'armed group', surfaces: ["Angola's U.S.-backed UNITA rebel group", 'A delegation of UNITA'] };
  const LOBITO: PlaceSpec = { id: 'geonames:3347939', name: 'Lobito', kind: 'city', surfaces: ['Lobito'] };
  const run = (text: string) => eventsStage.run(docFor(text, { actors: [UNITA], places: [LOBITO, GENEVA] })).events ?? [];
  it('`has offered to reopen the railroad ... to the port of Lobito`: no venue', () => {
    const out = run("Angola's U.S.-backed UNITA rebel group has offered to reopen the Benguela railroad that runs through UNITA-held territory to the port of Lobito.");
    const offer = out.find((e) => e.type === 'AGREE');
    assert.equal(offer?.status, 'proposed', JSON.stringify(out));
    assert.equal(offer?.place, null);
  });
  it('`flew to Geneva`: a journey\'s `to` still gives the place', () => {
    const out = run('A delegation of UNITA flew to Geneva on Saturday.');
    assert.equal(out.find((e) => e.type === 'CONSULT')?.place, 'geonames:2660646', JSON.stringify(out));
  });
});
