import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { needsShared, SHARED } from '../../../test/shared.js';
import { makeArticle } from '../../ingest/article.js';
import { readJson } from '../../ingest/json.js';
import type { BlockKind } from '../../model/article.js';
import type { Doc } from '../../model/doc.js';
import type { FactGoldFile } from './gold.js';
import { resolveStructure, scoreStructure, structureProblem } from './structure.js';

// The seed's opening and its caption, quoted.
const TEXT = 'WASHINGTON (Reuters) - The talks ended in Doha.\nUS Navy prepares for training (Reuters)\nThe demands of the parties\nWashington wants assurances.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const gold = resolveStructure({
  dateline: { place: 'Washington', agency: 'Reuters', evidence: 'WASHINGTON (Reuters) -' },
  notBody: [{ kind: 'caption', evidence: 'US Navy prepares for training (Reuters)' }, { kind: 'heading', evidence: 'The demands of the parties' }],
}, TEXT);
const doc = (over: Partial<Doc>): Doc => ({ article: makeArticle({ text: TEXT }), stages: [], errors: [], ...over });

describe('scoreStructure', () => {
  it('finds the dateline by place and the not-body blocks by kind', () => {
    const s = scoreStructure(gold, doc({
      dateline: { ...at('WASHINGTON (Reuters)'), place: 'Washington', agency: 'Reuters' },
      blocks: [
        { ...at('WASHINGTON (Reuters) - The talks ended in Doha.'), kind: 'paragraph' },
        { ...at('US Navy prepares for training (Reuters)'), kind: 'caption' },
        { ...at('The demands of the parties'), kind: 'paragraph' },
      ],
    }));
    assert.equal(s.dateline?.recall, 1);
    assert.equal(s.notBody?.tp, 1);
    assert.equal(s.notBody?.precision, 1, 'paragraph blocks are body, not output to score');
    assert.equal(s.notBody?.misses[0].what, 'heading');
  });

  it('wants no dateline where the gold says there is none, and scores nothing the gold does not give', () => {
    const none = resolveStructure({ dateline: null }, TEXT);
    const s = scoreStructure(none, doc({ dateline: { ...at('WASHINGTON'), place: 'Washington', agency: null } }));
    assert.equal(s.dateline?.precision, 0);
    assert.equal(s.notBody, null);
  });

  it('counts a block of the wrong kind as found words, wrong key', () => {
    const s = scoreStructure(gold, doc({ blocks: [{ ...at('The demands of the parties'), kind: 'caption' as BlockKind }] }));
    assert.equal(s.notBody?.tp, 0);
    assert.equal(s.notBody?.evidenceOnly, 1);
    assert.match(s.notBody?.misses.find((m) => m.what === 'heading')?.near ?? '', /a caption, not a heading/);
  });

  it('checks the shape', () => {
    assert.equal(structureProblem({ dateline: null, notBody: [] }), null);
    assert.match(structureProblem({ dateline: { place: 'X' } }) ?? '', /"dateline" is neither null/);
    assert.match(structureProblem({ notBody: [{ evidence: 'x' }] }) ?? '', /notBody\[0\]/);
  });
});

describe('scoreStructure on the real gold', { skip: needsShared('corpus', 'gold') }, () => {
  it('scores a perfect dateline and blocks 1.0 in every file', () => {
    const dir = join(SHARED, 'corpus', 'gold');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const g: FactGoldFile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const path = join(SHARED, 'corpus', g.article);
      const text = readJson(path, readFileSync(path, 'utf8'))[0].text;
      const r = resolveStructure(g, text);
      const s = scoreStructure(r, {
        article: makeArticle({ text }), stages: [], errors: [],
        dateline: r.dateline?.[0] ? { ...r.dateline[0].spans[0], place: r.dateline[0].place, agency: null } : null,
        blocks: (r.notBody ?? []).map((n) => ({ ...n.spans[0], kind: n.kind as BlockKind })),
      });
      for (const k of ['dateline', 'notBody'] as const) {
        const x = s[k]!;
        if (x.gold > 0) assert.deepEqual([x.recall, x.precision], [1, 1], `${file} ${k}`);
        else assert.equal(x.pred, 0, `${file} ${k}`);
      }
    }
  });
});
