/**
 * Delegations across articles, on wire copy about the 2016 Geneva talks on Syria and the 2026
 * talks on Ukraine (written for these tests in the agencies' style): what an analyst checks on the
 * process page (who led each party's delegation, when, on how many reports; who sat on it; how
 * big it was) and, as negative cases, delegations that must not be joined to a process or to
 * each other.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DelegationRecord, EventRecord } from '../model/record.js';
import { formatProcess } from '../cli/process.js';
import { ingest } from '../store/ingest.js';
import { openSqliteStore } from '../store/open.js';
import type { ArticleRef, Store } from '../store/types.js';
import { needsShared, SHARED } from '../../test/shared.js';
import { consolidate } from './consolidate.js';
import { emptyFacts, type ActorFact, type DelegationFact, type EventFact, type FactSet } from './input.js';

const GENEVA = 'geonames:2660646';

interface Person { id: string; name: string; affiliation?: string }
interface Piece {
  text: string;
  published: string;
  outlet: string;
  people?: Person[];
  events?: (Partial<EventRecord> & { id: string; words: string })[];
  delegations?: { party: string; words: string; head?: string; members?: string[]; size?: number; talks?: string[] }[];
}

/** The facts of one article, every span found in its text. */
function article(n: number, p: Piece, facts: FactSet): ArticleRef {
  const ref: ArticleRef = { id: `sha256:${String(n).padStart(8, '0')}`, source: `wire-${n}.txt`, url: null, outlet: p.outlet, title: null, published: p.published };
  const at = (words: string) => {
    const start = p.text.indexOf(words);
    assert.ok(start >= 0, `"${words}" is in the text`);
    return { start, end: start + words.length };
  };
  const ev = (words: string) => ({ ...at(words), text: words, sentence: p.text });
  facts.articles.push(ref);
  facts.places.push({ articleId: ref.id, placeId: GENEVA, name: 'Geneva', country: 'CH', kind: 'city', lat: 46.2, lon: 6.15 });
  for (const person of p.people ?? []) {
    facts.actors.push({ articleId: ref.id, localId: person.id, name: person.name, type: 'person', country: null, sector: null, role: null, affiliation: person.affiliation ?? null, mentions: 1 } satisfies ActorFact);
  }
  for (const [idx, e] of (p.events ?? []).entries()) {
    const { words, ...over } = e;
    const event: EventRecord = {
      type: 'CONSULT', mode: null, cameo: null, source: [], target: [], host: [], place: GENEVA, date: { value: null, how: 'stated' },
      negotiation: true, round: null, status: 'occurred', negated: false, evidence: at(words), confidence: 1, ...over,
    };
    facts.events.push({ articleId: ref.id, idx, event, evidence: ev(words), stage: 'events', stageVersion: '1' } satisfies EventFact);
  }
  for (const [idx, d] of (p.delegations ?? []).entries()) {
    const name = (id: string) => (p.people ?? []).find((x) => x.id === id)?.name ?? id.replace(/^(kb|new):/, '');
    const delegate = (id: string) => ({ actor: id, ...at(name(id)), text: name(id) });
    const delegation: DelegationRecord = {
      party: d.party, head: d.head ? delegate(d.head) : null, members: (d.members ?? []).map(delegate), size: d.size ?? null,
      talks: d.talks ?? [], evidence: at(d.words), mentions: [at(d.words)],
    };
    facts.delegations!.push({ articleId: ref.id, idx, delegation, evidence: ev(d.words), sentences: {}, stage: 'events', stageVersion: '1' } satisfies DelegationFact);
  }
  return ref;
}

const ZOUBI = { id: 'kb:ASAAD_AL_ZOUBI', name: 'Asaad al-Zoubi', affiliation: 'kb:SYR_OPP_HNC' };
const HIJAB = { id: 'kb:RIAD_HIJAB', name: 'Riad Hijab', affiliation: 'kb:SYR_OPP_HNC' };
const ALLOUSH = { id: 'kb:MOHAMMED_ALLOUSH', name: 'Mohammed Alloush', affiliation: 'kb:SYR_OPP_HNC' };
const JAAFARI = { id: 'kb:BASHAR_AL_JAAFARI', name: "Bashar al-Jaafari", affiliation: 'kb:SYR_GOV' };
// Not in the knowledge base: an id that means something only inside its article.
const ARIDI = { id: 'new:YAHYA_AL_ARIDI', name: 'Yahya al-Aridi', affiliation: 'kb:SYR_OPP_HNC' };

/** The Geneva talks of 2016 in four dispatches, and two dispatches on Russian delegations in Geneva. */
function geneva(): FactSet {
  const facts = emptyFacts();
  article(1, {
    published: '2016-01-30', outlet: 'Reuters',
    text: "GENEVA (Reuters) - A delegation from Syria's main opposition group flew to Geneva on Saturday. The 17-strong team, headed by chief negotiator Asaad al-Zoubi, included Riad Hijab and spokesman Yahya al-Aridi.",
    people: [ZOUBI, HIJAB, ARIDI],
    events: [{ id: 'e1', source: ['kb:SYR_OPP_HNC'], date: { value: '2016-01-30', how: 'stated' }, words: 'flew to Geneva on Saturday' }],
    delegations: [{ party: 'kb:SYR_OPP_HNC', words: "delegation from Syria's main opposition group", head: ZOUBI.id, members: [HIJAB.id, ARIDI.id], size: 17, talks: ['e1'] }],
  }, facts);
  article(2, {
    published: '2016-02-01', outlet: 'AFP',
    text: "GENEVA (AFP) - The Syrian government and the opposition began indirect talks in Geneva on Monday. The government delegation, led by U.N. ambassador Bashar al-Jaafari, met U.N. envoy Staffan de Mistura first.",
    people: [JAAFARI],
    events: [{ id: 'e1', source: ['kb:SYR_GOV'], target: ['kb:SYR_OPP'], date: { value: '2016-02-01', how: 'stated' }, words: 'began indirect talks in Geneva on Monday' }],
    delegations: [{ party: 'kb:SYR_GOV', words: 'The government delegation', head: JAAFARI.id, talks: ['e1'] }],
  }, facts);
  article(3, {
    published: '2016-02-02', outlet: 'AP',
    text: 'GENEVA (AP) _ The opposition High Negotiations Committee met the U.N. envoy in Geneva on Tuesday. Its delegation chief Asaad al-Zoubi said spokesman Yahya al-Aridi would brief reporters.',
    people: [ZOUBI, ARIDI],
    events: [{ id: 'e1', source: ['kb:SYR_OPP_HNC'], date: { value: '2016-02-02', how: 'stated' }, words: 'met the U.N. envoy in Geneva on Tuesday' }],
    delegations: [{ party: 'kb:SYR_OPP_HNC', words: 'Its delegation', head: ZOUBI.id, members: [ARIDI.id], talks: ['e1'] }],
  }, facts);
  article(4, {
    published: '2016-04-14', outlet: 'Reuters',
    text: 'GENEVA (Reuters) - Government and opposition negotiators resumed talks in Geneva on Wednesday. The opposition sent a 15-member delegation to Geneva on Wednesday, now led by Mohammed Alloush.',
    people: [ALLOUSH],
    events: [
      { id: 'e1', source: ['kb:SYR_GOV'], target: ['kb:SYR_OPP'], date: { value: '2016-04-13', how: 'stated' }, words: 'resumed talks in Geneva on Wednesday' },
      { id: 'e2', source: ['kb:SYR_OPP_HNC'], date: { value: '2016-04-13', how: 'stated' }, words: 'sent a 15-member delegation to Geneva on Wednesday' },
    ],
    delegations: [{ party: 'kb:SYR_OPP_HNC', words: '15-member delegation', head: ALLOUSH.id, size: 15, talks: ['e2'] }],
  }, facts);
  // Negative cases: the same party months after the round; another country's delegation at the
  // same venue; two Russian delegations ten years apart.
  article(5, {
    published: '2017-02-23', outlet: 'Reuters',
    text: 'GENEVA (Reuters) - The opposition delegation arrived in Geneva on Thursday for a new round.',
    events: [{ id: 'e1', source: ['kb:SYR_OPP_HNC'], date: { value: '2017-02-23', how: 'stated' }, words: 'arrived in Geneva on Thursday' }],
    delegations: [{ party: 'kb:SYR_OPP_HNC', words: 'The opposition delegation', talks: ['e1'] }],
  }, facts);
  article(6, {
    published: '2016-02-03', outlet: 'TASS',
    text: 'GENEVA (TASS) - A Russian delegation held consultations in Geneva on Wednesday.',
    events: [{ id: 'e1', source: ['kb:RUS'], date: { value: '2016-02-03', how: 'stated' }, words: 'held consultations in Geneva on Wednesday' }],
    delegations: [{ party: 'kb:RUS', words: 'A Russian delegation', talks: ['e1'] }],
  }, facts);
  article(7, {
    published: '2026-02-18', outlet: 'AFP',
    text: "GENEVA (AFP) - Russia's 20-strong delegation, led by Vladimir Medinsky, held a second day of talks in Geneva on Wednesday.",
    people: [{ id: 'kb:VLADIMIR_MEDINSKY', name: 'Vladimir Medinsky', affiliation: 'kb:RUS' }],
    events: [{ id: 'e1', source: ['kb:RUS'], date: { value: '2026-02-18', how: 'stated' }, words: 'held a second day of talks in Geneva on Wednesday' }],
    delegations: [{ party: 'kb:RUS', words: "Russia's 20-strong delegation", head: 'kb:VLADIMIR_MEDINSKY', size: 20, talks: ['e1'] }],
  }, facts);
  return facts;
}

describe('delegations across articles', () => {
  const merged = consolidate(geneva());
  const syria = merged.processes.find((p) => p.parties.some((x) => x.id === 'kb:SYR_GOV'))!;
  const of = (party: string) => syria.delegations!.filter((d) => d.party.id === party);

  it('the Syrian talks make one process, and it holds the government and the opposition delegations', () => {
    assert.ok(syria, merged.processes.map((p) => p.name).join(', '));
    assert.deepEqual(syria.delegations!.map((d) => d.party.id).sort(), ['kb:SYR_GOV', 'kb:SYR_OPP_HNC']);
    assert.equal(of('kb:SYR_GOV')[0].trackIds[0], syria.tracks[0].id, 'its talks are a round of the track');
  });

  it("the opposition's heads over time: al-Zoubi on two reports, then Alloush; the latest size", () => {
    const [hnc] = of('kb:SYR_OPP_HNC');
    assert.deepEqual(hnc.heads.map((h) => [h.actor.name, h.firstDate, h.lastDate, h.reportCount]), [
      ['Asaad al-Zoubi', '2016-01-30', '2016-02-02', 2],
      ['Mohammed Alloush', '2016-04-13', '2016-04-13', 1],
    ]);
    assert.equal(hnc.size, 15);
    assert.equal(hnc.reportCount, 3);
    assert.deepEqual(hnc.sources.map((s) => [s.article.outlet, s.date, s.evidence.text, s.head?.name ?? null, s.size]), [
      ['Reuters', '2016-01-30', "delegation from Syria's main opposition group", 'Asaad al-Zoubi', 17],
      ['AP', '2016-02-02', 'Its delegation', 'Asaad al-Zoubi', null],
      ['Reuters', '2016-04-13', '15-member delegation', 'Mohammed Alloush', 15],
    ]);
    assert.deepEqual(hnc.heads[0].sources.map((s) => s.evidence.text), ['Asaad al-Zoubi', 'Asaad al-Zoubi']);
  });

  it('`parley process show` lists them, heads in order', () => {
    const text = formatProcess(syria);
    assert.match(text, /SYR OPP HNC: led by Asaad al-Zoubi \(2016-01-30 – 2016-02-02, 2 report\(s\)\), then Mohammed Alloush \(2016-04-13, 1 report\(s\)\); members: Riad Hijab, Yahya al-Aridi; size: 15; 3 report\(s\)/);
  });

  it('a person the knowledge base does not know, named in two articles, is one member with two reports', () => {
    const [hnc] = of('kb:SYR_OPP_HNC');
    assert.deepEqual(hnc.members.map((m) => [m.actor.name, m.reportCount]), [['Riad Hijab', 1], ['Yahya al-Aridi', 2]]);
    assert.equal(new Set(hnc.members.map((m) => m.actor.id)).size, 2);
  });

  it('the government delegation: its head, dated by its talks', () => {
    const [gov] = of('kb:SYR_GOV');
    assert.deepEqual(gov.heads.map((h) => [h.actor.id, h.firstDate]), [['kb:BASHAR_AL_JAAFARI', '2016-02-01']]);
    assert.deepEqual(gov.members, []);
    assert.equal(gov.size, null);
  });

  it('is not joined to the process: the same party a year later, or another country at the same venue that week', () => {
    const loose = merged.delegations.filter((d) => d.processId === null);
    assert.ok(loose.some((d) => d.party.id === 'kb:SYR_OPP_HNC' && d.firstDate === '2017-02-23'));
    assert.ok(loose.some((d) => d.party.id === 'kb:RUS' && d.firstDate === '2016-02-03'));
  });

  it('two Russian delegations ten years apart stay two; Medinsky heads the later one', () => {
    const russian = merged.delegations.filter((d) => d.party.id === 'kb:RUS');
    assert.equal(russian.length, 2);
    const later = russian.find((d) => d.firstDate === '2026-02-18')!;
    assert.deepEqual(later.heads.map((h) => h.actor.id), ['kb:VLADIMIR_MEDINSKY']);
    assert.equal(later.size, 20);
    assert.deepEqual(russian.find((d) => d !== later)!.heads, []);
  });

  it('the same articles in another order give the same delegations', () => {
    const facts = geneva();
    const again = consolidate({ ...facts, articles: [...facts.articles].reverse(), delegations: [...facts.delegations!].reverse(), events: [...facts.events].reverse() });
    assert.deepEqual(again.delegations, merged.delegations);
  });

  it('fact sets without delegations (made before they were stored) give none', () => {
    const { delegations: _none, ...old } = geneva();
    const result = consolidate(old);
    assert.deepEqual(result.delegations, []);
    assert.ok(result.processes.every((p) => p.delegations?.length === 0));
  });
});

describe('delegations from the real pipeline: the HNC delegation in Geneva (corpus 003-005), the Geneva talks of 2026 (open-002)', { skip: needsShared('corpus', 'news', '003.json') }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-deleg-'));
  let store: Store;
  before(async () => {
    store = await openSqliteStore(join(dir, 'deleg.db'));
    const news = join(SHARED, 'corpus', 'news');
    const summary = await ingest(store, [join(news, '003.json'), join(news, '004.json'), join(news, '005.json'), join(SHARED, 'corpus', 'open', 'open-002.json')], { workers: 0 });
    assert.equal(summary.new, 4, JSON.stringify(summary.failures));
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the Syrian peace process shows the opposition delegation of 003: al-Zoubi leading, Hijab on it, 17 strong", async () => {
    const syria = (await store.processes()).find((p) => p.parties.some((x) => x.id === 'kb:SYR_GOV'));
    assert.ok(syria, 'a Syrian process from 004');
    const detail = (await store.getProcess(syria.id))!;
    const hnc = detail.delegations?.find((d) => d.party.id === 'kb:SYR_OPP_HNC');
    assert.ok(hnc, JSON.stringify(detail.delegations?.map((d) => d.party.id)));
    assert.deepEqual(hnc.heads.map((h) => [h.actor.name, h.firstDate, h.reportCount]), [['Asaad al-Zoubi', '2016-01-29', 1]]);
    assert.deepEqual(hnc.members.map((m) => m.actor.name), ['Riad Hijab']);
    assert.equal(hnc.size, 17);
    assert.equal(hnc.sources[0].evidence.text, "delegation from Syria's main opposition group");
    assert.match(hnc.sources[0].evidence.sentence, /flew to Geneva/);
    assert.match(hnc.sources[0].article.source, /003\.json/);
    assert.deepEqual(hnc.trackIds, detail.tracks.filter((t) => t.parties.some((x) => x.id === 'kb:SYR_GOV')).map((t) => t.id));
  });

  it("Medinsky's page finds the Russian delegation he led; Budanov's the Ukrainian one he sat on; both join the Russia-Ukraine talks, not the US-Iran process", async () => {
    const led = await store.delegations!({ actor: 'kb:VLADIMIR_MEDINSKY' });
    assert.deepEqual(led.map((d) => [d.party.id, d.size, d.heads.map((h) => h.actor.id)]), [['kb:RUS', 20, ['kb:VLADIMIR_MEDINSKY']]]);
    const sat = await store.delegations!({ actor: 'kb:KYRYLO_BUDANOV' });
    assert.deepEqual(sat.map((d) => [d.party.id, d.members.map((m) => m.actor.id).includes('kb:KYRYLO_BUDANOV')]), [['kb:UKR', true]]);
    // open-002's `Russia-Ukraine peace talks` make a process of those two; the US-Iran talks of the
    // same day in the same city are another.
    const processes = await store.processes();
    const of = (id: string | null) => processes.find((p) => p.id === id);
    for (const d of [...led, ...sat]) {
      const parties = of(d.processId)?.parties.map((x) => x.id) ?? [];
      assert.ok(parties.includes('kb:RUS') && parties.includes('kb:UKR'), `${d.party.id}: ${JSON.stringify(parties)}`);
      assert.ok(!parties.includes('kb:IRN'));
    }
    assert.deepEqual(await store.delegations!({ actor: 'kb:NOBODY' }), []);
  });
});
