/** One extraction worker: builds the pipeline once, then turns articles into records. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import { toRecord } from '../model/to-record.js';
import { createDefaultPipeline } from '../extract.js';
import { producersOf } from './producers.js';

const port = parentPort!;
const pipeline = createDefaultPipeline((workerData as { stages?: string[] }).stages);
port.postMessage({ type: 'ready', producers: producersOf(pipeline.stages) });
port.on('message', (msg: { id: number; article: Article }) => {
  try {
    port.postMessage({ type: 'done', id: msg.id, record: toRecord(pipeline.run(msg.article)) });
  } catch (err) {
    port.postMessage({ type: 'failed', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  }
});
