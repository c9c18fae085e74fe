import type { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchRun } from '../bench/run.js';
import { parsePositiveInt, UsageError } from './shared.js';

interface BenchFlags {
  articles: string;
  shared?: string;
  out: string;
  write: boolean;
  json?: boolean;
}

export const DEFAULT_BENCH_ARTICLES = 2000;
/** The project folder: BENCHMARKS.md lives there and ../shared beside it, wherever the command runs. */
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Measure speed and memory of the full pipeline (articles/s, tokens/s, per stage, start-up, peak RSS) and write BENCHMARKS.md')
    .option('--articles <n>', 'how many articles to run (the corpus repeated)', String(DEFAULT_BENCH_ARTICLES))
    .option('--shared <dir>', 'the shared folder with corpus/ and eval/ (default ../shared)')
    .option('--out <file>', 'the benchmarks file to update', join(PROJECT, 'BENCHMARKS.md'))
    .option('--no-write', 'print the numbers without updating the benchmarks file')
    .option('--json', 'print the run as JSON')
    .action(async (flags: BenchFlags) => {
      process.exitCode = await runBench(flags);
    });
}

async function runBench(flags: BenchFlags): Promise<number> {
  const count = parsePositiveInt(flags.articles, '--articles');
  const shared = flags.shared ?? process.env.PARLEY_SHARED ?? join(PROJECT, '..', 'shared');
  if (!existsSync(join(shared, 'corpus'))) throw new UsageError(`${shared}: no corpus/ folder here (point --shared at the shared folder)`);
  const [{ loadBenchCorpus }, { previousRun, terminalReport, updateBenchmarks }, { machine, runWorker }] = await Promise.all([
    import('../bench/corpus.js'), import('../bench/report.js'), import('../bench/run.js'),
  ]);
  const corpus = await loadBenchCorpus(shared);
  if (corpus.distinct.length === 0) throw new UsageError(`${shared}: no articles to run`);
  process.stderr.write(`bench: running ${count} articles in a fresh process…\n`);
  const load = loadavg()[0];
  const { result, pinning } = runWorker(corpus.distinct, count);
  const run: BenchRun = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', machine: machine(pinning, load), corpus: corpus.sources, result };
  const existing = existsSync(flags.out) ? readFileSync(flags.out, 'utf8') : null;
  const prev = existing ? previousRun(existing) : null;
  if (flags.json) process.stdout.write(JSON.stringify({ run, previous: prev }, null, 2) + '\n');
  else process.stdout.write(terminalReport(run, prev) + '\n');
  if (flags.write) {
    writeFileSync(flags.out, updateBenchmarks(existing, run, prev));
    process.stderr.write(`bench: wrote ${flags.out}\n`);
  }
  return 0;
}
