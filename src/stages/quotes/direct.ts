/**
 * Who said each quoted span. In order of trust:
 *   after the closing mark   `"...," he said` / `"...," said the source` / `"...," according to X`
 *   before the opening mark  `X said: "..."` / `X told Reuters, "..."` / `..., saying: "..."`
 *   around a partial quote   `X said the talks were "very tense"` (the sentence's attribution)
 *   a continuation           a quote standing as its own sentence takes the previous speaker
 * A quote nobody is said to have spoken keeps `speaker: null`, unless it is a single word, a
 * title or a name (`"The Art of the Deal"`, `known as "the movement"`): those are no quotes.
 */
import type { Span } from '../../model/span.js';
import { isOpenMark, tokenAtOrAfter, tokenBefore, type Context } from './context.js';
import type { Quoted } from './marks.js';
import type { Attribution } from './reported.js';

export interface DirectQuote {
  quoted: Quoted;
  fragments: Span[];
  /** The attribution that names the speaker (null: nobody is said to have spoken). */
  attribution: Attribution | null;
  /** How the attribution was found. */
  rule: 'after' | 'before' | 'partial' | 'continuation' | 'none';
}

/** Small words that stay lower case inside a title (`The Art of the Deal`). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'le']);
/** Words before a quoted name: `known as "the movement"`, `the book "..."`. */
const NAMING = /(?:known as|dubbed|nicknamed|code-?named|titled|entitled|calls? (?:it|them)sel(?:f|ves)|called (?:it|them)sel(?:f|ves)|(?:book|novel|film|movie|song|album|show|programme|program|series|documentary|play|poem|article|column|op-ed|headline|slogan|operation|campaign)(?: called)?)\s*[,:]?\s*$/i;

export function attributeQuotes(ctx: Context, atts: readonly Attribution[]): DirectQuote[] {
  const out: DirectQuote[] = [];
  const merged = new Set<number>();
  ctx.quoted.forEach((q, qi) => {
    if (merged.has(qi)) return;
    const openTok = tokenAtOrAfter(ctx, q.open);
    if (openTok >= ctx.tokens.length || ctx.skip[ctx.tokens[openTok].sentence]) return;
    let fragments = [...q.fragments];
    let attribution: Attribution | null = after(ctx, q, atts);
    let rule: DirectQuote['rule'] = attribution ? 'after' : 'none';
    if (attribution) {
      // `"We are ready," he said, "but not at any price."`: one quote in two fragments.
      const next = ctx.quoted[qi + 1];
      if (next && continues(ctx, q, next, attribution)) {
        fragments = [...fragments, ...next.fragments];
        merged.add(qi + 1);
      }
    } else if ((attribution = before(ctx, q, atts))) rule = 'before';
    else if ((attribution = partial(ctx, q, atts))) rule = 'partial';
    else if ((attribution = continuation(ctx, q, out, atts))) rule = 'continuation';
    const quote: DirectQuote = { quoted: q, fragments, attribution, rule };
    if (isQuotation(ctx, quote)) out.push(quote);
  });
  return out;
}

/** `"...," he said` / `"...," said X` / `"...," according to X`: the attribution right after. */
function after(ctx: Context, q: Quoted, atts: readonly Attribution[]): Attribution | null {
  if (!q.closed) return null;
  let c = tokenAtOrAfter(ctx, q.close);
  if (ctx.tokens[c]?.text === ',') c++; // `"...", Kerry said` (comma outside the marks)
  const t = ctx.tokens[c];
  if (!t || ctx.text.slice(q.close, t.start).includes('\n')) return null;
  const inner = ctx.text.slice(q.fragments[q.fragments.length - 1].end, q.close);
  // A quote closing its sentence (`... situation."`) is followed by a new sentence, unless the
  // next word is lower case (`"Why now?" he asked`).
  if (/[.!?]/.test(inner) && !/^[a-z]/.test(t.text)) return null;
  for (const a of atts) {
    if (a.cueFirst < c || a.cueFirst > c + 14) continue;
    if (a.cueFirst === c && a.speaker && a.speaker.first > c) return a; // said X
    if (a.speaker && a.speaker.first === c) return a; // X said
    if (a.verb === null && a.cueFirst === c) return a; // according to X
  }
  return null;
}

/** `X said: "..."`, `X told Reuters, "..."`, `He says "..."`: the attribution leading in. */
function before(ctx: Context, q: Quoted, atts: readonly Attribution[]): Attribution | null {
  let p = tokenBefore(ctx, q.open);
  if (p < 0) return null;
  const t = ctx.tokens;
  const punct = t[p].text === ':' || t[p].text === ',';
  if (punct) p--;
  let best: Attribution | null = null;
  for (const a of atts) {
    if (a.cueLast - 1 > p || a.cueFirst < p - 8 || t[a.cueFirst].sentence !== t[p].sentence) continue;
    if (!punct && a.cueLast - 1 !== p) continue;
    let clean = true;
    for (let i = a.cueLast; i <= p; i++) if (t[i].pos === 'VERB' || t[i].pos === 'AUX' || t[i].normal === 'that') clean = false;
    if (clean && (!best || a.cueFirst > best.cueFirst)) best = a;
  }
  return best;
}

/** A quote inside a sentence: the reported speech holding it, or the last cue before it. */
function partial(ctx: Context, q: Quoted, atts: readonly Attribution[]): Attribution | null {
  const t = ctx.tokens;
  const si = t[tokenAtOrAfter(ctx, q.open)].sentence;
  const holding = atts.find((a) => a.content && a.content.start <= q.open && q.close <= a.content.end + 1);
  if (holding) return holding;
  let best: Attribution | null = null;
  for (const a of atts) {
    if (a.sentence !== si || t[a.cueFirst].start > q.open) continue;
    if (!best || a.cueFirst > best.cueFirst) best = a;
  }
  return best;
}

/** A quote standing as its own sentence continues the last speaker of this or the previous paragraph. */
function continuation(ctx: Context, q: Quoted, earlier: readonly DirectQuote[], atts: readonly Attribution[]): Attribution | null {
  const t = ctx.tokens;
  const first = tokenAtOrAfter(ctx, q.open);
  const si = t[first].sentence;
  if (first !== ctx.floor[si] && first !== ctx.sentences[si].tokenStart) return null;
  const lastTok = tokenBefore(ctx, q.close);
  const s = ctx.sentences[t[lastTok].sentence];
  const rest = ctx.text.slice(q.close, s.end).trim();
  if (rest !== '' && !/^[.!?]+$/.test(rest)) return null;
  let back = paragraphStart(ctx.text, q.open) - 1;
  while (back > 0 && /\s/.test(ctx.text[back])) back--;
  const lastPara = paragraphStart(ctx.text, back);
  let best: { at: number; a: Attribution } | null = null;
  const consider = (at: number, a: Attribution | null) => {
    if (a && a.speaker && at >= lastPara && at < q.open && (!best || at > best.at)) best = { at, a };
  };
  for (const d of earlier) consider(d.quoted.open, d.attribution);
  for (const a of atts) if (a.content) consider(t[a.cueFirst].start, a);
  return best ? (best as { a: Attribution }).a : null;
}

function paragraphStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const i = text.lastIndexOf('\n', at - 1);
  return i < 0 ? 0 : i + 1;
}

/** The next quote continues this one: `"...," he said, "but ..."`, in the same sentence. */
function continues(ctx: Context, q: Quoted, next: Quoted, a: Attribution): boolean {
  const t = ctx.tokens;
  const open = tokenAtOrAfter(ctx, next.open);
  if (t[open]?.sentence !== a.sentence || !isOpenMark(t[open])) return false;
  const between = ctx.text.slice(q.close, next.open);
  if (!/,\s*$/.test(between) || /[.!?]/.test(between)) return false;
  const endsWithComma = /,\s*$/.test(ctx.text.slice(q.fragments[q.fragments.length - 1].end, q.close).replace(/["”’'»´`]/g, ''));
  return endsWithComma || /^[a-z]/.test(ctx.text.slice(next.fragments[0].start, next.fragments[0].start + 1));
}

/** Whether a quoted span is a quotation, not a scare-quoted word, a title or a name. */
function isQuotation(ctx: Context, d: DirectQuote): boolean {
  const words = d.fragments.map((f) => ctx.text.slice(f.start, f.end)).join(' ');
  const wordCount = words.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (wordCount === 0) return false;
  const leadIn = ctx.text.slice(Math.max(0, d.quoted.open - 40), d.quoted.open);
  const embedded = d.rule === 'partial' || d.rule === 'none';
  if (embedded && NAMING.test(leadIn)) return false;
  if (embedded && isTitle(words)) return false;
  if (d.rule === 'none') {
    if (wordCount === 1) return false; // a scare-quoted word is nobody's quote
    if (/^the\s/i.test(words) && wordCount <= 3 && !/[,.;:!?]/.test(words)) return false; // "the movement": a name
  }
  return true;
}

/** Every word capitalised (small words aside), no sentence punctuation: a title or a name. */
function isTitle(words: string): boolean {
  if (/[.!?;,]$/.test(words) || words.length > 80) return false;
  const list = words.split(/\s+/);
  if (list.length > 8) return false;
  if (words === words.toUpperCase()) return false; // a heading in capitals is not a title
  return list.every((w, i) => /^[\p{Lu}\p{N}'‘’"“]/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())));
}
