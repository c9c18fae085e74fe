/**
 * The year (or week) a date that does not state it means, from the reference date and the tense.
 */
import type { Env } from './candidate.js';
import { addDays, compareDay, weekday, type Day } from './calendar.js';

/** The weekday meant: in a past-tense report the last one (or today), in a future one the next. */
export function weekdayNear(ref: Day, wd: number, tense: Env['tense']): Day {
  const diff = (wd - weekday(ref) + 7) % 7; // days forward to the next such weekday (0 = today)
  if (tense === 'future') return addDays(ref, diff);
  if (tense === 'past' || diff > 3) return addDays(ref, diff === 0 ? 0 : diff - 7);
  return addDays(ref, diff);
}

/** The year a month (and day) without one means: the last one in a report, the next in a plan. */
export function yearFor(ref: Day, month: number, day: number, tense: Env['tense']): Day {
  const same: Day = { year: ref.year, month, day };
  const cmp = compareDay(same, ref);
  const ahead = (month - ref.month + 12) % 12;
  // In a past-tense report a date just ahead is still this year's (`called an election for April
  // 13`, `a transition supposed to begin on Aug. 1`); further ahead, it is last year's.
  if (tense === 'past') return cmp <= 0 || ahead <= 3 ? same : { ...same, year: ref.year - 1 };
  if (tense === 'future') return cmp >= 0 || month === ref.month ? same : { ...same, year: ref.year + 1 };
  // No tense to go by: the nearest, within six months either way.
  const months = (month - ref.month) + (day - ref.day) / 31;
  if (months > 6) return { ...same, year: ref.year - 1 };
  if (months < -6) return { ...same, year: ref.year + 1 };
  return same;
}
