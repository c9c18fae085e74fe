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
