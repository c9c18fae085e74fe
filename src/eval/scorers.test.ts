import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActorRecord, DateRecord, QuoteRecord } from '../model/record.js';
import { emptyDateCounts, dateReport, scoreDates } from './dates.js';
import { emptyEntityCounts, entityReport, scoreEntities, type TypedSpan } from './entities.js';
import { matchOneToOne, overlapLength } from './match.js';
import { prf } from './metrics.js';
import { emptyPlaceCounts, placeReport, scorePlaces, type GoldToponym } from './places.js';
import { emptyQuoteCounts, hasDoubledQuoteMarks, quoteReport, scoreQuotes, type GoldQuote } from './quotes.js';

// From the founding dispatch (shared/seed), quoted: short sentences are enough for known scores.
const TEXT = 'WASHINGTON (Reuters) - The ninth round of negotiations ended in Doha, Taliban spokesman Suhail Shahin said.';
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};

describe('prf', () => {
  it('gives null, not 0 or 1, where there is nothing to divide by', () => {
    assert.deepEqual(prf({ tp: 0, gold: 3, pred: 0 }), { tp: 0, gold: 3, pred: 0, precision: null, recall: 0, f1: 0 });
    assert.equal(prf({ tp: 0, gold: 0, pred: 0 }).f1, null);
    assert.equal(prf({ tp: 1, gold: 2, pred: 1 }).f1, 2 / 3);
  });
});

describe('matchOneToOne', () => {
  it('finds the largest matching whatever the order of the gold items', () => {
    // gold 0 fits pred 0 or 1 (pred 0 better), gold 1 fits pred 0 only: both must be matched.
    const scores = [[5, 1], [3, 0]];
    assert.deepEqual(matchOneToOne(2, 2, (g, p) => scores[g][p]), [1, 0]);
  });
  it('never gives one prediction to two gold items', () => {
    assert.deepEqual(matchOneToOne(2, 1, () => 1), [0, -1]);
  });
});

describe('scoreEntities', () => {
  const gold: TypedSpan[] = [
    { ...at('WASHINGTON'), type: 'LOC' },
    { ...at('Doha'), type: 'LOC' },
    { ...at('Taliban'), type: 'ORG' },
    { ...at('Suhail Shahin'), type: 'PER' },
    { ...at('Reuters'), type: 'ORG' },
  ];
  const run = (pred: TypedSpan[]) => {
    const c = emptyEntityCounts();
    const errors = scoreEntities(gold, pred, c, 'seed', TEXT);
    return { report: entityReport(c), errors };
  };

  it('scores a perfect system 1.0 exact and overlap', () => {
    const { report, errors } = run(gold.map((e) => ({ ...e })));
    assert.equal(report.exact.micro.f1, 1);
    assert.equal(report.overlap.micro.f1, 1);
    assert.equal(report.exact.PER.precision, 1);
    assert.deepEqual(errors, []);
  });

  it('scores an empty system 0 recall and no precision', () => {
    const { report, errors } = run([]);
    assert.equal(report.exact.micro.recall, 0);
    assert.equal(report.exact.micro.precision, null);
    assert.equal(report.exact.micro.f1, 0);
    assert.equal(errors.filter((e) => e.kind === 'miss').length, 5);
  });

  it('counts a shifted span as an overlap match but not an exact one', () => {
    const shifted = { ...at('spokesman Suhail'), type: 'PER' as const };
    const { report, errors } = run([shifted]);
    assert.equal(report.exact.PER.recall, 0);
    assert.equal(report.overlap.PER.recall, 1);
    assert.equal(report.overlap.PER.precision, 1);
    const miss = errors.find((e) => e.kind === 'miss' && e.what === 'PER "Suhail Shahin"');
    assert.match(miss?.note ?? '', /output PER "spokesman Suhail"/);
    assert.match(miss?.context ?? '', /Taliban spokesman \[Suhail Shahin\] said/);
  });

  it('does not count the right span with the wrong type', () => {
    const { report } = run([{ ...at('Taliban'), type: 'PER' }]);
    assert.equal(report.exact.ORG.tp, 0);
    assert.equal(report.overlap.ORG.tp, 0);
    assert.equal(report.exact.PER.precision, 0);
  });

  it('counts a duplicate prediction as an extra', () => {
    const doha = { ...at('Doha'), type: 'LOC' as const };
    const { report } = run([doha, { ...doha }]);
    assert.equal(report.exact.LOC.tp, 1);
    assert.equal(report.exact.LOC.precision, 0.5);
  });

  it('keeps MISC out of the micro average', () => {
    const c = emptyEntityCounts();
    scoreEntities([{ ...at('Taliban'), type: 'MISC' }], [], c);
    const report = entityReport(c);
    assert.equal(report.exact.MISC.recall, 0);
    assert.equal(report.exact.micro.gold, 0);
    assert.equal(report.exact.micro.recall, null);
  });
});

describe('scorePlaces', () => {
  const doha = at('Doha');
  const gold: GoldToponym[] = [
    { ...at('WASHINGTON'), lat: 38.8951, lon: -77.0364, geonameid: 4140963, toponymType: 'Literal' },
    { ...doha, lat: 25.2854, lon: 51.531, geonameid: 290030, toponymType: 'Literal' },
  ];
  const toponym = (span: { start: number; end: number }, placeId: string, lat: number | null, lon: number | null) => ({ ...span, placeId, name: TEXT.slice(span.start, span.end), lat, lon });

  it('scores detection by overlap and resolution on matched toponyms', () => {
    const c = emptyPlaceCounts();
    scorePlaces(gold, [
      toponym(at('WASHINGTON (Reuters)'), 'geonames:4140963', 38.9, -77.04),
      toponym(doha, 'geonames:1', 24.45, 54.38), // Abu Dhabi: about 300 km off
      toponym(at('ninth'), 'x', null, null),
    ], c, 'seed', TEXT);
    const r = placeReport(c);
    assert.equal(r.detection.recall, 1);
    assert.equal(r.detection.precision, 2 / 3);
    assert.deepEqual([r.within161km.correct, r.within161km.total], [1, 2]);
    assert.deepEqual([r.geonamesExact.correct, r.geonamesExact.total], [1, 2]);
    assert.equal(r.byType.Literal.recall, 1);
  });

  it('gives an empty system 0 recall and nothing to resolve', () => {
    const c = emptyPlaceCounts();
    scorePlaces(gold, [], c);
    const r = placeReport(c);
    assert.equal(r.detection.recall, 0);
    assert.equal(r.within161km.accuracy, null);
  });
});

describe('scoreQuotes', () => {
  // A real attribution from the seed, with speaker and quotation marks.
  const T = 'Taliban spokesman Suhail Shahin said "the agreement is coming soon", officials said.';
  const span = (s: string) => ({ start: T.indexOf(s), end: T.indexOf(s) + s.length });
  const content = span('the agreement is coming soon');
  const speakerSpan = span('Suhail Shahin');
  const gold: GoldQuote[] = [{ ...content, speaker: 'Suhail Shahin', speakerStart: speakerSpan.start, speakerEnd: speakerSpan.end, hasQuoteMarks: true }];
  const quote = (over: Partial<QuoteRecord>): QuoteRecord => ({ ...content, text: T.slice(content.start, content.end), direct: true, speaker: null, cue: null, channel: null, ...over });
  const actors: ActorRecord[] = [{
    id: 'kb:SUHAIL_SHAHIN', name: 'Suhail Shahin', type: 'person', country: null, sector: null, role: null, affiliation: null,
    mentions: [{ ...speakerSpan, text: 'Suhail Shahin', how: 'stated' }],
  }];

  it('scores content overlap and speaker by span', () => {
    const c = emptyQuoteCounts();
    scoreQuotes(gold, [quote({ speaker: { ...span('Shahin'), actor: null, text: 'Shahin', how: 'stated' } })], [], c, 'x', T);
    const r = quoteReport(c);
    assert.equal(r.all.f1, 1);
    assert.equal(r.quoted.f1, 1);
    assert.equal(r.all.speaker.accuracy, 1);
  });

  it('accepts a speaker resolved to the actor mentioned at the gold speaker span', () => {
    const c = emptyQuoteCounts();
    // The speaker span points elsewhere (a pronoun, say) but resolves to the right actor.
    scoreQuotes(gold, [quote({ speaker: { ...span('officials'), actor: 'kb:SUHAIL_SHAHIN', text: 'officials', how: 'inferred:coref' } })], actors, c, 'x', T);
    assert.equal(quoteReport(c).all.speaker.accuracy, 1);
  });

  it('counts a wrong speaker as a matched quote with a wrong speaker', () => {
    const c = emptyQuoteCounts();
    const errors = scoreQuotes(gold, [quote({ speaker: { ...span('officials'), actor: null, text: 'officials', how: 'stated' } })], actors, c, 'x', T);
    const r = quoteReport(c);
    assert.equal(r.all.recall, 1);
    assert.equal(r.all.speaker.accuracy, 0);
    assert.match(errors[0].note ?? '', /output speaker "officials"/);
  });

  it('scores reported speech only in the "all" set, not the quoted one', () => {
    const c = emptyQuoteCounts();
    scoreQuotes(gold, [quote({ direct: false })], [], c);
    const r = quoteReport(c);
    assert.equal(r.all.recall, 1);
    assert.equal(r.quoted.recall, 0);
    assert.equal(r.quoted.precision, null);
  });

  it('matches the fragments of a split quote', () => {
    const c = emptyQuoteCounts();
    const g: GoldQuote = { start: 0, end: 40, fragments: [[0, 10], [30, 40]], hasQuoteMarks: true };
    scoreQuotes([g], [quote({ start: 12, end: 28 })], [], c);
    assert.equal(quoteReport(c).all.recall, 0, 'the gap between fragments is not the quote');
    scoreQuotes([g], [quote({ start: 32, end: 45 })], [], c);
    assert.equal(quoteReport(c).all.tp, 1);
  });

  it('counts `"A," he said. "B."` as one attribution when B continues A, as PolNeAR does', () => {
    const S = '"We are ready," he said. "But not at any price."';
    const at = (s: string) => ({ start: S.indexOf(s), end: S.indexOf(s) + s.length, text: s });
    const a = at('We are ready');
    const b = at('But not at any price');
    const g: GoldQuote = { start: a.start, end: b.end, fragments: [[a.start, a.end], [b.start, b.end]], hasQuoteMarks: true };
    const apart = emptyQuoteCounts();
    scoreQuotes([g], [quote(a), quote(b)], [], apart, 'x', S);
    assert.equal(quoteReport(apart).quoted.precision, 0.5, 'unlinked, the second quote is an extra');
    const linked = emptyQuoteCounts();
    scoreQuotes([g], [quote(a), quote({ ...b, continues: 0 })], [], linked, 'x', S);
    assert.equal(quoteReport(linked).quoted.f1, 1);
  });
});

describe('scoreDates', () => {
  const T = 'Last month the Qatari capital hosted a meeting; talks ended on Tuesday after about a year.';
  const span = (s: string) => ({ start: T.indexOf(s), end: T.indexOf(s) + s.length });
  const date = (s: string, kind: DateRecord['kind'], value: string | null): DateRecord => ({ ...span(s), text: s, kind, value, how: 'stated' });
  const gold = [
    { ...span('Last month'), value: '2019-08', type: 'DATE' },
    { ...span('on Tuesday'), value: '2019-09-03', type: 'DATE' },
    { ...span('about a year'), value: 'P1Y', type: 'DURATION' },
  ];

  it('scores spans by overlap and values on matched spans, per TIMEX type', () => {
    const c = emptyDateCounts();
    const errors = scoreDates(gold, [
      date('Last month', 'date', '2019-08'),
      date('Tuesday', 'date', '2019-09-10'),
      date('a year', 'date', '2020-09-03'),
    ], c, 'x', T);
    const r = dateReport(c);
    assert.equal(r.recall, 1);
    assert.equal(r.precision, 1);
    assert.deepEqual([r.value.correct, r.value.total], [1, 3]);
    assert.equal(r.byType.DURATION.recall, 0, 'a duration output as a date is not a DURATION hit');
    assert.equal(r.byType.DATE.precision, 2 / 3);
    assert.ok(errors.some((e) => e.note === 'output 2019-09-10'));
  });

  it('treats an unresolved value as right only where the gold is unresolved too', () => {
    const c = emptyDateCounts();
    scoreDates([{ ...span('on Tuesday'), value: null, type: 'DATE' }, gold[0]], [date('on Tuesday', 'date', null), date('Last month', 'date', null)], c);
    assert.deepEqual([dateReport(c).value.correct, dateReport(c).value.total], [1, 2]);
  });

  it('scores an empty system 0 recall', () => {
    const c = emptyDateCounts();
    scoreDates(gold, [], c);
    assert.equal(dateReport(c).recall, 0);
    assert.equal(overlapLength(span('on Tuesday'), span('Tuesday')), 7);
  });
});

describe('quotes: doubled quotation marks', () => {
  it('counts an attribution in doubled marks as quoted, even where the converted gold flag missed it', () => {
    const text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.";
    assert.equal(hasDoubledQuoteMarks(text, { start: 0, end: text.length }), true);
    assert.equal(hasDoubledQuoteMarks("He said it isn't reform.", { start: 0, end: 24 }), false);
  });
});
