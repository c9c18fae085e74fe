/**
 * The key a place name is looked up by: diacritics folded (`Lashkar Gāh` = `Lashkar Gah`), case
 * ignored, dots and apostrophes dropped (`U.S.` = `US`), hyphens and runs of spaces made one space
 * (`Guinea-Bissau` = `Guinea Bissau`).
 */
const MARKS = /[\u0300-\u036f]/g;
const DROP = /[.'’‘`ʻʼ]/g;
const SPACE = /[\s\-‐‑–—]+/g;

/** Plain ASCII letters and single spaces: most names, folded by lower-casing alone (fast path). */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function fold(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase();
  return name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(DROP, '').replace(SPACE, ' ').trim();
}
