#!/usr/bin/env node
// Entry point of the `parley` command: runs the TypeScript sources through tsx's loader, so the
// package works straight from a clone (`npm ci`) without a build step.
import { register } from 'tsx/esm/api';

// `parley export ... | head`: a reader that stops early is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
