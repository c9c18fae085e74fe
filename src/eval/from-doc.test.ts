import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { needsShared, SHARED } from '../../test/shared.js';
import { makeArticle } from '../ingest/article.js';
import type { Doc } from '../model/doc.js';
import type { ActorRecord, PlaceRecord } from '../model/record.js';
import { entitiesOf, namedPart, toponymsOf } from './from-doc.js';
import { loadGold } from './load.js';

// From the founding dispatch (shared/seed), quoted.
const TEXT = 'Taliban spokesman Suhail Shahin said the agreement with Washington was coming soon, adding the Taliban want talks in Doha.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length, text: s, how: 'stated' as const });
const actor = (id: string, type: ActorRecord['type'], mentions: ReturnType<typeof at>[]): ActorRecord => ({
  id, name: id, type, country: null, sector: null, role: null, affiliation: null, mentions,
});
const base: Doc = { article: makeArticle({ text: TEXT }), stages: [], errors: [] };

describe('entitiesOf', () => {
  it('scores the mentions layer as is when the mentions stage ran', () => {
    const doc: Doc = { ...base, mentions: [{ ...at('Doha'), type: 'LOC', source: 'tagger', score: 1 }], actors: [actor('kb:TALIBAN', 'armed group', [at('Taliban')])] };
    assert.deepEqual(entitiesOf(doc), { source: 'mentions', entities: [{ start: at('Doha').start, end: at('Doha').end, type: 'LOC' }] });
  });

  it('derives PER/ORG/LOC from actors and places otherwise, names only, without "the"', () => {
    const doc: Doc = {
      ...base,
      actors: [
        actor('kb:SUHAIL_SHAHIN', 'person', [at('Suhail Shahin')]),
        actor('kb:TALIBAN', 'armed group', [at('Taliban'), at('the Taliban want')]),
        actor('kb:USA', 'state', [at('Washington')]),
      ],
      places: [
        { id: 'geonames:290030', name: 'Doha', country: 'QA', kind: 'capital', lat: 25.28, lon: 51.53, mentions: [at('Doha')] },
        { id: 'geonames:4140963', name: 'Washington', country: 'US', kind: 'capital', lat: 38.9, lon: -77.04, mentions: [at('Washington')] },
      ] as PlaceRecord[],
    };
    const { source, entities } = entitiesOf(doc);
    assert.equal(source, 'actors+places');
    const shown = entities.map((e) => `${e.type} ${TEXT.slice(e.start, e.end)}`);
    assert.deepEqual(shown, ['PER Suhail Shahin', 'ORG Taliban', 'ORG Taliban want', 'LOC Washington', 'LOC Doha']);
  });

  it('says when no stage produced anything to score', () => {
    assert.deepEqual(entitiesOf(base), { source: 'none', entities: [] });
  });

  it('drops mentions that are not names', () => {
    assert.equal(namedPart('he said', { start: 0, end: 2 }), null);
    assert.equal(namedPart('the movement', { start: 0, end: 12 }), null);
    assert.deepEqual(namedPart('The Taliban', { start: 0, end: 11 }), { start: 4, end: 11 });
  });
});

describe('toponymsOf', () => {
  it('gives one toponym per place mention, in text order, with the place resolved', () => {
    const doc: Doc = { ...base, places: [{ id: 'geonames:290030', name: 'Doha', country: 'QA', kind: 'capital', lat: 25.28, lon: 51.53, mentions: [at('Doha')] }] };
    const { start, end } = at('Doha');
    assert.deepEqual(toponymsOf(doc), [{ start, end, placeId: 'geonames:290030', name: 'Doha', lat: 25.28, lon: 51.53 }]);
  });

  it('reads the toponyms layer (every toponym) over places (locations only) when the pipeline has it', () => {
    const doha = { id: 'geonames:290030', name: 'Doha', country: 'QA', kind: 'capital' as const, lat: 25.28, lon: 51.53, mentions: [at('Doha')], literal: true };
    const qatar = { id: 'country:QA', name: 'Qatar', country: 'QA', kind: 'country' as const, lat: 25.3, lon: 51.2, mentions: [at('Doha')].map((m) => ({ ...m, role: 'modifier' as const })), literal: false };
    assert.equal(toponymsOf({ ...base, places: [doha], toponyms: [doha, qatar] }).length, 2);
    assert.equal(toponymsOf({ ...base, places: [doha] }).length, 1);
  });
});

describe('loadGold on the shared eval sets', { skip: needsShared('eval', 'dev') }, () => {
  it('reads every dev set and checks its spans', async () => {
    const dir = join(SHARED, 'eval', 'dev');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      const [src] = await loadGold(join(dir, name));
      assert.equal(src.shape, 'spans', name);
      if (src.shape === 'spans') assert.ok(src.docs.length > 50, name);
    }
  });
});
