/**
 * Parley's own time-expression parsers, for what chrono-node misses or reads wrongly: durations
 * (`for about a year` is P1Y, not a date a year ahead), weeks, quarters, seasons, years alone,
 * decades, year ranges, `mid-2020`, `the previous day`, `X ago`, and the reference words TimeML
 * names (`now`, `recently`). Each parser is a regular expression compiled once, and a resolver.
 */
import type { DateKind } from '../../model/record.js';
import type { Candidate, Env } from './candidate.js';
import {
  addDays, addMonths, dayValue, monthValue, quarterOf, SEASONS, weekValue, type Day,
} from './calendar.js';
import { countOf, NUMBER_WORD } from './numbers.js';
import { yearFor } from './year.js';

const UNIT = '(second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?';
const QUALIFIER = '(?:about|around|nearly|almost|roughly|some|more than|less than|at least|at most|over|under|just|only|barely|up to|approximately|close to)';
const TIMEX_UNIT: Record<string, [string, string]> = {
  second: ['PT', 'S'], minute: ['PT', 'M'], hour: ['PT', 'H'], day: ['P', 'D'], week: ['P', 'W'],
  fortnight: ['P', 'W'], month: ['P', 'M'], year: ['P', 'Y'], decade: ['P', 'DE'], century: ['P', 'CE'],
  centuries: ['P', 'CE'],
};

const RE = {
  // `X before/after <event>` counts from an event we cannot date: that stays a duration.
  ago: new RegExp(`\\b(?:${QUALIFIER}\\s+)?(${NUMBER_WORD})\\s+${UNIT}\\s+(ago|earlier|later)\\b(?!\\s+than)`, 'gi'),
  duration: new RegExp(
    `\\b(?:the\\s+(?:past|last|next|first|previous|coming|following|final|remaining)\\s+)?(?:${QUALIFIER}\\s+)?(${NUMBER_WORD})[\\s-]+${UNIT}\\b(?!\\s+(?:ago|earlier|later|from now))`,
    'gi',
  ),
  thePast: /\bthe\s+(past|last|next|coming|previous)\s+(day|week|month|year|decade|century)\b/gi,
  vague: /\b(?:for|over|in|within)\s+(years|months|weeks|decades|days|hours)\b|\b(years|months|decades)\s+of\b/gi,
  relative: /\b(this|last|next|coming|current|previous|following)\s+(week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)\b/gi,
  partOf: /\b(earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of)[\s-]+(this|last|next)\s+(week|month|year)\b/gi,
  day: /\b(today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|the day before yesterday)\b/gi,
  anchored: /\b(?:the\s+)?(previous|next|following|preceding)\s+day\b|\bthe\s+day\s+(before|after)\b/gi,
  // `now`, `current`, `soon`, a bare `recent` say too little to be worth a record (the project's
  // gold leaves them out; TimeML tags `now` as PRESENT_REF).
  ref: /\b(recently|the past|the future)\b/gi,
  recentUnits: /\b(?:in\s+)?recent\s+(days|weeks|months|years|decades)\b/gi,
  long: new RegExp(`\\b(?:(${NUMBER_WORD})[\\s-])?(second|minute|hour|day|week|month|year|decade)-long\\b`, 'gi'),
  yearAndNext: /\bthis\s+year\s+and\s+next\b/gi,
  monthRange: /\b(?:between\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2})\s*(?:-|–|and|to|through)\s*(\d{1,2})\b(?:,?\s+(\d{4}))?/g,
  monthPart: /\b(early|mid|late)[\s-](January|February|March|April|May|June|July|August|September|October|November|December)\b/gi,
  dayPart: /\b(?:in|on|during)\s+the\s+(morning|afternoon|evening|night)\b|\bthat\s+(?:same\s+)?(morning|afternoon|evening|night|day)\b/gi,
  clock: /\b([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC)\b|\b(?:at\s+)?(midnight|noon)\b/g,
  // chrono leaves `May` alone (a modal, a name); after one of these words it is the month.
  may: /\b(last|next|this|in|since|until|by|early|late|mid-?|from|through)\s+(May)\b(?!\s+(?:\p{Lu}|be|have|not|also|well|still|need|want|take|make|help|see|find|lead|come|seek|face|become))/gu,
  lastMonth: /\b(last|next|this)\s+(January|February|March|April|June|July|August|September|October|November|December)\b/g,
  weekend: /\b(?:this|the)\s+weekend\b/gi,
  decade: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:1[5-9]|20)\d)0s\b/gi,
  range: /\b(1[5-9]\d\d|20\d\d)\s*[-–]\s*(\d{2}|1[5-9]\d\d|20\d\d)\b(?!\s*(?:%|percent))/g,
  year: /(?<![\d$€£#.,:/–-])\b(?:(fiscal|early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+)?(1[5-9]\d\d|20\d\d)(?:'s)?\b(?![.,]\d|\s*(?:%|percent|per cent|[-–]\d))/gi,
  quarter: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]quarter(?:\s+of)?(?:\s+(1[5-9]\d\d|20\d\d))?\b/gi,
  season: /\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(1[5-9]\d\d|20\d\d)\b/gi,
  set: /\b(daily|weekly|monthly|annually|yearly|every\s+(?:day|week|month|year)|each\s+(?:day|week|month|year)|per\s+(?:day|week|month|year))\b/gi,
} as const;

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Words after a year that make it a count (`2019 troops`), not a date. */
const COUNT_NOUN = /^\s+(people|persons|troops|soldiers|civilians|men|women|children|members|votes|deaths|cases|refugees|migrants|fighters|militants|dollars|euros|km|kilometres|kilometers|miles|meters|metres|feet|tons|tonnes|barrels|units|points|pages|words|delegates|seats|residents|families|homes|houses|employees|workers|jobs|rounds|times)\b/i;

function make(m: RegExpExecArray, kind: DateKind, source: string, relative: boolean, resolve: (env: Env) => string | null, day?: (env: Env) => Day | null): Candidate {
  return { start: m.index, end: m.index + m[0].length, kind, source, relative, how: relative ? 'inferred:reference-date' : 'stated', resolve, day };
}

function all(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m);
  return out;
}

const unitOf = (u: string): string => u.toLowerCase().replace(/s$/, '').replace('centurie', 'century');

function durationValue(count: number | 'X', unit: string): string {
  const [p, u] = TIMEX_UNIT[unit];
  if (unit === 'fortnight' && count !== 'X') return `P${count * 2}W`;
  // `two decades` is P20Y, as the project's gold writes it; a vague `decades` stays PXDE.
  if ((unit === 'decade' || unit === 'century' || unit === 'centuries') && count !== 'X') return `P${count * (unit === 'decade' ? 10 : 100)}Y`;
  return `${p}${count}${u}`;
}

/** The value of a day shifted by a number of units, at the granularity of the unit. */
function shifted(ref: Day, n: number, unit: string): string {
  switch (unit) {
    case 'day': return dayValue(addDays(ref, n));
    case 'week': case 'fortnight': return weekValue(addDays(ref, 7 * n * (unit === 'fortnight' ? 2 : 1)));
    case 'month': return monthValue(addMonths(ref, n));
    case 'year': return String(ref.year + n);
    case 'decade': return String(Math.floor((ref.year + 10 * n) / 10));
    default: return String(ref.year + n);
  }
}

export function parseOwn(text: string): Candidate[] {
  const out: Candidate[] = [];

  for (const m of all(RE.ago, text)) {
    const count = countOf(m[1]);
    const unit = unitOf(m[2]);
    if (count === undefined || unit === 'second' || unit === 'minute') continue;
    const sign = /ago|earlier|before/i.test(m[3]) ? -1 : 1;
    const fromAnchor = !/ago/i.test(m[3]);
    if (count === 'X') {
      out.push(make(m, 'date', 'relative', false, () => (sign < 0 ? 'PAST_REF' : 'FUTURE_REF')));
      continue;
    }
    const base = (env: Env): Day | null => (fromAnchor ? env.anchor ?? env.ref : env.ref);
    out.push(make(m, 'date', 'relative', true, (env) => {
      const ref = base(env);
      if (!ref) return null;
      return unit === 'hour' ? dayValue(ref) : shifted(ref, sign * count, unit);
    }, (env) => {
      const ref = base(env);
      return ref && unit === 'day' ? addDays(ref, sign * count) : null;
    }));
  }

  for (const m of all(RE.duration, text)) {
    const count = countOf(m[1]);
    if (count === undefined) continue;
    // A bare `a year` is mostly part of something else (`once a year`, `a year's time`); after `for`
    // or with a qualifier (`about a year`) it is a duration.
    const lone = /^an?$/i.test(m[1]) && /^an?\s/i.test(m[0]);
    const timeAfter = /^'s\s+(?:time|notice)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
    if (lone && !timeAfter && !/\b(?:for|over|in|within|spent|took|lasted)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push(make(m, 'duration', 'duration', false, () => durationValue(count, unitOf(m[2]))));
  }

  for (const m of all(RE.thePast, text)) {
    const unit = unitOf(m[2]);
    if (/previous/i.test(m[1])) {
      out.push(make(m, 'date', 'relative', true, (env) => {
        const base = env.anchor ?? env.ref;
        return base ? shifted(base, -1, unit) : null;
      }));
    } else out.push(make(m, 'duration', 'duration', false, () => durationValue(1, unit)));
  }

  for (const m of all(RE.vague, text)) {
    const unit = unitOf(m[1] ?? m[2]);
    const start = m[1] ? m.index + m[0].length - m[1].length : m.index;
    const word = m[1] ?? m[2];
    out.push({ ...make(m, 'duration', 'duration', false, () => durationValue('X', unit)), start, end: start + word.length });
  }

  for (const m of all(RE.relative, text)) {
    const which = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    const n = which === 'last' || which === 'previous' ? -1 : which === 'next' || which === 'coming' || which === 'following' ? 1 : 0;
    const fromAnchor = which === 'previous' || which === 'following';
    out.push(make(m, 'date', 'relative', true, (env) => {
      const ref = fromAnchor ? env.anchor ?? env.ref : env.ref;
      if (!ref) return null;
      if (unit === 'weekend') return `${weekValue(addDays(ref, 7 * n))}-WE`;
      if (unit === 'quarter') {
        const q = quarterOf(ref) + n;
        const year = ref.year + Math.floor((q - 1) / 4);
        return `${year}-Q${((q - 1 + 4) % 4) + 1}`;
      }
      if (unit in SEASONS) return `${seasonYear(ref, unit, n)}-${SEASONS[unit]}`;
      return shifted(ref, n, unit);
    }));
  }

  for (const m of all(RE.partOf, text)) {
    const n = /last/i.test(m[2]) ? -1 : /next/i.test(m[2]) ? 1 : 0;
    const unit = m[3].toLowerCase();
    out.push(make(m, 'date', 'relative', true, (env) => (env.ref ? shifted(env.ref, n, unit) : null)));
  }

  for (const m of all(RE.day, text)) {
    const w = m[1].toLowerCase();
    const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.startsWith('the day before') ? -2 : 0;
    const part = w === 'tonight' ? 'TNI' : w.endsWith('morning') ? 'TMO' : w.endsWith('afternoon') ? 'TAF' : w.endsWith('evening') ? 'TEV' : '';
    out.push(make(m, part ? 'time' : 'date', 'relative', true,
      (env) => (env.ref ? dayValue(addDays(env.ref, shift)) + (part ? `T${part.slice(1)}` : '') : null),
      (env) => (env.ref ? addDays(env.ref, shift) : null)));
  }

  for (const m of all(RE.anchored, text)) {
    const back = /previous|preceding|before/i.test(m[1] ?? m[2]) ? -1 : 1;
    out.push(make(m, 'date', 'relative', true, (env) => {
      const base = env.anchor ?? env.ref;
      return base ? dayValue(addDays(base, back)) : null;
    }, (env) => {
      const base = env.anchor ?? env.ref;
      return base ? addDays(base, back) : null;
    }));
  }

  for (const m of all(RE.ref, text)) {
    const w = m[1].toLowerCase();
    const value = w === 'the future' ? 'FUTURE_REF' : 'PAST_REF';
    out.push(make(m, 'date', 'reference', false, () => value));
  }

  for (const m of all(RE.recentUnits, text)) {
    out.push(make(m, 'duration', 'duration', false, () => durationValue('X', unitOf(m[1]))));
  }

  for (const m of all(RE.long, text)) {
    const count = m[1] ? countOf(m[1]) : 1;
    if (count === undefined) continue;
    out.push(make(m, 'duration', 'duration', false, () => durationValue(count, unitOf(m[2]))));
  }

  for (const m of all(RE.yearAndNext, text)) {
    out.push(make(m, 'date', 'range', true, (env) => (env.ref ? `${env.ref.year}/${env.ref.year + 1}` : null)));
  }

  for (const m of all(RE.monthRange, text)) {
    const month = monthNumber(m[1]);
    const [d1, d2] = [Number(m[2]), Number(m[3])];
    if (!month || d1 < 1 || d2 > 31 || d2 <= d1) continue;
    const value = (year: number): string => `${dayValue({ year, month, day: d1 })}/${dayValue({ year, month, day: d2 })}`;
    if (m[4]) out.push(make(m, 'date', 'range', false, () => value(Number(m[4]))));
    else out.push(make(m, 'date', 'range', true, (env) => (env.ref ? value(yearFor(env.ref, month, d1, env.tense).year) : null)));
  }

  for (const m of all(RE.monthPart, text)) {
    const month = monthNumber(m[2]);
    const start = m.index;
    out.push({ ...make(m, 'date', 'month', true, (env) => (env.ref ? monthValue(yearFor(env.ref, month, 15, env.tense)) : null)), start });
  }

  for (const m of all(RE.dayPart, text)) {
    const part = (m[1] ?? m[2]).toLowerCase();
    const suffix = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', day: '' }[part] ?? '';
    out.push(make(m, suffix ? 'time' : 'date', 'relative', true, (env) => {
      const day = env.anchor ?? env.ref;
      return day ? dayValue(day) + suffix : null;
    }));
  }

  for (const m of all(RE.clock, text)) {
    // A clock time alone belongs to the last day the text named (`noon on Friday ... (1000 GMT)`);
    // midnight ends that day.
    const word = m[4]?.toLowerCase();
    const hhmm = word === 'noon' ? '12:00' : word === 'midnight' ? '00:00' : `${m[1]}:${m[2]}`;
    out.push(make(m, 'time', 'clock', true, (env) => {
      const day = env.anchor ?? env.ref;
      if (!day) return null;
      return `${dayValue(word === 'midnight' ? addDays(day, 1) : day)}T${hhmm}`;
    }));
  }

  for (const m of [...all(RE.may, text), ...all(RE.lastMonth, text)]) {
    const which = m[1].toLowerCase();
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    // `in May` is just the month: chrono's reading of the span (if any) keeps its own offsets.
    const onlyMonth = !['last', 'next', 'this'].includes(which);
    const start = onlyMonth ? m.index + m[0].length - m[2].length : m.index;
    out.push({ ...make(m, 'date', 'month', true, (env) => {
      if (!env.ref) return null;
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      let year = env.ref.year;
      if (shift < 0 && month >= env.ref.month) year--;
      if (shift > 0 && month <= env.ref.month) year++;
      if (shift === 0 && onlyMonth) {
        if (env.tense === 'past' && month > env.ref.month) year--;
        if (env.tense === 'future' && month < env.ref.month) year++;
      }
      return monthValue({ year, month });
    }), start });
  }

  for (const m of all(RE.weekend, text)) {
    out.push(make(m, 'date', 'relative', true, (env) => (env.ref ? `${weekValue(env.ref)}-WE` : null)));
  }

  for (const m of all(RE.decade, text)) {
    out.push(make(m, 'date', 'decade', false, () => m[2]));
  }

  for (const m of all(RE.range, text)) {
    const from = Number(m[1]);
    let to = Number(m[2]);
    if (m[2].length === 2) to = Math.floor(from / 100) * 100 + to;
    if (to <= from || to - from > 100) continue;
    out.push(make(m, 'date', 'range', false, () => `${from}/${to}`));
  }

  for (const m of all(RE.year, text)) {
    if (COUNT_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    out.push({ ...make(m, 'date', 'year', false, () => m[2]), end: m.index + m[0].length - (m[0].endsWith("'s") ? 2 : 0) });
  }

  for (const m of all(RE.quarter, text)) {
    const q = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 }[m[1].toLowerCase()] ?? 0;
    if (m[2]) out.push(make(m, 'date', 'quarter', false, () => `${m[2]}-Q${q}`));
    else {
      out.push(make(m, 'date', 'quarter', true, (env) => {
        if (!env.ref) return null;
        // A quarter not yet begun, in a report, is last year's.
        const year = q > quarterOf(env.ref) && env.tense !== 'future' ? env.ref.year - 1 : env.ref.year;
        return `${year}-Q${q}`;
      }));
    }
  }

  for (const m of all(RE.season, text)) {
    out.push(make(m, 'date', 'season', false, () => `${m[2]}-${SEASONS[m[1].toLowerCase()]}`));
  }

  for (const m of all(RE.set, text)) {
    const w = m[1].toLowerCase();
    const unit = /day|daily/.test(w) ? 'D' : /week/.test(w) ? 'W' : /month/.test(w) ? 'M' : 'Y';
    out.push(make(m, 'set', 'set', false, () => `P1${unit}`));
  }
  return out;
}

/** `last summer` in September 2019 is summer 2019 if it is over, else 2018. */
function seasonYear(ref: Day, season: string, n: number): number {
  const start: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
  const begun = ref.month >= start[season];
  if (n < 0) return begun && ref.month > start[season] + 2 ? ref.year : ref.year - 1;
  if (n > 0) return begun ? ref.year + 1 : ref.year;
  return ref.year;
}
