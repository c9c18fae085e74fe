import { performance } from 'node:perf_hooks';
import type { Article } from '../model/article.js';
import { createDoc, type Doc, type LayerName } from '../model/doc.js';
import type { Stage } from './stage.js';

export class PipelineError extends Error {
  override name = 'PipelineError';
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(article: Article): Doc;
}

/**
 * Build a pipeline from an ordered list of stages, checking the order once, here: a stage placed
 * before what it needs fails now, naming both, rather than producing a wrong answer later.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  validate(stages);
  const frozen = Object.freeze([...stages]);
  return { stages: frozen, run: (article) => runStages(frozen, article) };
}

function validate(stages: readonly Stage[]): void {
  const names = new Set<string>();
  const addedBy = new Map<LayerName, string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice in the pipeline`);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (addedBy.has(need)) continue;
      const later = stages.find((s) => s.adds.includes(need));
      throw new PipelineError(
        later
          ? `stage "${stage.name}" requires "${need}", which stage "${later.name}" adds, but "${later.name}" is placed after it`
          : `stage "${stage.name}" requires "${need}", which no stage in the pipeline adds`,
      );
    }
    for (const optional of stage.uses ?? []) {
      if (addedBy.has(optional)) continue;
      const later = stages.slice(stages.indexOf(stage) + 1).find((s) => s.adds.includes(optional));
      if (later) {
        throw new PipelineError(
          `stage "${stage.name}" uses "${optional}", which stage "${later.name}" adds, but "${later.name}" is placed after it`,
        );
      }
    }
    for (const added of stage.adds) addedBy.set(added, stage.name);
  }
}

/**
 * Run stages in order. A stage that throws fails this article: its error goes into `errors` and
 * the stages after it do not run, so nothing downstream works from a half-made layer.
 */
function runStages(stages: readonly Stage[], article: Article): Doc {
  let doc = createDoc(article);
  for (const stage of stages) {
    const t0 = performance.now();
    try {
      const added = stage.run(doc);
      const ms = round(performance.now() - t0);
      doc = { ...doc, ...added, stages: [...doc.stages, { name: stage.name, version: stage.version, ms }] };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { ...doc, errors: [...doc.errors, { stage: stage.name, message }] };
    }
  }
  return doc;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * The stages to run for a user's selection (`--stages quotes,events`): the named stages and every
 * stage they need, transitively, in the order of the full list. Unknown names are a usage error.
 */
export function selectStages(all: readonly Stage[], wanted: readonly string[]): Stage[] {
  const byName = new Map(all.map((s) => [s.name, s]));
  for (const name of wanted) {
    if (!byName.has(name)) {
      throw new PipelineError(`unknown stage "${name}" (stages: ${all.map((s) => s.name).join(', ')})`);
    }
  }
  const keep = new Set<string>(wanted);
  for (let i = all.length - 1; i >= 0; i--) {
    const stage = all[i];
    if (!keep.has(stage.name)) continue;
    for (const need of [...stage.requires, ...(stage.uses ?? [])]) {
      const provider = all.slice(0, i).reverse().find((s) => s.adds.includes(need));
      if (provider) keep.add(provider.name);
    }
  }
  return all.filter((s) => keep.has(s.name));
}
