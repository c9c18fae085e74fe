import { analyse } from '../../nlp/analyse.js';
import { defineStage } from '../../pipeline/stage.js';

/** Sentences, tokens and paragraphs over the article text (see nlp/analyse.ts). */
export const sentencesStage = defineStage({
  name: 'sentences',
  version: '1',
  requires: [],
  adds: ['sentences', 'tokens', 'paragraphs'],
  run(doc) {
    return analyse(doc.article.text);
  },
});
