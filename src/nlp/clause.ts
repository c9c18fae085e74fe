/**
 * Clauses, roughly: the stretch of a sentence around a word that a verb's arguments are taken
 * from. Wire copy chains clauses with `, which`, `, saying`, `while`, `but`, semicolons and dashes;
 * an actor on the far side of one of those is not the subject of this verb (GDELT's classic error is
 * to take actor, act and place from unrelated parts of a story).
 */
import type { Span } from '../model/span.js';

/** Where a new clause starts: the connector itself is kept as the clause's `lead`. */
const BOUNDARY =
  /;|:\s|\s[–—]\s|\s-\s|,\s*(?=(?:but|while|whereas|although|though|as|after|adding|saying|which|who|whose|where|when|because|since|despite|before|until|unless|if|even if|amid|with)\b)|(?<=\s)(?=(?:but|while|whereas|although|unless|if|before|after|until)\s)/gi;

export interface Clause extends Span {
  /** The connector opening the clause (`if`, `which`, `but`...), lower-cased, or '' at a sentence start. */
  lead: string;
}

const cache = new WeakMap<Span, Clause[]>();

/** The clauses of a sentence, in order (cached per sentence object). */
export function clausesOf(text: string, sentence: Span): Clause[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const body = text.slice(sentence.start, sentence.end);
  // Each cut: where the next clause starts, and its lead (a punctuation mark or the connector word).
  const cuts: [number, string][] = [];
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(body))) {
    const at = m.index + m[0].length;
    const mark = m[0].trim();
    const lead = mark && mark !== ',' ? mark : (/^\s*(\w+)/.exec(body.slice(at))?.[1]?.toLowerCase() ?? '');
    cuts.push([at, lead]);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  const out: Clause[] = [];
  let start = 0;
  let lead = '';
  for (const [cut, nextLead] of [...cuts, [body.length, ''] as [number, string]]) {
    if (cut <= start) continue;
    out.push({ start: sentence.start + start, end: sentence.start + cut, lead });
    start = cut;
    lead = nextLead;
  }
  cache.set(sentence, out);
  return out;
}

/** The clause holding a character offset. */
export function clauseAt(text: string, sentence: Span, offset: number): Clause {
  const all = clausesOf(text, sentence);
  return all.find((c) => offset >= c.start && offset < c.end) ?? all[all.length - 1];
}
