/**
 * `npm run bench`: the pipeline's speed and memory, written to BENCHMARKS.md. The same as
 * `parley bench` (see src/cli/bench.ts); arguments pass through (`npm run bench -- --articles 200`).
 */
import { main } from '../src/cli/main.js';

process.exitCode = await main(['bench', ...process.argv.slice(2)]);
