import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BEGIN, END, previousRun, ratio, terminalReport, updateBenchmarks } from './report.js';
import type { BenchRun } from './run.js';

function run(date: string, articlesPerSecond: number): BenchRun {
  return {
    date,
    machine: { cpu: 'Test CPU', cores: 2, node: 'v20.0.0', platform: 'linux x64', pinning: 'taskset -c 0 (one core)', load: 0.5 },
    corpus: ['12 articles'],
    result: {
      articles: 2000, distinct: 228, wallMs: 4000, articlesPerSecond, tokens: 100000, tokensPerSecond: 25000, tokenSource: 'tokens layer',
      perArticle: { medianMs: 1, p95Ms: 4 }, stages: { sentences: { medianMs: 0.9, p95Ms: 3.5, totalMs: 1900 } },
      startup: { bootMs: 300, importMs: 150, firstRunMs: 90, totalMs: 240 }, peakRssMb: 160, failedArticles: 0, store: { status: 'not built yet' },
    },
  };
}

describe('BENCHMARKS.md', () => {
  it('writes a new file with the run, and reads it back as the previous run', () => {
    const first = updateBenchmarks(null, run('2026-11-26 10:00 UTC', 500), null);
    assert.match(first, /^# Benchmarks/);
    assert.match(first, /\| articles\/s \| 500\.0 \|  \|/);
    assert.deepEqual(previousRun(first), run('2026-11-26 10:00 UTC', 500));
  });

  it('compares with the previous run and keeps the history and what others wrote', () => {
    const first = updateBenchmarks(null, run('2026-11-26 10:00 UTC', 500), null);
    // Another section's table after the bench section is no part of its history.
    const edited = first.replace(END, `${END}\n\n## Store\n\nWritten by someone else.\n\n| what | result |\n| --- | --- |\n| \`vite build\` | 2.1 s |\n`);
    const prev = previousRun(edited);
    const second = updateBenchmarks(edited, run('2026-11-27 10:00 UTC', 600), prev);
    assert.match(second, /\| articles\/s \| 600\.0 \| ×1\.20 \|/);
    assert.match(second, /## Store\n\nWritten by someone else\./);
    assert.equal(second.split(BEGIN).length, 2, 'one bench section');
    const history = second.split('\n').filter((l) => /^\| 2026-11-2\d 10:00 UTC/.test(l));
    assert.deepEqual(history.map((l) => l.slice(2, 12)), ['2026-11-27', '2026-11-26']);
    assert.equal(previousRun(second)?.result.articlesPerSecond, 600);
    assert.equal(second.split('| `vite build` | 2.1 s |').length, 2, 'the other table stays once, outside the section');
  });

  it('prints ratios on the terminal', () => {
    const text = terminalReport(run('b', 600), run('a', 500));
    assert.match(text, /ratios: this run \/ the run of a/);
    assert.match(text, /articles\/s +600\.0 +×1\.20/);
    assert.match(text, /store ingest +not built yet/);
    assert.equal(ratio(1, 0), '');
  });

  it('ignores a broken machine-readable block', () => {
    assert.equal(previousRun('```json bench-last\n{ not json\n```'), null);
  });
});
