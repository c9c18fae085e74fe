/**
 * Test helpers for the quotes stage: run it on a text (with sentences and, optionally, hand-made
 * layers) and find quotes by their words.
 */
import { analyse } from '../../nlp/analyse.js';
import { createDoc, type Doc } from '../../model/doc.js';
import { makeArticle } from '../../ingest/article.js';
import type { ActorRecord, ActorType, QuoteRecord } from '../../model/record.js';
import type { Block } from '../../model/article.js';
import { quotesStage } from './index.js';

export function quotesOf(text: string, extra: Partial<Doc> = {}): QuoteRecord[] {
  const doc: Doc = { ...createDoc(makeArticle({ text })), ...analyse(text), ...extra };
  return (quotesStage.run(doc) as { quotes: QuoteRecord[] }).quotes;
}

/** The quote whose words start with `prefix` (and are direct or not, when asked). */
export function quoteStarting(quotes: readonly QuoteRecord[], prefix: string, direct?: boolean): QuoteRecord | undefined {
  return quotes.find((q) => q.text.startsWith(prefix) && (direct === undefined || q.direct === direct));
}

/** Who speaks, in words: the antecedent of a pronoun speaker, else the speaker phrase. */
export function speakerName(q: QuoteRecord | undefined): string | null {
  return q?.speaker ? (q.speaker.antecedent?.text ?? q.speaker.text) : null;
}

/** An actor of the actors layer, its mentions found as exact substrings of the text. */
export function actor(text: string, id: string, type: ActorType, mentions: string[]): ActorRecord {
  return {
    id,
    name: id,
    type,
    country: null,
    sector: null,
    role: null,
    affiliation: null,
    mentions: mentions.map((m) => {
      const start = text.indexOf(m);
      if (start < 0) throw new Error(`mention not in text: ${m}`);
      return { start, end: start + m.length, text: m, how: 'stated' as const };
    }),
  };
}

/** A block of the given kind covering the first occurrence of `words`. */
export function block(text: string, kind: Block['kind'], words: string): Block {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`block not in text: ${words}`);
  return { kind, start, end: start + words.length };
}
