/**
 * One normal form for names, used both for the KB's aliases and for running text, so that
 * `U.S.` = `US`, `al-Qaeda` = `al Qaeda`, `Russia’s` = `Russia's` = `Russia`, `Médecins` =
 * `Medecins`, `Sana'a` = `Sanaa`. Text is normalised with a map back to original offsets, so a match
 * in the normal form is a span of the article.
 */

/** The normal form of a whole name (an alias, a user query). Leading `the` is dropped. */
export function normaliseName(name: string): string {
  return normaliseText(name).norm.trim().replace(/^the /, '');
}

export interface NormalText {
  /** Lower-case, diacritic-free; dots and apostrophes dropped, hyphens and runs of space → one space, other punctuation → `|`. */
  norm: string;
  /** `map[i]` is the offset in the original text of `norm[i]`; `map[norm.length]` = text length. */
  map: number[];
}

const APOSTROPHE = /['’‘ʼ`]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_LIKE = /[\s\-‐‑‒–—]/;

/** Fold one character: lower case without diacritics (`É` → `e`, `ß` → `ss`). */
function fold(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function normaliseText(text: string): NormalText {
  let norm = '';
  const map: number[] = [];
  const push = (s: string, at: number): void => {
    for (const c of s) {
      norm += c;
      map.push(at);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (LETTER_OR_DIGIT.test(ch)) {
      push(fold(ch), i);
    } else if (ch === '.') {
      // U.S. → us, Jr. → jr: a dot never separates words inside a name.
      continue;
    } else if (APOSTROPHE.test(ch)) {
      // Possessive 's is dropped (Russia's → russia); an inner apostrophe joins (Sana'a → sanaa).
      if ((text[i + 1] === 's' || text[i + 1] === 'S') && !LETTER_OR_DIGIT.test(text[i + 2] ?? ' ')) i++;
      continue;
    } else if (SPACE_LIKE.test(ch)) {
      if (norm.length > 0 && norm[norm.length - 1] !== ' ') push(' ', i);
    } else {
      push('|', i);
    }
  }
  map.push(text.length);
  return { norm, map };
}

/** ASCII upper-snake id from a name: `Bashar al-Assad` → `BASHAR_AL_ASSAD`. */
export function idFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/['’]/g, '')
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
