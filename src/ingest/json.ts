import type { Article } from '../model/article.js';
import { makeArticle } from './article.js';
import { InputError } from './errors.js';

/** The fields a JSON document may carry; other fields are ignored. */
interface JsonDocument {
  id?: unknown;
  text?: unknown;
  title?: unknown;
  published?: unknown;
  url?: unknown;
  outlet?: unknown;
  author?: unknown;
}

/**
 * A JSON file holding one document or an array of them, or JSON Lines (one a line). Each document
 * needs a string `text`; its `id` is kept in the source (`file.jsonl#<id>`), its `published` is its
 * reference date.
 */
export function readJson(input: string, content: string): Article[] {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !looksLikeJsonLines(trimmed))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (err) {
      throw new InputError(input, `is not valid JSON (${(err as Error).message})`);
    }
    const docs = Array.isArray(parsed) ? parsed : [parsed];
    if (docs.length === 0) throw new InputError(input, 'holds an empty JSON array: no articles');
    return docs.map((doc, i) => toArticle(input, doc, i, Array.isArray(parsed)));
  }
  const articles: Article[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    let doc: unknown;
    try {
      doc = JSON.parse(lines[i]);
    } catch (err) {
      throw new InputError(`${input}:${i + 1}`, `is not valid JSON (${(err as Error).message})`);
    }
    articles.push(toArticle(input, doc, articles.length, true, i + 1));
  }
  if (articles.length === 0) throw new InputError(input, 'holds no JSON documents');
  return articles;
}

function looksLikeJsonLines(text: string): boolean {
  const firstLine = text.split('\n', 1)[0];
  try {
    JSON.parse(firstLine);
    return text.trim().includes('\n');
  } catch {
    return false;
  }
}

function toArticle(input: string, raw: unknown, index: number, many: boolean, line?: number): Article {
  const where = line !== undefined ? `${input}:${line}` : many ? `${input}[${index}]` : input;
  if (!raw || typeof raw !== 'object') throw new InputError(where, 'is not a JSON object with a "text" field');
  const doc = raw as JsonDocument;
  if (typeof doc.text !== 'string') throw new InputError(where, 'has no string "text" field');
  if (doc.text.trim() === '') throw new InputError(where, 'has an empty "text" field');
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : null;
  return makeArticle({
    text: doc.text,
    source: many || id !== null ? `${input}#${id ?? index + 1}` : input,
    title: str(doc.title),
    published: str(doc.published),
    url: str(doc.url),
    outlet: str(doc.outlet),
    author: str(doc.author),
  });
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
