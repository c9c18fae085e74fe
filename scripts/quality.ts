/**
 * Runs every `parley eval` that QUALITY.md reports, and writes the summary table at the top of
 * QUALITY.md (between its summary markers) with the date and the commands. Each number comes
 * from the same command a reader can run by hand. Needs ../shared. Run: npm run quality
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SHARED } from '../test/shared.js';

interface Prf { precision: number | null; recall: number | null; f1: number | null; tp?: number; gold?: number; pred?: number }
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const START = '<!-- summary:start (written by scripts/quality.ts) -->';
const END = '<!-- summary:end -->';

function evaluate(args: string[]): Json {
  const out = execFileSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'parley.js'), 'eval', ...args, '--json'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as Json;
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : (100 * x).toFixed(1));
const prf = (m: Prf) => `${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)}`;

if (!existsSync(SHARED)) {
  console.error(`quality: needs the shared material at ${SHARED}`);
  process.exit(2);
}
const rel = (p: string) => `../shared/${p}`;
const rows: string[] = [];
const commands: string[] = [];
const run = (args: string[]) => {
  commands.push(`parley eval ${args.join(' ')}`);
  process.stderr.write(`quality: parley eval ${args.join(' ')}\n`);
  return evaluate(args);
};

const conll = run([rel('eval/dev/conll2003.jsonl'), '--split', 'dev']).spans[0];
rows.push(`| Entities, CoNLL-2003 dev, exact span+type, micro PER/ORG/LOC | ${prf(conll.entities.exact.micro)} | 0.88 F1 |`);
rows.push(`| Entities, CoNLL-2003 dev, MISC (apart) | ${prf(conll.entities.exact.MISC)} | — |`);
for (const [set, target] of [['geowebnews', 'F1 0.80; 161 km 0.85'], ['lgl', '161 km 0.70'], ['trnews', '—']] as const) {
  const s = run([rel(`eval/dev/${set}.jsonl`), '--split', 'dev']).spans[0];
  rows.push(`| Toponyms, ${set} dev: detection (overlap); within 161 km ${pct(s.places.within161km.accuracy)}% | ${prf(s.places.detection)} | ${target} |`);
}
const temp = run([rel('eval/dev/tempeval3.jsonl')]).spans[0];
rows.push(`| Dates, TempEval-3 (train as dev), DATE spans (overlap); value on matched ${pct(temp.dates.byType.DATE.value.accuracy)}% | ${prf(temp.dates.byType.DATE)} | F1 0.85; value 0.80 |`);
const pol = run([rel('eval/dev/polnear.jsonl'), '--split', 'dev']).spans[0];
rows.push(`| Quotes, PolNeAR dev, in quotation marks (overlap); speaker ${pct(pol.quotes.quoted.speaker.accuracy)}% | ${prf(pol.quotes.quoted)} | F1 0.85; speaker 0.80 |`);
rows.push(`| Quotes, PolNeAR dev, all attributions (overlap) | ${prf(pol.quotes.all)} | F1 0.55 |`);
const seed = run([rel('seed/expected.json'), '--article', rel('seed/000_1b2f12c785d16f70.txt')]).facts.total;
const corpus = run([rel('corpus/gold'), '--articles', rel('corpus')]).facts.total;
const targets: Record<string, string> = { events: 'R 0.6, P 0.75', demands: 'R 0.6, P 0.75', quotes: 'R 0.8' };
for (const kind of ['actors', 'places', 'dates', 'quotes', 'events', 'demands', 'figures']) {
  rows.push(`| Facts, ${kind}: seed ${seed[kind].tp}/${seed[kind].gold} found, ${seed[kind].tp}/${seed[kind].pred} right; corpus gold (12 articles) → | ${prf(corpus[kind])} | ${targets[kind] ?? '—'} |`);
}

const today = new Date().toISOString().slice(0, 10);
const summary = [
  START,
  `## Summary (${today}, \`npm run quality\`)`,
  '',
  '| task | P | R | F1 | target |',
  '|---|---:|---:|---:|---|',
  ...rows,
  '',
  'Commands (from the project folder, with `../shared` beside it):',
  '',
  ...commands.map((c) => `- \`${c}\``),
  END,
].join('\n');

const path = join(PROJECT_ROOT, 'QUALITY.md');
const current = readFileSync(path, 'utf8');
const next = current.includes(START)
  ? current.slice(0, current.indexOf(START)) + summary + current.slice(current.indexOf(END) + END.length)
  : current.replace(/^(# Quality\n)/, `$1\n${summary}\n`);
writeFileSync(path, next);
console.log(summary);
