/**
 * Actors found on the shared corpus (../shared/corpus: 10 news + 2 open articles) against the hand
 * gold, by id (`kb:USA` and `new:USA` both count as `USA`), and the share of gold mentions attached to
 * the right actor (span overlap). Prints a Markdown table for QUALITY.md; `--detail` lists ids.
 * Runs the integrated pipeline (the tagger's `mentions`, then actors); `--no-tagger` leaves the
 * tagger out, to compare.
 *
 *   node --import tsx scripts/actors-corpus.ts [--detail] [--no-tagger]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultPipeline, extract } from '../src/extract.js';
import { DEFAULT_STAGES } from '../src/pipeline/default.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { SHARED } from '../test/shared.js';
import { goldMentionSpans, type GoldActor } from '../test/gold.js';

const corpus = join(SHARED, 'corpus');
if (!existsSync(corpus)) {
  console.error(`scripts/actors-corpus.ts: ${corpus} is absent (the shared material is needed)`);
  process.exit(1);
}
const detail = process.argv.includes('--detail');
// Selecting `actors` brings in the stages it uses (the tagger among them): leave it out by hand.
const pipeline = process.argv.includes('--no-tagger')
  ? createPipeline(DEFAULT_STAGES.filter((st) => st.name !== 'mentions' && ['clean', 'sentences', 'actors'].includes(st.name)))
  : createDefaultPipeline(['actors']);
const files = ['001', '002', '003', '004', '005', '006', '007', '008', '009', '010', 'open-001', 'open-002'];
const rows: string[] = [];
let tg = 0, tf = 0, tm = 0, tgm = 0, tmm = 0;
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', `${f}.json`), 'utf8')) as { article: string; actors: GoldActor[] };
  const art = JSON.parse(readFileSync(join(corpus, gold.article), 'utf8')) as { text: string; published: string | null; outlet: string | null; title: string | null };
  const rec = extract({ text: art.text, published: art.published, outlet: art.outlet, title: art.title }, { pipeline });
  const found = new Map(rec.actors.map((a) => [a.id.replace(/^(kb|new):/, ''), a]));
  const goldIds = new Set(gold.actors.map((a) => a.id));
  const matched = [...goldIds].filter((id) => found.has(id));
  let gm = 0, mm = 0;
  for (const g of gold.actors) {
    for (const span of goldMentionSpans(art.text, g)) {
      gm++;
      const a = found.get(g.id);
      if (a?.mentions.some((m) => m.start < span.end && span.start < m.end)) mm++;
    }
  }
  tg += goldIds.size; tf += found.size; tm += matched.length; tgm += gm; tmm += mm;
  const missed = [...goldIds].filter((id) => !found.has(id));
  const extra = [...found.keys()].filter((id) => !goldIds.has(id));
  rows.push(`| ${f} | ${goldIds.size} | ${found.size} | ${matched.length} | ${mm}/${gm} |${detail ? ` ${missed.join(', ')} | ${extra.join(', ')} |` : ''}`);
}
console.log(`| article | gold actors | found | matched by id | gold mentions attached |${detail ? ' missed | extra |' : ''}`);
console.log(`|---|---:|---:|---:|---:|${detail ? '---|---|' : ''}`);
for (const r of rows) console.log(r);
console.log(`| **total** | ${tg} | ${tf} | ${tm} (recall ${(tm / tg).toFixed(2)}, precision ${(tm / tf).toFixed(2)}) | ${tmm}/${tgm} (${(tmm / tgm).toFixed(2)}) |${detail ? ' | |' : ''}`);
