/**
 * The default pipeline: one literal, ordered list. Order is the data flow; createPipeline checks
 * that every stage comes after what it requires.
 */
import { sentencesStage } from '../stages/sentences/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import type { Stage } from './stage.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  sentencesStage,
  quotesStage,
];
