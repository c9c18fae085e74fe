import type { Article } from './model/article.js';
import type { ExtractionRecord } from './model/record.js';
import { toRecord } from './model/to-record.js';
import { makeArticle, type ArticleFields } from './ingest/article.js';
import { DEFAULT_STAGES } from './pipeline/default.js';
import { createPipeline, selectStages, type Pipeline } from './pipeline/pipeline.js';

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) for relative dates when the article carries none. */
  published?: string | null;
  /** Run only these stages (and what they need). */
  stages?: readonly string[];
  /** A pipeline built once by the caller, for batches. */
  pipeline?: Pipeline;
}

/** Build the default pipeline, or the part of it a selection of stage names needs. */
export function createDefaultPipeline(stages?: readonly string[]): Pipeline {
  return createPipeline(stages && stages.length > 0 ? selectStages(DEFAULT_STAGES, stages) : DEFAULT_STAGES);
}

/**
 * Extract the record of one article: `extract("WASHINGTON (Reuters) - ...")` or
 * `extract({ text, published: "2019-09-03", source: "..." })`.
 */
export function extract(input: string | ArticleFields | Article, options: ExtractOptions = {}): ExtractionRecord {
  const fields: ArticleFields = typeof input === 'string' ? { text: input } : input;
  let article = makeArticle(fields);
  if (options.published && !article.published) article = { ...article, published: options.published };
  const pipeline = options.pipeline ?? createDefaultPipeline(options.stages);
  return toRecord(pipeline.run(article));
}
