/**
 * The fact matcher is the yardstick for all other work, so it is tested on the real gold: a
 * "system" that outputs exactly the gold must score 1.0 on every kind of every gold file, and
 * each way of being wrong must cost what the rules say.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { needsShared, SEED_ARTICLE, SEED_EXPECTED, SHARED } from '../../../test/shared.js';
import { makeArticle } from '../../ingest/article.js';
import { readJson } from '../../ingest/json.js';
import type { Doc } from '../../model/doc.js';
import type { ActorRecord, PlaceKind, PlaceRecord } from '../../model/record.js';
import { FACT_KINDS, idList, resolveFacts, type FactGoldFile, type ResolvedFacts } from './gold.js';
import { inventedDates, scoreFacts, statesItsValue, withoutReference } from './score.js';

const kb = (id: string) => `kb:${id}`;

/** The Doc a perfect pipeline would produce for this gold. */
function perfectDoc(text: string, g: ResolvedFacts): Doc {
  const placeId = (name: string) => `test:${name}`;
  return {
    article: makeArticle({ text }),
    stages: [],
    errors: [],
    actors: g.actors.map((a): ActorRecord => ({
      id: kb(a.id), name: a.name ?? a.id, type: 'other', country: null, sector: null, role: null, affiliation: null,
      mentions: a.spans.map((s) => ({ ...s, text: text.slice(s.start, s.end), how: 'stated' })),
    })),
    places: g.places.map((p): PlaceRecord => ({
      id: placeId(p.name), name: p.name, country: p.country ?? null, kind: (p.kind ?? 'city') as PlaceKind,
      lat: p.lat ?? null, lon: p.lon ?? null, mentions: p.spans.map((s) => ({ ...s, text: text.slice(s.start, s.end), how: 'stated' })),
    })),
    dates: g.dates.map((d) => ({ ...d.spans[0], text: text.slice(d.spans[0].start, d.spans[0].end), kind: 'date', value: d.value, how: 'stated' })),
    quotes: g.quotes.map((q) => {
      const speaker = idList(q.speaker)[0];
      return {
        ...q.spans[0], text: text.slice(q.spans[0].start, q.spans[0].end), direct: q.direct ?? false, cue: null, channel: null,
        speaker: speaker ? { start: 0, end: 0, text: speaker, actor: kb(speaker), how: 'stated' } : null,
      };
    }),
    events: g.events.map((e, i) => ({
      id: `e${i}`, type: e.type as never, mode: null, cameo: null,
      source: [...idList(e.parties), ...idList(e.source)].map(kb), target: idList(e.target).map(kb), host: idList(e.host).map(kb),
      place: e.place ? placeId(idList(e.place)[0]) : null, date: { value: null, how: 'stated' }, negotiation: false, round: null,
      status: 'occurred', negated: false, evidence: e.spans[0], confidence: 1,
    })),
    demands: g.demands.map((d) => ({
      holder: idList(d.holder)[0] ? kb(idList(d.holder)[0]) : null,
      addressee: d.addressee ? kb(idList(d.addressee)[0]) : null,
      kind: 'demand', issue: d.issue ?? '', content: { ...d.spans[0], text: '' }, condition: null, evidence: d.spans[0],
    })),
    figures: g.figures.map((f) => ({ quantity: f.quantity, qualifier: null, what: f.what ?? '', place: null, evidence: f.spans[0] })),
  };
}

function goldFiles(): { name: string; gold: FactGoldFile; text: string }[] {
  const out = [{ name: 'seed', gold: JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')), text: readFileSync(SEED_ARTICLE, 'utf8') }];
  const dir = join(SHARED, 'corpus', 'gold');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold: FactGoldFile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const path = join(SHARED, 'corpus', gold.article);
    out.push({ name: file, gold, text: readJson(path, readFileSync(path, 'utf8'))[0].text });
  }
  return out;
}

describe('scoreFacts on the real gold', { skip: needsShared('corpus', 'gold') }, () => {
  it('resolves every evidence of every gold file in its article', () => {
    for (const { name, gold, text } of goldFiles()) assert.doesNotThrow(() => resolveFacts(gold, text), name);
  });

  it('scores a perfect output 1.0 on every kind of every file', () => {
    for (const { name, gold, text } of goldFiles()) {
      const g = resolveFacts(gold, text);
      const scores = scoreFacts(g, perfectDoc(text, g));
      for (const kind of FACT_KINDS) {
        const r = scores.kinds[kind];
        if (r.gold === 0) continue;
        assert.equal(r.recall, 1, `${name} ${kind} recall: ${JSON.stringify(r.misses.slice(0, 2))}`);
        assert.equal(r.precision, 1, `${name} ${kind} precision: ${JSON.stringify(r.extras.slice(0, 2))}`);
      }
      assert.equal(scores.actorMentions.accuracy, 1, name);
    }
  });

  it('scores an empty output 0 recall with no precision', () => {
    const { gold, text } = goldFiles()[0];
    const scores = scoreFacts(resolveFacts(gold, text), { article: makeArticle({ text }), stages: [], errors: [] });
    for (const kind of FACT_KINDS) {
      assert.equal(scores.kinds[kind].recall, 0, kind);
      assert.equal(scores.kinds[kind].precision, null, kind);
      assert.equal(scores.kinds[kind].misses.length, scores.kinds[kind].gold);
    }
  });
});

describe('scoreFacts, what each mistake costs', { skip: needsShared('seed') }, () => {
  const text = readFileSync(SEED_ARTICLE, 'utf8');
  const gold = resolveFacts(JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')), text);
  const perfect = () => perfectDoc(text, gold);

  it('pairs actors with other ids through their mentions, one to one', () => {
    const doc = perfect();
    const renamed = doc.actors!.map((a) => ({ ...a, id: a.id.replace('kb:', 'new:') }));
    const scores = scoreFacts(gold, { ...doc, actors: [...renamed, { ...renamed[0], id: 'new:dup' }] });
    assert.equal(scores.kinds.actors.recall, 1);
    assert.equal(scores.kinds.actors.extras.length, 1, 'a second actor on the same mentions is an extra');
    assert.ok(scores.actorMap.every((p) => p.how === 'mentions'));
  });

  it('counts quotes by speaker, whichever id our actor has', () => {
    const doc = perfect();
    const renamed = doc.actors!.map((a) => ({ ...a, id: a.id.replace('kb:', 'new:') }));
    const quotes = doc.quotes!.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, actor: q.speaker.actor!.replace('kb:', 'new:') } }));
    assert.equal(scoreFacts(gold, { ...doc, actors: renamed, quotes }).kinds.quotes.recall, 1);
    const wrong = doc.quotes!.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, actor: 'kb:USA' } }));
    const r = scoreFacts(gold, { ...doc, quotes: wrong }).kinds.quotes;
    assert.equal(r.recall, 0, 'every seed quote is by someone else than the US as such');
    assert.match(r.misses[0].near ?? '', /speaker: kb:USA \(USA\), not ZALMAY_KHALILZAD/);
    assert.equal(r.evidenceOnly, 4, 'the words were found');
  });

  it('does not credit a speaker resolved to another gold actor, even on the same words', () => {
    const doc = perfect();
    // "Taliban spokesman Suhail Shahin said ...": our speaker is the Taliban, on the word "Taliban",
    // which lies inside the gold mention of Suhail Shahin.
    const taliban = text.indexOf('Taliban spokesman Suhail Shahin');
    const quotes = doc.quotes!.map((q) =>
      q.speaker?.actor === 'kb:SUHAIL_SHAHIN' ? { ...q, speaker: { start: taliban, end: taliban + 7, text: 'Taliban', actor: 'kb:TALIBAN', how: 'stated' as const } } : q);
    const r = scoreFacts(gold, { ...doc, quotes }).kinds.quotes;
    assert.equal(r.tp, 3);
    assert.match(r.misses[0].near ?? '', /speaker: kb:TALIBAN \(TALIBAN\), not SUHAIL_SHAHIN/);
    const unresolved = doc.quotes!.map((q) =>
      q.speaker?.actor === 'kb:SUHAIL_SHAHIN' ? { ...q, speaker: { start: taliban + 18, end: taliban + 31, text: 'Suhail Shahin', actor: null, how: 'stated' as const } } : q);
    assert.equal(scoreFacts(gold, { ...doc, quotes: unresolved }).kinds.quotes.tp, 4, 'an unresolved speaker on the gold speaker\'s words counts');
  });

  it('needs the evidence to overlap, not only the key', () => {
    const doc = perfect();
    const figures = doc.figures!.map((f) => ({ ...f, evidence: { start: 0, end: 10 } }));
    const r = scoreFacts(gold, { ...doc, figures }).kinds.figures;
    assert.equal(r.recall, 0);
    assert.equal(r.precision, 0);
    assert.equal(r.extras[0].evidence, 'WASHINGTON');
  });

  it('matches places by distance within the tolerance, and countries by code', () => {
    const doc = perfect();
    const moved = doc.places!.map((p) => (p.name === 'Doha' ? { ...p, lat: p.lat! + 0.1 } : p.name === 'Kabul' ? { ...p, lat: p.lat! + 1 } : p));
    const r = scoreFacts(gold, { ...doc, places: moved }).kinds.places;
    assert.equal(r.tp, 5, 'Doha 11 km off still counts; Kabul 111 km off does not');
    assert.match(r.misses[0].near ?? '', /Kabul is 111 km from Kabul \(tolerance 25 km\)/);
    const alpha3 = doc.places!.map((p) => (p.kind === 'country' ? { ...p, country: 'AFG' } : p));
    assert.equal(scoreFacts(gold, { ...doc, places: alpha3 }).kinds.places.recall, 1);
    const notCountry = doc.places!.map((p) => (p.kind === 'country' ? { ...p, kind: 'region' as const } : p));
    assert.equal(scoreFacts(gold, { ...doc, places: notCountry }).kinds.places.tp, 5);
  });

  it('checks event type, parties and place', () => {
    const doc = perfect();
    const e0 = doc.events![0]; // CONSULT USA+TALIBAN in Doha
    const variants = [
      { ...e0, type: 'AGREE' as const },
      { ...e0, source: ['kb:NATO'] },
      { ...e0, place: 'test:Oslo' },
      { ...e0, place: null },
    ];
    for (const v of variants) {
      const r = scoreFacts(gold, { ...doc, events: [v, ...doc.events!.slice(1)] }).kinds.events;
      assert.equal(r.tp, gold.events.length - 1, JSON.stringify(v));
    }
    const oneParty = { ...e0, source: ['kb:TALIBAN'], target: [] };
    assert.equal(scoreFacts(gold, { ...doc, events: [oneParty, ...doc.events!.slice(1)] }).kinds.events.recall, 1, 'sharing a party is enough');
    const byName = { ...e0, place: 'Doha' };
    assert.equal(scoreFacts(gold, { ...doc, events: [byName, ...doc.events!.slice(1)] }).kinds.events.recall, 1, 'a place name counts too');
  });

  it('checks demand holder and addressee', () => {
    const doc = perfect();
    const swapped = doc.demands!.map((d) => ({ ...d, holder: d.addressee, addressee: d.holder }));
    assert.equal(scoreFacts(gold, { ...doc, demands: swapped }).kinds.demands.tp, 0);
  });

  it('compares several addressees with a gold list: every one of ours must be listed', { skip: needsShared('corpus', 'gold') }, () => {
    // 005: `urged all parties to accept the terms of the deal`, gold USA → SYR_GOV + SYR_OPP.
    const g5 = goldFiles().find((f) => f.name === '005.json');
    assert.ok(g5, 'gold 005 is there');
    const resolved = resolveFacts(g5.gold, g5.text);
    const at = resolved.demands.findIndex((d) => idList(d.addressee).length === 2);
    assert.ok(at >= 0);
    const base = perfectDoc(g5.text, resolved);
    const score = (addressees: string[] | undefined, addressee: string | null) =>
      scoreFacts(resolved, { ...base, demands: base.demands!.map((d, i) => (i === at ? { ...d, addressee, addressees } : d)) }).kinds.demands.tp;
    const all = resolved.demands.length;
    const [a, b] = idList(resolved.demands[at].addressee).map(kb);
    assert.equal(score([a, b], a), all, 'both parties');
    assert.equal(score([b, a], b), all, 'in any order');
    assert.equal(score(undefined, a), all, 'one of them, as before');
    assert.equal(score([a, 'kb:USA'], a), all - 1, 'a party the gold does not list costs the match');
    assert.equal(score(undefined, null), all - 1, 'none is not the parties');
  });

  it('expects relative dates unresolved without a reference date, and counts invented ones', () => {
    const noRef = withoutReference(gold.dates, text);
    assert.deepEqual(noRef.map((d) => d.value), [null, null, null, null, 'P1Y']);
    const written = 'talks on 3 September 2019';
    assert.equal(statesItsValue({ value: '2019-09-03', evidence: '3 September 2019', spans: [{ start: 6, end: written.length }], index: 0 }, written), true);
    const doc = perfect();
    assert.equal(inventedDates(noRef, doc.dates!), 4, 'the perfect-with-reference output resolves 4 relative dates');
    assert.equal(inventedDates(noRef, doc.dates!.map((d) => ({ ...d, value: d.value?.startsWith('P') ? d.value : null }))), 0);
  });
});
