import type { Command } from 'commander';
import { exportStore, type ExportKind } from '../store/export.js';
import { UsageError } from './shared.js';
import { dbOption, withStore } from './store-options.js';

const FORMATS = ['jsonl', 'csv', 'plover'] as const;
const KINDS: ExportKind[] = ['events', 'quotes', 'demands'];

export function registerExport(program: Command): void {
  dbOption(program.command('export')
    .description('Export the store: jsonl (one record per article), csv (--kind events|quotes|demands), plover (one PLOVER-style event a line)')
    .option('-f, --format <format>', FORMATS.join('|'), 'jsonl')
    .option('--kind <kind>', `for csv: ${KINDS.join('|')}`, 'events'))
    .action(async (flags: { db: string; format: string; kind: string }) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
      if (!(KINDS as string[]).includes(flags.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, got "${flags.kind}"`);
      await withStore(flags.db, async (store) => {
        await exportStore(store, flags.format as (typeof FORMATS)[number], flags.kind as ExportKind, (chunk) => process.stdout.write(chunk));
      });
    });
}
