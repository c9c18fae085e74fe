/**
 * Debug aid: the actors of one corpus article (JSON with text) and the tagger's mentions near a word.
 * `node --import tsx scripts/actors-debug.ts FILE [word]`
 */
import { readFileSync } from 'node:fs';
import { createDefaultPipeline } from '../src/extract.js';
import { makeArticle } from '../src/ingest/article.js';

const [file, filter] = process.argv.slice(2);
const fields = JSON.parse(readFileSync(file, 'utf8')) as { text: string; published?: string };
const doc = createDefaultPipeline(process.env.NOTAGGER ? ['clean', 'actors', 'places'] : undefined).run(makeArticle({ text: fields.text, published: fields.published ?? null }));
const text = doc.article.text;
const near = (s: number, e: number) => `…${text.slice(Math.max(0, s - 30), s)}[${text.slice(s, e)}]${text.slice(e, e + 25)}…`.replace(/\n/g, ' ');
for (const a of doc.actors ?? []) {
  const ms = a.mentions.map((m) => `${near(m.start, m.end)} ${m.how}`);
  if (filter && !ms.some((m) => m.includes(filter)) && !a.id.includes(filter)) continue;
  console.log(`${a.id} (${a.type})\n   ${ms.join('\n   ')}`);
}
if (filter) for (const m of doc.mentions ?? []) if (m.text.includes(filter)) console.log(`MENTION ${m.type} ${m.source} ${near(m.start, m.end)}`);
console.log('blocks:', (doc.blocks ?? []).filter((b) => b.kind !== 'paragraph').map((b) => `${b.kind}:${text.slice(b.start, b.end).slice(0, 40)}`));
