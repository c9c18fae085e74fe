/**
 * chrono-node's readings as candidates. chrono is good at explicit dates and times (`September 28,
 * 2019`, `Jan. 6`, `10:35 a.m.`, `noon on Feb. 26`); what it implies (the year of `Jan. 6`, the
 * week of `on Tuesday`) is recomputed here from the reference date and the clause's tense.
 */
// The English locale alone: the package's root loads every locale (over a second at start-up).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Candidate, Env } from './candidate.js';
import type { Span } from '../../model/span.js';
import { sentenceAt } from '../../nlp/analyse.js';
import { dayValue, monthValue, type Day } from './calendar.js';
import { weekdayNear, yearFor } from './year.js';

/** Any fixed instant: chrono needs one, but nothing it implies from it is kept unchecked. */
const NEUTRAL = new Date(Date.UTC(2000, 0, 1, 12));

/** chrono readings that are mostly something else in news copy. */
const NOISE = /^(?:sun|sat|mon|tue|tues|wed|thu|thur|fri|second|now|a|an|\d+|\d+\.\d+|\d{1,2}\/\d{1,2})$/i;
/** `may` and `march` in lower case are a modal and a verb; `May` after a capitalised word is a name. */
const LOWER_MONTH = /^(?:may|march)$/;
const OFFSET = /^(?:for|within|in|over|during|after|before)?\s*(?:[\d.]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)?\s*(?:second|minute|hour|day|week|month|year)s?(?:\s+(?:after|before|later|earlier|from now))?$/i;
const TIME_ONLY_WORDS = /^(?:morning|afternoon|evening|night|tonight|noon|midnight)$/i;

/**
 * What every reading chrono keeps here contains: a month or weekday name, a clock time, a numeric
 * date. chrono runs only over the sentences holding one, which makes it several times cheaper.
 */
const TRIGGER = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|midnight)[a-z]*\.?|\d{1,2}:\d{2}|\d\s*[ap]\.?m\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/gi;

export function parseChrono(text: string, published: Day | null, sentences: readonly Span[]): Candidate[] {
  const instant = published ? new Date(Date.UTC(published.year, published.month - 1, published.day, 12)) : NEUTRAL;
  const out: Candidate[] = [];
  let lastSentence = -1;
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text))) {
    const k = sentenceAt(sentences, m.index);
    if (k === lastSentence) continue;
    lastSentence = k;
    const span = k >= 0 ? sentences[k] : { start: 0, end: text.length };
    if (k < 0) TRIGGER.lastIndex = text.length;
    else TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, span.end);
    for (const r of chrono.casual.parse(text.slice(span.start, span.end), { instant, timezone: 0 })) {
      const bare = r.text.trim().replace(/[.,;:]+$/, '');
      if (NOISE.test(bare) || TIME_ONLY_WORDS.test(bare) || LOWER_MONTH.test(bare)) continue;
      // `2,000 a month` is not a clock time; offsets (`a day after`) are ours to read as durations.
      if (/\d,$/.test(text.slice(0, span.start + r.index)) || OFFSET.test(bare)) continue;
      if (bare === 'May' && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, span.start + r.index - 20), span.start + r.index))) continue;
      const c = candidateOf(r, span.start) ?? dateAfterOf(r, span.start, instant);
      if (c) out.push(c);
    }
  }
  return out;
}

/** chrono merges `the night of Oct. 23` into a time and loses the date: read the date after `of`. */
function dateAfterOf(r: ParsedResult, offset: number, instant: Date): Candidate | null {
  const of = r.text.lastIndexOf(' of ');
  if (of < 0) return null;
  const tail = r.text.slice(of + 4);
  const again = chrono.casual.parse(tail, { instant, timezone: 0 })[0];
  return again ? candidateOf(again, offset + r.index + of + 4) : null;
}

function candidateOf(r: ParsedResult, offset: number): Candidate | null {
  const s = r.start;
  const certain = (k: Parameters<ParsedComponents['isCertain']>[0]): boolean => s.isCertain(k);
  // A clock time, not a part of the day (`Friday morning` is a date, as TimeML has it).
  const hasTime = certain('hour') && /\d|noon|midnight/i.test(r.text);
  const relative = !certain('year') || [...r.tags()].some((t) => /relative|casual/i.test(t));
  const weekdayOnly = certain('weekday') && !certain('day');
  const monthNoDay = certain('month') && !certain('day') && !certain('year');
  const monthDayNoYear = certain('month') && certain('day') && !certain('year');
  const text = r.text.replace(/[\s,.]+$/, '').replace(/^(?:on|at|in|by)\s+/i, '');
  const start = offset + r.index + r.text.indexOf(text);
  const computed: Day = { year: s.get('year') ?? 0, month: s.get('month') ?? 1, day: s.get('day') ?? 1 };

  const day = (env: Env): Day | null => {
    if (!relative) return certain('day') ? computed : null;
    if (!env.ref) return null;
    if (weekdayOnly) return weekdayNear(env.ref, s.get('weekday') ?? 0, env.tense);
    if (monthDayNoYear) return { ...yearFor(env.ref, computed.month, computed.day, env.tense), day: computed.day };
    // Other relative readings (`two days ago`) chrono computed from the publication date itself.
    return certain('day') || [...r.tags()].length > 0 ? computed : null;
  };
  const resolve = (env: Env): string | null => {
    if (relative && !env.ref) return null;
    const time = hasTime ? `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}` : '';
    if (monthNoDay && env.ref) return monthValue(yearFor(env.ref, computed.month, 1, env.tense));
    if (!certain('day') && !weekdayOnly && certain('month')) return monthValue(computed);
    if (!certain('day') && !weekdayOnly && !certain('month') && certain('year')) return String(computed.year);
    const d = day(env) ?? (hasTime && env.ref ? env.ref : null);
    return d ? dayValue(d) + time : null;
  };
  if (!certain('day') && !weekdayOnly && !certain('month') && !certain('year') && !hasTime) return null;
  return {
    start, end: start + text.length, kind: hasTime ? 'time' : 'date', source: 'chrono', relative,
    how: relative ? 'inferred:reference-date' : 'stated', resolve, day,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

