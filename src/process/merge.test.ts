/**
 * Cross-article merging on hand-made reports: when two reports are one happening, and (the
 * negative cases) when they are not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../model/record.js';
import type { ArticleRef } from '../store/types.js';
import { mergeActors } from './actors.js';
import { bounds, datesMeet, eventDate } from './dates.js';
import { conflicting, mergeEvents, outletKey } from './events.js';
import { buildTracks } from './tracks.js';
import type { EventFact } from './input.js';

const SENTENCE = 'The ninth round of negotiations ended in Doha.';

function article(id: string, published: string | null, outlet: string | null = 'Reuters'): ArticleRef {
  return { id, source: id, url: null, outlet, title: null, published };
}

function fact(articleId: string, over: Partial<EventRecord> = {}): EventFact {
  return {
    articleId, idx: 0, stage: 'events', stageVersion: '1',
    evidence: { start: 0, end: SENTENCE.length, text: SENTENCE, sentence: SENTENCE },
    event: {
      id: 'e', type: 'CONSULT', mode: null, cameo: null, source: ['kb:USA'], target: ['kb:TALIBAN'], host: [], place: 'geonames:290030',
      date: { value: null, how: 'stated' }, negotiation: true, round: 9, status: 'ended', negated: false,
      evidence: { start: 0, end: 10 }, confidence: 1, ...over,
    },
  };
}

function merge(facts: EventFact[], arts: ArticleRef[]) {
  return mergeEvents(facts, new Map(arts.map((a) => [a.id, a])), mergeActors([]));
}

describe('dates of reports', () => {
  it('reads day, ISO week, month and year precision', () => {
    assert.deepEqual(bounds('2016-W05'), ['2016-02-01', '2016-02-07']);
    assert.deepEqual(bounds('2016-02'), ['2016-02-01', '2016-02-29']);
    assert.deepEqual(bounds('2019'), ['2019-01-01', '2019-12-31']);
    assert.equal(bounds('2026/2027'), null);
  });

  it('a month-dated and a week-dated report of talks spanning the turn of the month meet', () => {
    assert.ok(datesMeet(eventDate('2016-01', null), eventDate('2016-W05', null)));
  });

  it('days a week apart do not meet; an unknown date meets only an unknown date', () => {
    assert.ok(!datesMeet(eventDate('2019-09-03', null), eventDate('2019-09-10', null)));
    assert.ok(!datesMeet(eventDate(null, null), eventDate('2019-09-03', null)));
    assert.ok(datesMeet(eventDate(null, null), eventDate(null, null)));
  });

  it("without a stated date the report's own date stands in, marked as inferred", () => {
    const d = eventDate(null, '2019-09-03');
    assert.equal(d.how, 'inferred:published');
    assert.ok(datesMeet(d, eventDate('2019-09-01', null)));
  });
});

describe('events across articles', () => {
  const a = article('sha256:a', '2019-09-03');
  const b = article('sha256:b', '2019-09-04', 'AP');

  it('the same round from two outlets is one event with two sources', () => {
    const [e, ...rest] = merge([fact(a.id), fact(b.id, { source: ['kb:TALIBAN'], target: ['kb:USA'] })], [a, b]);
    assert.equal(rest.length, 0);
    assert.equal(e.reports.length, 2);
    assert.equal(e.outlets, 2);
  });

  it('keeps apart: another round, another place, another type, a negated report, dates far apart, one shared party of two', () => {
    const cases: Partial<EventRecord>[] = [
      { round: 8 },
      { place: 'geonames:3143244' },
      { type: 'AGREE' },
      { negated: true },
      { date: { value: '2019-06-01', how: 'stated' } },
      { target: ['kb:AFG_GOV'] },
    ];
    for (const over of cases) assert.equal(merge([fact(a.id), fact(b.id, over)], [a, b]).length, 2, JSON.stringify(over));
  });

  it('an announced meeting and a held one join only when both reports date them', () => {
    assert.equal(merge([fact(a.id, { round: null }), fact(b.id, { round: null, status: 'expected' })], [a, b]).length, 2);
    const dated = { value: '2019-09-03', how: 'stated' as const };
    assert.equal(merge([fact(a.id, { round: null, date: dated }), fact(b.id, { round: null, status: 'expected', date: dated })], [a, b]).length, 1);
  });

  it('a report naming one party joins a two-party report only on the same place or round', () => {
    assert.equal(merge([fact(a.id, { round: null, place: null }), fact(b.id, { round: null, place: null, target: [] })], [a, b]).length, 2);
    assert.equal(merge([fact(a.id), fact(b.id, { target: [] })], [a, b]).length, 1);
  });

  it('a phone call and talks between the same sides are two happenings; a report without a mode joins either', () => {
    const phone = fact(a.id, { mode: 'phone', round: null });
    assert.equal(merge([phone, fact(b.id, { mode: 'third-party', round: null })], [a, b]).length, 2);
    assert.equal(merge([phone, fact(b.id, { mode: null, round: null })], [a, b]).length, 1);
  });

  it('two reports in one article are two happenings', () => {
    assert.equal(merge([fact(a.id), { ...fact(a.id), idx: 1 }], [a]).length, 2);
  });

  it('ended vs postponed is a conflict; expected then occurred is not', () => {
    assert.ok(conflicting(['ended', 'postponed']));
    assert.ok(!conflicting(['expected', 'occurred']));
    const [e] = merge([fact(a.id), fact(b.id, { status: 'postponed' })], [a, b]);
    assert.equal(e.conflict, true);
  });

  it('the event id does not depend on the order the reports arrive in', () => {
    const one = merge([fact(a.id), fact(b.id)], [a, b])[0].id;
    const two = merge([fact(b.id), fact(a.id)], [b, a])[0].id;
    assert.equal(one, two);
  });

  it('outlets are told apart by name, else by the URL host', () => {
    assert.equal(outletKey(article('x', null, 'MailOnline (Daily Mail)')), 'mailonline');
    assert.equal(outletKey({ ...article('x', null, null), url: 'https://www.reuters.com/a' }), 'reuters.com');
  });
});

describe('actors across articles', () => {
  const base = { type: 'person' as const, country: null, sector: null, role: null, mentions: 1 };
  it('a knowledge-base actor is one actor; a new actor merges on name and affiliation only', () => {
    const m = mergeActors([
      { ...base, articleId: 'a', localId: 'kb:TALIBAN', name: 'Taliban', affiliation: null },
      { ...base, articleId: 'b', localId: 'kb:TALIBAN', name: 'the Taliban', affiliation: null },
      { ...base, articleId: 'a', localId: 'new:x', name: 'Abdul Ghani', affiliation: 'kb:TALIBAN' },
      { ...base, articleId: 'b', localId: 'new:y', name: 'abdul ghani', affiliation: 'kb:TALIBAN' },
      { ...base, articleId: 'c', localId: 'new:x', name: 'Abdul Ghani', affiliation: 'kb:AFG_GOV' },
    ]);
    assert.equal(m.actors.get('kb:TALIBAN')?.articles.size, 2);
    assert.equal(m.resolve('a', 'new:x'), m.resolve('b', 'new:y'));
    assert.notEqual(m.resolve('a', 'new:x'), m.resolve('c', 'new:x'));
  });

  it('a new id without an actor record stays inside its article', () => {
    const m = mergeActors([]);
    assert.notEqual(m.resolve('sha256:aaaaaaaaaa', 'new:envoy'), m.resolve('sha256:bbbbbbbbbb', 'new:envoy'));
    assert.equal(m.resolve('sha256:aaaaaaaaaa', 'kb:QAT'), 'kb:QAT');
  });
});

describe('tracks from events', () => {
  const base = { country: null, sector: null, role: null, mentions: 1 };
  const a = article('sha256:a', '1987-03-26');
  const lobito = { id: 'geonames:2240449', name: 'Lobito', country: 'AO', kind: 'city' as const, lat: null, lon: null };
  const benguela = { id: 'geonames:3351663', name: 'Benguela', country: 'AO', kind: 'city' as const, lat: null, lon: null };
  const places = new Map([[lobito.id, lobito], [benguela.id, benguela]]);

  it('an unknown actor named like a place is no side ("offered to reopen the Benguela railroad"); a person stands for their group', () => {
    const actors = mergeActors([
      { ...base, articleId: a.id, localId: 'kb:UNITA', name: 'UNITA', type: 'armed group', affiliation: null },
      { ...base, articleId: a.id, localId: 'new:benguela', name: 'Benguela', type: 'other', affiliation: null },
      { ...base, articleId: a.id, localId: 'kb:AGO_GOV', name: 'Government of Angola', type: 'government', affiliation: null },
      { ...base, articleId: a.id, localId: 'new:savimbi', name: 'Jonas Savimbi', type: 'person', affiliation: 'kb:UNITA' },
    ]);
    const offer = fact(a.id, { type: 'AGREE', source: ['kb:UNITA', 'new:benguela'], target: [], place: lobito.id, round: null, status: 'proposed' });
    const talks = { ...fact(a.id, { source: ['new:savimbi'], target: ['kb:AGO_GOV'], place: lobito.id, round: null, status: 'expected' }), idx: 1 };
    const events = mergeEvents([offer, talks], new Map([[a.id, a]]), actors);
    const tracks = buildTracks(events, actors, places);
    assert.deepEqual(tracks.map((t) => t.id), ['track:ago-gov+unita']);
    assert.deepEqual(tracks[0].parties.map((p) => p.id).sort(), ['kb:AGO_GOV', 'kb:UNITA']);
  });

  it('talks reported without their sides take them from the article\'s one pair with a position on talks, and only then', () => {
    const actors = mergeActors([
      { ...base, articleId: a.id, localId: 'kb:TALIBAN', name: 'Taliban', type: 'armed group', affiliation: null },
      { ...base, articleId: a.id, localId: 'kb:AFG_GOV', name: 'Government of Afghanistan', type: 'government', affiliation: null },
      { ...base, articleId: a.id, localId: 'kb:USA', name: 'United States', type: 'state', affiliation: null },
    ]);
    // "peace talks between Afghan forces, which is expected to be held in the Norwegian capital Oslo"
    const oslo = fact(a.id, { source: [], target: [], place: 'geonames:3143244', round: null, status: 'expected' });
    const events = mergeEvents([oslo], new Map([[a.id, a]]), actors);
    const refusal = [['kb:TALIBAN', 'kb:AFG_GOV'] as const];
    assert.deepEqual(buildTracks(events, actors, places, () => refusal).map((t) => t.id), ['track:afg-gov+taliban']);
    assert.deepEqual(buildTracks(events, actors, places).map((t) => t.id), [], 'no positions: no sides');
    const two = [['kb:TALIBAN', 'kb:AFG_GOV'] as const, ['kb:USA', 'kb:TALIBAN'] as const];
    assert.deepEqual(buildTracks(events, actors, places, () => two).map((t) => t.id), [], 'two pairs: which talks is unknown');
  });

  it("an agreement's kind and lifecycle come from its reports: the named kind, the furthest stage", () => {
    const actors = mergeActors([
      { ...base, articleId: 'sha256:b', localId: 'kb:ARM', name: 'Armenia', type: 'state', affiliation: null },
      { ...base, articleId: 'sha256:b', localId: 'kb:AZE', name: 'Azerbaijan', type: 'state', affiliation: null },
    ]);
    const b = article('sha256:b', '2025-08-08');
    const c = article('sha256:c', '2025-08-09', 'AP');
    const deal = { type: 'AGREE' as const, source: ['kb:ARM', 'kb:AZE'], target: [], place: null, round: null, date: { value: '2025-08-08', how: 'stated' as const } };
    // "Armenia and Azerbaijan agreed a deal on Friday"; the next day: "the peace agreement they signed on Friday".
    const first = fact(b.id, { ...deal, status: 'occurred', agreement: { kind: 'other', stage: 'agreed', how: 'inferred:status', evidence: { start: 0, end: 4 } } });
    const second = fact(c.id, { ...deal, status: 'occurred', agreement: { kind: 'peace agreement', stage: 'signed', how: 'stated', evidence: { start: 0, end: 4 } } });
    const tracks = buildTracks(mergeEvents([first, second], new Map([[b.id, b], [c.id, c]]), actors), actors, new Map());
    assert.deepEqual(tracks.flatMap((t) => t.agreements.map((x) => [x.kind, x.lifecycle, x.sourceCount])), [['peace agreement', 'signed', 2]]);
    // A report that says nothing of the agreement's kind or stage leaves both unknown.
    const bare = buildTracks(mergeEvents([fact(b.id, { ...deal, status: 'occurred' })], new Map([[b.id, b]]), actors), actors, new Map());
    assert.deepEqual(bare.flatMap((t) => t.agreements.map((x) => [x.kind, x.lifecycle])), [[null, null]]);
  });
});
