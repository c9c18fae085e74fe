import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { docOf } from '../../../test/doc.js';
import { needsShared, SEED_ARTICLE, SEED_EXPECTED } from '../../../test/shared.js';
import { extract } from '../../extract.js';
import type { PlaceRecord } from '../../model/record.js';
import { placesStage } from './index.js';

function places(text: string, published?: string): PlaceRecord[] {
  return placesStage.run(docOf({ text, published })).places ?? [];
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
    const without = placesStage.run(docOf(text)).places ?? [];
    assert.equal(without.length, 0, 'a small town alone, with no context, is not asserted');
    const withTagger = placesStage.run(docOf(text, {
      mentions: [{ start: at, end: at + 'Cottonport'.length, text: 'Cottonport', type: 'LOC', source: 'tagger', score: 0.9 }],
    })).places ?? [];
    assert.equal(withTagger[0]?.country, 'US');
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
