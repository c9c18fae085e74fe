import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';

export type ArticleFields = Partial<Omit<Article, 'id' | 'text'>> & { text: string };

/** An Article from what a reader found; the id is the hash of the text, so re-reads are stable. */
export function makeArticle(fields: ArticleFields): Article {
  return {
    id: articleId(fields.text),
    source: fields.source ?? '-',
    url: fields.url ?? null,
    outlet: fields.outlet ?? null,
    title: fields.title ?? null,
    author: fields.author ?? null,
    published: normaliseDate(fields.published ?? null),
    language: fields.language ?? null,
    text: fields.text,
    dateline: fields.dateline ?? null,
    blocks: fields.blocks ?? [],
  };
}

export function articleId(text: string): string {
  return 'sha256:' + createHash('sha256').update(text).digest('hex');
}

/** `2019-09-03`, `2019-09-03T10:00:00Z` or an RFC 822 date → `2019-09-03`; anything else → null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}
