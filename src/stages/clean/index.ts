import { detectLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../nlp/language.js';
import { defineStage } from '../../pipeline/stage.js';
import { classifyBlocks } from './blocks.js';
import { findDateline } from './dateline.js';

/**
 * Mark what is not body text — the dateline, captions, headings, bylines, sign-offs, boilerplate —
 * as blocks over the untouched text, and refuse languages Parley does not read.
 */
export const cleanStage = defineStage({
  name: 'clean',
  version: '1',
  requires: [],
  adds: ['language', 'dateline', 'blocks'],
  run(doc) {
    const { text } = doc.article;
    const language = doc.article.language ?? detectLanguage(text);
    if (language !== 'und' && !SUPPORTED_LANGUAGES.has(language)) {
      throw new Error(`the article is in ${LANGUAGE_NAMES[language] ?? language} (${language}); Parley reads English only`);
    }
    const dateline = doc.article.dateline ?? findDateline(text);
    const blocks = classifyBlocks(text, dateline, doc.article.blocks);
    if (dateline) blocks.unshift({ kind: 'dateline', start: dateline.start, end: dateline.end });
    return { language: language === 'und' ? 'en' : language, dateline, blocks };
  },
});
