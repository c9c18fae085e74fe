import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { docOf } from '../../../test/doc.js';
import { needsShared, SEED_ARTICLE, SEED_EXPECTED } from '../../../test/shared.js';
import { extract } from '../../extract.js';
import type { PlaceRecord } from '../../model/record.js';
import { placesStage } from './index.js';

/** Every toponym the stage resolved, whatever its use (detection and resolution are tested on these). */
function places(text: string, published?: string): PlaceRecord[] {
  return placesStage.run(docOf({ text, published })).toponyms ?? [];
}

/** The place one phrase of the text is read as: its name, country and kind. */
function placeAt(text: string, phrase: string): PlaceRecord | undefined {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `test phrase "${phrase}" not in text`);
  return places(text).find((p) => p.mentions.some((m) => m.start < at + phrase.length && at < m.end));
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('places: the founding dispatch', () => {
  it('finds the six places an analyst reads out of it, within tolerance, on the right words', { skip: needsShared('seed') }, () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const expected = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as {
      places: { name: string; country: string; lat?: number; lon?: number; toleranceKm?: number; kind?: string; evidence: string[] }[];
    };
    const out = extract(text).places;
    for (const want of expected.places) {
      const spans = want.evidence.map((e) => {
        const at = text.indexOf(e);
        return { start: at, end: at + e.length };
      });
      const got = out.find(
        (p) =>
          p.country === want.country &&
          (want.lat === undefined || km(want.lat, want.lon!, p.lat!, p.lon!) <= want.toleranceKm!) &&
          (want.kind === undefined || p.kind === want.kind) &&
          p.mentions.some((m) => spans.some((s) => m.start < s.end && s.start < m.end)),
      );
      assert.ok(got, `${want.name} (${want.country}) not found on "${want.evidence[0]}"`);
    }
  });

  it('reads "the Qatari capital" as Doha, inferred, and keeps the mention offsets exact', () => {
    const text = 'Last month, the Qatari capital hosted a meeting of Afghan parties.';
    const doha = places(text).find((p) => p.mentions.some((m) => m.how === 'inferred:capital-of'));
    assert.equal(doha?.id, 'geonames:290030');
    const mention = doha!.mentions.find((m) => m.how === 'inferred:capital-of')!;
    assert.equal(text.slice(mention.start, mention.end), mention.text);
    assert.equal(mention.text, 'Qatari capital');
  });
});

describe('places: resolution from context', () => {
  const table: [string, string, Partial<PlaceRecord>][] = [
    ['The US envoy flew today to the Afghan capital of Kabul to brief the leadership.', 'Kabul', { id: 'geonames:1138958', kind: 'capital', country: 'AF' }],
    ['Talks are expected to be held in the Norwegian capital Oslo.', 'Oslo', { country: 'NO', kind: 'capital' }],
    ['US Navy prepares for training with Afghan forces in southern Helmand province.', 'Helmand', { kind: 'province', country: 'AF' }],
    ['Fighting was reported near Lashkar Gah, the provincial capital.', 'Lashkar Gah', { id: 'geonames:1134720', country: 'AF' }],
    ['Washington wants assurances from the Taliban that Afghan territory will not be used for attacks.', 'Afghan territory', { id: 'country:AF', kind: 'country' }],
    ['The ceasefire in Georgia held as Russian troops stayed in South Ossetia and Tbilisi protested.', 'Georgia', { id: 'country:GE' }],
    ['Voters in Atlanta, Georgia went to the polls on Tuesday.', 'Georgia', { id: 'admin1:US.GA', kind: 'province' }],
    ['Rain fell on Seattle, Washington for a third day.', 'Washington', { id: 'admin1:US.WA' }],
    ['Jordan and Egypt urged both sides to return to talks in Cairo.', 'Jordan', { id: 'country:JO' }],
    ['Turkey shelled Qamishli and other towns along the Syrian border.', 'Qamishli', { country: 'SY' }],
    ['Envoys met in St. Petersburg, Russia, to discuss the grain corridor.', 'St. Petersburg', { country: 'RU' }],
    ['The summit will be held in Paris next month.', 'Paris', { country: 'FR', kind: 'capital' }],
    ['Protesters gathered in Paris, Texas, on Saturday.', 'Paris', { country: 'US' }],
    ['Officials in Bethesda, Md., said the vote was delayed.', 'Bethesda', { country: 'US' }],
    ['Deputies in Avoyelles Parish arrested two men near Marksville, Louisiana.', 'Avoyelles Parish', { id: 'admin2:US.LA.009' }],
  ];
  for (const [text, phrase, want] of table) {
    it(`${phrase} in "${text.slice(0, 60)}"`, () => {
      const got = placeAt(text, phrase);
      assert.ok(got, `no place on "${phrase}"`);
      for (const [k, v] of Object.entries(want)) assert.equal(got[k as keyof PlaceRecord], v, `${k} of ${phrase}`);
    });
  }

  it('asserts nothing where two places of one kind share a name and nothing tells them apart', () => {
    const text = 'Flooding closed roads across Washington County on Sunday.';
    assert.equal(placeAt(text, 'Washington County'), undefined);
    const inState = 'Flooding closed roads across Washington County, Oregon, on Sunday.';
    assert.equal(placeAt(inState, 'Washington County')?.id, 'admin2:US.OR.067');
  });

  it('uses the dateline to pick the capital, and marks every mention stated', () => {
    const text = 'WASHINGTON (Reuters) - The White House said Washington would not negotiate.';
    const dc = placeAt(text, 'WASHINGTON');
    assert.equal(dc?.kind, 'capital');
    assert.equal(dc?.country, 'US');
    assert.ok(dc!.mentions.every((m) => m.how === 'stated'));
  });

  it('folds diacritics both ways: the gazetteer spells Lashkar Gāh, the text may too', () => {
    const text = 'Officials in Lashkar Gāh said the road was open.';
    assert.equal(placeAt(text, 'Lashkar Gāh')?.id, 'geonames:1134720');
  });

  it('takes a tagger LOC span when one is there, even where the gazetteer match alone is too weak', () => {
    const text = 'Residents of Cottonport said the water was back.';
    const at = text.indexOf('Cottonport');
    const without = placesStage.run(docOf(text)).toponyms ?? [];
    assert.equal(without.length, 0, 'a small town alone, with no context, is not asserted');
    const withTagger = placesStage.run(docOf(text, {
      mentions: [{ start: at, end: at + 'Cottonport'.length, text: 'Cottonport', type: 'LOC', source: 'tagger', score: 0.9 }],
    })).toponyms ?? [];
    assert.equal(withTagger[0]?.country, 'US');
    assert.equal(withTagger[0]?.mentions[0].role, 'location', 'after `of`, `said` belongs to `Residents`');
  });
});

describe('places: how a mention uses the name', () => {
  const table: [string, string, string][] = [
    ['The ninth round of negotiations ended in Doha.', 'Doha', 'location'],
    ['The US envoy to Afghanistan said on Tuesday the talks went well.', 'US', 'modifier'],
    ['The US envoy to Afghanistan said on Tuesday the talks went well.', 'Afghanistan', 'location'],
    ['Russia will close the US consulate in St. Petersburg.', 'Russia', 'metonym'],
    ['US Navy prepares for training with Afghan forces in southern Helmand province.', 'Helmand', 'location'],
    ['Taliban officials met in Moscow, Russia, on Thursday.', 'Russia', 'location'],
    // From the corpus (shared/corpus): coordination, visits, sites, hyphens, possessives, parties.
    ["It links landlocked Zaire and Zambia to the Angolan port of Lobito.", 'Zambia', 'location'],
    ['US senators visiting Odesa last week agreed with him.', 'Odesa', 'location'],
    ["The statement was released by UNITA's Washington office.", 'Washington', 'location'],
    ["Russia then annexed Ukraine's Crimea Peninsula.", 'Crimea', 'location'],
    ["Angola's U.S.-backed UNITA rebel group has offered to reopen the railroad.", 'U.S.', 'modifier'],
    ["The Syrian army is backed by Moscow, Iran and fighters from Lebanon's Hezbollah.", 'Lebanon', 'metonym'],
    ["The Syrian army is backed by Moscow, Iran and fighters from Lebanon's Hezbollah.", 'Moscow', 'metonym'],
    ["The Syrian army is backed by Moscow, Iran and fighters from Lebanon's Hezbollah.", 'Iran', 'metonym'],
    ['Its door was always open to bilateral talks with Manila on the South China Sea.', 'Manila', 'metonym'],
    ['The parties would indicate their agreement to the United States and Russia by noon on Friday.', 'United States', 'metonym'],
    ['The parties would indicate their agreement to the United States and Russia by noon on Friday.', 'Russia', 'metonym'],
    ['There was no immediate response from Luanda.', 'Luanda', 'metonym'],
    ['Iran wants the nuclear deal and related sanctions relief for Tehran.', 'Tehran', 'metonym'],
    ["The Beira corridor runs through Mozambique to Tanzania's Indian ocean ports.", 'Tanzania', 'location'],
    ['Rockets were fired from Gaza into Israel overnight.', 'Gaza', 'location'],
    ['The Philippines had filed the case as Manila is expecting the tribunal to rule soon.', 'Manila', 'metonym'],
  ];
  for (const [text, phrase, role] of table) {
    it(`${phrase} in "${text}" is a ${role}`, () => {
      const at = text.indexOf(phrase);
      const mention = places(text).flatMap((p) => p.mentions).find((m) => m.start === at && m.end === at + phrase.length);
      assert.equal(mention?.role, role);
    });
  }

  it('marks a place literal when some mention uses it as a location', () => {
    const text = 'Russia said the US envoy would travel to Kabul.';
    const byName = new Map(places(text).map((p) => [p.country, p.literal]));
    assert.equal(byName.get('AF'), true);
    assert.equal(byName.get('RU'), false);
  });
});

describe('places: the places layer keeps places used as locations, toponyms keeps them all', () => {
  const run = (text: string) => placesStage.run(docOf({ text }));
  it('drops a country named only as a modifier or a speaker (seed sentence)', () => {
    const text = 'The ninth round of talks between the Taliban and US envoy Zalmay Khalilzad ended in Doha, the Qatari capital, on Sunday.';
    const out = run(text);
    assert.deepEqual(out.places?.map((p) => p.name), ['Doha']);
    assert.ok(out.toponyms?.some((p) => p.country === 'US' && p.kind === 'country'), 'US is still a toponym');
  });

  it('keeps every mention of a place used as a location somewhere, modifier ones included', () => {
    const text = 'Russian troops stayed in Ukraine, where Russian forces hold the east. Russia then annexed Crimea.';
    const out = run(text);
    const ukraine = out.places?.find((p) => p.country === 'UA' && p.kind === 'country');
    assert.ok(ukraine, 'Ukraine is a place (in Ukraine)');
    assert.equal(out.places?.some((p) => p.country === 'RU' && p.kind === 'country'), false, 'Russia only acts and qualifies');
  });

  it('keeps nothing from an article that names countries only as parties', () => {
    const text = 'The United States and Russia announced plans for a cessation of hostilities.';
    assert.deepEqual(run(text).places, []);
    assert.equal(run(text).toponyms?.length, 2);
  });
});


describe('places: slips of the tagger that must not decide', () => {
  const tagged = (text: string, phrase: string, type: 'PER' | 'LOC') => {
    const at = text.indexOf(phrase);
    return placesStage.run(docOf(text, { mentions: [{ start: at, end: at + phrase.length, text: phrase, type, source: 'tagger', score: 0.9 }] }));
  };
  it('a PER span ending in a feature word does not hide the place (`Crimea Peninsula`)', () => {
    const out = tagged("Russia then annexed Ukraine's Crimea Peninsula.", 'Crimea Peninsula', 'PER');
    assert.ok(out.places?.some((p) => p.name === 'Crimea'), JSON.stringify(out.toponyms?.map((p) => p.name)));
  });
  it('a PER span of a real name still does (`Michael Jordan`)', () => {
    const out = tagged('Michael Jordan said the season was over.', 'Michael Jordan', 'PER');
    assert.deepEqual(out.toponyms, []);
  });
  it('a LOC span of a lone feature word is no place (`the far-off Gulf`)', () => {
    const out = tagged('A multilateral hub would offer Europe better access than the far-off Gulf.', 'Gulf', 'LOC');
    assert.ok(!out.toponyms?.some((p) => /gulf/i.test(p.name)));
  });
});
