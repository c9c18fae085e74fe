/**
 * Dates of reported events as intervals, so that two reports can be compared at the precision
 * each one has: a day (± 1: outlets and aggregators date the same day differently), a month, a
 * year, or only the day of the report (the event happened within the week before it, or is
 * announced for later).
 */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** How far beyond its stated interval a report may still be the same happening: a month-dated
 * report of talks that ran from late January into February meets a report dated that week. */
const SLACK: Record<Precision, number> = { day: 1, week: 3, month: 7, year: 15 };

export interface DateSpan {
  /** Best value (`2019-09-03`, `2019-08`, `2019`) or null. */
  value: string | null;
  precision: Precision | null;
  how: string;
  /** Interval a matching report's interval must overlap (inclusive ISO days), or null when unknown. */
  lo: string | null;
  hi: string | null;
  /** Day used to put events in order. */
  sort: string | null;
}

export function precisionOf(value: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** First and last day a date prefix covers: `2019-08` → 2019-08-01 … 2019-08-31. */
export function bounds(value: string): [string, string] | null {
  const p = precisionOf(value);
  if (p === 'day') return [value.slice(0, 10), value.slice(0, 10)];
  if (p === 'month') {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  if (p === 'year') return [`${value}-01-01`, `${value}-12-31`];
  if (p === 'week') {
    // ISO week: the week holding 4 January is week 1; weeks start on Monday.
    const [y, w] = [Number(value.slice(0, 4)), Number(value.slice(6))];
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = addDays(jan4.toISOString().slice(0, 10), -((jan4.getUTCDay() + 6) % 7) + (w - 1) * 7);
    return [monday, addDays(monday, 6)];
  }
  return null;
}

/** The date span of one report of an event. */
export function eventDate(stated: string | null, published: string | null): DateSpan {
  const precision = stated ? precisionOf(stated) : null;
  if (stated && precision) {
    const [lo, hi] = bounds(stated)!;
    const slack = SLACK[precision];
    const value = precision === 'day' ? stated.slice(0, 10) : stated;
    return { value, precision, how: 'stated', lo: addDays(lo, -slack), hi: addDays(hi, slack), sort: lo };
  }
  if (published) {
    return { value: published, precision: 'day', how: 'inferred:published', lo: addDays(published, -7), hi: addDays(published, 1), sort: published };
  }
  return { value: null, precision: null, how: 'unknown', lo: null, hi: null, sort: null };
}

/** Whether two reports' dates can be the same happening. Unknown matches only unknown. */
export function datesMeet(a: DateSpan, b: DateSpan): boolean {
  if (a.lo === null || b.lo === null) return a.lo === null && b.lo === null;
  return a.lo <= b.hi! && b.lo <= a.hi!;
}

/** A query range (`2019`, `2019-08`, `2019-08-03`) → inclusive days. */
export function rangeBounds(from?: string, to?: string): [string | null, string | null] {
  return [from ? (bounds(from)?.[0] ?? from) : null, to ? (bounds(to)?.[1] ?? to) : null];
}

/** A sortable day for any date value (`2016-W05` → 2016-02-01), so mixed precisions order right. */
export function dateKey(value: string): string {
  return bounds(value)?.[0] ?? value;
}

export function byDate(a: string, b: string): number {
  return dateKey(a).localeCompare(dateKey(b));
}
