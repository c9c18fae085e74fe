/**
 * CoNLL-2003 (as converted in ../shared/eval/dev/conll2003.jsonl) for the entity tagger: read a
 * split, tokenise each document exactly as Parley does at run time (wink-nlp via nlp/analyse.ts,
 * over the text as given), turn gold character spans into BILOU tags, and score predicted spans.
 * Shared by scripts/train-ner.ts and scripts/bench-ner.ts. The data is never copied into the repo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, Sentence, Token } from '../src/model/doc.js';
import { analyse, tokensOfSpan } from '../src/nlp/analyse.js';
import { encode, type TokenSpan } from '../src/stages/mentions/tags.js';
import type { TrainingDoc } from '../src/stages/mentions/train.js';
import { SHARED } from '../test/shared.js';

export const CONLL_PATH = join(SHARED, 'eval', 'dev', 'conll2003.jsonl');

export interface GoldEntity {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

export interface ConllDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
  tokens: Token[];
  sentences: Sentence[];
}

export function readConll(split: 'train' | 'dev', path = CONLL_PATH): ConllDoc[] {
  if (split !== 'train' && split !== 'dev') throw new Error(`refusing split ${split}: only train and dev are used`);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: cannot read the CoNLL-2003 data (is ../shared present?)`);
  }
  const out: ConllDoc[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; split: string; text: string; entities: GoldEntity[] };
    if (d.split !== split) continue;
    const { tokens, sentences } = analyse(d.text);
    out.push({ id: d.id, text: d.text, entities: d.entities, tokens, sentences });
  }
  return out;
}

/** Training documents with BILOU tags; counts gold entities whose edges fall inside a token. */
export function toTraining(docs: readonly ConllDoc[]): { docs: TrainingDoc[]; misaligned: number } {
  let misaligned = 0;
  const out = docs.map((d) => {
    const spans: TokenSpan[] = [];
    for (const e of d.entities) {
      const [a, b] = tokensOfSpan(d.tokens, e);
      if (b <= a || d.tokens[a].start !== e.start || d.tokens[b - 1].end !== e.end) {
        misaligned++;
        continue;
      }
      spans.push({ start: a, end: b, type: e.type });
    }
    const tags = encode(d.tokens.length, spans);
    return d.sentences.map((s) => ({
      words: d.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text),
      tags: tags.slice(s.tokenStart, s.tokenEnd),
    }));
  });
  return { docs: out, misaligned };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  perType: Record<EntityType, Counts>;
  /** Overlapping spans of the same type, as a lenient second view. */
  partial: Counts;
}

export function emptyScore(): Score {
  const z = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return { perType: { PER: z(), ORG: z(), LOC: z(), MISC: z() }, partial: z() };
}

interface Typed {
  start: number;
  end: number;
  type: EntityType;
}

/** Exact span and type match, added into `score`. */
export function scoreDoc(score: Score, gold: readonly Typed[], pred: readonly Typed[]): void {
  const key = (e: Typed): string => `${e.start}:${e.end}:${e.type}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  for (const e of pred) score.perType[e.type][g.has(key(e)) ? 'tp' : 'fp']++;
  for (const e of gold) if (!p.has(key(e))) score.perType[e.type].fn++;
  const overlaps = (a: Typed, b: Typed): boolean => a.type === b.type && a.start < b.end && b.start < a.end;
  for (const e of pred) score.partial[gold.some((x) => overlaps(x, e)) ? 'tp' : 'fp']++;
  for (const e of gold) if (!pred.some((x) => overlaps(x, e))) score.partial.fn++;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

export function micro(score: Score, types: readonly EntityType[]): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    out.tp += score.perType[t].tp;
    out.fp += score.perType[t].fp;
    out.fn += score.perType[t].fn;
  }
  return out;
}

export function formatScore(score: Score): string {
  const row = (name: string, c: Counts): string => {
    const { p, r, f } = prf(c);
    return `${name.padEnd(14)} P ${(p * 100).toFixed(2)}  R ${(r * 100).toFixed(2)}  F1 ${(f * 100).toFixed(2)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  return [
    row('PER', score.perType.PER),
    row('ORG', score.perType.ORG),
    row('LOC', score.perType.LOC),
    row('PER+ORG+LOC', micro(score, ['PER', 'ORG', 'LOC'])),
    row('MISC', score.perType.MISC),
    row('all four', micro(score, ['PER', 'ORG', 'LOC', 'MISC'])),
    row('overlap, all', score.partial),
  ].join('\n');
}
