/**
 * One conformance suite, run against every Store implementation: SQLite always, PostgreSQL when a
 * server answers (else one skip line naming why). What a user checks: an article stored once,
 * corrections replacing facts, no duplicates on re-ingest, one event per happening with all its
 * sources, the seed's process and tracks, queries, and process choices surviving re-ingest.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ActorRecord, DelegationRecord, DemandRecord, EventRecord, ExtractionRecord } from '../model/record.js';
import { CORPUS, corpusRecord, seedRecord } from '../../test/records.js';
import { needsShared } from '../../test/shared.js';
import { pgHarness, recordOf, sqliteHarness, type StoreHarness } from './testing.js';
import { migrate } from './sql/schema.js';
import { SqlStore } from './sql/store.js';
import type { Store } from './types.js';

const LEAD = 'WASHINGTON (Reuters) - The United States and the Taliban are close to concluding a deal that would reduce violence.';
const shared = needsShared('corpus', 'gold');

function event(over: Partial<EventRecord>): EventRecord {
  return {
    id: 'e0', type: 'CONSULT', mode: null, cameo: null, source: ['kb:USA'], target: ['kb:TALIBAN'], host: [], place: 'geonames:290030',
    date: { value: null, how: 'stated' }, negotiation: true, round: null, status: 'ended', negated: false,
    evidence: { start: 0, end: 10 }, confidence: 1, ...over,
  };
}

function demand(text: string, over: Partial<DemandRecord>): DemandRecord {
  return {
    holder: 'kb:TALIBAN', addressee: 'kb:AFG_GOV', kind: 'refusal', issue: 'direct talks with the Afghan government',
    content: { start: 0, end: text.length, text }, condition: null, evidence: { start: 0, end: text.length }, ...over,
  };
}

/** Two dispatches on the opposition's delegation to the Geneva talks, its head changing between them. */
const GENEVA_1 = "GENEVA (Reuters) - The Syrian government and the opposition began indirect talks in Geneva on Monday. The opposition delegation, headed by chief negotiator Asaad al-Zoubi, included Riad Hijab.";
const GENEVA_2 = 'GENEVA (Reuters) - Government and opposition negotiators resumed talks in Geneva on Wednesday. The 15-member opposition delegation is now led by Mohammed Alloush.';

function genevaRecord(text: string, published: string, date: string, head: string, members: string[], size: number | null): ExtractionRecord {
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const person = (name: string): ActorRecord => ({
    id: `kb:${name.toUpperCase().replace(/[^A-Z]+/g, '_')}`, name, type: 'person', country: 'SYR', sector: null, role: null,
    affiliation: 'kb:SYR_OPP', mentions: [{ ...at(name), text: name, how: 'stated' }],
  });
  const [h, ...ms] = [head, ...members].map(person);
  const delegation: DelegationRecord = {
    party: 'kb:SYR_OPP', head: { actor: h.id, ...at(head), text: head }, members: ms.map((m) => ({ actor: m.id, ...at(m.name), text: m.name })),
    size, talks: ['e0'], evidence: at('opposition delegation'), mentions: [at('opposition delegation')],
  };
  return recordOf({ text, source: `geneva-${published}`, outlet: 'Reuters', published }, {
    actors: [h, ...ms],
    events: [event({ source: ['kb:SYR_GOV'], target: ['kb:SYR_OPP'], place: 'geonames:2660646', status: 'ongoing', date: { value: date, how: 'stated' }, evidence: at('talks in Geneva') })],
    delegations: [delegation],
    stages: [{ name: 'events', version: '7', ms: 1 }],
  });
}

async function withStore(h: StoreHarness, fn: (s: Store) => Promise<void>): Promise<void> {
  const store = await h.open();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

function conformance(h: StoreHarness): void {
  describe(`store conformance: ${h.name}`, { skip: h.skip }, () => {
    after(() => h.cleanup());

    it('stores an article once: new, then unchanged; the record comes back whole', () => withStore(h, async (s) => {
      const rec = recordOf({ text: LEAD, source: 'a.txt', outlet: 'Reuters', published: '2019-09-03' }, {
        events: [event({ evidence: { start: 24, end: 60 } })],
        stages: [{ name: 'events', version: '3', ms: 1 }],
      });
      assert.deepEqual(await s.put(rec), { status: 'new', articleId: rec.article.id });
      assert.equal((await s.put(rec)).status, 'unchanged');
      const back = await s.getArticle(rec.article.id);
      assert.equal(back?.record.article.text, LEAD);
      assert.deepEqual(back?.record.events, rec.events);
      assert.equal(back?.summary.counts.events, 1);
      const ev = (await s.events()).items[0];
      assert.equal(ev.sources[0].stage, 'events');
      assert.equal(ev.sources[0].stageVersion, '3');
      assert.equal(ev.sources[0].evidence.text, LEAD.slice(24, 60));
      assert.equal(await s.getArticle('sha256:none'), null);
      assert.equal(await s.hasArticle?.(rec.article.id), true);
      assert.equal(await s.hasArticle?.('sha256:none'), false);
    }));

    it('a corrected text at the same URL replaces the old one and all its facts', () => withStore(h, async (s) => {
      const url = 'https://example.org/talks';
      const v1 = recordOf({ text: LEAD, url, source: url }, { events: [event({}), event({ type: 'AGREE', status: 'near' })] });
      const v2 = recordOf({ text: LEAD + ' Talks resumed.', url, source: url }, { events: [event({ status: 'ongoing' })] });
      await s.put(v1);
      assert.deepEqual(await s.put(v2), { status: 'updated', articleId: v2.article.id, replaced: v1.article.id });
      const counts = await s.counts();
      assert.equal(counts.articles, 1);
      assert.equal(counts.event_facts, 1);
      assert.equal(await s.getArticle(v1.article.id), null);
      assert.deepEqual((await s.events()).items.map((e) => e.status), ['ongoing']);
      assert.equal((await s.search('resumed')).total, 1);
      assert.equal((await s.search('concluding')).total, 1, 'the old text is gone from the index');
    }));

    it('two articles reporting one meeting give one event with both sources; conflicting statuses are kept and flagged', () => withStore(h, async (s) => {
      const a = recordOf({ text: LEAD, source: 'a', outlet: 'Reuters', published: '2019-09-03' }, { events: [event({ round: 9, status: 'ended' })] });
      const b = recordOf({ text: LEAD + ' (AP)', source: 'b', outlet: 'AP', published: '2019-09-04' }, { events: [event({ round: 9, status: 'postponed', source: ['kb:TALIBAN'], target: ['kb:USA'] })] });
      const c = recordOf({ text: LEAD + ' (AFP)', source: 'c', outlet: 'AFP', published: '2019-09-03' }, { events: [event({ round: 8, status: 'ended' })] });
      for (const r of [a, b, c]) await s.put(r);
      const events = (await s.events({ order: 'sources' })).items;
      assert.equal(events.length, 2, 'round 8 is another meeting');
      const [nine] = events;
      assert.equal(nine.round, 9);
      assert.equal(nine.sourceCount, 2);
      assert.equal(nine.outletCount, 2);
      assert.deepEqual(nine.statuses, ['ended', 'postponed']);
      assert.equal(nine.conflict, true);
      assert.deepEqual((await s.events({ conflict: true })).items.map((e) => e.id), [nine.id]);
    }));

    it('a new actor merges across articles on name and affiliation, not on name alone', () => withStore(h, async (s) => {
      const person = (aff: string) => ({ id: 'new:abdul-ghani', name: 'Abdul Ghani', type: 'person' as const, country: null, sector: null, role: 'negotiator', affiliation: aff, mentions: [] });
      await s.put(recordOf({ text: LEAD, source: '1' }, { actors: [person('kb:TALIBAN')] }));
      await s.put(recordOf({ text: LEAD + ' 2', source: '2' }, { actors: [person('kb:TALIBAN')] }));
      await s.put(recordOf({ text: LEAD + ' 3', source: '3' }, { actors: [person('kb:AFG_GOV')] }));
      const actors = (await s.actors({ text: 'ghani' })).items;
      assert.equal(actors.length, 2);
      const taliban = actors.find((a) => a.affiliation?.id === 'kb:TALIBAN');
      assert.equal(taliban?.articleCount, 2);
    }));

    it('ingesting everything twice adds no rows', { skip: shared }, () => withStore(h, async (s) => {
      const records = [seedRecord({ published: '2019-09-03' }), ...CORPUS.map(corpusRecord)];
      for (const r of records) assert.equal((await s.put(r)).status, 'new');
      await s.consolidate();
      const once = await s.counts();
      for (const r of records) assert.equal((await s.put(r)).status, 'unchanged');
      await s.consolidate();
      assert.deepEqual(await s.counts(), once);
      assert.equal(once.articles, 13);
      assert.equal(once.event_facts, records.reduce((n, r) => n + r.events.length, 0));
    }));

    it('the seed yields the Afghan peace process with its two tracks', { skip: needsShared('seed') }, () => withStore(h, async (s) => {
      await s.put(seedRecord({ published: '2019-09-03' }));
      const processes = await s.processes();
      assert.equal(processes.length, 1);
      assert.equal(processes[0].name, 'Afghan peace process');
      assert.equal(processes[0].state, 'near agreement');
      const p = (await s.getProcess(processes[0].id))!;
      const byName = new Map(p.tracks.map((t) => [t.name, t]));
      assert.deepEqual([...byName.keys()].sort(), ['Intra-Afghan talks', 'US-Taliban talks']);
      const us = byName.get('US-Taliban talks')!;
      assert.deepEqual(us.parties.map((x) => x.id), ['kb:USA', 'kb:TALIBAN']);
      assert.equal(us.latestRound, 9);
      assert.equal(us.state, 'near agreement');
      assert.deepEqual(us.venues.map((v) => v.name), ['Doha']);
      assert.ok(us.hosts.some((x) => x.id === 'kb:QAT'));
      assert.equal(us.rounds[0].place?.name, 'Doha');
      assert.equal(us.agreements[0].stage, 'near');
      const intra = byName.get('Intra-Afghan talks')!;
      assert.deepEqual(intra.venues.map((v) => v.name), ['Doha', 'Oslo']);
      assert.equal(intra.state, 'expected');
      assert.match(intra.precondition ?? '', /agreement .*signed/);
      const positions = await s.positions({ actor: 'kb:TALIBAN', process: p.id });
      assert.ok(positions.some((x) => x.issue === 'withdrawal of foreign forces' && x.entries[0].kind === 'demand'));
      const demands = await s.demands({ holder: 'kb:TALIBAN', kind: 'refusal' });
      assert.equal(demands.total, 1);
      assert.match(demands.items[0].condition ?? '', /signed/);
      assert.equal(demands.items[0].processId, p.id);
    }));

    it('two corpus articles on the same Geneva round become one event with two sources', { skip: shared }, () => withStore(h, async (s) => {
      await s.put(corpusRecord('news/004.json'));
      await s.put(corpusRecord('news/005.json'));
      const geneva = (await s.events({ actor: 'kb:SYR_OPP', type: 'CONSULT' })).items.filter((e) => e.place?.name === 'Geneva' && e.statuses.includes('ended'));
      assert.equal(geneva.length, 1);
      assert.equal(geneva[0].sourceCount, 2);
      assert.deepEqual(new Set(geneva[0].sources.map((x) => x.article.title)).size, 2);
    }));

    it('queries filter events, quotes and demands; search finds text and quotes', { skip: shared }, () => withStore(h, async (s) => {
      await s.put(seedRecord({ published: '2019-09-03' }));
      for (const c of CORPUS) await s.put(corpusRecord(c));
      const afghan = (await s.processes()).find((p) => p.name === 'Afghan peace process')!;
      const inProcess = await s.events({ process: afghan.id });
      assert.ok(inProcess.total >= 4);
      assert.ok(inProcess.items.every((e) => e.processId === afghan.id));
      const agree = await s.events({ type: 'AGREE', actor: 'kb:TALIBAN' });
      assert.deepEqual(agree.items.map((e) => e.status), ['near']);
      const y2016 = await s.events({ date: { from: '2016-02-01', to: '2016-02-29' } });
      assert.ok(y2016.total > 0 && y2016.items.every((e) => e.date !== null && e.date.startsWith('2016-')));
      assert.ok(y2016.items.some((e) => e.date === '2016-W05'), 'a week that overlaps the range counts');
      const text = await s.events({ text: 'ninth round' });
      assert.ok(text.items.some((e) => e.round === 9) && text.items.every((e) => e.sources.some((x) => /ninth round/.test(x.evidence.sentence))));
      const page = await s.events({ limit: 5, offset: 5 });
      assert.equal(page.items.length, 5);
      assert.ok(page.total > 10);
      const quotes = await s.quotes({ speaker: 'kb:ZALMAY_KHALILZAD' });
      assert.equal(quotes.total, 2);
      assert.equal(quotes.items[0].speaker?.name, 'Zalmay Khalilzad');
      assert.equal((await s.quotes({ text: 'threshold agreement' })).total, 1);
      assert.ok((await s.demands({ actor: 'kb:TALIBAN' })).total >= 3);
      const hits = await s.search('Taliban');
      assert.ok(hits.items.some((x) => x.kind === 'article') && hits.items.some((x) => x.kind === 'quote'));
      assert.equal((await s.listArticles({ process: afghan.id })).total, 1);
      assert.equal((await s.listArticles({ published: { from: '2016', to: '2016' } })).total, 7);
      assert.ok((await s.actors({ order: 'articles' })).items[0].articleCount >= 3);
      assert.ok((await s.places()).items.some((p) => p.name === 'Geneva' && p.articleCount >= 3));
    }));

    it('renames, merges and splits of processes survive re-ingest', { skip: shared }, () => withStore(h, async (s) => {
      await s.put(seedRecord({ published: '2019-09-03' }));
      await s.put(corpusRecord('news/010.json'));
      const [afg, ukr] = ['Afghan peace process', 'Ukraine-Russia process'].map((n) => n);
      let list = await s.processes();
      const a = list.find((p) => p.name === afg)!;
      const u = list.find((p) => p.name === ukr)!;
      assert.ok(a && u, `processes: ${list.map((p) => p.name).join(', ')}`);
      await s.renameProcess(a.id, 'Doha process');
      const detail = (await s.getProcess(a.id))!;
      const moved = detail.tracks.find((t) => t.name === 'Intra-Afghan talks')!.id;
      const newId = await s.splitProcess(a.id, [moved], 'Intra-Afghan process');
      await s.mergeProcesses([u.id, newId]);
      // A corrected version of the seed comes in: facts are replaced, the choices stay.
      const corrected = seedRecord({ published: '2019-09-03' });
      await s.put({ ...corrected, article: { ...corrected.article, id: corrected.article.id.replace(/.$/, 'x') } });
      list = await s.processes();
      assert.deepEqual(list.map((p) => p.name).sort(), ['Doha process', 'Ukraine-Russia process']);
      const merged = (await s.getProcess(u.id))!;
      assert.ok(merged.tracks.some((t) => t.id === moved));
      assert.equal((await s.getProcess(a.id))!.tracks.length, 1);
      assert.equal((await s.processChoices()).length, 3);
      await assert.rejects(() => s.renameProcess('proc:nope', 'x'), /no process/);
    }));

    it('a named process keeps its id and name when new articles give it an earlier track', { skip: needsShared('seed') }, () => withStore(h, async (s) => {
      await s.put(seedRecord({ published: '2019-09-03' }));
      const [p] = await s.processes();
      await s.renameProcess(p.id, 'Doha talks');
      // An article on earlier talks between the Taliban and Pakistan that also reports the US-Taliban talks.
      const text = 'The Taliban held talks with Pakistani officials in Islamabad last year. The United States and the Taliban are close to concluding a deal.';
      await s.put(recordOf({ text, source: 'earlier', published: '2019-09-05' }, { events: [
        event({ source: ['kb:TALIBAN'], target: ['kb:PAK'], place: null, round: null, status: 'occurred', date: { value: '2018', how: 'stated' }, evidence: { start: 0, end: 70 } }),
        event({ type: 'AGREE', status: 'near', place: null, evidence: { start: 71, end: text.length } }),
      ] }));
      const list = await s.processes();
      assert.equal(list.length, 1);
      assert.equal(list[0].id, p.id);
      assert.equal(list[0].name, 'Doha talks');
      assert.equal(list[0].trackCount, 3);
    }));

    it('two connections reading at once after a write both see the merged record', () => h.openPair().then(async ([a, b]) => {
      try {
        await a.put(recordOf({ text: LEAD, source: 'x', published: '2019-09-03' }, { events: [event({})] }));
        const [ea, eb, pa, pb] = await Promise.all([a.events(), b.events(), a.processes(), b.processes()]);
        assert.equal(ea.total, 1);
        assert.deepEqual(eb.items.map((e) => e.id), ea.items.map((e) => e.id));
        assert.equal(pa.length, 1);
        assert.deepEqual(pb, pa);
      } finally {
        await a.close();
        await b.close();
      }
    }));

    it('during an ingest batch reads keep the last merged record; the batch merges once at its end; a dead batch runs out', () => h.openPair().then(async ([w, r]) => {
      const put = (n: number, place: string) => w.put(recordOf({ text: `${LEAD} (${n})`, source: `batch-${n}`, published: `2019-09-0${n}` }, { events: [event({ place })] }));
      try {
        await put(1, 'geonames:290030');
        assert.equal((await r.events()).total, 1);
        await w.beginBatch!();
        await put(2, 'geonames:3143244');
        assert.equal((await r.events()).total, 1, 'a read during the batch does not rebuild');
        const [p] = await r.processes();
        await w.endBatch!();
        assert.equal((await r.events()).total, 2, 'the end of the batch merges what went in');
        // A user's choice during a batch shows at once (it merges what went in so far).
        await w.beginBatch!();
        await put(4, 'geonames:1172451');
        await r.renameProcess(p.id, 'Doha talks');
        assert.deepEqual((await r.processes()).map((x) => x.name), ['Doha talks']);
        assert.equal((await r.events()).total, 3);
        await w.endBatch!();
        // A writer killed mid-batch never ends it: once its lease runs out, reads rebuild again.
        await w.beginBatch!({ leaseSeconds: 0.5 });
        await put(3, 'geonames:1138958');
        assert.equal((await r.events()).total, 3);
        await new Promise((res) => setTimeout(res, 700));
        assert.equal((await r.events()).total, 4);
      } finally {
        await w.close();
        await r.close();
      }
    }));

    it('one ingest ending its batch does not end another\'s on the same database', () => h.openPair().then(async ([w, v]) => {
      const put = (n: number, place: string) => w.put(recordOf({ text: `${LEAD} [${n}]`, source: `two-${n}`, published: `2019-09-0${n}` }, { events: [event({ place })] }));
      try {
        await put(1, 'geonames:290030');
        assert.equal((await v.events()).total, 1);
        await w.beginBatch!();
        await v.beginBatch!({ leaseSeconds: 30 });
        await v.endBatch!();
        await put(2, 'geonames:3143244');
        assert.equal((await v.events()).total, 1, 'the longer batch still holds the merge back');
        await w.endBatch!();
        assert.equal((await v.events()).total, 2);
      } finally {
        await w.close();
        await v.close();
      }
    }));

    it("a party's delegation across articles: its heads over time, its members, on the process and on a person's record", () => withStore(h, async (s) => {
      const first = genevaRecord(GENEVA_1, '2016-02-01', '2016-02-01', 'Asaad al-Zoubi', ['Riad Hijab'], null);
      const second = genevaRecord(GENEVA_2, '2016-04-13', '2016-04-13', 'Mohammed Alloush', [], 15);
      await s.put(first);
      await s.put(second);
      const [p] = await s.processes();
      assert.equal('delegations' in p, false, 'the list of processes stays a summary');
      const detail = (await s.getProcess(p.id))!;
      assert.equal(detail.delegations?.length, 1);
      const [d] = detail.delegations!;
      assert.equal(d.party.id, 'kb:SYR_OPP');
      assert.deepEqual(d.heads.map((x) => [x.actor.name, x.firstDate, x.reportCount]), [['Asaad al-Zoubi', '2016-02-01', 1], ['Mohammed Alloush', '2016-04-13', 1]]);
      assert.deepEqual(d.members.map((x) => x.actor.name), ['Riad Hijab']);
      assert.equal(d.size, 15);
      assert.deepEqual(d.trackIds, [detail.tracks[0].id]);
      assert.deepEqual(d.sources.map((x) => x.evidence.text), ['opposition delegation', 'opposition delegation']);
      assert.match(d.sources[0].evidence.sentence, /headed by chief negotiator/);
      assert.equal(d.heads[0].sources[0].evidence.text, 'Asaad al-Zoubi');
      assert.deepEqual(await s.delegations!({ actor: 'kb:RIAD_HIJAB' }), [d]);
      assert.deepEqual((await s.delegations!({ process: p.id })).map((x) => x.id), [d.id]);
      assert.deepEqual(await s.delegations!({ actor: 'kb:SYR_GOV' }), [], 'the other side sent no delegation on record');
      // Stored once: the same articles again add nothing; a corrected text replaces its delegation.
      const once = await s.counts();
      await s.put(first);
      assert.deepEqual(await s.counts(), once);
      assert.equal(once.delegation_facts, 2);
      const corrected = genevaRecord(GENEVA_2.replace('15-member', '16-member'), '2016-04-13', '2016-04-13', 'Mohammed Alloush', [], 16);
      assert.equal((await s.put({ ...corrected, article: { ...corrected.article, source: second.article.source } })).status, 'updated');
      assert.equal((await s.counts()).delegation_facts, 2);
      assert.equal((await s.getProcess(p.id))!.delegations![0].size, 16);
    }));

    it('a database from before delegations were stored (schema 1) gets them from its records on upgrade', async () => {
      const db = await h.openDriver();
      try {
        await migrate(db);
        await new SqlStore(db).put(genevaRecord(GENEVA_1, '2016-02-01', '2016-02-01', 'Asaad al-Zoubi', ['Riad Hijab'], null));
        // As schema 1 left it: no delegation tables, and the merged record up to date (empty here).
        await db.exec('DROP TABLE m_delegation_people; DROP TABLE m_delegations; DROP TABLE delegation_facts;');
        await db.run('DELETE FROM schema_version WHERE version = 2');
        await db.run("UPDATE meta SET value = '0' WHERE name = 'dirty'");
        assert.equal(await migrate(db), 2);
        const s = new SqlStore(db);
        const [p] = await s.processes();
        assert.deepEqual((await s.getProcess(p.id))!.delegations!.map((d) => d.heads.map((x) => x.actor.name)), [['Asaad al-Zoubi']]);
      } finally {
        await db.close();
      }
    });

    it('positions over time: a condition dropped, a demand softened', () => withStore(h, async (s) => {
      const t1 = 'The Taliban refuse to enter into direct dialogue with the Afghan government until after the agreement with Washington is signed.';
      const t2 = 'The Taliban refuse to enter into direct dialogue with the Afghan government.';
      const t3 = 'The Taliban offered talks with Afghan officials in their personal capacity.';
      await s.put(recordOf({ text: t1, source: '1', published: '2019-09-03' }, { demands: [demand(t1, { condition: { start: 75, end: t1.length - 1, text: t1.slice(75, -1) } })] }));
      await s.put(recordOf({ text: t2, source: '2', published: '2019-10-01' }, { demands: [demand(t2, {})] }));
      await s.put(recordOf({ text: t3, source: '3', published: '2019-11-01' }, { demands: [demand(t3, { kind: 'offer' })] }));
      const [series] = await s.positions({ actor: 'kb:TALIBAN' });
      assert.deepEqual(series.entries.map((e) => [e.date, e.kind, e.change]), [
        ['2019-09-03', 'refusal', 'first'],
        ['2019-10-01', 'refusal', 'condition dropped'],
        ['2019-11-01', 'offer', 'softened'],
      ]);
    }));
  });
}

conformance(sqliteHarness());
conformance(await pgHarness());
