import type { Doc } from './doc.js';
import { RECORD_VERSION, type ExtractionRecord } from './record.js';

/** The public record (OUTPUT.md) of an annotated Doc. Layers no stage produced come out empty. */
export function toRecord(doc: Doc): ExtractionRecord {
  const { article } = doc;
  return {
    parley: RECORD_VERSION,
    article: {
      id: article.id,
      source: article.source,
      url: article.url,
      outlet: article.outlet,
      title: article.title,
      author: article.author,
      published: article.published,
      language: doc.language ?? article.language,
      text: article.text,
      dateline: doc.dateline ?? article.dateline,
      blocks: doc.blocks ?? article.blocks,
    },
    sentences: (doc.sentences ?? []).map(({ start, end }) => ({ start, end })),
    actors: doc.actors ?? [],
    places: doc.places ?? [],
    dates: doc.dates ?? [],
    quotes: doc.quotes ?? [],
    events: doc.events ?? [],
    demands: doc.demands ?? [],
    figures: doc.figures ?? [],
    // (only where the events stage ran: records of a partial pipeline keep their old shape)
    ...(doc.delegations ? { delegations: doc.delegations } : {}),
    stages: [...doc.stages],
    errors: [...doc.errors],
  };
}
