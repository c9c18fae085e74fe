/** The OpenAPI 3.1 document of the route table, with parameters from the contract's zod schemas. */
import { z } from 'zod';
import { API_VERSION } from './contract.js';
import { RESPONSES } from './responses.js';
import type { RouteDef } from './routes.js';

type JsonSchema = { properties?: Record<string, object>; required?: string[] } & Record<string, unknown>;

function responseSchema(name: string): object {
  const schema = RESPONSES[name];
  if (!schema) throw new Error(`route returns ${name}, which has no schema in responses.ts`);
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  return json;
}

export function openApiDocument(routes: readonly RouteDef[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const parameters: object[] = [];
    for (const [where, schema] of [['query', r.query], ['path', r.params]] as const) {
      if (!schema) continue;
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      for (const [name, s] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s });
      }
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').split('/').filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join('')}`,
      parameters,
      responses: {
        [String(r.status ?? 200)]: { description: `${r.returns} (see src/server/contract.ts)`, content: { 'application/json': { schema: responseSchema(r.returns) } } },
        '400': { description: 'Bad parameter', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        ...(r.url.includes(':id') ? { '404': { description: 'Not found', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } } : {}),
      },
    };
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } };
    if (r.auth) op.security = [{ token: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Parley API', version: API_VERSION, description: 'Read the sourced record of peace processes. Every fact carries character offsets into its article.' },
    paths,
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'The token `parley serve` prints at start-up' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { param: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  };
}
