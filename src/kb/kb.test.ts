import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb, lookup, resolveReferenceIn, rolesAt } from './index.js';
import type { ActorRecord } from '../model/record.js';
import { PROJECT_ROOT } from '../../test/shared.js';

describe('knowledge base', () => {
  it('loads in under a second in a fresh process, with every country and the negotiators', () => {
    const script = "const t=performance.now();const {loadKb}=await import('./src/kb/index.ts');const kb=loadKb();console.log(JSON.stringify({ms:performance.now()-t,n:kb.actors.size,c:kb.countries.size}))";
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: PROJECT_ROOT });
    assert.equal(r.status, 0, r.stderr);
    const { ms, n, c } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; n: number; c: number };
    assert.ok(ms < 1000, `loading took ${ms} ms`);
    assert.ok(c >= 249, `${c} countries`);
    assert.ok(n >= 900, `${n} actors`);
  });

  it('is consistent: known types, role organisations that exist, dates in order', () => {
    const kb = loadKb();
    const types = new Set(['state', 'government', 'person', 'armed group', 'political party', 'international organization', 'military', 'civil society', 'media', 'other']);
    for (const a of kb.actors.values()) {
      assert.ok(types.has(a.type), `${a.id}: type ${a.type}`);
      for (const r of a.roles ?? []) {
        assert.ok(r.org === null || kb.actors.has(r.org), `${a.id}: role org ${r.org} is not in the KB`);
        assert.ok(!r.from || !r.to || r.from <= r.to, `${a.id}: role ${r.title} ends before it starts`);
      }
    }
  });

  const table: [string, string, string][] = [
    ['the U.S.', 'USA', 'name'],
    ['U.S.', 'USA', 'name'],
    ['al Qaeda', 'AL_QAEDA', 'name'],
    ['Al-Qaida', 'AL_QAEDA', 'name'],
    ['Médecins Sans Frontières', 'MSF', 'name'],
    ["Russia's", 'RUS', 'name'],
    ['Russia’s', 'RUS', 'name'],
    ['Sergei Lavrov', 'SERGEY_LAVROV', 'name'],
    ['Khalilzad', 'ZALMAY_KHALILZAD', 'surname'],
    ['Assad', 'BASHAR_AL_ASSAD', 'surname'],
    ['De Mistura', 'STAFFAN_DE_MISTURA', 'surname'],
    ['Kiev', 'UKR', 'capital'],
    ['the Kremlin', 'RUS', 'seat'],
    ['Afghan', 'AFG', 'demonym'],
    ['Ansar Allah', 'HOUTHIS', 'name'],
    ['Hayat Tahrir al-Sham', 'HTS', 'name'],
  ];
  for (const [name, id, kind] of table) {
    it(`candidate lookup: ${name} → ${id} (${kind})`, () => {
      assert.ok(lookup(name).some((c) => c.actor.id === id && c.kind === kind), JSON.stringify(lookup(name).map((c) => c.actor.id)));
    });
  }

  it('keeps every candidate of an ambiguous name for the choice to make', () => {
    const ids = lookup('George Bush').map((c) => c.actor.id);
    assert.deepEqual(ids.sort(), ['GEORGE_H_W_BUSH', 'GEORGE_W_BUSH']);
    assert.deepEqual(lookup('Congo').map((c) => c.actor.id).sort(), ['COD', 'COG']);
  });

  it('holds roles over time: Khalilzad was envoy in 2019 and ambassador to Iraq in 2006', () => {
    const k = loadKb().actors.get('ZALMAY_KHALILZAD')!;
    assert.match(rolesAt(k, '2019-09-03')[0].title, /Afghanistan Reconciliation/);
    assert.match(rolesAt(k, '2006-05-01')[0].title, /Ambassador to Iraq/);
    assert.deepEqual(rolesAt(k, '2023-01-01'), []);
  });
});

describe('resolveReference (the service the quotes stage calls)', () => {
  const text = 'Taliban spokesman Suhail Shahin met the envoy. He said the movement wanted a deal. The envoy said it would come.';
  const actor = (id: string, type: ActorRecord['type'], phrase: string, role: string | null = null): ActorRecord => {
    const start = text.indexOf(phrase);
    return { id, name: id, type, country: null, sector: null, role, affiliation: null, mentions: [{ start, end: start + phrase.length, text: phrase, how: 'stated' }] };
  };
  const actors = [actor('kb:TALIBAN', 'armed group', 'Taliban'), actor('kb:SUHAIL_SHAHIN', 'person', 'Suhail Shahin', 'Taliban spokesman'), actor('kb:ZALMAY_KHALILZAD', 'person', 'the envoy', 'US envoy')];
  const sentences = [{ start: 0, end: 47 }, { start: 48, end: 82 }, { start: 83, end: text.length }];
  const at = (phrase: string, from = 0) => {
    const start = text.indexOf(phrase, from);
    return { start, end: start + phrase.length };
  };
  const ctx = { text, published: '2019-09-03', actors, sentences };

  it('a pronoun goes to the subject of the last sentence naming a person', () => {
    assert.deepEqual(resolveReferenceIn(ctx, at('He')), { actor: 'kb:SUHAIL_SHAHIN', how: 'inferred:pronoun' });
  });
  it('a pronoun after a quotation looks past the people named inside it', () => {
    const t = 'Kerry met the ministers. "Whether or not Assad is held to account is the question," he said.';
    const mk = (id: string, phrase: string): ActorRecord => {
      const start = t.indexOf(phrase);
      return { id, name: id, type: 'person', country: null, sector: null, role: null, affiliation: null, mentions: [{ start, end: start + phrase.length, text: phrase, how: 'stated' }] };
    };
    const he = t.indexOf('he said');
    const r = resolveReferenceIn({ text: t, published: null, actors: [mk('kb:JOHN_KERRY', 'Kerry'), mk('kb:BASHAR_AL_ASSAD', 'Assad')], sentences: [{ start: 0, end: 24 }, { start: 25, end: t.length }] }, { start: he, end: he + 2 });
    assert.equal(r?.actor, 'kb:JOHN_KERRY');
  });
  it('a group noun goes to the last armed group before it', () => {
    assert.deepEqual(resolveReferenceIn(ctx, at('the movement')), { actor: 'kb:TALIBAN', how: 'inferred:group-noun' });
  });
  it('a role noun goes to the person holding that role', () => {
    assert.deepEqual(resolveReferenceIn(ctx, at('The envoy')), { actor: 'kb:ZALMAY_KHALILZAD', how: 'inferred:role-noun' });
  });
  it('a reference with nothing to point to stays unresolved', () => {
    assert.equal(resolveReferenceIn({ ...ctx, actors: [] }, at('He')), null);
  });
});
