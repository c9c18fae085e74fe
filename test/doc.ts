/**
 * A Doc for tests of stages after `sentences`: the article, its sentences and tokens, and any
 * hand-made layers (mentions, dateline) a test needs from stages not run here.
 */
import { makeArticle, type ArticleFields } from '../src/ingest/article.js';
import type { Doc, Layers } from '../src/model/doc.js';
import { analyse } from '../src/nlp/analyse.js';

export function docOf(fields: ArticleFields | string, layers: Partial<Layers> = {}): Doc {
  const article = makeArticle(typeof fields === 'string' ? { text: fields } : fields);
  return { article, stages: [], errors: [], ...analyse(article.text), ...layers };
}
