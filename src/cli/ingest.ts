import type { Command } from 'commander';
import { PipelineError } from '../pipeline/pipeline.js';
import { defaultWorkers, formatSummary, ingest } from '../store/ingest.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import { EXIT_SOME_FAILED, parseIsoDate, parseList, parsePositiveInt, UsageError } from './shared.js';

interface IngestFlags {
  db: string;
  since?: string;
  limit?: string;
  published?: string;
  workers?: string;
  stages?: string;
  maxBytes?: string;
  allowPrivate?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract articles and store them (one transaction each); merge them into events, processes and positions')
    .argument('<inputs...>', 'files, directories, URLs, feeds, or - for standard input')
    .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
    .option('--since <date>', 'skip articles published before this date (YYYY-MM-DD)')
    .option('--limit <n>', 'stop after this many articles')
    .option('--published <date>', 'reference date (YYYY-MM-DD) for articles that carry none')
    .option('--workers <n>', `extraction threads (default ${defaultWorkers()}; 0 = in the main thread)`)
    .option('--stages <names>', 'run only these stages (comma-separated) and what they need')
    .option('--max-bytes <n>', 'refuse any input larger than this many bytes (default 20 MB)')
    .option('--allow-private', 'allow fetching URLs on private or loopback addresses')
    .action(async (inputs: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(inputs, flags);
    });
}

async function runIngest(inputs: string[], flags: IngestFlags): Promise<number> {
  const since = flags.since ? parseIsoDate(flags.since, '--since') : null;
  const published = flags.published ? parseIsoDate(flags.published, '--published') : null;
  const limit = flags.limit ? parsePositiveInt(flags.limit, '--limit') : undefined;
  const maxBytes = flags.maxBytes ? parsePositiveInt(flags.maxBytes, '--max-bytes') : undefined;
  let workers: number | undefined;
  if (flags.workers !== undefined) {
    workers = Number(flags.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers expects a whole number (0 or more), got "${flags.workers}"`);
  }
  const stages = flags.stages ? parseList(flags.stages) : undefined;
  const store = await openStore(flags.db).catch((err: Error) => {
    throw new UsageError(`cannot open the database ${flags.db}: ${err.message}`);
  });
  const { createProgress } = await import('./progress.js');
  const progress = createProgress('ingest', 0);
  try {
    const summary = await ingest(store, inputs, {
      since, published, limit, maxBytes, workers, stages, allowPrivate: flags.allowPrivate ?? false,
      onDiscovered: (n) => progress.setTotal(n),
      onArticle: (o) => {
        progress.tick();
        if (o.status === 'failed') process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}parley: ${o.source}: ${o.reason}\n`);
      },
    });
    progress.stop();
    process.stderr.write(`parley: ingested into ${flags.db}: ${formatSummary(summary)}\n`);
    return summary.failed > 0 ? EXIT_SOME_FAILED : 0;
  } catch (err) {
    progress.stop();
    if (err instanceof PipelineError) throw new UsageError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}
