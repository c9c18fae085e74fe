import type { Command } from 'commander';
import { InputError } from '../ingest/errors.js';
import { TASKS, type GoldSource, type Task } from '../eval/load.js';
import { EXIT_SOME_FAILED, parseList, parsePositiveInt, UsageError } from './shared.js';

/** Where the report goes (standard output); tests swap it to read what a user would see. */
export const evalOutput = { write: (text: string): void => void process.stdout.write(text) };

interface EvalFlags {
  split?: string;
  article?: string;
  articles?: string;
  json?: boolean;
  errors?: string;
  limit?: string;
  task?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score what Parley extracts against gold: span gold (.jsonl: entities, places, quotes, dates) or fact gold (.json like seed/expected.json)')
    .argument('<gold...>', 'gold files or folders (.jsonl span gold, .json fact gold)')
    .option('--split <name>', 'score only documents of this split (dev, train)')
    .option('--article <path>', 'the article of a single fact gold file (instead of its "article" field)')
    .option('--articles <dir>', 'folder that fact gold "article" paths are relative to')
    .option('--json', 'print the scores as JSON')
    .option('--errors <n>', 'print the first n misses and false hits with context')
    .option('--limit <n>', 'score at most n documents of each span gold file, and at most n fact gold files')
    .option('--task <names>', `score only these tasks (comma-separated): ${TASKS.join(', ')}`)
    .action(async (gold: string[], flags: EvalFlags) => {
      process.exitCode = await runEval(gold, flags);
    });
}

async function runEval(paths: string[], flags: EvalFlags): Promise<number> {
  const errorsShown = flags.errors !== undefined ? parseNonNegativeInt(flags.errors, '--errors') : 0;
  const limit = flags.limit ? parsePositiveInt(flags.limit, '--limit') : undefined;
  let tasks: Task[] | undefined;
  if (flags.task) {
    tasks = parseList(flags.task) as Task[];
    const unknown = tasks.filter((t) => !TASKS.includes(t));
    if (unknown.length) throw new UsageError(`--task: unknown task "${unknown[0]}" (tasks: ${TASKS.join(', ')})`);
  }
  // The scorers (and the pipeline they run) load only when the command runs.
  const [{ loadGold }, { formatReport }, { countDocs, evaluate }, { createProgress }] = await Promise.all([
    import('../eval/load.js'), import('../eval/report.js'), import('../eval/run.js'), import('./progress.js'),
  ]);
  const sources: GoldSource[] = [];
  let failed = 0;
  const fail = (err: InputError) => {
    failed++;
    process.stderr.write(`parley: ${err.message}\n`);
  };
  for (const path of paths) {
    try {
      sources.push(...(await loadGold(path)));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      fail(err);
    }
  }
  const factCount = sources.filter((s) => s.shape === 'facts').length;
  if (flags.article && factCount !== 1) throw new UsageError(`--article names the article of one fact gold file, but ${factCount} were given`);
  const opts = { split: flags.split, limit, tasks, article: flags.article, articles: flags.articles };
  const total = countDocs(sources, opts);
  if (sources.length > 0 && total === 0) {
    const splits = [...new Set(sources.flatMap((s) => (s.shape === 'spans' ? s.docs.map((d) => d.split ?? 'none') : [])))];
    throw new UsageError(`no documents to score${flags.split ? ` in split "${flags.split}" (splits here: ${splits.join(', ')})` : ''}`);
  }
  const progress = createProgress('eval', total);
  const report = await evaluate(sources, { ...opts, onDoc: () => progress.tick() }, fail);
  progress.stop();
  if (report.spans.length === 0 && !report.facts) {
    if (failed > 0) return EXIT_SOME_FAILED;
    throw new UsageError(`nothing to score: the gold has none of the tasks asked for (${(tasks ?? TASKS).join(', ')})`);
  }
  if (flags.json) {
    const out = { date: new Date().toISOString(), ...report, errors: report.errors.slice(0, errorsShown), errorCount: report.errors.length };
    evalOutput.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    evalOutput.write(formatReport(report, errorsShown) + '\n');
  }
  return failed > 0 ? EXIT_SOME_FAILED : 0;
}

function parseNonNegativeInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} expects a whole number ≥ 0, got "${value}"`);
  return n;
}
