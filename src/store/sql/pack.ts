/**
 * The stored copy of a whole record (everything but the text, which has its own column) is
 * compressed: records hold every mention of every layer and run to several times the article's
 * size, while only `getArticle` and the JSONL export read them back. `z1:` + base64 of raw
 * deflate keeps the column a plain TEXT on both databases; an uncompressed JSON value still reads.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function packJson(value: unknown): string {
  return 'z1:' + deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 6 }).toString('base64');
}

export function unpackJson<T>(stored: string): T {
  if (stored.startsWith('z1:')) return JSON.parse(inflateRawSync(Buffer.from(stored.slice(3), 'base64')).toString('utf8')) as T;
  return JSON.parse(stored) as T;
}
