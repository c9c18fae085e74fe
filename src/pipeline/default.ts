/**
 * The default pipeline: one literal, ordered list. Order is the data flow; createPipeline checks
 * that every stage comes after what it requires.
 */
import { cleanStage } from '../stages/clean/index.js';
import { sentencesStage } from '../stages/sentences/index.js';
import { mentionsStage } from '../stages/mentions/index.js';
import { actorsStage } from '../stages/actors/index.js';
import { placesStage } from '../stages/places/index.js';
import { datesStage } from '../stages/dates/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { eventsStage } from '../stages/events/index.js';
import { demandsStage } from '../stages/demands/index.js';
import { figuresStage } from '../stages/figures/index.js';
import type { Stage } from './stage.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  cleanStage,
  sentencesStage,
  mentionsStage,
  actorsStage,
  placesStage,
  datesStage,
  quotesStage,
  eventsStage,
  demandsStage,
  figuresStage,
];
