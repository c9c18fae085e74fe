/**
 * `parley demo` (what `npm start` runs): build the UI, ingest the shipped demo corpus (data/demo)
 * into a fresh SQLite database, serve it and print the URL.
 */
import { readdir, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildUi, uiBuilt } from '../server/ui.js';
import { ingest } from '../store/ingest.js';
import { openStore } from '../store/open.js';
import { announce, countArticles, parsePort, startServer } from './serve.js';

export const DEMO_DIR = fileURLToPath(new URL('../../data/demo/', import.meta.url));

interface DemoFlags {
  db: string;
  port: string;
  host: string;
  build: boolean;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Build the UI, ingest the demo corpus into a fresh database and serve it (npm start)')
    .option('--db <path>', 'SQLite file to (re)create', 'parley-demo.db')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--no-build', 'reuse web/dist when it is already built')
    .action(async (flags: DemoFlags) => {
      const port = parsePort(flags.port);
      if (flags.build || !uiBuilt()) {
        process.stdout.write('Building the web UI…\n');
        await buildUi();
      }
      for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(`${flags.db}${suffix}`, { force: true });
      const store = await openStore(flags.db);
      // The articles only: the folder's README is not an article. Three articles: no worker threads.
      // Sources are stored relative to the working directory, so no local path is served.
      const files = (await readdir(DEMO_DIR)).filter((f) => /\.(txt|json)$/.test(f)).sort().map((f) => relative(process.cwd(), `${DEMO_DIR}${f}`));
      const summary = await ingest(store, files, { workers: 0 });
      for (const f of summary.failures) process.stderr.write(`parley: ${f.source}: ${f.reason}\n`);
      const stored = summary.new + summary.updated + summary.unchanged;
      process.stdout.write(`Ingested ${stored} demo article${stored === 1 ? '' : 's'} from data/demo into ${flags.db}.\n`);
      const running = await startServer({ store, host: flags.host, port, readOnly: false });
      announce(running, flags.db, await countArticles(store));
    });
}
