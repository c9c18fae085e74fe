/**
 * The `mentions` stage: names of people, organisations, places and other proper names (PER, ORG,
 * LOC, MISC) found by the trained sequence tagger, as raw spans; resolving them to actors and places
 * is for later stages.
 */
import type { EntityMention, Sentence, Token } from '../../model/doc.js';
import { layer } from '../../model/doc.js';
import { defineStage } from '../../pipeline/stage.js';
import { defaultModel } from './model.js';
import { Tagger, type TaggerOptions } from './tagger.js';

let shared: Tagger | undefined;

/** The tagger with the shipped model and default gazetteers, built once. */
export function defaultTagger(): Tagger {
  shared ??= new Tagger(defaultModel());
  return shared;
}

/** Entity mentions of a text from its tokens and sentences, with character offsets. */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  tagger: Tagger = defaultTagger(),
  options: TaggerOptions = {},
): EntityMention[] {
  const words = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const tagged = tagger.tagDocument(words, options);
  const out: EntityMention[] = [];
  tagged.forEach((spans, k) => {
    const base = sentences[k].tokenStart;
    for (const s of spans) {
      const start = tokens[base + s.start].start;
      const end = tokens[base + s.end - 1].end;
      out.push({ start, end, text: text.slice(start, end), type: s.type, source: 'tagger', score: s.score });
    }
  });
  return out;
}

export const mentionsStage = defineStage({
  name: 'mentions',
  version: '1',
  requires: ['sentences', 'tokens'],
  adds: ['mentions'],
  run(doc) {
    return { mentions: findMentions(doc.article.text, layer(doc, 'tokens'), layer(doc, 'sentences')) };
  },
});
