/**
 * The founding dispatch: the 10 actors of ../shared/seed/expected.json resolved (gold ids with the
 * `kb:` prefix), at least 80% of the listed mentions attached to the right actor (span overlap, as
 * the scorer counts), and no actor beyond them (none made from a common noun).
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_ARTICLE, SEED_EXPECTED, needsShared } from '../../../test/shared.js';
import { goldMentionSpans, type GoldActor } from '../../../test/gold.js';
import { actorsOf } from '../../../test/actors.js';
import type { EntityMention } from '../../model/doc.js';

const skip = needsShared('seed', 'expected.json');

describe('actors on the seed article', { skip }, () => {
  it('resolves the 10 expected actors, attaches ≥ 80% of their mentions, invents none', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const gold = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as { actors: GoldActor[] };
    const actors = actorsOf(text, null);
    const byId = new Map(actors.map((a) => [a.id, a]));
    const missing = gold.actors.filter((g) => !byId.has(`kb:${g.id}`)).map((g) => g.id);
    assert.deepEqual(missing, [], 'every expected actor is resolved to its KB id');
    const expected = new Set(gold.actors.map((g) => `kb:${g.id}`));
    assert.deepEqual(actors.map((a) => a.id).filter((id) => !expected.has(id)), [], 'no actor beyond the expected ones');

    let listed = 0;
    let attached = 0;
    const misses: string[] = [];
    for (const g of gold.actors) {
      for (const span of goldMentionSpans(text, g)) {
        listed++;
        const ok = byId.get(`kb:${g.id}`)!.mentions.some((m) => m.start < span.end && span.start < m.end);
        if (ok) attached++;
        else misses.push(`${g.id}: ${text.slice(span.start, span.end)}`);
      }
    }
    assert.ok(attached / listed >= 0.8, `${attached}/${listed} mentions attached; missed ${misses.join(' | ')}`);
  });

  it('says how each mention was read, and ties the envoy to the United States', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const actors = actorsOf(text, null);
    for (const a of actors) for (const m of a.mentions) assert.match(m.how, /^(stated|inferred:[a-z-]+)$/);
    const envoy = actors.find((a) => a.id === 'kb:ZALMAY_KHALILZAD')!;
    assert.equal(envoy.affiliation, 'kb:USA');
    assert.equal(envoy.role, 'US envoy to Afghanistan');
    assert.equal(actors.find((a) => a.id === 'kb:SUHAIL_SHAHIN')!.affiliation, 'kb:TALIBAN');
    assert.equal(actors.find((a) => a.id === 'kb:QAT')!.role, 'host');
  });

  it('with a tagger layer, its PER/ORG spans over KB words add no actor (Reuters, the dateline, US Navy)', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const tag = (phrase: string, type: EntityMention['type'], from = 0): EntityMention => {
      const start = text.indexOf(phrase, from);
      return { start, end: start + phrase.length, text: phrase, type, source: 'tagger', score: 0.9 };
    };
    const mentions = [tag('WASHINGTON', 'LOC'), tag('Reuters', 'ORG'), tag('Taliban', 'ORG'), tag('Khalilzad', 'PER'), tag('Suhail Shahin', 'PER'), tag('US Navy', 'ORG'), tag('Reuters', 'ORG', 1000), tag('NATO', 'ORG'), tag('ISIS', 'ORG')];
    const ids = actorsOf(text, null, mentions).map((a) => a.id).sort();
    const gold = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as { actors: GoldActor[] };
    assert.deepEqual(ids, gold.actors.map((g) => `kb:${g.id}`).sort());
  });
});
