import type { Command } from 'commander';
import type { ProcessDetail, Store } from '../store/types.js';
import { dbOption, withStore } from './store-options.js';
import { UsageError } from './shared.js';

interface Flags {
  db: string;
  json?: boolean;
  name?: string;
}

export function registerProcess(program: Command): void {
  const cmd = program.command('process').description('List, show and edit the peace processes assembled from the stored articles');
  dbOption(cmd.command('list').description('processes, their state and size').option('--json', 'print JSON'))
    .action((flags: Flags) => run(flags, async (s) => {
      const list = await s.processes();
      if (flags.json) return print(JSON.stringify(list, null, 2));
      if (list.length === 0) return print('no processes yet (ingest articles about talks first)');
      for (const p of list) {
        print(`${p.id}\t${p.name}${p.named ? ' (named)' : ''}\t${p.state}\t${p.trackCount} track(s), ${p.eventCount} event(s), ${p.articleCount} article(s)\t${p.firstDate ?? '?'} – ${p.lastDate ?? '?'}`);
      }
    }));
  dbOption(cmd.command('show').description('one process: tracks, rounds, agreements, positions').argument('<id>').option('--json', 'print JSON'))
    .action((id: string, flags: Flags) => run(flags, async (s) => {
      const p = await s.getProcess(id);
      if (!p) throw new UsageError(`no process "${id}" (see parley process list)`);
      const positions = await s.positions({ process: id });
      if (flags.json) return print(JSON.stringify({ ...p, positions }, null, 2));
      print(formatProcess(p));
      if (positions.length) {
        print('\nPositions:');
        for (const series of positions) {
          print(`  ${series.actor.name} — ${series.issue}`);
          for (const e of series.entries) print(`    ${e.date ?? '?'} ${e.kind} (${e.change}): ${e.content}${e.condition ? ` [if: ${e.condition}]` : ''} — ${e.sources.length} source(s)`);
        }
      }
    }));
  dbOption(cmd.command('rename').description('name a process (kept across re-ingest)').argument('<id>').argument('<name>'))
    .action((id: string, name: string, flags: Flags) => run(flags, async (s) => {
      await s.renameProcess(id, name);
      print(`${id}\t${name}`);
    }));
  dbOption(cmd.command('merge').description('merge processes into the first (kept across re-ingest)').argument('<ids...>'))
    .action((ids: string[], flags: Flags) => run(flags, async (s) => {
      print(await s.mergeProcesses(ids));
    }));
  dbOption(cmd.command('split').description('move tracks out of a process into a new one (kept across re-ingest)')
    .argument('<id>').argument('<tracks...>').option('--name <name>', 'name of the new process'))
    .action((id: string, tracks: string[], flags: Flags) => run(flags, async (s) => {
      print(await s.splitProcess(id, tracks, flags.name));
    }));
}

function print(line: string): void {
  process.stdout.write(line + '\n');
}

async function run(flags: Flags, fn: (s: Store) => Promise<void>): Promise<void> {
  await withStore(flags.db, async (s) => {
    try {
      await fn(s);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError((err as Error).message);
    }
  });
}

export function formatProcess(p: ProcessDetail): string {
  const names = (xs: { name: string }[]) => xs.map((x) => x.name).join(', ') || '—';
  const out = [`${p.name} (${p.id}) — ${p.state}`, `  parties: ${names(p.parties)}`, `  hosts: ${names(p.hosts)}   venues: ${names(p.venues)}`];
  for (const t of p.tracks) {
    out.push(`\n  Track: ${t.name} (${t.id}) — ${t.state}${t.latestRound !== null ? `, latest round ${t.latestRound}` : ''}`);
    out.push(`    parties: ${names(t.parties)}; hosts: ${names(t.hosts)}; venues: ${names(t.venues)}`);
    if (t.precondition) out.push(`    precondition: ${t.precondition}${t.preconditionSummary ? ` (${t.preconditionSummary})` : ''}`);
    for (const r of t.rounds) out.push(`    ${r.order}. ${r.number !== null ? `round ${r.number} ` : ''}${r.date ?? 'undated'} ${r.place?.name ?? ''} — ${r.outcome} (${r.sourceCount} source(s))`);
    for (const a of t.agreements) out.push(`    agreement: ${a.stage}${a.about ? ` — ${a.about}` : ''} ${a.date ?? ''}`);
  }
  if (p.delegations?.length) out.push('\n  Delegations:');
  for (const d of p.delegations ?? []) {
    const when = (x: { firstDate: string | null; lastDate: string | null; reportCount: number }) =>
      `${[x.firstDate, x.lastDate !== x.firstDate ? x.lastDate : null].filter(Boolean).join(' – ') || 'undated'}, ${x.reportCount} report(s)`;
    const heads = d.heads.map((h) => `${h.actor.name} (${when(h)})`).join(', then ') || 'head not named';
    out.push(`    ${d.party.name}: led by ${heads}; members: ${names(d.members.map((m) => m.actor))}; size: ${d.size ?? '—'}; ${d.reportCount} report(s)`);
  }
  return out.join('\n');
}
