import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleDetail } from '../../../src/server/contract.js';
import { api, useLoad } from '../api.js';
import { ArticleText } from '../components/article-text.js';
import { formatDate, Load } from '../components/common.js';
import { KindLegend } from '../components/legend.js';
import { collectFacts, KIND_LABEL, KINDS, segment, type Fact, type Kind } from '../highlight.js';
import { href } from '../router.js';

type Span = { start: number; end: number };

export function ArticlePage({ id, span }: { id: string; span: Span | null }) {
  const value = useLoad(() => api.article(id), id);
  return <Load value={value}>{(data) => <ArticleView data={data} target={span} />}</Load>;
}

function ArticleView({ data, target }: { data: ArticleDetail; target: Span | null }) {
  const { record, processes } = data;
  const { article } = record;
  const facts = useMemo(() => collectFacts(record), [record]);
  const [shown, setShown] = useState<Set<Kind>>(() => new Set(KINDS));
  const [card, setCard] = useState<{ facts: Fact[]; top: number; left: number } | null>(null);
  const body = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => facts.filter((f) => shown.has(f.kind)), [facts, shown]);
  // The linked span is cut out as its own piece even when no visible fact has exactly that span.
  const segments = useMemo(
    () => segment(article.text.length, visible, target ? [target.start, target.end] : []),
    [visible, target?.start, target?.end, article.text],
  );
  const counts = useMemo(() => {
    const c = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    for (const f of facts) c[f.kind]++;
    return c;
  }, [facts]);
  const atTarget = target ? facts.filter((f) => f.start <= target.start + 2 && f.end >= target.end - 2 && f.start < target.end && target.start < f.end) : [];

  useEffect(() => {
    if (!target || !body.current) return;
    const first = body.current.querySelector<HTMLElement>('.target');
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    }
  }, [target?.start, target?.end, record.article.id]);

  const show = (fs: Fact[], anchor: HTMLElement | null) => {
    if (!anchor || !body.current) return setCard(null);
    const box = anchor.getBoundingClientRect();
    const host = body.current.getBoundingClientRect();
    setCard({ facts: fs, top: box.bottom - host.top + 8, left: Math.max(0, Math.min(box.left - host.left, host.width - 320)) });
  };
  const toggle = (k: Kind) => setShown((s) => {
    const n = new Set(s);
    if (n.has(k)) n.delete(k);
    else n.add(k);
    return n;
  });

  return (
    <article class="article-page">
      <header class="page-head">
        <p class="eyebrow">Article</p>
        <h1>{article.title ?? firstLine(article.text)}</h1>
        <p class="meta">
          {[article.outlet, formatDate(article.published) || 'date not given', article.dateline?.place && `dateline ${article.dateline.place}`].filter(Boolean).join(' · ')}
          {article.url && /^https?:\/\//.test(article.url) ? <> · <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">original</a></> : null}
        </p>
        {processes.length > 0 && (
          <p class="meta">Part of {processes.map((p, i) => <>{i > 0 ? ', ' : ''}<a key={p.id} href={href.process(p.id)}>{p.name}</a></>)}</p>
        )}
      </header>
      <div class="article-layout">
        <div class="article-main">
          <KindLegend shown={shown} counts={counts} onToggle={toggle} />
          {target && (
            <p class="target-note" role="status">
              Showing the evidence at characters {target.start}–{target.end}
              {atTarget.length > 0 ? `: ${[...new Set(atTarget.map((f) => f.title))].join('; ')}` : ''}.{' '}
              <a href={href.article(article.id)}>Clear</a>
            </p>
          )}
          <div class="article-body" ref={body} onMouseLeave={() => setCard(null)}
            onKeyDown={(e) => { if (e.key === 'Escape') setCard(null); }}
            onFocusOut={(e) => { if (!body.current?.contains(e.relatedTarget as Node | null)) setCard(null); }}>
            <ArticleText text={article.text} segments={segments} target={target} onShow={show} />
            <FactCard card={card} />
          </div>
        </div>
        <aside class="facts" aria-label="Facts in this article">
          <h2>Facts</h2>
          {KINDS.filter((k) => counts[k] > 0).map((k) => (
            <details key={k} open={k !== 'actor' && k !== 'place' && k !== 'date'}>
              <summary><span class={`swatch k-${k}`} aria-hidden="true">Ab</span> {KIND_LABEL[k]} ({counts[k]})</summary>
              <ul>
                {k === 'actor' || k === 'place'
                  ? groupMentions(facts.filter((f) => f.kind === k)).map((g) => (
                    // One line per actor or place, a link to each of its mentions.
                    <li key={g.key}>
                      <strong>{g.title}</strong>{' '}
                      {g.mentions.map((f, i) => (
                        <span key={f.key}>{i > 0 ? ' ' : ''}<a href={href.article(article.id, f)} aria-label={`${g.title}, mention ${i + 1}: ${article.text.slice(f.start, f.end)}`}>“{clip(article.text.slice(f.start, f.end), 40)}”</a></span>
                      ))}
                    </li>
                  ))
                  : facts.filter((f) => f.kind === k).map((f) => (
                    <li key={f.key}>
                      <a href={href.article(article.id, f)}>{f.title}</a>
                      <span class="muted"> “{clip(article.text.slice(f.start, f.end), 70)}”</span>
                    </li>
                  ))}
              </ul>
            </details>
          ))}
          {facts.length === 0 && <p class="muted">No facts were extracted from this article yet.</p>}
        </aside>
      </div>
    </article>
  );
}

function FactCard({ card }: { card: { facts: Fact[]; top: number; left: number } | null }) {
  return (
    <div id="fact-card" class="fact-card" role="tooltip" hidden={!card} style={card ? { top: `${card.top}px`, left: `${card.left}px` } : undefined}>
      {card?.facts.map((f) => (
        <div key={f.key} class="fact">
          <p class="fact-title"><span class={`swatch k-${f.kind}`} aria-hidden="true">Ab</span> <strong>{f.title}</strong> <span class="muted">{KIND_LABEL[f.kind].replace(/s$/, '').toLowerCase()}</span></p>
          <ul>{f.details.map((d, i) => <li key={i}>{d}</li>)}</ul>
        </div>
      ))}
    </div>
  );
}

/** Mentions of one actor or place (keys `actors.<i>.<j>`) under one entry, in text order. */
function groupMentions(facts: Fact[]): { key: string; title: string; mentions: Fact[] }[] {
  const groups = new Map<string, { key: string; title: string; mentions: Fact[] }>();
  for (const f of facts) {
    const key = f.key.split('.').slice(0, 2).join('.');
    const g = groups.get(key) ?? { key, title: f.title, mentions: [] };
    g.mentions.push(f);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.mentions.sort((a, b) => a.start - b.start);
  return [...groups.values()];
}

function firstLine(text: string): string {
  return clip(text.split('\n')[0] ?? '', 90);
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
