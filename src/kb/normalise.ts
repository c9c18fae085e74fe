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

const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`']);
const SPACE_LIKE = /[\s\-‐‑‒–—]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Folded form of non-ASCII characters, computed once each (`É` → `e`, `ß` → `ss`; `''` = not a letter). */
const folded = new Map<string, string>();

/** Fold one character to lower case without diacritics, or '' when it is not a letter or digit. */
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return ch;
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    return '';
  }
  let f = folded.get(ch);
  if (f === undefined) {
    f = LETTER_OR_DIGIT.test(ch) ? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : '';
    folded.set(ch, f);
  }
  return f;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && fold(ch) !== '';
}

export function normaliseText(text: string): NormalText {
  const out: string[] = [];
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const f = fold(ch);
    if (f !== '') {
      for (const c of f) {
        out.push(c);
        map.push(i);
      }
      lastSpace = false;
    } else if (ch === '.') {
      // U.S. → us, Jr. → jr: a dot never separates words inside a name.
      continue;
    } else if (APOSTROPHES.has(ch)) {
      // Possessive 's is dropped (Russia's → russia); an inner apostrophe joins (Sana'a → sanaa).
      if ((text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2])) i++;
      continue;
    } else if (SPACE_LIKE.test(ch)) {
      if (!lastSpace) {
        out.push(' ');
        map.push(i);
        lastSpace = true;
      }
    } else {
      out.push('|');
      map.push(i);
      lastSpace = false;
    }
  }
  map.push(text.length);
  return { norm: out.join(''), map };
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
