/**
 * The default pipeline: one literal, ordered list. Order is the data flow; createPipeline checks
 * that every stage comes after what it requires.
 */
import { actorsStage } from '../stages/actors/index.js';
import { sentencesStage } from '../stages/sentences/index.js';
import { placesStage } from '../stages/places/index.js';
import { datesStage } from '../stages/dates/index.js';
import { eventsStage } from '../stages/events/index.js';
import { demandsStage } from '../stages/demands/index.js';
import { figuresStage } from '../stages/figures/index.js';
import type { Stage } from './stage.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  sentencesStage,
  actorsStage,
  placesStage,
  datesStage,
  eventsStage,
  demandsStage,
  figuresStage,
];
