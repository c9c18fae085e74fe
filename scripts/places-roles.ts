/**
 * Debug aid: print every toponym of one article (a corpus JSON or a text file) with each mention's
 * role, and whether it is kept in `places`. `node --import tsx scripts/places-roles.ts FILE [word]`
 */
import { readFileSync } from 'node:fs';
import { createDefaultPipeline } from '../src/extract.js';
import { makeArticle } from '../src/ingest/article.js';

const [file, filter] = process.argv.slice(2);
const raw = readFileSync(file, 'utf8');
const fields = file.endsWith('.json') ? (JSON.parse(raw) as { text: string; published?: string }) : { text: raw };
const doc = createDefaultPipeline().run(makeArticle({ text: fields.text, published: fields.published ?? null }));
const text = doc.article.text;
for (const p of doc.toponyms ?? doc.places ?? []) {
  for (const m of p.mentions) {
    const line = `${p.literal ? 'KEEP' : 'drop'} ${p.name} (${p.kind}) ${m.role}: …${text.slice(Math.max(0, m.start - 40), m.start)}[${m.text}]${text.slice(m.end, m.end + 30)}…`.replace(/\n/g, ' ');
    if (!filter || line.includes(filter)) console.log(line);
  }
}
