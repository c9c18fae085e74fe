/**
 * The dates stage: time expressions with TIMEX-style values, resolved against the article's
 * publication date. With no publication date, relative expressions stay unresolved (null): never
 * today's date by default.
 */
import { defineStage } from '../../pipeline/stage.js';
import type { Doc } from '../../model/doc.js';
import type { DateRecord } from '../../model/record.js';
import { parseDay } from './calendar.js';
import { parseChrono } from './chrono.js';
import { parseOwn } from './parsers.js';
import { resolveAll, settleOverlaps } from './refine.js';

export const datesStage = defineStage({
  name: 'dates',
  version: '1',
  requires: ['sentences', 'tokens'],
  adds: ['dates'],
  run(doc) {
    return { dates: findDates(doc) };
  },
});

export function findDates(doc: Doc): DateRecord[] {
  const text = doc.article.text;
  const ref = doc.article.published ? parseDay(doc.article.published) : null;
  const candidates = settleOverlaps([...parseChrono(text, ref, doc.sentences ?? []), ...parseOwn(text)]);
  return resolveAll(candidates, text, doc.tokens ?? [], doc.sentences ?? [], ref);
}
