import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { buildUi, uiBuilt, WEB_DIST } from '../server/ui.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { parsePositiveInt, UsageError } from './shared.js';

interface ServeFlags {
  db: string;
  port: string;
  host: string;
  readOnly?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API and the web UI over a store (read-only; ingest needs the printed token)')
    .option('--db <path>', 'SQLite database file, or a postgres:// URL', 'parley.db')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to bind; the default serves this machine only', '127.0.0.1')
    .option('--read-only', 'refuse POST /api/articles altogether (no token is made)')
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      const isUrl = /^postgres(ql)?:\/\//.test(flags.db);
      if (!isUrl && !existsSync(flags.db)) throw new UsageError(`--db ${flags.db}: no such database file (ingest articles into it first, or run npm start for the demo)`);
      if (!uiBuilt()) {
        process.stderr.write('parley: building the web UI (web/dist is missing)…\n');
        await buildUi();
      }
      const store = await openStore(flags.db);
      const running = await startServer({ store, host: flags.host, port, readOnly: flags.readOnly ?? false });
      announce(running, flags.db, await countArticles(store));
    });
}

export function parsePort(value: string): number {
  if (value === '0') return 0;
  const n = parsePositiveInt(value, '--port');
  if (n > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got "${value}"`);
  return n;
}

export interface Running {
  app: FastifyInstance;
  url: string;
  token: string | null;
  /** Bound to an address other machines can reach. */
  exposed: boolean;
  close: () => Promise<void>;
}

/** Listen, and close the server and the store on SIGINT/SIGTERM. */
export async function startServer(options: { store: Store; host: string; port: number; readOnly: boolean }): Promise<Running> {
  // fastify, the routes and the pipeline load here, when a server starts, not for `parley --help`.
  const [{ buildServer }, { createIngester }] = await Promise.all([import('../server/app.js'), import('../server/ingest.js')]);
  const token = options.readOnly ? null : randomBytes(24).toString('base64url');
  const app = await buildServer({ store: options.store, token, ingest: token ? createIngester() : null, webRoot: WEB_DIST });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const close = async () => {
    await app.close();
    await options.store.close();
  };
  const stop = () => {
    close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const exposed = !/^(127\.\d+\.\d+\.\d+|localhost|::1)$/.test(options.host);
  return { app, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host}:${port}/`, token, exposed, close };
}

export function announce(running: Running, db: string, articles: number): void {
  const lines = [`Parley is serving ${running.url}  (${articles} article${articles === 1 ? '' : 's'} in ${db})`];
  lines.push(running.token
    ? `Ingest token (POST /api/articles, header "Authorization: Bearer <token>"): ${running.token}`
    : 'Read-only: POST /api/articles is off.');
  if (running.exposed) {
    lines.push('Note: bound beyond this machine: anyone who can reach this address can read the store.');
  }
  lines.push('Press Ctrl+C to stop.');
  process.stdout.write(lines.join('\n') + '\n');
}

export async function countArticles(store: Store): Promise<number> {
  return (await store.listArticles({ limit: 1 })).total;
}
