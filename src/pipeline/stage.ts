import type { Doc, LayerName, Layers } from '../model/doc.js';

/**
 * One step of the pipeline. A stage declares what it reads and what it adds, and its `run` is
 * pure: it returns the layers it adds and never touches the Doc it was given.
 */
export interface Stage {
  /** Unique, used in `--stages`, in the record's `stages` and in error messages. */
  readonly name: string;
  /** Bumped whenever the stage's output for the same input may change (facts in the store keep it). */
  readonly version: string;
  readonly requires: readonly LayerName[];
  /**
   * Layers the stage reads when they are there and does without otherwise (the quotes stage
   * resolves speakers to actors when the actors stage ran). One must not come from a later stage.
   */
  readonly uses?: readonly LayerName[];
  readonly adds: readonly LayerName[];
  run(doc: Doc): Partial<Layers>;
}

/** What a stage module writes: `run` must return exactly the layers named in `adds`. */
export interface StageSpec<A extends LayerName> extends Stage {
  readonly adds: readonly A[];
  run(doc: Doc): Pick<Layers, A>;
}

export function defineStage<A extends LayerName>(spec: StageSpec<A>): Stage {
  return spec;
}
