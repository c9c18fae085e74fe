/**
 * RSS, Atom, RDF and JSON feeds → one Article per item, with the item's full text when the feed
 * carries it (content:encoded, Atom content) and its summary otherwise. Feeds declaring XML
 * entities are refused outright: entity expansion (billion laughs) and external entities (XXE)
 * are how a feed attacks its reader, and no real news feed needs them.
 */
import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/article.js';
import { makeArticle } from './article.js';
import { InputError } from './errors.js';
import { canonicalText } from './html.js';

const ENTITY_DECLARATION = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i;
const ANY_DOCTYPE_ENTITY = /<!ENTITY/i;

export function looksLikeFeed(content: string): boolean {
  const head = content.trimStart().slice(0, 2000);
  return /^<\?xml|^<rss[\s>]|^<feed[\s>]|^<rdf:RDF/i.test(head) && /<(rss|feed|rdf:RDF|channel)[\s>]/i.test(head);
}

interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  html: string | null;
  id: string | null;
}

export function readFeed(input: string, content: string): Article[] {
  if (ENTITY_DECLARATION.test(content) || ANY_DOCTYPE_ENTITY.test(content)) {
    throw new InputError(input, 'declares XML entities (refused: entity expansion and external entities are not read)');
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(content);
  } catch (err) {
    throw new InputError(input, `is not a feed Parley can read (${(err as Error).message})`);
  }
  const outlet = feedTitle(parsed.feed);
  const items = feedItems(parsed.format, parsed.feed);
  if (items.length === 0) throw new InputError(input, 'is a feed with no items');
  const articles: Article[] = [];
  items.forEach((item, i) => {
    if (!item.html) return;
    const { document } = parseHTML(`<html><body>${item.html}</body></html>`);
    const { text, blocks } = canonicalText(document.body as unknown as Element);
    if (!text.trim()) return;
    articles.push(makeArticle({ text, blocks, source: `${input}#${item.id ?? item.link ?? i + 1}`, url: item.link, title: item.title, published: item.published, author: item.author, outlet }));
  });
  if (articles.length === 0) throw new InputError(input, `is a feed of ${items.length} item(s), none with any text`);
  return articles;
}

type AnyRecord = Record<string, unknown>;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && typeof (value as AnyRecord).value === 'string') return str((value as AnyRecord).value);
  return null;
}

function feedTitle(feed: unknown): string | null {
  return str((feed as AnyRecord | undefined)?.title);
}

function feedItems(format: string, feed: unknown): FeedItem[] {
  const f = (feed ?? {}) as AnyRecord;
  if (format === 'atom') {
    return ((f.entries as AnyRecord[] | undefined) ?? []).map((e) => ({
      title: str(e.title),
      link: str(((e.links as AnyRecord[] | undefined) ?? [])[0]?.href),
      published: str(e.published) ?? str(e.updated),
      author: str(((e.authors as AnyRecord[] | undefined) ?? [])[0]?.name),
      html: str(e.content) ?? str(e.summary),
      id: str(e.id),
    }));
  }
  if (format === 'json') {
    return ((f.items as AnyRecord[] | undefined) ?? []).map((e) => ({
      title: str(e.title),
      link: str(e.url),
      published: str(e.date_published),
      author: str(((e.authors as AnyRecord[] | undefined) ?? [])[0]?.name),
      html: str(e.content_html) ?? (str(e.content_text) ? escapeText(str(e.content_text)!) : null) ?? str(e.summary),
      id: str(e.id),
    }));
  }
  // RSS and RDF share item fields.
  return ((f.items as AnyRecord[] | undefined) ?? []).map((e) => ({
    title: str(e.title),
    link: str(e.link),
    published: str(e.pubDate) ?? str((e.dc as AnyRecord | undefined)?.date) ?? str(((e.dc as AnyRecord | undefined)?.dates as unknown[] | undefined)?.[0]),
    author: str(e.author) ?? str(((e.dc as AnyRecord | undefined)?.creators as unknown[] | undefined)?.[0]),
    html: str((e.content as AnyRecord | undefined)?.encoded) ?? str(e.description),
    id: str((e.guid as AnyRecord | undefined)?.value) ?? str(e.guid),
  }));
}

/** Plain text as HTML paragraphs, so one text builder serves every feed format. */
function escapeText(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('');
}
