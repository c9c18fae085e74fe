/**
 * The commands over a filled store, run as a user runs them: process list/show/rename, query,
 * export. The store is filled with records built from the analysts' gold (what the pipeline will
 * produce once all stages are in).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../store/open.js';
import { CORPUS, corpusRecord, seedRecord } from '../../test/records.js';
import { PROJECT_ROOT, needsShared } from '../../test/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-cmd-'));
const db = join(dir, 'p.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function parley(...args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'parley.js'), ...args, '--db', db], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('process, query and export commands', { skip: needsShared('corpus', 'gold') }, () => {
  before(async () => {
    const store = await openSqliteStore(db);
    await store.put(seedRecord({ published: '2019-09-03' }));
    for (const c of CORPUS) await store.put(corpusRecord(c));
    await store.close();
  });

  it('process list, show and rename', () => {
    const list = parley('process', 'list');
    assert.equal(list.code, 0, list.err);
    const line = list.out.split('\n').find((l) => l.includes('Afghan peace process'))!;
    assert.match(line, /near agreement\t2 track\(s\)/);
    const id = line.split('\t')[0];
    const show = parley('process', 'show', id);
    assert.match(show.out, /Track: US-Taliban talks .*near agreement, latest round 9/);
    assert.match(show.out, /1\. round 9 2019-09-03 Doha — ended; agreement near/);
    assert.match(show.out, /precondition: until the US-Taliban agreement is signed/);
    assert.match(show.out, /Taliban — withdrawal of foreign forces/);
    assert.equal(parley('process', 'rename', id, 'Doha talks').code, 0);
    assert.ok(parley('process', 'list').out.includes(`${id}\tDoha talks (named)`));
    const missing = parley('process', 'show', 'proc:none');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no process "proc:none"/);
  });

  it('query filters by actor, type, date and text', () => {
    const agree = parley('query', 'events', '--actor', 'kb:TALIBAN', '--type', 'agree');
    assert.equal(agree.out.trim().split('\n').length, 1);
    assert.match(agree.out, /AGREE\tUnited States → Taliban\tnear/);
    const quotes = parley('query', 'quotes', '--actor', 'kb:ZALMAY_KHALILZAD', '--format', 'jsonl');
    assert.equal(quotes.out.trim().split('\n').length, 2);
    assert.equal(JSON.parse(quotes.out.split('\n')[0]).speaker.id, 'kb:ZALMAY_KHALILZAD');
    const feb = parley('query', 'events', '--from', '2016-02', '--to', '2016-02', '--text', 'Geneva', '--format', 'json');
    const page = JSON.parse(feb.out);
    assert.ok(page.total > 0 && page.items.every((e: { date: string }) => e.date.startsWith('2016-')));
    assert.match(parley('query', 'demands', '--actor', 'kb:TALIBAN', '--type', 'refusal').out, /refusal\tdirect talks with the Afghan government/);
    assert.equal(parley('query', 'nonsense').code, 2);
    assert.equal(parley('query', 'events', '--from', 'last week').code, 2);
  });

  it('exports records, CSV rows with sources and evidence, and PLOVER events', () => {
    const jsonl = parley('export', '--format', 'jsonl').out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(jsonl.length, 13);
    assert.ok(jsonl.every((r) => r.parley === '1' && r.article.text.length > 0));
    const csv = parley('export', '--format', 'csv', '--kind', 'events').out.trim().split('\n');
    assert.equal(csv[0], 'id,type,mode,status,statuses,conflict,date,place,source,target,host,round,negotiation,about,process,track,sources,outlets,urls,evidence');
    const geneva = csv.filter((l) => l.includes(',2016-W05,Geneva,'));
    assert.equal(geneva.length, 1);
    assert.match(geneva[0], /,2,1,[^,]*00[45]\.json; [^,]*00[45]\.json,/);
    const demands = parley('export', '--format', 'csv', '--kind', 'demands').out.trim().split('\n');
    assert.ok(demands.length > 50);
    const plover = parley('export', '--format', 'plover').out.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(plover.length > 100);
    const round9 = plover.find((e) => e.round === 9);
    assert.equal(round9.event_type, 'CONSULT');
    assert.deepEqual(round9.source_actor_ids, ['kb:USA']);
    assert.equal(round9.location.name, 'Doha');
  });
});
