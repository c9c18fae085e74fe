/**
 * Quotation marks → quoted spans. Wire copy uses many marks: straight and curly doubles, single
 * quotes (MailOnline quotes with them; everyone nests them), guillemets, ``...'' and ´´. Straight
 * marks and the right single quote double as apostrophes, so each mark is classified by the
 * characters on either side. A quote that runs over several paragraphs repeats its opening mark
 * at each paragraph and closes only at the end: the pieces become one quote with fragments.
 */
import type { Span } from '../../model/span.js';

export interface Quoted {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark, or the paragraph end for an unclosed paragraph quote. */
  close: number;
  /** Whether the closing mark was found (an unclosed quote is a whole paragraph). */
  closed: boolean;
  double: boolean;
  /** The quoted words without marks, one fragment per paragraph. */
  fragments: Span[];
}

type Kind = 'open' | 'close' | 'either' | 'none';
interface Mark {
  at: number;
  length: number;
  double: boolean;
  kind: Kind;
}

/** Before an opening mark: start of text, space, bracket, dash or another opening mark. */
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/\u201c\u2018"'«\u201e`]/;
/** After a closing mark: end, space or punctuation. */
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-\u201d\u2019"'»\u2026]/;
const WORD = /[\p{L}\p{N}]/u;

function classify(text: string, at: number, length: number, base: Kind): Kind {
  const p = at > 0 ? text[at - 1] : undefined;
  const n = at + length < text.length ? text[at + length] : undefined;
  const openable = p === undefined || OPEN_BEFORE.test(p);
  const closable = n === undefined || CLOSE_AFTER.test(n);
  // A curly mark typed the wrong way round (`...,“ said Jim Clyburn`): the context decides.
  const space = (c: string | undefined) => c === undefined || /\s/.test(c);
  if (base === 'open' && !space(p) && !OPEN_BEFORE.test(p!) && (n === undefined || /[\s.,;:!?)]/.test(n))) return 'close';
  if (base === 'close' && space(p) && n !== undefined && WORD.test(n) && text[at] === '\u201d') return 'open';
  if (base === 'open' || base === 'close') return base;
  const single = base === 'none'; // apostrophe-like single marks: ' ’ ´
  if (single) {
    if (p !== undefined && n !== undefined && WORD.test(p) && WORD.test(n)) return 'none'; // don't, Ukraine’s
    if (p !== undefined && !/\s/.test(p) && closable) return 'close';
    if (openable && n !== undefined && (WORD.test(n) || n === '…')) return 'open';
    return 'none';
  }
  // A straight double quote.
  if (openable && n !== undefined && !/\s/.test(n)) return 'open';
  if (p !== undefined && !/\s/.test(p) && closable) return 'close';
  return 'either';
}

const MARK_CHARS = /[`'´"“”„«»‘’]/g;

/** Every quotation mark in [start, end), classified. */
function marksIn(text: string, start: number, end: number): Mark[] {
  const out: Mark[] = [];
  MARK_CHARS.lastIndex = start;
  let found: RegExpExecArray | null;
  while ((found = MARK_CHARS.exec(text)) && found.index < end) {
    const i = found.index;
    const c = text[i];
    const two = text.slice(i, i + 2);
    let mark: Omit<Mark, 'kind'> & { base: Kind } | null = null;
    if (two === '``') mark = { at: i, length: 2, double: true, base: 'open' };
    // The New York Times archive writes ''...'' for both marks: read from the context.
    else if (two === "''") mark = { at: i, length: 2, double: true, base: 'either' };
    else if (two === '´´') mark = { at: i, length: 2, double: true, base: 'close' };
    else if (c === '\u201c' || c === '\u201e' || c === '«') mark = { at: i, length: 1, double: true, base: 'open' };
    else if (c === '\u201d' || c === '»') mark = { at: i, length: 1, double: true, base: 'close' };
    else if (c === '"') mark = { at: i, length: 1, double: true, base: 'either' };
    else if (c === '\u2018' || c === '`') mark = { at: i, length: 1, double: false, base: 'open' };
    else if (c === "'" || c === '\u2019' || c === '´') mark = { at: i, length: 1, double: false, base: 'none' };
    if (!mark) continue;
    const kind = classify(text, mark.at, mark.length, mark.base);
    if (kind !== 'none') out.push({ at: mark.at, length: mark.length, double: mark.double, kind });
    MARK_CHARS.lastIndex = i + mark.length;
  }
  return out;
}

/** The quoted words between two offsets: marks, spaces and a trailing comma or full stop left out. */
export function content(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && /[,;:]/.test(text[end - 1])) end--;
  else if (end > start && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

function markChar(text: string, m: Mark): string {
  return text.slice(m.at, m.at + m.length);
}

/** Whether a closing mark closes a quotation opened with `opener`. */
function closesStyle(opener: string, closer: string): boolean {
  switch (opener) {
    case '"':
      return closer === '"';
    case '“':
    case '„':
      return closer === '”' || closer === '“';
    case '«':
      return closer === '»';
    case '``':
      return closer === "''" || closer === '´´';
    default:
      return true;
  }
}

interface Open {
  mark: Mark;
  /** Open inner quotations in another style of double mark (`"... “Equal Justice” ..."`). */
  nested: number;
  /** Fragments from earlier paragraphs of a quote running over several paragraphs. */
  carried: Span[];
  /** Where the current paragraph's fragment starts (just past its opening mark). */
  from: number;
}

/** All quoted spans of a text, paragraph by paragraph (paragraphs: spans of text lines). */
export function findQuoted(text: string, paragraphs: readonly Span[]): Quoted[] {
  const out: Quoted[] = [];
  let carry: Open | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi];
    const marks = marksIn(text, para.start, para.end);
    let open: Open | null = null;
    let mi = 0;
    if (carry) {
      // The paragraph was checked to start with the same kind of opening mark.
      const first = marks[0];
      open = { mark: carry.mark, nested: 0, carried: carry.carried, from: first.at + first.length };
      mi = 1;
      carry = null;
    }
    for (; mi < marks.length; mi++) {
      const m = marks[mi];
      if (open && m.double !== open.mark.double) continue; // nested marks of the other kind
      if (open && m.double && markChar(text, m) !== markChar(text, open.mark)) {
        // A double mark of another style inside a quotation opens or closes an inner quotation.
        if (m.kind === 'open' || (m.kind === 'either' && open.nested === 0)) {
          open.nested++;
          continue;
        }
        if (open.nested > 0 && !closesStyle(markChar(text, open.mark), markChar(text, m))) {
          open.nested--;
          continue;
        }
      }
      const closes = open && (m.kind === 'close' || (m.kind === 'either' && open.mark.double));
      if (open && closes) {
        const pieces = [...open.carried, content(text, open.from, m.at)].filter((s): s is Span => s !== null);
        if (pieces.length > 0) {
          out.push({ open: open.mark.at, close: m.at + m.length, closed: true, double: m.double, fragments: pieces });
        }
        open = null;
      } else if (m.kind === 'open' || m.kind === 'either') {
        // A second opening mark while one is open: the first was stray (`"A source said, "We ...`).
        open = { mark: m, nested: 0, carried: [], from: m.at + m.length };
      }
    }
    if (!open) continue;
    const piece = content(text, open.from, para.end);
    const next = paragraphs[pi + 1];
    const nextMark = next ? marksIn(text, next.start, Math.min(next.end, next.start + 2))[0] : undefined;
    if (piece && nextMark && nextMark.at === next.start && nextMark.double === open.mark.double && nextMark.kind !== 'close') {
      carry = { mark: open.mark, nested: 0, carried: [...open.carried, piece], from: 0 };
    } else if (piece && (open.carried.length > 0 || open.mark.at === para.start)) {
      // A paragraph-long quote whose closing mark is missing: the paragraph is the quote.
      out.push({ open: open.mark.at, close: para.end, closed: false, double: open.mark.double, fragments: [...open.carried, piece] });
    }
  }
  return out;
}
