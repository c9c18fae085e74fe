import type { Command } from 'commander';
import type { ExtractionRecord } from '../model/record.js';
import { formatText, OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { EXIT_SOME_FAILED, parseIsoDate, parseList, parsePositiveInt, UsageError } from './shared.js';

interface ExtractFlags {
  format: string;
  published?: string;
  stages?: string;
  maxBytes?: string;
  allowPrivate?: boolean;
  timeout?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the record of each article (see OUTPUT.md) and print it')
    .argument('<inputs...>', 'files, directories, URLs, or - for standard input')
    .option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.join('|')}`, 'json')
    .option('--published <date>', 'reference date (YYYY-MM-DD) for articles that carry none')
    .option('--stages <names>', 'run only these stages (comma-separated) and what they need')
    .option('--max-bytes <n>', 'refuse any input larger than this many bytes (default 20 MB)')
    .option('--allow-private', 'allow fetching URLs on private or loopback addresses')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', '15')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(inputs, flags);
    });
}

async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  const format = flags.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${flags.format}"`);
  const published = flags.published ? parseIsoDate(flags.published, '--published') : null;
  const maxBytes = flags.maxBytes ? parsePositiveInt(flags.maxBytes, '--max-bytes') : undefined;
  const timeoutMs = parsePositiveInt(flags.timeout ?? '15', '--timeout') * 1000;
  // The pipeline and the readers load only when the command runs (they are most of the start-up).
  const [{ createDefaultPipeline }, { readInputs }, { toRecord }, { PipelineError }] = await Promise.all([
    import('../extract.js'), import('../ingest/read.js'), import('../model/to-record.js'), import('../pipeline/pipeline.js'),
  ]);
  let pipeline;
  try {
    pipeline = createDefaultPipeline(flags.stages ? parseList(flags.stages) : undefined);
  } catch (err) {
    if (err instanceof PipelineError) throw new UsageError(err.message);
    throw err;
  }

  const records: ExtractionRecord[] = [];
  let failedInputs = 0;
  let failedArticles = 0;
  const emit = (record: ExtractionRecord) => {
    if (format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
    else if (format === 'text') process.stdout.write(formatText(record) + '\n\n');
    else records.push(record);
  };
  for await (const item of readInputs(inputs, { published, maxBytes, timeoutMs, allowPrivate: flags.allowPrivate ?? false })) {
    if ('error' in item) {
      failedInputs++;
      process.stderr.write(`parley: ${item.error.message}\n`);
      continue;
    }
    const record = toRecord(pipeline.run(item.article));
    if (record.errors.length > 0) {
      failedArticles++;
      for (const e of record.errors) process.stderr.write(`parley: ${record.article.source}: ${e.stage === 'clean' ? '' : `stage ${e.stage} failed: `}${e.message}\n`);
      // An article refused before it was even split into sentences (e.g. not English) is skipped.
      if (record.sentences.length === 0) continue;
    }
    emit(record);
  }
  if (format === 'json' && records.length > 0) {
    process.stdout.write(JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + '\n');
  }
  if (failedInputs > 0 || failedArticles > 0) {
    process.stderr.write(`parley: ${failedInputs} input(s) could not be read, ${failedArticles} article(s) failed\n`);
    return EXIT_SOME_FAILED;
  }
  return 0;
}
