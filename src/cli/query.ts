import type { Command } from 'commander';
import type { EventStatus, PloverType } from '../model/record.js';
import type { DateRange } from '../store/types.js';
import { parsePositiveInt, UsageError } from './shared.js';
import { dbOption, withStore } from './store-options.js';

interface QueryFlags {
  db: string;
  actor?: string;
  type?: string;
  process?: string;
  status?: string;
  from?: string;
  to?: string;
  text?: string;
  limit?: string;
  offset?: string;
  format: string;
}

const KINDS = ['events', 'quotes', 'demands'] as const;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function registerQuery(program: Command): void {
  dbOption(program.command('query')
    .description('Events, quotes or demands from the store, filtered')
    .argument('[kind]', KINDS.join('|'), 'events')
    .option('--actor <id>', 'an actor id (kb:TALIBAN): party to the event, speaker of the quote, holder or addressee of the demand')
    .option('--type <type>', 'events: PLOVER type (CONSULT, AGREE, …); demands: kind (demand, condition, refusal, offer, …)')
    .option('--process <id>', 'a process id (see parley process list)')
    .option('--status <status>', 'events: occurred, ended, expected, near, postponed, …')
    .option('--from <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'up to this date, inclusive')
    .option('--text <words>', 'words in the evidence (events, demands) or the quote')
    .option('--limit <n>', 'at most this many rows', '50')
    .option('--offset <n>', 'skip this many rows', '0')
    .option('-f, --format <format>', 'text|json|jsonl', 'text'))
    .action(async (kind: string, flags: QueryFlags) => {
      if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`query what? expected one of ${KINDS.join(', ')}, got "${kind}"`);
      if (!['text', 'json', 'jsonl'].includes(flags.format)) throw new UsageError(`--format must be text, json or jsonl, got "${flags.format}"`);
      for (const [flag, v] of [['--from', flags.from], ['--to', flags.to]] as const) {
        if (v && !DATE.test(v)) throw new UsageError(`${flag} expects YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
      }
      const date: DateRange | undefined = flags.from || flags.to ? { from: flags.from, to: flags.to } : undefined;
      const limit = parsePositiveInt(flags.limit ?? '50', '--limit');
      const offset = Number(flags.offset ?? 0);
      await withStore(flags.db, async (s) => {
        const page =
          kind === 'events'
            ? await s.events({ actor: flags.actor, type: flags.type?.toUpperCase() as PloverType | undefined, process: flags.process, status: flags.status as EventStatus | undefined, date, text: flags.text, limit, offset })
            : kind === 'quotes'
              ? await s.quotes({ speaker: flags.actor, process: flags.process, date, text: flags.text, limit, offset })
              : await s.demands({ actor: flags.actor, kind: flags.type as never, process: flags.process, date, text: flags.text, limit, offset });
        const out = (line: string) => process.stdout.write(line + '\n');
        if (flags.format === 'json') return out(JSON.stringify(page, null, 2));
        if (flags.format === 'jsonl') return page.items.forEach((x) => out(JSON.stringify(x)));
        for (const x of page.items as unknown[]) out(textLine(kind as (typeof KINDS)[number], x));
        process.stderr.write(`${page.items.length} of ${page.total} ${kind}${page.total > offset + page.items.length ? ` (--offset ${offset + page.items.length} for more)` : ''}\n`);
      });
    });
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function textLine(kind: (typeof KINDS)[number], x: any): string {
  const names = (xs: { name: string }[]) => xs.map((a) => a.name).join(' + ') || '?';
  if (kind === 'events') {
    return `${x.date ?? 'undated'}\t${x.type}${x.mode ? `/${x.mode}` : ''}\t${names(x.source)} → ${names(x.target)}${x.place ? ` @ ${x.place.name}` : ''}\t${x.statuses.join('/')}${x.conflict ? ' (CONFLICTING REPORTS)' : ''}${x.round !== null ? `\tround ${x.round}` : ''}\t${x.sourceCount} source(s), ${x.outletCount} outlet(s)\t${x.id}`;
  }
  if (kind === 'quotes') return `${x.article.published ?? 'undated'}\t${x.speaker?.name ?? x.speakerText ?? '?'}:\t${x.direct ? `"${x.text}"` : x.text}\t(${x.article.outlet ?? x.article.source})`;
  return `${x.date ?? 'undated'}\t${x.holder?.name ?? '?'} → ${x.addressee?.name ?? '?'}\t${x.kind}\t${x.issue}: ${x.content}${x.condition ? ` [if: ${x.condition}]` : ''}\t(${x.article.outlet ?? x.article.source})`;
}
