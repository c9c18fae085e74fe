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
  /** For a continuation: the earlier quote whose speaker goes on talking (null: the speaker came from reported speech). */
  continues?: DirectQuote | null;
}

/** Small words that stay lower case inside a title (`The Art of the Deal`). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la', 'le']);
/** Words before a quoted name: `known as "the movement"`, `the book "..."`. */
const NAMING = /(?:known as|dubbed|nicknamed|code-?named|titled|entitled|calls? (?:it|them)sel(?:f|ves)|called (?:it|them)sel(?:f|ves)|(?:book|novel|film|movie|song|album|show|programme|program|series|documentary|play|poem|article|column|op-ed|headline|slogan|operation|campaign)(?: called)?)\s*[,:]?\s*$/i;

/**
 * The attributions whose cue token lies in [lo, hi] (attributions come in text order), so each
 * quote looks at its neighbourhood only, not at every attribution of a long article.
 */
function near(atts: readonly Attribution[], lo: number, hi: number): readonly Attribution[] {
  let a = 0;
  let b = atts.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (atts[m].cueFirst < lo) a = m + 1;
    else b = m;
  }
  let e = a;
  while (e < atts.length && atts[e].cueFirst <= hi) e++;
  return atts.slice(a, e);
}

/** The attributions of sentence si. */
function inSentence(ctx: Context, atts: readonly Attribution[], si: number): readonly Attribution[] {
  const s = ctx.sentences[si];
  return near(atts, s.tokenStart, s.tokenEnd - 1);
}


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
    const found = attribution ? null : continuation(ctx, q, out, atts);
    if (found) {
      attribution = found.attribution;
      rule = 'continuation';
    }
    const quote: DirectQuote = { quoted: q, fragments, attribution, rule };
    if (found) quote.continues = found.continues;
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
  // A quote closing its sentence (`... situation."`) is followed by a new sentence, unless the
  // next word is lower case (`"Why now?" he asked`) or that sentence is only `Trump said.`
  const closedSentence = /[.!?]/.test(inner) && !/^[a-z]/.test(t.text);
  for (const a of near(atts, c, c + 30)) {
    if (closedSentence && (a.content !== null || a.sentence !== t.sentence || !endsAtCue(ctx, a))) continue;
    if (a.cueFirst === c && a.speaker && a.speaker.first > c) return a; // said X
    if (a.cueFirst === c && a.speaker && a.speaker.last <= tokenAtOrAfter(ctx, q.open)) return a; // It "strongly" condemned
    if (a.speaker && a.speaker.first === c) return a; // X said
    if (a.verb === null && a.cueFirst === c) return a; // according to X
  }
  return null;
}

/** Whether the attribution's sentence is only `Trump said.` (or `said Trump.`): nothing follows. */
function endsAtCue(ctx: Context, a: Attribution): boolean {
  const last = Math.max(a.cueLast, a.speaker ? a.speaker.last : 0);
  const end = ctx.sentences[a.sentence].tokenEnd;
  return last >= end || (last === end - 1 && /^[.!?]$/.test(ctx.tokens[last].text));
}

/** `X said: "..."`, `X told Reuters, "..."`, `He says "..."`: the attribution leading in. */
function before(ctx: Context, q: Quoted, atts: readonly Attribution[]): Attribution | null {
  let p = tokenBefore(ctx, q.open);
  if (p < 0) return null;
  const t = ctx.tokens;
  const punct = t[p].text === ':' || t[p].text === ',';
  if (punct) p--;
  let best: Attribution | null = null;
  for (const a of near(atts, p - 8, p)) {
    if (a.cueLast - 1 > p || t[a.cueFirst].sentence !== t[p].sentence) continue;
    if (!punct && a.cueLast - 1 !== p) continue;
    let clean = true;
    // (A colon lead-in, `Trump issued the following statement:`, is one by its shape.)
    if (a.speakerHow !== 'inferred:lead-in') {
      for (let i = a.cueLast; i <= p; i++) if (t[i].pos === 'VERB' || t[i].pos === 'AUX' || t[i].normal === 'that') clean = false;
    }
    if (clean && (!best || a.cueFirst > best.cueFirst)) best = a;
  }
  // `Kerry said he had talked with Zarif, who had indicated "how this can be achieved"`: a cue
  // run straight into the quote inside someone's reported words leaves them that reporter's.
  if (best && !punct) {
    const cueStart = t[best.cueFirst].start;
    const outer = inSentence(ctx, atts, best.sentence).find((a) => a !== best && a.content && a.content.start <= cueStart && q.close <= a.content.end + 1);
    if (outer) return null;
  }
  return best;
}

/** A quote inside a sentence: the reported speech holding it, or the last cue before it. */
function partial(ctx: Context, q: Quoted, atts: readonly Attribution[]): Attribution | null {
  const t = ctx.tokens;
  const si = t[tokenAtOrAfter(ctx, q.open)].sentence;
  const holding = inSentence(ctx, atts, si).find((a) => a.content && a.content.start <= q.open && q.close <= a.content.end + 1);
  // Inside reported words, a naming cue of its own names the term's user (`..., which diplomats
  // have been calling a "cessation of hostilities"`); other cues there do not (`had agreed to
  // settle disputes "in a peaceful manner"` are still the ministry's words).
  const inner = holding ? nearestCue(ctx, q, atts, si, holding.content!.start) : null;
  if (holding) return inner?.verb?.naming ? inner : holding;
  return nearestCue(ctx, q, atts, si, -1);
}

/**
 * The last cue before a quote in its sentence whose clause runs on to the quote: `called the
 * talks "very tense"`, `which diplomats have been calling a "cessation of hostilities"`.
 */
function nearestCue(ctx: Context, q: Quoted, atts: readonly Attribution[], si: number, after: number): Attribution | null {
  const t = ctx.tokens;
  let best: Attribution | null = null;
  for (const a of inSentence(ctx, atts, si)) {
    if (t[a.cueFirst].start > q.open || t[a.cueFirst].start < after) continue;
    if (!best || a.cueFirst > best.cueFirst) best = a;
  }
  if (!best) return null;
  // Only a cue whose clause runs on to the quote: `called the talks "very tense"`, not
  // `After X criticized Y during a debate, Z shot back, "..."`.
  const open = tokenAtOrAfter(ctx, q.open);
  if (open - best.cueLast > 24) return null;
  // `Kasich joked that he appreciates a good, "peaceful protest"`: a `that` clause after the
  // cue is the speaker's own words, its verb included.
  const thatClause = t[best.cueLast]?.normal === 'that';
  for (let i = best.cueLast; i < open; i++) {
    const w = t[i];
    const joinsClauses = w.pos === 'CCONJ' && ['VERB', 'AUX', 'PRON'].includes(t[i + 1]?.pos ?? '');
    if (joinsClauses || /^[;—–:]$/.test(w.text)) return null;
    // (up to `, and the crowd began to chant`: a new clause after a comma and a conjunction)
    if (thatClause && w.pos === 'CCONJ' && t[i - 1]?.text === ',') return null;
    if (thatClause) continue;
    if (w.pos === 'VERB' && !w.normal.endsWith('ing') && t[i - 1]?.normal !== 'to' && t[i - 1]?.pos !== 'AUX') return null;
  }
  return best;
}

/**
 * A quote standing as its own sentence continues the last speaker of this or the previous
 * paragraph; when that speaker was last heard in a quote, this one goes on from it.
 */
function continuation(
  ctx: Context,
  q: Quoted,
  earlier: readonly DirectQuote[],
  atts: readonly Attribution[],
): { attribution: Attribution; continues: DirectQuote | null } | null {
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
  let best: { at: number; a: Attribution; quote: DirectQuote | null } | null = null;
  const consider = (at: number, a: Attribution | null, quote: DirectQuote | null) => {
    if (a && a.speaker && at >= lastPara && at < q.open && (!best || at > best.at)) best = { at, a, quote };
  };
  // The latest of each kind is enough: both lists are in text order.
  let lastQuote: DirectQuote | null = null;
  for (let i = earlier.length - 1; i >= 0 && earlier[i].quoted.open >= lastPara; i--) {
    if (earlier[i].attribution?.speaker) {
      lastQuote = earlier[i];
      consider(lastQuote.quoted.open, lastQuote.attribution, lastQuote);
      break;
    }
  }
  const around = near(atts, tokenAtOrAfter(ctx, lastPara), first);
  for (let i = around.length - 1; i >= 0; i--) {
    if (around[i].speaker) {
      // `"A," he said. "B."`: the cue after the last quote is that quote's own attribution.
      consider(t[around[i].cueFirst].start, around[i], lastQuote?.attribution === around[i] ? lastQuote : null);
      break;
    }
  }
  if (!best) return null;
  const { a, quote } = best as { a: Attribution; quote: DirectQuote | null };
  return { attribution: a, continues: quote };
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
