/** RFC 9457 problem bodies: every error the API returns names what was wrong, in JSON. */
import type { ZodError } from 'zod';
import type { Problem } from './contract.js';

export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal error',
  502: 'Bad gateway',
};

export function problem(status: number, detail: string, errors?: Problem['errors']): HttpProblem {
  return new HttpProblem({ type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...(errors ? { errors } : {}) });
}

/** A 400 naming each bad parameter (`from: expected a date as YYYY-MM-DD, YYYY-MM or YYYY`). */
export function fromZod(where: 'query' | 'path' | 'body', error: ZodError): HttpProblem {
  let errors = error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { param: issue.keys.join(','), message: `unknown ${where} parameter${issue.keys.length > 1 ? 's' : ''}` };
    }
    const param = issue.path.map(String).join('.') || '(body)';
    return { param, message: issue.message };
  });
  // One message per parameter: the first says what is wrong (a bad format makes later checks moot).
  const seen = new Set<string>();
  errors = errors.filter((e) => (seen.has(e.param) ? false : (seen.add(e.param), true)));
  const detail = errors.map((e) => `${where} parameter "${e.param}": ${e.message}`).join('; ');
  return problem(400, detail, errors);
}
