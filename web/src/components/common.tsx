/** Small pieces every page uses: loading/error states, actor and source links, dates. */
import type { ComponentChildren } from 'preact';
import type { ActorRef, SourceRef } from '../../../src/server/contract.js';
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
  return <>{actors.map((a, i) => <>{i > 0 ? ', ' : ''}<ActorLink key={a.id} actor={a} /></>)}</>;
}

/** A link back to the article view at the span that supports a fact. */
export function SourceLink({ from, label }: { from: SourceRef; label?: string }) {
  const where = [from.outlet, formatDate(from.published)].filter(Boolean).join(', ');
  return (
    <a class="source" href={href.article(from.articleId, from.evidence)}>
      {label ?? 'Evidence'}{where ? ` · ${where}` : ''}
    </a>
  );
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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}
