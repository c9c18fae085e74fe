/**
 * The article view's text: facts cut into segments, and untrusted text rendered as text nodes
 * only (rendered with Preact into linkedom's DOM, no browser needed).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { extract } from '../../src/extract.js';
import { ArticleText } from '../../web/src/components/article-text.js';
import { collectFacts, segment } from '../../web/src/highlight.js';
import { needsShared } from '../shared.js';
import { seedRecord } from '../records.js';

const HOSTILE = 'GENEVA (Wire) - Talks resumed.\n\n<script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> were in the copy.';

function renderText(text: string, segments: ReturnType<typeof segment>, target: { start: number; end: number } | null = null) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as unknown as { document?: unknown };
  const saved = g.document;
  g.document = document; // Preact creates nodes through the global document
  try {
    const root = document.getElementById('root')!;
    render(h(ArticleText, { text, segments, target, onShow: () => {} }), root as unknown as Element);
    return root;
  } finally {
    g.document = saved;
  }
}

describe('ArticleText', () => {
  it('renders markup in the article as text, never as elements', () => {
    const record = extract({ text: HOSTILE }, { stages: ['sentences'] });
    const span = { start: HOSTILE.indexOf('<script>'), end: HOSTILE.indexOf('</script>') + 9 };
    const root = renderText(HOSTILE, segment(HOSTILE.length, collectFacts(record), [span.start, span.end]), span);
    assert.equal(root.textContent, HOSTILE);
    assert.equal(root.querySelectorAll('script, img').length, 0);
    assert.equal(root.querySelector('mark.target')?.textContent, '<script>window.__pwned = 1</script>');
    assert.match(root.innerHTML, /&lt;script&gt;window.__pwned = 1&lt;\/script&gt;/);
  });

  it('highlights each fact of the seed with its kind, overlaps included', { skip: needsShared('seed', 'expected.json') }, () => {
    const record = seedRecord();
    const text = record.article.text;
    const facts = collectFacts(record);
    const root = renderText(text, segment(text.length, facts));
    assert.equal(root.textContent, text, 'segments cover the text exactly once');
    const demand = [...root.querySelectorAll('mark.k-demand')].map((m) => m.textContent).join('');
    assert.match(demand, /ensuring the withdrawal of all US-led foreign forces from Afghanistan/);
    // The place mention inside the round-9 event: both kinds on one piece of text.
    const doha = [...root.querySelectorAll('mark.k-event')].find((m) => m.textContent === 'ended in Doha');
    assert.ok(doha?.classList.contains('k-place'), 'the place inside the event keeps its highlight');
    const event = facts.find((f) => f.kind === 'event' && text.slice(f.start, f.end) === 'the ninth round of negotiations ended in Doha');
    assert.deepEqual(event?.details.filter((d) => /round|in Doha|status/.test(d)), ['status: ended', 'in Doha', 'round 9']);
  });
});

describe('segment', () => {
  it('cuts at every boundary and lists the facts covering each piece, outermost first', () => {
    const f = (kind: 'actor' | 'quote', start: number, end: number) => ({ kind, key: `${kind}${start}`, start, end, title: '', details: [] });
    const pieces = segment(10, [f('quote', 2, 8), f('actor', 4, 6)]);
    assert.deepEqual(pieces.map((p) => [p.start, p.end, p.facts.map((x) => x.kind).join('+')]), [
      [0, 2, ''], [2, 4, 'quote'], [4, 6, 'quote+actor'], [6, 8, 'quote'], [8, 10, ''],
    ]);
  });
});
