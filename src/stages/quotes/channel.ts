/**
 * The channel a statement came through (tweet, statement, interview, speech ...), read from the
 * words of the attribution clause, never from the quoted words themselves.
 */
import type { Span } from '../../model/span.js';
import type { Context } from './context.js';
import { lexicon } from './lexicon.js';

/** The channel named in sentence `si` outside the quoted or reported words (`exclude`). */
export function channelOf(ctx: Context, si: number, exclude: readonly Span[], cue: number): string | null {
  const s = ctx.sentences[si];
  const words: string[] = [];
  const index: number[] = [];
  // The cue's own clause: back to `, and`, `;` or a quotation, not the whole sentence
  // (`discussed the accord by phone, and the Kremlin leader said` is no phone call).
  let from = cue;
  while (from > ctx.floor[si]) {
    const t = ctx.tokens[from - 1];
    const clauseJoin = t.pos === 'CCONJ' && ctx.tokens[from - 2]?.text === ',';
    if (clauseJoin || t.text === ';' || ctx.quoteOf[from - 1] >= 0) break;
    from--;
  }
  for (let i = from; i < s.tokenEnd; i++) {
    const t = ctx.tokens[i];
    if (ctx.quoteOf[i] >= 0 || exclude.some((e) => t.start >= e.start && t.end <= e.end)) continue;
    words.push(t.normal);
    index.push(i);
  }
  const lex = lexicon();
  // `told Reuters`: an interview with an outlet.
  const at = index.indexOf(cue);
  if (at >= 0 && /^tel|^told/.test(words[at])) {
    for (const outlet of lex.outlets) if (matchesAt(words, at + 1, outlet)) return 'interview';
  }
  for (const { words: phrase, channel } of lex.channels) {
    for (let i = 0; i + phrase.length <= words.length; i++) if (matchesAt(words, i, phrase)) return channel;
  }
  return null;
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let j = 0; j < phrase.length; j++) if (words[at + j] !== phrase[j]) return false;
  return true;
}
