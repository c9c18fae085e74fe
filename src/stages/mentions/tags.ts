/**
 * BILOU tags for entity spans over tokens. BILOU rather than BIO because the tagger can then learn
 * what a name's last word looks like (`Shahin` ending a person, `Ltd` ending a company), and the
 * decoder can forbid ill-formed sequences outright (an `I-` after `O`).
 */
import type { EntityType } from '../../model/doc.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const PARTS = ['B', 'I', 'L', 'U'] as const;

/** Tag 0 is `O`; then B/I/L/U for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const TAG_COUNT = TAGS.length;
export const O = 0;

export function tagOf(part: (typeof PARTS)[number], type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 4 + PARTS.indexOf(part);
}

export function partOf(tag: number): 'O' | (typeof PARTS)[number] {
  return tag === O ? 'O' : PARTS[(tag - 1) % 4];
}

export function typeOf(tag: number): EntityType | null {
  return tag === O ? null : ENTITY_TYPES[Math.floor((tag - 1) / 4)];
}

/** A token range [start, end) with a type. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

export function encode(length: number, spans: readonly TokenSpan[]): Int8Array {
  const tags = new Int8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) {
      tags[s.start] = tagOf('U', s.type);
      continue;
    }
    tags[s.start] = tagOf('B', s.type);
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagOf('I', s.type);
    tags[s.end - 1] = tagOf('L', s.type);
  }
  return tags;
}

/** Spans from a tag sequence; the decoder only emits well-formed sequences, so this is exact. */
export function decodeSpans(tags: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const part = partOf(tags[i]);
    const type = typeOf(tags[i]);
    if (part === 'U' && type) out.push({ start: i, end: i + 1, type });
    else if (part === 'B') open = i;
    else if (part === 'L' && type && open >= 0) {
      out.push({ start: open, end: i + 1, type });
      open = -1;
    }
  }
  return out;
}

/**
 * Whether tag `b` may follow tag `a` (a = -1 is the sentence start, b = -1 the sentence end).
 * After B or I of a type only I or L of the same type; anything else must follow O, L or U.
 */
export function allowed(a: number, b: number): boolean {
  const pa = a < 0 ? 'O' : partOf(a);
  const pb = b < 0 ? 'O' : partOf(b);
  const inside = pa === 'B' || pa === 'I';
  const continues = pb === 'I' || pb === 'L';
  if (inside) return continues && typeOf(a) === typeOf(b);
  return !continues;
}
