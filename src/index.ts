/** Parley's library surface. */
export { extract, createDefaultPipeline, type ExtractOptions } from './extract.js';
export { createPipeline, selectStages, PipelineError, type Pipeline } from './pipeline/pipeline.js';
export { defineStage, type Stage } from './pipeline/stage.js';
export { DEFAULT_STAGES } from './pipeline/default.js';
export { readInputs, type ReadItem, type ReadOptions } from './ingest/read.js';
export { makeArticle } from './ingest/article.js';
export { InputError } from './ingest/errors.js';
export { toRecord } from './model/to-record.js';
export type * from './model/record.js';
export type * from './model/article.js';
export type * from './model/doc.js';
export type * from './model/span.js';
export { loadKb, lookup, resolveReference, type Resolved } from './kb/index.js';
export { openStore, openSqliteStore, openPgStore, DEFAULT_DB } from './store/open.js';
export type * from './store/types.js';
export { ingest, formatSummary, type IngestOptions, type IngestSummary } from './store/ingest.js';
export { exportStore, ploverEvent, type ExportKind } from './store/export.js';
export { consolidate } from './process/consolidate.js';
