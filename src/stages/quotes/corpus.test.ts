/**
 * Every direct quote of the twelve corpus articles and the seed, against the hand gold in
 * ../shared (corpus/gold/*.json, seed/expected.json): each must be found (our direct quote
 * overlaps the gold words) with the right speaker. The speaker is checked by words, since this
 * test runs the stage without the actors layer: our speaker phrase must contain the name or one
 * of the mentions the gold gives that actor (or nobody, when the gold has nobody).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { needsShared, SHARED, SEED_ARTICLE, SEED_EXPECTED } from '../../../test/shared.js';
import type { QuoteRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { quotesOf } from './test-helpers.js';

type Evidence = string | { text: string; occurrence: number } | Evidence[];
interface GoldQuote {
  speaker: string | string[] | null;
  direct: boolean;
  evidence: Evidence;
}
interface GoldActor {
  id: string;
  name: string;
  mentions?: Evidence[];
}
interface Gold {
  article: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
}

/** The spans an evidence may stand for (alternatives). */
function spans(text: string, ev: Evidence): Span[] {
  if (Array.isArray(ev)) return ev.flatMap((e) => spans(text, e));
  const { text: words, occurrence } = typeof ev === 'string' ? { text: ev, occurrence: 1 } : ev;
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, `gold evidence not in the article: ${words}`);
  return [{ start: at, end: at + words.length }];
}

function evidenceText(ev: Evidence): string {
  return Array.isArray(ev) ? evidenceText(ev[0]) : typeof ev === 'string' ? ev : ev.text;
}

/** Words by which the gold names an actor: its name, its surname, its mentions. */
function namesOf(gold: Gold, id: string): string[] {
  const a = gold.actors.find((x) => x.id === id);
  if (!a) return [id.toLowerCase().replace(/_/g, ' ')];
  const words = [a.name, a.name.split(/\s+/).pop() ?? '', ...(a.mentions ?? []).map(evidenceText)];
  return words.filter((w) => w.length > 2).map((w) => w.toLowerCase());
}

function speakerMatches(gold: Gold, g: GoldQuote, q: QuoteRecord): boolean {
  if (g.speaker === null) return q.speaker === null;
  if (!q.speaker) return false;
  const ours = (q.speaker.antecedent?.text ?? q.speaker.text).toLowerCase();
  const ids = Array.isArray(g.speaker) ? g.speaker : [g.speaker];
  return ids.some((id) => namesOf(gold, id).some((n) => ours.includes(n) || n.includes(ours)));
}

/**
 * Where our reading differs from the gold on purpose, what we output instead, and why. The test
 * holds us to these words, so a change here is seen.
 */
const KNOWN: Record<string, { ours: string; why: string }> = {
  'open/open-001.json|cessation of hostilities': {
    ours: 'diplomats',
    why: 'the text names who uses the term ("which diplomats have been calling"); the gold leaves it unattributed',
  },
  'open/open-002.json|good start': {
    ours: 'the two rival powers',
    why: 'the right phrase, but tying it to USA and IRN needs the actors layer, absent here',
  },
};

function check(gold: Gold, text: string): string[] {
  const quotes = quotesOf(text).filter((q) => q.direct);
  const problems: string[] = [];
  for (const g of gold.quotes.filter((x) => x.direct)) {
    const where = spans(text, g.evidence);
    const hit = quotes.find((q) => where.some((w) => q.start < w.end && w.start < q.end));
    const words = evidenceText(g.evidence).slice(0, 50);
    const known = KNOWN[`${gold.article}|${words}`];
    if (!hit) problems.push(`missing: "${words}" (${JSON.stringify(g.speaker)})`);
    else if (known) {
      if ((hit.speaker?.antecedent?.text ?? hit.speaker?.text) !== known.ours) problems.push(`speaker of "${words}": ours ${JSON.stringify(hit.speaker?.text ?? null)}, expected ${known.ours} (${known.why})`);
    } else if (!speakerMatches(gold, g, hit)) {
      problems.push(`speaker of "${words}": ours ${hit.speaker ? JSON.stringify(hit.speaker.text) : 'null'}, gold ${JSON.stringify(g.speaker)}`);
    }
  }
  return problems;
}

const CORPUS = join(SHARED, 'corpus');

describe('direct quotes of the corpus articles, against the hand gold', { skip: needsShared('corpus', 'gold') }, () => {
  const files = needsShared('corpus', 'gold') ? [] : readdirSync(join(CORPUS, 'gold')).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', file), 'utf8')) as Gold;
    const count = gold.quotes.filter((q) => q.direct).length;
    it(`${gold.article}: ${count} direct quotes, each found with its speaker`, () => {
      const text = (JSON.parse(readFileSync(join(CORPUS, gold.article), 'utf8')) as { text: string }).text;
      assert.deepEqual(check(gold, text), []);
    });
  }
});

describe('the seed', { skip: needsShared('seed', 'expected.json') }, () => {
  it('finds the four quotes of expected.json with their speakers', () => {
    const gold = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as Gold;
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const quotes = quotesOf(text);
    const found = gold.quotes.map((g) => {
      const where = spans(text, g.evidence);
      const q = quotes.find((x) => x.direct === g.direct && where.some((w) => x.start < w.end && w.start < x.end));
      return q ? speakerMatches(gold, g, q) : false;
    });
    assert.deepEqual(found, [true, true, true, true]);
    const tweet = quotes.find((q) => q.direct);
    assert.equal(tweet?.channel, 'tweet');
    // The dateline is no part of the first sentence's reported content.
    assert.ok(quotes.every((q) => !text.slice(q.start, q.end).includes('Reuters')));
  });
});
