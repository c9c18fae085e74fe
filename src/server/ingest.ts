/** `POST /api/articles`: a text or a public URL → the pipeline → the store. */
import type { z } from 'zod';
import { createDefaultPipeline } from '../extract.js';
import { makeArticle } from '../ingest/article.js';
import { toRecord } from '../model/to-record.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/types.js';
import type { IngestBody, IngestResult } from './contract.js';
import { htmlToText } from './html-text.js';
import { problem } from './problem.js';
import { FetchRefused, safeFetch, type Fetched } from './safe-fetch.js';

export interface Ingester {
  ingest(store: Store, body: z.output<typeof IngestBody>): Promise<IngestResult>;
}

export interface IngesterOptions {
  /** The fetcher (tests pass their own); defaults to the guarded one. */
  fetch?: (url: string) => Promise<Fetched>;
  pipeline?: Pipeline;
}

export function createIngester(options: IngesterOptions = {}): Ingester {
  const fetchPage = options.fetch ?? ((url: string) => safeFetch(url));
  let pipeline = options.pipeline ?? null;
  return {
    async ingest(store, body) {
      let fields: Parameters<typeof makeArticle>[0];
      if (body.url !== undefined) {
        let page: Fetched;
        try {
          page = await fetchPage(body.url);
        } catch (err) {
          if (err instanceof FetchRefused) throw problem(422, `url: ${err.message}`, [{ param: 'url', message: err.message }]);
          throw problem(502, `url: could not fetch ${body.url}: ${(err as Error).message}`);
        }
        const read = /html/i.test(page.contentType) ? htmlToText(page.body) : { title: null, text: page.body.trim(), outlet: null, published: null };
        if (!read || !read.text) throw problem(422, `url: no article text found at ${page.url}`, [{ param: 'url', message: 'no article text found' }]);
        fields = { text: read.text, source: page.url, url: page.url, title: body.title ?? read.title, outlet: body.outlet ?? read.outlet, published: body.published ?? read.published };
      } else {
        fields = { text: body.text!, source: 'api', title: body.title ?? null, outlet: body.outlet ?? null, published: body.published ?? null };
      }
      pipeline ??= createDefaultPipeline();
      const record = toRecord(pipeline.run(makeArticle(fields)));
      const put = await store.put(record);
      return {
        articleId: put.articleId,
        status: put.status,
        counts: { actors: record.actors.length, quotes: record.quotes.length, events: record.events.length, demands: record.demands.length },
      };
    },
  };
}
