/**
 * The HTTP server: a thin fastify layer over the store. Every input is validated against the
 * contract's zod schemas; every error is a JSON problem body; the built UI is served beside the
 * API with headers that keep untrusted article text inert.
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/types.js';
import type { Problem } from './contract.js';
import type { Ingester } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { fromZod, HttpProblem, problem } from './problem.js';
import { ROUTES } from './routes.js';

export interface ServerOptions {
  store: Store;
  /** The token `POST /api/articles` needs; null makes the server read-only. */
  token: string | null;
  ingest: Ingester | null;
  /** The built UI (web/dist); null or absent serves the API only. */
  webRoot?: string | null;
  logger?: boolean;
}

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 4_000_000 });
  const ingest = options.token ? options.ingest : null;

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', CSP);
    return payload;
  });

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.problem);
    const status = typeof (err as { statusCode?: number }).statusCode === 'number' ? (err as { statusCode: number }).statusCode : 500;
    if (status >= 500) app.log.error(err);
    const detail = status >= 500 ? 'internal error (see the server log)' : (err as Error).message;
    return sendProblem(reply, problem(status, detail).problem);
  });
  app.setNotFoundHandler((req, reply) => sendProblem(reply, problem(404, `no route ${req.method} ${req.url.split('?')[0]}`).problem));

  for (const route of ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (req, reply) => {
        if (route.auth) checkToken(options.token, req.headers.authorization);
        const query = route.query ? parse('query', route.query, req.query ?? {}) : undefined;
        const params = route.params ? parse('path', route.params, req.params ?? {}) : undefined;
        const body = route.body ? parse('body', route.body, req.body ?? {}) : undefined;
        const result = await route.handler({ store: options.store, query, params, body, ingest });
        reply.code(route.status ?? 200).type('application/json; charset=utf-8');
        return result;
      },
    });
  }
  const doc = openApiDocument(ROUTES);
  app.get('/api/openapi.json', async () => doc);

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: ['index.html'], wildcard: true });
  }
  return app;
}

function parse(where: 'query' | 'path' | 'body', schema: import('zod').ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZod(where, result.error);
  return result.data;
}

function checkToken(token: string | null, header: string | undefined): void {
  if (!token) throw problem(403, 'this server is read-only: start it without --read-only to ingest');
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!given) throw problem(401, 'ingest needs the token printed at start-up, as "Authorization: Bearer <token>"');
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw problem(401, 'the token is wrong');
}

function sendProblem(reply: import('fastify').FastifyReply, p: Problem) {
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
}
