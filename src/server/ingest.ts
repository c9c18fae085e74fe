/** `POST /api/articles`: a text or a public URL → the pipeline → the store. */
import type { z } from 'zod';
import { createDefaultPipeline } from '../extract.js';
import { makeArticle } from '../ingest/article.js';
import { FetchFailed, InputError } from '../ingest/errors.js';
import { readUrl, type Fetcher } from '../ingest/read.js';
import type { Article } from '../model/article.js';
import { toRecord } from '../model/to-record.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/types.js';
import type { IngestBody, IngestedArticle, IngestResult } from './contract.js';
import { problem } from './problem.js';

/** Tighter than the command line's: a caller of the API is not the machine's owner. */
export const URL_LIMITS = { maxBytes: 5_000_000, timeoutMs: 15_000, maxRedirects: 5 };
/** A feed can hold many articles; each runs the whole pipeline inside one request. */
export const MAX_ARTICLES_PER_URL = 100;

export interface Ingester {
  ingest(store: Store, body: z.output<typeof IngestBody>): Promise<IngestResult>;
}

export interface IngesterOptions {
  /** The fetcher (tests pass their own); defaults to the guarded one, private addresses refused. */
  fetch?: Fetcher;
  pipeline?: Pipeline;
}

export function createIngester(options: IngesterOptions = {}): Ingester {
  let pipeline = options.pipeline ?? null;
  return {
    async ingest(store, body) {
      const articles = body.url !== undefined
        ? (await readPosted(body.url, options.fetch)).map((a, _i, all) =>
            // The caller's fields win over the page's; a title only fits when the URL held one article.
            makeArticle({ ...a, title: (all.length === 1 ? body.title : undefined) ?? a.title, outlet: body.outlet ?? a.outlet, published: body.published ?? a.published }))
        : [postedText(body)];
      pipeline ??= createDefaultPipeline();
      const results: IngestedArticle[] = [];
      // One batch: readers keep the last merged record while a feed's articles go in, and the
      // merge runs once at the end rather than on the next read after each article.
      await store.beginBatch?.();
      try {
        for (const article of articles) {
          const record = toRecord(pipeline.run(article));
          const put = await store.put(record);
          results.push({
            articleId: put.articleId,
            status: put.status,
            counts: { actors: record.actors.length, quotes: record.quotes.length, events: record.events.length, demands: record.demands.length },
          });
        }
      } finally {
        await store.endBatch?.();
      }
      const [first, ...more] = results;
      return more.length > 0 ? { ...first, more } : first;
    },
  };
}

/** The URL's articles through the ingest readers; a refused or unreadable URL is the caller's 422, a failing far end a 502. */
/**
 * A posted text has no address of its own: its source names it by its content (`api:` and the
 * start of its id), so a second text is a second article rather than a correction of the first,
 * and the same text posted again is the same article.
 */
function postedText(body: z.output<typeof IngestBody>): Article {
  const article = makeArticle({ text: body.text!, source: 'api', title: body.title ?? null, outlet: body.outlet ?? null, published: body.published ?? null });
  return { ...article, source: `api:${article.id.replace(/^sha256:/, '').slice(0, 16)}` };
}

async function readPosted(url: string, fetcher: Fetcher | undefined): Promise<Article[]> {
  let articles: Article[];
  try {
    articles = await readUrl(url, { ...URL_LIMITS, allowPrivate: false, flagHints: false }, fetcher);
  } catch (err) {
    if (err instanceof FetchFailed) throw problem(502, `url: ${err.message}`);
    if (err instanceof InputError) throw problem(422, `url: ${err.message}`, [{ param: 'url', message: err.reason }]);
    throw problem(502, `url: could not fetch ${url}: ${(err as Error).message}`);
  }
  if (articles.length > MAX_ARTICLES_PER_URL) {
    const reason = `holds ${articles.length} articles, more than the ${MAX_ARTICLES_PER_URL} one request may ingest`;
    throw problem(422, `url: ${url}: ${reason}`, [{ param: 'url', message: reason }]);
  }
  return articles;
}
