/**
 * Extraction across cores: a pool of worker threads, each with its own pipeline. Articles go out
 * to whichever worker is free; records come back in completion order. With `workers: 0` the
 * pipeline runs in the calling thread (small batches, tests, debugging).
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { ExtractionRecord } from '../model/record.js';
import { toRecord } from '../model/to-record.js';
import type { LayerProducers } from '../store/types.js';
import { createDefaultPipeline } from '../extract.js';
import { producersOf } from './producers.js';

export interface ExtractPool {
  /** Extract one article; rejects when the worker fails (not when a stage fails: that is in `record.errors`). */
  extract(article: Article): Promise<ExtractionRecord>;
  producers(): Promise<LayerProducers>;
  close(): Promise<void>;
}

export interface PoolOptions {
  workers: number;
  stages?: readonly string[];
}

export function createExtractPool(options: PoolOptions): ExtractPool {
  if (options.workers <= 0) {
    const pipeline = createDefaultPipeline(options.stages);
    return {
      extract: async (article) => toRecord(pipeline.run(article)),
      producers: async () => producersOf(pipeline.stages),
      close: async () => undefined,
    };
  }
  // Check the stage selection here, so a bad --stages is one clear error, not a crashed worker.
  createDefaultPipeline(options.stages);
  type Job = { id: number; article: Article; resolve: (r: ExtractionRecord) => void; reject: (e: Error) => void };
  interface Slot { worker: Worker; job: Job | null; ready: Promise<LayerProducers> }
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./pool-worker.mjs', import.meta.url), { workerData: { stages: options.stages ? [...options.stages] : undefined } });
    let markReady!: (p: LayerProducers) => void;
    let failReady!: (e: Error) => void;
    const slot: Slot = { worker, job: null, ready: new Promise((res, rej) => ([markReady, failReady] = [res, rej])) };
    slot.ready.catch(() => undefined);
    worker.on('message', (msg: { type: string; id?: number; record?: ExtractionRecord; message?: string; producers?: LayerProducers }) => {
      if (msg.type === 'ready') {
        markReady(msg.producers!);
        pump();
        return;
      }
      const job = slot.job;
      slot.job = null;
      if (job && msg.type === 'done') job.resolve(msg.record!);
      else if (job) job.reject(new Error(msg.message ?? 'extraction failed'));
      pump();
    });
    worker.on('error', (err) => {
      failReady(err);
      slot.job?.reject(new Error(`worker crashed: ${err.message}`));
      slot.job = null;
    });
    worker.on('exit', () => {
      // A worker that dies (out of memory, a crash in native code) is replaced; its article
      // has already been failed above.
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (!closed) {
        slot.job?.reject(new Error('worker exited'));
        slots.push(spawn());
      }
    });
    return slot;
  };
  const pump = () => {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      void slot.ready.then(() => {
        if (slot.job || queue.length === 0) return;
        const job = queue.shift()!;
        slot.job = job;
        slot.worker.postMessage({ id: job.id, article: job.article });
      });
    }
  };
  for (let i = 0; i < options.workers; i++) slots.push(spawn());
  return {
    extract: (article) =>
      new Promise<ExtractionRecord>((resolve, reject) => {
        queue.push({ id: nextId++, article, resolve, reject });
        pump();
      }),
    producers: () => slots[0].ready,
    close: async () => {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
