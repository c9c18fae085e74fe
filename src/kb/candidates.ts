/**
 * Candidate lookup, kept apart from the choice (the actors stage chooses): a name → every KB actor it
 * may denote, and a scan of a text for every KB alias at word starts (longest first).
 */
import type { Kb } from './load.js';
import { loadKb } from './load.js';
import { normaliseName, normaliseText } from './normalise.js';
import type { AliasEntry, AliasKind, KbActor } from './types.js';

export interface Candidate {
  actor: KbActor;
  kind: AliasKind;
}

/** Every KB actor a name may denote, in KB order (`the U.S.` → United States; `Khalilzad` → Zalmay Khalilzad). */
export function lookup(name: string, kb: Kb = loadKb()): Candidate[] {
  return kb.trie
    .get(normaliseName(name))
    .map((e) => ({ actor: kb.actors.get(e.actor)!, kind: e.kind }))
    .filter((c) => c.actor !== undefined);
}

export interface AliasMatch {
  /** Character span in the original text. */
  start: number;
  end: number;
  /** The aliases that match there (several for `Congo`, `George Bush`, `US`). */
  entries: readonly AliasEntry[];
}

const UPPER = /\p{Lu}/u;

/** `US` and `UN` must be written in capitals (`us` is a pronoun); a capitalised alias must be capitalised in the text. */
export function caseAgrees(alias: string, written: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  // `US`, `UN`, and mixed-case short forms (`LeT`, `JeM`) must be written exactly so (`Let`, `us`).
  if (letters.length <= 5 && (letters === letters.toUpperCase() || /\p{Lu}/u.test(letters.slice(1)))) {
    return written.replace(/[^\p{L}]/gu, '') === letters;
  }
  // A lower-case alias (`world powers`) matches in any case.
  if (!UPPER.test(alias)) return true;
  if (!UPPER.test(written)) return false;
  const first = alias.match(/\p{L}/u)?.[0] ?? '';
  const wfirst = written.match(/\p{L}/u)?.[0] ?? '';
  return !UPPER.test(first) || UPPER.test(wfirst);
}

/**
 * Every alias occurrence in `text` that starts at one of `wordStarts` and ends at one of `wordEnds`
 * (token-aligned), longest first per start, the case-agreeing entries only. Overlaps are left to the
 * caller, which takes the longest and skips what it covers.
 */
export function scanAliases(text: string, wordStarts: readonly number[], wordEnds: ReadonlySet<number>, kb: Kb = loadKb()): AliasMatch[][] {
  const { norm, map } = normaliseText(text);
  const normAt = new Int32Array(text.length + 1).fill(-1);
  for (let i = norm.length - 1; i >= 0; i--) normAt[map[i]] = i;
  return wordStarts.map((start) => {
    const n = normAt[start];
    if (n < 0 || (n > 0 && norm[n - 1] !== ' ' && norm[n - 1] !== '|')) return [];
    const out: AliasMatch[] = [];
    for (const hit of kb.trie.hitsAt(norm, n)) {
      let end = map[hit.end - 1] + 1;
      // `U.S.`: the token keeps its closing dot.
      while (!wordEnds.has(end) && text[end] === '.') end++;
      if (!wordEnds.has(end)) continue;
      const written = text.slice(start, end);
      const entries = hit.entries.filter((e) => caseAgrees(e.alias, written));
      if (entries.length > 0) out.push({ start, end, entries });
    }
    return out;
  });
}
