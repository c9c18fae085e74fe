import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FigureRecord } from '../../model/record.js';
import { docFor, type PlaceSpec } from '../../../test/layers.js';
import { figuresStage } from './index.js';

function figures(text: string, places: PlaceSpec[] = []): FigureRecord[] {
  return figuresStage.run(docFor(text, { places })).figures ?? [];
}

/** Real phrasings from the seed and the development corpus. */
const cases: { text: string; evidence: string; want: Partial<FigureRecord> }[] = [
  { text: 'There are more than 20,000 foreign troops, mostly US troops, on Afghan soil.', evidence: 'more than 20,000 foreign troops', want: { quantity: 20000, qualifier: 'more than', what: 'foreign troops' } },
  { text: 'The US envoy said on Tuesday, after the ninth round of negotiations ended in Doha.', evidence: 'ninth round', want: { quantity: 9, ordinal: true } },
  { text: 'The U.S. Congress is considering a proposal to spend some 500 mln dlrs to build another railroad.', evidence: 'some 500 mln dlrs', want: { quantity: 500000000, qualifier: 'some', unit: 'USD' } },
  { text: 'Russian air strikes on Syria have killed nearly 1,400 civilians.', evidence: 'nearly 1,400 civilians', want: { quantity: 1400, qualifier: 'nearly', what: 'civilians' } },
  { text: 'The war has killed more than a quarter of a million people.', evidence: 'more than a quarter of a million people', want: { quantity: 250000, qualifier: 'more than', what: 'people' } },
  { text: 'China claims most of the waters, through which $5 trillion in ship-borne trade passes every year.', evidence: '$5 trillion', want: { quantity: 5e12, unit: 'USD' } },
  { text: 'Two-thirds of respondents also said they did not believe the negotiations would lead to lasting peace.', evidence: 'Two-thirds of respondents', want: { quantity: 0.667, what: 'of respondents' } },
  { text: 'Russia currently controls about 19 percent of Ukraine.', evidence: 'about 19 percent', want: { quantity: 19, qualifier: 'about', unit: 'percent' } },
  { text: 'The 17-strong team included the head of the committee.', evidence: '17-strong team', want: { quantity: 17, what: 'team' } },
  { text: 'France has seized two of those tankers, and the US seized a second tanker on Monday.', evidence: 'a second tanker', want: { quantity: 2, ordinal: true } },
  { text: 'France has seized two of those tankers.', evidence: 'two of those tankers', want: { quantity: 2, what: 'of tankers' } },
  { text: 'Russia unleashed a barrage of 396 attack drones, its second large-scale blow in six days.', evidence: 'second large-scale blow', want: { quantity: 2, ordinal: true } },
];

describe('figures: real phrasings', () => {
  for (const c of cases) {
    it(c.evidence, () => {
      const at = c.text.indexOf(c.evidence);
      const f = figures(c.text).find((x) => x.evidence.start < at + c.evidence.length && at < x.evidence.end && (c.want.ordinal ? x.ordinal : !x.ordinal));
      assert.ok(f, JSON.stringify(figures(c.text)));
      for (const [k, v] of Object.entries(c.want)) assert.deepEqual(f[k as keyof FigureRecord], v, k);
    });
  }

  it('splits a range into its two bounds', () => {
    const out = figures('Russia is believed to be using a shadow fleet estimated at between 400 and 1,000 oil tankers.');
    assert.deepEqual(out.map((f) => [f.quantity, f.qualifier, f.what]), [
      [400, 'between (lower bound)', 'oil tankers'],
      [1000, 'between (upper bound)', 'oil tankers'],
    ]);
  });

  it('keeps a currency conversion as a figure of its own', () => {
    const out = figures("Ukraine's European allies pledged 38 billion euros ($44.7bn) in military aid this year.");
    assert.deepEqual(out.map((f) => [f.quantity, f.unit]), [[38e9, 'EUR'], [44.7e9, 'USD']]);
  });

  it('a date that only clips a number does not hide it', () => {
    const text = 'Russian recruitment levels of about 40,000 a month.';
    const out = figuresStage.run(docFor(text, { dates: [{ surface: '000 a', value: '2026-02-20T00:00', kind: 'time' }] })).figures ?? [];
    assert.deepEqual(out.map((f) => [f.quantity, f.qualifier]), [[40000, 'about']]);
  });

  it('places a figure where the text does', () => {
    const out = figures('Another attack had left 3,500 apartment buildings without heat in Kyiv alone.', [{ id: 'geonames:703448', name: 'Kyiv', surfaces: ['Kyiv'] }]);
    assert.equal(out[0].place, 'geonames:703448');
  });
});
