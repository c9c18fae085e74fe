/** Running the actors stage on a text the way the pipeline does (sentences, then actors). */
import { makeArticle } from '../src/ingest/article.js';
import { createDoc, type Doc, type EntityMention } from '../src/model/doc.js';
import type { ActorRecord } from '../src/model/record.js';
import { analyse } from '../src/nlp/analyse.js';
import { actorsStage } from '../src/stages/actors/index.js';

export function docOf(text: string, published: string | null = null, mentions?: EntityMention[]): Doc {
  const article = makeArticle({ text, published });
  return { ...createDoc(article), ...analyse(text), ...(mentions ? { mentions } : {}) };
}

export function actorsOf(text: string, published: string | null = null, mentions?: EntityMention[]): ActorRecord[] {
  return actorsStage.run(docOf(text, published, mentions)).actors ?? [];
}

/** The actor (if any) with a mention covering the first occurrence of `phrase` in `text`. */
export function actorAt(actors: readonly ActorRecord[], text: string, phrase: string): { id: string; how: string } | null {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the test sentence`);
  for (const a of actors) {
    const m = a.mentions.find((x) => x.start < at + phrase.length && at < x.end);
    if (m) return { id: a.id, how: m.how };
  }
  return null;
}
