/**
 * `parley bench`: write the corpus for the worker, start it fresh on one core, read its numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model/article.js';
import type { BenchResult } from './worker.js';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** How the measured process was kept to one core. */
  pinning: string;
  /** 1-minute load average when the run started: on a shared machine, a busy neighbour slows it. */
  load: number;
}

export interface BenchRun {
  date: string;
  machine: Machine;
  corpus: string[];
  result: BenchResult;
}

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');
/** The project folder, where `--import tsx` resolves whatever the caller's working folder. */
const PROJECT = join(dirname(WORKER), '..', '..');

function hasTaskset(): boolean {
  return spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function machine(pinning: string, load = loadavg()[0]): Machine {
  const list = cpus();
  return { cpu: list[0]?.model.trim() ?? 'unknown', cores: list.length, node: process.version, platform: `${process.platform} ${process.arch}`, pinning, load: Math.round(load * 100) / 100 };
}

export function runWorker(distinct: readonly Article[], count: number): { result: BenchResult; pinning: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, distinct.map((a) => JSON.stringify({ text: a.text, published: a.published, source: a.source })).join('\n') + '\n');
    const node = [process.execPath, '--import', 'tsx', WORKER, file, String(count)];
    const pinned = hasTaskset();
    // One core: the pipeline is single-threaded, and the number should not depend on how many
    // cores the machine has free for the garbage collector's helper threads.
    const [cmd, ...args] = pinned ? ['taskset', '-c', '0', ...node] : node;
    const child = spawnSync(cmd, args, { cwd: PROJECT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.status !== 0) throw new Error(`bench worker failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const last = child.stdout.trim().split('\n').pop() ?? '';
    return { result: JSON.parse(last) as BenchResult, pinning: pinned ? 'taskset -c 0 (one core)' : 'not pinned (no taskset): one thread' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
