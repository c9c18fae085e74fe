/**
 * Rewrites of CoNLL-2003 training documents into the forms today's wire copy takes, so that the
 * tagger learns them too: CoNLL puts the dateline on a line of its own (`BRUSSELS 1996-08-22`), keeps
 * headlines in sentence case and writes `U.S.`; Parley meets `WASHINGTON (Reuters) - The United
 * States ...` on one line, headlines in Title Case and `US`. Each document gets at most one rewrite
 * of each kind, chosen by its index, so the set stays deterministic and the original forms stay
 * in the majority (they remain how many outlets write).
 */
import { tagOf } from './tags.js';
import type { TrainingDoc, TrainingSentence } from './train.js';

const DATE = /^\d{4}-\d\d-\d\d$/;
const ABBREVIATIONS: Record<string, string> = { 'U.S.': 'US', 'U.N.': 'UN', 'U.K.': 'UK', 'U.S': 'US' };
/** Words a Title Case headline leaves in lower case. */
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'with', 'from']);

export function augment(docs: readonly TrainingDoc[]): TrainingDoc[] {
  return docs.map((doc, i) => {
    let out = doc;
    if (i % 4 !== 0) out = joinDateline(out, i % 4);
    if (i % 3 === 1) out = titleCaseHeadline(out);
    if (i % 2 === 1) out = out.map(shortAbbreviations);
    return out;
  });
}

/**
 * `BRUSSELS 1996-08-22` + `The European Commission said ...` → one sentence in one of three
 * forms: `BRUSSELS (Reuters) - The ...`, `BRUSSELS - The ...`, `BRUSSELS The ...`.
 */
export function joinDateline(doc: TrainingDoc, form: number): TrainingDoc {
  const k = doc.findIndex((s) => s.words.length >= 2 && s.words.length <= 8 && DATE.test(s.words[s.words.length - 1]));
  if (k < 0 || k + 1 >= doc.length) return doc;
  const place = { words: doc[k].words.slice(0, -1), tags: Array.from(doc[k].tags.slice(0, -1)) };
  const middle: TrainingSentence =
    form === 1
      ? { words: ['(', 'Reuters', ')', '-'], tags: Int8Array.from([0, tagOf('U', 'ORG'), 0, 0]) }
      : form === 2
        ? { words: ['-'], tags: Int8Array.from([0]) }
        : { words: [], tags: new Int8Array(0) };
  const next = doc[k + 1];
  const joined: TrainingSentence = {
    words: [...place.words, ...middle.words, ...next.words],
    tags: Int8Array.from([...place.tags, ...middle.tags, ...next.tags]),
  };
  return [...doc.slice(0, k), joined, ...doc.slice(k + 2)];
}

/** The first sentence (the headline) in Title Case, unless it is in capitals already. */
export function titleCaseHeadline(doc: TrainingDoc): TrainingDoc {
  if (doc.length === 0) return doc;
  const head = doc[0];
  const letters = head.words.join('');
  if (letters === letters.toUpperCase()) return doc;
  const words = head.words.map((w, i) =>
    i > 0 && SMALL.has(w) ? w : /^[a-z]/.test(w) ? w[0].toUpperCase() + w.slice(1) : w,
  );
  return [{ words, tags: head.tags }, ...doc.slice(1)];
}

/** `U.S.` → `US` and the like: modern style. Tags do not change. */
export function shortAbbreviations(s: TrainingSentence): TrainingSentence {
  if (!s.words.some((w) => w in ABBREVIATIONS)) return s;
  return { words: s.words.map((w) => ABBREVIATIONS[w] ?? w), tags: s.tags };
}

