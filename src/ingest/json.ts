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
  const articles = jsonLines(input, content).map(({ value, line }, i) => toArticle(input, value, i, true, line));
  if (articles.length === 0) throw new InputError(input, 'holds no JSON documents');
  return articles;
}

/** JSON Lines → each line's value and line number; blank lines are skipped, a bad line is named (`file:3`). */
export function jsonLines(input: string, content: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    try {
      out.push({ value: JSON.parse(lines[i]), line: i + 1 });
    } catch (err) {
      throw new InputError(`${input}:${i + 1}`, `is not valid JSON (${(err as Error).message})`);
    }
  }
  return out;
}

/** More than one line, and the first is a JSON value of its own. */
export function looksLikeJsonLines(content: string): boolean {
  const lines = content.trim().split('\n');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]);
    return true;
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
