/**
 * The record from real extraction: the seed and the corpus go through the default pipeline
 * (every stage) and the store, and the process, tracks and positions are what an analyst reads
 * out of them (`../shared/seed/expected.json`, `process`). What the extraction stages do not give
 * yet is a `todo` naming the missing fact, so the suite says what is true today and flips to a
 * pass when a stage gives it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../store/ingest.js';
import { openSqliteStore } from '../store/open.js';
import type { ProcessDetail, Store, Track } from '../store/types.js';
import { needsShared, SEED_ARTICLE, SHARED } from '../../test/shared.js';

const ids = (refs: { id: string }[]) => refs.map((r) => r.id).sort();

describe('the seed through the real pipeline', { skip: needsShared('seed') }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-real-'));
  let store: Store;
  let process_: ProcessDetail;
  let usTaliban: Track;
  let intraAfghan: Track;

  before(async () => {
    store = await openSqliteStore(join(dir, 'seed.db'));
    const summary = await ingest(store, [SEED_ARTICLE], { workers: 0 });
    assert.equal(summary.new, 1, JSON.stringify(summary.failures));
    const list = await store.processes();
    assert.equal(list.length, 1, `one process, got ${list.map((p) => p.name).join(', ')}`);
    process_ = (await store.getProcess(list[0].id))!;
    usTaliban = process_.tracks.find((t) => t.name === 'US-Taliban talks')!;
    intraAfghan = process_.tracks.find((t) => t.name === 'Intra-Afghan talks')!;
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('one Afghan peace process with the two tracks', () => {
    assert.equal(process_.name, 'Afghan peace process');
    assert.deepEqual(process_.tracks.map((t) => t.name).sort(), ['Intra-Afghan talks', 'US-Taliban talks']);
    assert.deepEqual(ids(process_.parties), ['kb:AFG_GOV', 'kb:TALIBAN', 'kb:USA']);
  });

  it('US-Taliban talks: the sides, round 9 ended in Doha, Qatar hosting, near agreement', () => {
    assert.deepEqual(ids(usTaliban.parties), ['kb:TALIBAN', 'kb:USA']);
    assert.deepEqual(usTaliban.venues.map((v) => v.name), ['Doha']);
    assert.ok(usTaliban.hosts.some((h) => h.id === 'kb:QAT'), JSON.stringify(usTaliban.hosts));
    assert.equal(usTaliban.state, 'near agreement');
    assert.deepEqual(usTaliban.agreements.map((a) => a.stage), ['near']);
    assert.equal(usTaliban.latestRound, 9);
    assert.deepEqual(usTaliban.rounds.map((r) => [r.number, r.place?.name, r.status]), [[9, 'Doha', 'ended']]);
  });

  it('intra-Afghan talks: government and Taliban, Doha then Oslo, expected, after the US-Taliban agreement', () => {
    assert.deepEqual(ids(intraAfghan.parties), ['kb:AFG_GOV', 'kb:TALIBAN']);
    assert.deepEqual(intraAfghan.venues.map((v) => v.name).sort(), ['Doha', 'Oslo']);
    assert.equal(intraAfghan.state, 'expected');
    assert.match(intraAfghan.precondition ?? '', /agreement with Washington is signed/);
    assert.equal(intraAfghan.preconditionSummary, 'US-Taliban agreement signed');
    assert.equal(intraAfghan.preconditionTrack, usTaliban.id);
    // The meeting of Afghan parties Qatar hosted last month is a round of these talks, not of the US-Taliban ones.
    assert.ok(intraAfghan.hosts.some((h) => h.id === 'kb:QAT'));
    assert.deepEqual(intraAfghan.rounds.map((r) => [r.place?.name, r.status]), [['Doha', 'occurred'], ['Oslo', 'expected']]);
  });

  it("the Taliban's demand for withdrawal and its refusal of direct talks until the agreement is signed", async () => {
    const series = await store.positions({ actor: 'kb:TALIBAN' });
    const entry = (issue: string) => series.find((s) => s.issue === issue)?.entries[0];
    const withdrawal = entry('withdrawal of foreign forces');
    assert.equal(withdrawal?.kind, 'demand');
    assert.equal(withdrawal?.addressee?.id, 'kb:USA');
    assert.match(withdrawal?.content ?? '', /withdrawal of all US-led foreign forces/);
    const talks = entry('direct talks');
    assert.equal(talks?.kind, 'refusal');
    assert.equal(talks?.addressee?.id, 'kb:AFG_GOV');
    assert.match(talks?.condition ?? '', /until after the agreement with Washington is signed/);
    assert.ok(series.every((s) => s.processId === process_.id));
  });
});

describe('the corpus through the real pipeline', { skip: needsShared('corpus', 'news') }, () => {
  // 004 tells the collapsed round without a place (`The first peace talks in two years between
  // belligerents in Syria collapsed last week`; the story places the Syrian talks in Geneva), 005 as
  // `a failed attempt by his Syria envoy ... to restart peace talks in Geneva`. (The gazetteer names
  // Geneva `Genève`; the talks expected to resume there are another event.)
  it('the two reports of the Geneva round (004, 005) are one event with two sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-real-'));
    const store = await openSqliteStore(join(dir, 'geneva.db'));
    try {
      const news = join(SHARED, 'corpus', 'news');
      await ingest(store, [join(news, '004.json'), join(news, '005.json')], { workers: 0 });
      const held = new Set(['occurred', 'ended', 'ongoing']);
      const geneva = (await store.events({ type: 'CONSULT' })).items.filter((e) => e.place?.id === 'geonames:2660646' && held.has(e.status));
      assert.equal(geneva.length, 1, JSON.stringify(geneva.map((e) => e.sources.map((s) => s.evidence.text))));
      assert.equal(geneva[0].sourceCount, 2);
      assert.deepEqual(ids(geneva[0].parties), ['kb:SYR_GOV', 'kb:SYR_OPP']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
