#!/usr/bin/env node
/**
 * `parley`: thin command-line layer over the library. Exit codes: 0 ok, 1 some inputs failed,
 * 2 usage error.
 */
import { Command, CommanderError } from 'commander';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerBench } from './bench.js';
import { registerDemo } from './demo.js';
import { registerServe } from './serve.js';
import { registerIngest } from './ingest.js';
import { registerProcess } from './process.js';
import { registerExport } from './export.js';
import { registerQuery } from './query.js';
import { EXIT_USAGE, UsageError } from './shared.js';

export function buildProgram(): Command {
  const program = new Command('parley')
    .description('Turn news dispatches about negotiations and conflicts into a sourced record of a peace process.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerExtract(program);
  registerEval(program);
  registerBench(program);
  registerServe(program);
  registerDemo(program);
  registerIngest(program);
  registerProcess(program);
  registerExport(program);
  registerQuery(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`parley: ${err.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`parley: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
