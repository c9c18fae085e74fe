/**
 * Many distinct wire-style articles made of real sentences from the shareable texts (the seed and
 * corpus/open), for load tests and benchmarks. Deterministic: the same count gives the same texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ARTICLE, SHARED } from './shared.js';

export interface SampleArticle {
  id: string;
  text: string;
  published: string;
  outlet: string;
}

export function sampleArticles(count: number, sentencesPerArticle = 4): SampleArticle[] {
  const texts = [readFileSync(SEED_ARTICLE, 'utf8'), ...['open-001', 'open-002'].map((f) => JSON.parse(readFileSync(join(SHARED, 'corpus', 'open', `${f}.json`), 'utf8')).text as string)];
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/)).map((s) => s.trim()).filter((s) => s.length > 40 && s.length < 400);
  const outlets = ['Reuters', 'AP', 'AFP', 'Voice of America', 'Geneva Solutions'];
  const out = new Map<string, SampleArticle>();
  for (let i = 0; out.size < count; i++) {
    const picks = Array.from({ length: sentencesPerArticle }, (_, k) => sentences[(i * (7 + 6 * k) + 3 * k + Math.floor(i / sentences.length) * (k + 1)) % sentences.length]);
    // Paragraphs of one or two sentences, as on the wire.
    const paras: string[] = [];
    for (let k = 0; k < picks.length; k += 2) paras.push(picks.slice(k, k + 2).join(' '));
    const text = paras.join('\n\n');
    if (!out.has(text)) {
      out.set(text, { id: `a${out.size}`, text, outlet: outlets[i % outlets.length], published: `2019-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` });
    }
  }
  return [...out.values()];
}
