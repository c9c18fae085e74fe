/**
 * Inputs → Articles. Each input (a file, a directory, `-` for stdin, an http(s) URL) yields its
 * articles or one InputError, in the order given, so one bad input never stops the others.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article } from '../model/article.js';
import { makeArticle } from './article.js';
import { checkSize, decodeText, DEFAULT_MAX_BYTES } from './decode.js';
import { InputError } from './errors.js';
import { fetchUrl, isUrl, type Fetched, type FetchOptions } from './fetch.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { readHtml } from './html.js';
import { readJson } from './json.js';
import { statInput } from './stat.js';

export interface ReadOptions {
  /** Refuse any single input larger than this (bytes). */
  maxBytes?: number;
  /** Reference date for articles that carry none (`--published`). */
  published?: string | null;
  /** Read standard input for `-` from this stream (tests pass their own). */
  stdin?: NodeJS.ReadableStream;
  /** Allow URLs on private or loopback addresses (`--allow-private`). */
  allowPrivate?: boolean;
  /** Give up on a URL after this long (ms). */
  timeoutMs?: number;
}

export type ReadItem = { article: Article } | { error: InputError };

/** File endings a directory walk picks up; anything else in a directory is skipped. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xml', '.rss', '.atom']);

export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    try {
      for (const article of await readInput(input, options)) {
        yield { article: withPublished(article, options.published) };
      }
    } catch (err) {
      yield { error: err instanceof InputError ? err : new InputError(input, (err as Error).message) };
    }
  }
}

function withPublished(article: Article, published: string | null | undefined): Article {
  return published && !article.published ? { ...article, published } : article;
}

async function readInput(input: string, options: ReadOptions): Promise<Article[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input === '-') return parseContent('-', decodeText('-', await readStream(options.stdin ?? process.stdin, maxBytes)));
  if (isUrl(input)) return readUrl(input, { allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs, maxBytes });
  const info = await statInput(input);
  if (info.isDirectory()) return readDirectory(input, options);
  checkSize(input, info.size, maxBytes);
  return parseContent(input, decodeText(input, await readFile(input)));
}

/** The fetcher `readUrl` uses: the guarded one, or a test's stand-in for the network. */
export type Fetcher = (url: string, options: FetchOptions) => Promise<Fetched>;

/**
 * A URL → its articles: fetched under the guard (./fetch.ts), then read like a file of the type it
 * was served as (a page, a feed, JSON, text). An article without a canonical URL of its own gets
 * the address it was finally fetched from.
 */
export async function readUrl(input: string, options: FetchOptions = {}, fetcher: Fetcher = fetchUrl): Promise<Article[]> {
  const fetched = await fetcher(input, options);
  return parseContent(input, decodeText(input, fetched.body), fetched.contentType).map((a) => ({ ...a, url: a.url ?? fetched.url }));
}

async function readDirectory(dir: string, options: ReadOptions): Promise<Article[]> {
  const files = (await walk(dir)).filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()));
  if (files.length === 0) throw new InputError(dir, 'is a directory with no article files (.txt, .json, .jsonl, .html, .xml)');
  const articles: Article[] = [];
  for (const file of files) articles.push(...(await readInput(file, options)));
  return articles;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    checkSize('-', size, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Choose a reader by content type, the file's ending, or the content itself, in that order. */
export function parseContent(input: string, content: string, contentType = ''): Article[] {
  const ext = isUrl(input) ? '' : extname(input).toLowerCase();
  const type = contentType.toLowerCase();
  const head = content.trimStart().slice(0, 500);
  if (/json/.test(type) || ext === '.json' || ext === '.jsonl' || ext === '.ndjson' || (ext === '' && !type && /^[[{]/.test(head))) {
    if (/feed\+json/.test(type) || /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head)) return readFeed(input, content);
    return readJson(input, content);
  }
  if (/rss|atom|rdf/.test(type) || ['.xml', '.rss', '.atom'].includes(ext) || looksLikeFeed(content)) return readFeed(input, content);
  if (/html/.test(type) || ext === '.html' || ext === '.htm' || /^(?:<!doctype html|<html[\s>])/i.test(head)) return [readHtml(input, content)];
  return [makeArticle({ text: content, source: input })];
}
