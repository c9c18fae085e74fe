/** Small pieces every page uses: loading/error states, actor and source links, dates. */
import type { ComponentChildren } from 'preact';
import type { ActorRef, ArticleRef, EventRow } from '../../../src/server/contract.js';
import type { Loadable } from '../api.js';
import { href } from '../router.js';

export function Load<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ComponentChildren }) {
  if (value.state === 'loading') return <p class="muted" role="status">Loading…</p>;
  if (value.state === 'error') return <p class="error" role="alert">Could not load: {value.error.message}</p>;
  return <>{children(value.data)}</>;
}

export function ActorLink({ actor }: { actor: ActorRef | null }) {
  if (!actor) return <span class="muted">unknown</span>;
  return <a class="actor" href={href.actor(actor.id)}>{actor.name}</a>;
}

export function ActorList({ actors }: { actors: ActorRef[] }) {
  if (actors.length === 0) return <span class="muted">—</span>;
  return <>{actors.map((a, i) => <span key={a.id}>{i > 0 ? ', ' : ''}<ActorLink actor={a} /></span>)}</>;
}

/** A link back to the article view at the span that supports a fact. */
export function SourceLink({ article, evidence, label }: { article: ArticleRef; evidence: { start: number; end: number } | null; label?: string }) {
  const where = [article.outlet, formatDate(article.published)].filter(Boolean).join(', ');
  return (
    <a class="source" href={href.article(article.id, evidence)}>
      {label ?? 'Evidence'}{where ? ` · ${where}` : ''}
    </a>
  );
}

/** The first report of an event: where its link back goes. */
export function firstSource(e: EventRow) {
  return e.sources[0] ?? null;
}

export function EventSourceLinks({ e }: { e: EventRow }) {
  return <>{e.sources.map((s, i) => <>{i > 0 ? ' · ' : ''}<SourceLink key={i} article={s.article} evidence={s.evidence} label={i === 0 ? 'Evidence' : `source ${i + 1}`} /></>)}</>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2019-09-03` → `3 Sep 2019`, `2019-08` → `Aug 2019`; anything else as given; null → ''. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** An article's title, or for an untitled one the name of its file or page (never a full local path). */
export function articleTitle(a: { title: string | null; source: string }): string {
  if (a.title) return a.title;
  const last = a.source.split(/[\\/]/).filter(Boolean).pop() ?? a.source;
  return last.replace(/\.(txt|json|jsonl|html?|md)$/i, '') || 'Untitled article';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}
