import type { DateKind } from '../../model/record.js';
import type { How } from '../../model/span.js';
import type { Day } from './calendar.js';

/** What a time expression's value may depend on, beyond its own words. */
export interface Env {
  /** The article's publication day; null when unknown (relative expressions stay unresolved). */
  ref: Day | null;
  /** The tense of the clause around the expression: a weekday in a past-tense report is the previous one. */
  tense: 'past' | 'future' | null;
  /** The last day the text itself fixed before this expression (`the previous day` counts from it). */
  anchor: Day | null;
}

/**
 * A time expression found by one parser, not yet resolved. `resolve` computes the TIMEX value from
 * the environment, so a refiner can change the tense or anchor and resolve again.
 */
export interface Candidate {
  start: number;
  end: number;
  kind: DateKind;
  /** Which parser proposed it (`chrono`, `duration`, `relative`, ...): merging prefers some. */
  source: string;
  /** True when the value needs the reference date (`on Tuesday`, `last month`, `today`). */
  relative: boolean;
  /** True when the words alone fix it (`September 28, 2019`, `P1Y`, `in 2019`). */
  how: How;
  resolve(env: Env): string | null;
  /** The day it resolves to, when it names one: later `the previous day` counts from it. */
  day?(env: Env): Day | null;
}
