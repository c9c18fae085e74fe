/**
 * Numbers as wire copy writes them: `20,000`, `1.4 million`, `$44.7bn`, `500 mln dlrs`, `a dozen`,
 * `two-thirds`, `a quarter of a million`, `ninth`. Word tables live in data/lexicons/numbers.json.
 */
import { loadData } from '../../nlp/lexicon.js';

interface Numbers {
  cardinals: Record<string, number>;
  ordinals: Record<string, number>;
  fractions: Record<string, number>;
  multipliers: Record<string, number>;
}

let tables: (Numbers & { re: RegExp }) | undefined;

const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/**
 * One regular expression for a number expression. Groups: 1 fraction-of (`a quarter of a`),
 * 2 digits, 3 fraction word, 4 cardinal word, 5 ordinal word or digits-ordinal, 6 multiplier.
 */
export function numberTables(): Numbers & { re: RegExp } {
  if (tables) return tables;
  const d = loadData<Numbers>('lexicons/numbers.json');
  const mult = alt(Object.keys(d.multipliers));
  const re = new RegExp(
    `\\b(?:(${alt(Object.keys(d.fractions))})\\s+of\\s+a\\s+(?=${mult})|(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(${alt(Object.keys(d.fractions))})(?![\\w-])|(${alt(Object.keys(d.cardinals))})(?![\\w-])|(${alt(Object.keys(d.ordinals))}|\\d+(?:st|nd|rd|th))(?![\\w-]))(?:\\s*(${mult})(?![\\w]))?`,
    'gi',
  );
  tables = { ...d, re };
  return tables;
}

export interface ParsedNumber {
  start: number;
  end: number;
  value: number;
  ordinal: boolean;
  /** Written in words (`two`), not digits. */
  word: boolean;
}

/** Every number expression in a string, with offsets relative to it. */
export function numbersIn(s: string): ParsedNumber[] {
  const t = numberTables();
  const out: ParsedNumber[] = [];
  t.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = t.re.exec(s))) {
    // Not inside a longer token (`F-16`, `3.5`, `1,000` read from its middle): checked here rather
    // than with a look-behind, which would cost V8 its fast scan.
    if (m.index > 0 && /[\w.,-]/.test(s[m.index - 1])) continue;
    const [whole, fracOf, digits, frac, card, ord, mult] = m;
    const k = (x: string) => x.toLowerCase().replace(/\s+/g, ' ');
    let value: number;
    let ordinal = false;
    if (fracOf) value = t.fractions[k(fracOf)];
    else if (digits) value = parseFloat(digits.replace(/,/g, ''));
    else if (card) value = t.cardinals[k(card)];
    else if (frac) value = t.fractions[k(frac)];
    else {
      ordinal = true;
      value = t.ordinals[k(ord!)] ?? parseInt(ord!, 10);
    }
    if (mult) value *= t.multipliers[k(mult)] ?? t.multipliers[mult] ?? 1;
    if (!Number.isFinite(value)) continue;
    out.push({ start: m.index, end: m.index + whole.length, value: Math.round(value * 1000) / 1000, ordinal, word: !digits });
  }
  return out;
}
