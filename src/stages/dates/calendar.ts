/**
 * Calendar arithmetic on plain UTC dates, and TIMEX-style values (`2019-09-03`, `2019-08`,
 * `2016-W05`, `2019-Q3`, `2019-SU`). No time zones: a news date is a calendar day.
 */
export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function toDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = toDate(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

export function addMonths(d: Day, n: number): Day {
  const total = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(total / 12), month: (total % 12) + 1, day: 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: Day): number {
  return toDate(d).getUTCDay();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const dayValue = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const monthValue = (d: Pick<Day, 'year' | 'month'>): string => `${pad(d.year, 4)}-${pad(d.month)}`;

/** ISO 8601 week (`2016-W05`): weeks start on Monday; week 1 holds the year's first Thursday. */
export function weekValue(d: Day): string {
  const date = toDate(d);
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${pad(week)}`;
}

export const quarterOf = (d: Day): number => Math.floor((d.month - 1) / 3) + 1;

/** The season a month falls in, northern hemisphere, as TIMEX names it. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export function compareDay(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
