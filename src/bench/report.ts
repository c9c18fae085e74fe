/**
 * BENCHMARKS.md: the latest run in a table, the previous run's numbers beside it as ratios, a
 * history line per run, and a machine-readable copy of the latest run that the next run reads.
 * Only the part between the bench markers is rewritten; anything else in the file is kept.
 */
import type { BenchRun } from './run.js';

export const BEGIN = '<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->';
export const END = '<!-- bench:end -->';
const JSON_OPEN = '```json bench-last';
const HISTORY_HEAD = '| date | machine | load | articles | articles/s | tokens/s | start-up ms | peak RSS MB | store ingest/s | stages |';

/** The previous run, from the machine-readable block of an existing BENCHMARKS.md. */
export function previousRun(markdown: string): BenchRun | null {
  const at = markdown.indexOf(JSON_OPEN);
  if (at < 0) return null;
  const from = at + JSON_OPEN.length;
  const to = markdown.indexOf('```', from);
  try {
    return JSON.parse(markdown.slice(from, to)) as BenchRun;
  } catch {
    return null;
  }
}

function historyRows(markdown: string): string[] {
  const at = markdown.indexOf(HISTORY_HEAD);
  if (at < 0) return [];
  // The history table only: its rows run on from the header to the first line that is no row, and
  // each starts with a run's date (other tables of the file are not runs).
  const rows: string[] = [];
  for (const l of markdown.slice(at).split('\n').slice(2)) {
    if (!l.startsWith('| ')) break;
    if (/^\| \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \|/.test(l)) rows.push(l);
  }
  return rows;
}

/** `×1.23` (new/old) where both exist; for times and memory, below 1 is better. */
export function ratio(now: number | undefined, before: number | undefined): string {
  if (now === undefined || before === undefined || before === 0) return '';
  return `×${(now / before).toFixed(2)}`;
}

export interface Line {
  measure: string;
  value: string;
  ratio: string;
}

export function lines(run: BenchRun, prev: BenchRun | null): Line[] {
  const r = run.result;
  const p = prev?.result;
  const out: Line[] = [
    { measure: 'articles/s', value: r.articlesPerSecond.toFixed(1), ratio: ratio(r.articlesPerSecond, p?.articlesPerSecond) },
    { measure: `tokens/s (${r.tokenSource})`, value: String(r.tokensPerSecond), ratio: ratio(r.tokensPerSecond, p?.tokensPerSecond) },
    { measure: 'per article, median ms', value: r.perArticle.medianMs.toFixed(3), ratio: ratio(r.perArticle.medianMs, p?.perArticle.medianMs) },
    { measure: 'per article, p95 ms', value: r.perArticle.p95Ms.toFixed(3), ratio: ratio(r.perArticle.p95Ms, p?.perArticle.p95Ms) },
    { measure: 'start-up ms (import + first article)', value: r.startup.totalMs.toFixed(1), ratio: ratio(r.startup.totalMs, p?.startup.totalMs) },
    { measure: '  of which first article (loads models)', value: r.startup.firstRunMs.toFixed(1), ratio: ratio(r.startup.firstRunMs, p?.startup.firstRunMs) },
    { measure: 'process boot ms (node + tsx loader)', value: r.startup.bootMs.toFixed(1), ratio: ratio(r.startup.bootMs, p?.startup.bootMs) },
    { measure: 'peak RSS MB', value: r.peakRssMb.toFixed(1), ratio: ratio(r.peakRssMb, p?.peakRssMb) },
  ];
  for (const [name, s] of Object.entries(r.stages)) {
    const before = p?.stages[name];
    out.push({ measure: `stage ${name}: median / p95 ms`, value: `${s.medianMs.toFixed(3)} / ${s.p95Ms.toFixed(3)}`, ratio: ratio(s.medianMs, before?.medianMs) });
  }
  out.push(r.store.status === 'ok'
    ? { measure: `store ingest records/s (${r.store.records} records)`, value: String(r.store.perSecond), ratio: ratio(r.store.perSecond, p?.store.perSecond) }
    : { measure: 'store ingest', value: r.store.status + (r.store.message ? ` (${r.store.message})` : ''), ratio: '' });
  return out;
}

export function terminalReport(run: BenchRun, prev: BenchRun | null): string {
  const ls = lines(run, prev);
  const w = Math.max(...ls.map((l) => l.measure.length));
  const v = Math.max(...ls.map((l) => l.value.length));
  const head = [
    `bench: ${run.result.articles} articles (${run.result.distinct} distinct: ${run.corpus.join(', ')}), ${run.machine.pinning}`,
    `machine: ${run.machine.cpu}, ${run.machine.cores} cores, Node ${run.machine.node}, load average ${run.machine.load ?? '?'} at the start`,
    prev ? `ratios: this run / the run of ${prev.date} (for times and memory, below 1 is better)` : 'no previous run to compare with',
  ];
  if (run.result.failedArticles > 0) head.push(`warning: ${run.result.failedArticles} articles failed a stage`);
  return [...head, '', ...ls.map((l) => `${l.measure.padEnd(w)}  ${l.value.padStart(v)}  ${l.ratio}`)].join('\n');
}

export function markdownSection(run: BenchRun, prev: BenchRun | null, existing: string): string {
  const r = run.result;
  const table = ['| measure | value | vs previous |', '| --- | ---: | ---: |', ...lines(run, prev).map((l) => `| ${l.measure.trim()} | ${l.value} | ${l.ratio} |`)];
  const row = `| ${run.date} | ${run.machine.cpu}, ${run.machine.cores} cores, Node ${run.machine.node} | ${run.machine.load ?? '?'} | ${r.articles} | ${r.articlesPerSecond.toFixed(1)} | ${r.tokensPerSecond} | ${r.startup.totalMs.toFixed(1)} | ${r.peakRssMb.toFixed(1)} | ${r.store.status === 'ok' ? r.store.perSecond : '—'} | ${Object.keys(r.stages).join(', ')} |`;
  return [
    BEGIN,
    '## Pipeline speed',
    '',
    `Latest run: ${run.date}, \`npm run bench\` on ${run.machine.cpu} (${run.machine.cores} cores, ${run.machine.platform}), Node ${run.machine.node}; ` +
      `measured process ${run.machine.pinning}; load average ${run.machine.load ?? '?'} at the start. Corpus: ${r.articles} articles, the ${r.distinct} distinct ones (${run.corpus.join(', ')}) repeated. ` +
      (prev ? `Ratios are this run / the run of ${prev.date}.` : 'No previous run to compare with.'),
    '',
    ...table,
    '',
    '### History',
    '',
    HISTORY_HEAD,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    row,
    ...historyRows(existing).slice(0, 50),
    '',
    'Machine-readable copy of the latest run (the next run compares with it):',
    '',
    JSON_OPEN,
    JSON.stringify(run, null, 2),
    '```',
    END,
  ].join('\n');
}

export const PREAMBLE = `# Benchmarks

Speed and memory of Parley on this project's machines, from a command anyone can run:
\`npm run bench\` (or \`parley bench\`; \`--articles N\` for a smaller run). It runs the whole
pipeline over the articles of \`../shared/corpus\` and the CoNLL-2003 dev documents, repeated to at
least 2,000 articles, in a fresh process kept to one core, and writes the section below. It is a
benchmark, not a test: CI never fails on speed. Compare runs on the same machine only, and mind
the load average: on the shared development machine two runs minutes apart differed threefold.
`;

/** The new BENCHMARKS.md: the old file with the bench section replaced (or appended). */
export function updateBenchmarks(existing: string | null, run: BenchRun, prev: BenchRun | null): string {
  const section = markdownSection(run, prev, existing ?? '');
  if (!existing || existing.trim() === '') return `${PREAMBLE}\n${section}\n`;
  const b = existing.indexOf(BEGIN);
  const e = existing.indexOf(END);
  if (b >= 0 && e > b) return existing.slice(0, b) + section + existing.slice(e + END.length);
  return existing.trimEnd() + '\n\n' + section + '\n';
}
