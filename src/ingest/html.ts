/**
 * HTML page → Article. Mozilla Readability finds the main content; the canonical text is then
 * built here from that content's block elements, one blank line between blocks, so paragraphs never
 * run together (`Qatar."We are ...`) and every offset is into the text we keep. Headings and
 * figure captions found in the markup become blocks.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, Block } from '../model/article.js';
import { makeArticle } from './article.js';
import { InputError } from './errors.js';

/** Elements whose text is a block of its own in the canonical text. */
const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'TH', 'DT', 'DD', 'CAPTION']);
/** Containers that may hold loose text between blocks. */
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'FIGURE', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'DL', 'HEADER', 'FOOTER', 'ASIDE']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);

interface Meta {
  title: string | null;
  author: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export function readHtml(input: string, html: string): Article {
  const { document } = parseHTML(html);
  if (!document.documentElement) throw new InputError(input, 'is not an HTML document');
  const meta = readMeta(document);
  // Readability changes the DOM it reads, so it gets its own copy.
  const parsed = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  const root = parsed?.content ? parseHTML(`<html><body>${parsed.content}</body></html>`).document.body : document.body;
  if (!root) throw new InputError(input, 'has no body');
  const { text, blocks } = canonicalText(root as unknown as Element);
  if (text.trim() === '') throw new InputError(input, 'has no article text');
  return makeArticle({
    text,
    blocks,
    source: input,
    title: meta.title ?? parsed?.title ?? null,
    author: meta.author ?? parsed?.byline ?? null,
    published: meta.published,
    outlet: meta.outlet ?? parsed?.siteName ?? null,
    url: meta.url,
  });
}

/** The text of block elements, a blank line between each, and blocks for headings and captions. */
export function canonicalText(root: Element): { text: string; blocks: Block[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  const emit = (raw: string, tag: string) => {
    const value = raw.replace(/\s+/g, ' ').trim();
    if (!value) return;
    if (parts.length > 0) length += 2;
    const start = length;
    parts.push(value);
    length += value.length;
    if (/^H[1-6]$/.test(tag)) blocks.push({ kind: 'heading', start, end: length });
    else if (tag === 'FIGCAPTION' || tag === 'CAPTION') blocks.push({ kind: 'caption', start, end: length });
  };
  const walk = (el: Element) => {
    let loose = '';
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        loose += node.textContent ?? '';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (BLOCK_TAGS.has(tag) && !hasBlockChild(child)) {
        emit(loose, 'P');
        loose = '';
        emit(inlineText(child), tag);
      } else if (BLOCK_TAGS.has(tag) || CONTAINER_TAGS.has(tag)) {
        emit(loose, 'P');
        loose = '';
        walk(child);
      } else if (tag === 'BR') {
        loose += ' ';
      } else {
        loose += inlineText(child);
      }
    }
    emit(loose, 'P');
  };
  walk(root);
  return { text: parts.join('\n\n'), blocks };
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some((c) => BLOCK_TAGS.has(c.tagName.toUpperCase()) || CONTAINER_TAGS.has(c.tagName.toUpperCase()));
}

function inlineText(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      out += tag === 'BR' ? ' ' : inlineText(node as Element);
    }
  }
  return out;
}

function readMeta(document: Document): Meta {
  const metaContent = (...selectors: string[]): string | null => {
    for (const sel of selectors) {
      const value = document.querySelector(sel)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLd(document);
  const timeEl = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    title: metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? ld.headline ?? (document.querySelector('title')?.textContent?.trim() || null),
    author: metaContent('meta[name="author"]', 'meta[property="article:author"]') ?? ld.author,
    published:
      metaContent('meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'meta[name="DC.date.issued"]') ??
      ld.datePublished ??
      timeEl,
    outlet: metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ld.publisher,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('meta[property="og:url"]'),
  };
}

interface LdFields {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
}

/** The first NewsArticle-like object in the page's JSON-LD; malformed blocks are ignored. */
function jsonLd(document: Document): LdFields {
  const out: LdFields = { headline: null, author: null, datePublished: null, publisher: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && '@graph' in d ? (d as { '@graph': unknown[] })['@graph'] : [d]));
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      const type = String(o['@type'] ?? '');
      if (!/Article|Posting|Report/.test(type)) continue;
      out.headline ??= typeof o.headline === 'string' ? o.headline : null;
      out.datePublished ??= typeof o.datePublished === 'string' ? o.datePublished : null;
      out.author ??= nameOf(o.author);
      out.publisher ??= nameOf(o.publisher);
    }
  }
  return out;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  return null;
}
