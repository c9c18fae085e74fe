/**
 * Attributions in a sentence: a cue verb (or `according to`) with its speaker and, for reported
 * speech, the words attributed. Three shapes cover wire copy:
 *   `X said (that) CONTENT`          content after the cue (after a listener for `told`)
 *   `CONTENT, X said (on Tuesday).`  content before, speaker and cue at the end (or `said X`)
 *   `according to X, CONTENT` / `CONTENT, according to X`
 * A participle cue (`, adding that ...`) takes the speaker of the clause it hangs on.
 */
import type { Span } from '../../model/span.js';
import { cueVerb, isAccordingTo, isCloseMark, isOpenMark, isPassive, type Context } from './context.js';
import type { VerbEntry } from './lexicon.js';
import { phraseAfter, phraseBefore, pronounKind, type Phrase } from './phrase.js';

export interface Attribution {
  /** Cue tokens [first, last). */
  cueFirst: number;
  cueLast: number;
  verb: VerbEntry | null;
  speaker: Phrase | null;
  /** `stated` when the speaker is named at the cue, else the rule that supplied it. */
  speakerHow: 'stated' | 'inferred:clause-subject';
  /** The reported words (null when the cue only introduces a direct quote or nothing). */
  content: Span | null;
  sentence: number;
}

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'overnight', 'again', 'also', 'previously', 'privately',
  'publicly', 'separately', 'repeatedly', 'however', 'too', 'then', 'now', 'last', 'this', 'week',
  'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'late', 'early', 'simply',
]);
/** Prepositions that open an adjunct between a cue and its content (`said in a statement`). */
const ADJUNCT_ADP = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'after', 'before', 'from', 'with', 'by', 'to', 'as', 'aboard']);
const PARTICIPLE = /ing$/;
/** Words that end a reported clause because another clause (or attribution) begins. */
const CLAUSE_BREAK = new Set([';', '—', '–']);

/** Skip what may stand between a cue and its content: times, `in a statement`, `, however,`. */
function skipAdjuncts(ctx: Context, k: number, end: number): number {
  const t = ctx.tokens;
  for (let guard = 0; guard < 6 && k < end; guard++) {
    const w = t[k];
    if (TIME_WORDS.has(w.normal) || w.pos === 'ADV' && w.normal.endsWith('ly')) {
      k++;
      continue;
    }
    if (w.text === ',' && k + 2 < end && (t[k + 1].pos === 'ADV' || t[k + 1].normal === 'however') && t[k + 2].text === ',') {
      k += 3;
      continue;
    }
    if (ADJUNCT_ADP.has(w.normal) && k + 1 < end) {
      let j = k + 1;
      let head = false;
      while (j < end) {
        const u = t[j];
        if (u.pos === 'DET' && head) break; // a new phrase: the content starts here
        if (u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NUM' || u.pos === 'NOUN' || u.pos === 'PROPN' || u.text === '-' || u.normal === "'s" || u.normal === '’s') {
          if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'NUM') head = true;
          j++;
          continue;
        }
        if (head && ['of', 'on', 'with', 'to', 'from', 'by', 'in'].includes(u.normal) && j + 1 < end && t[j + 1].pos !== 'PRON' && t[j + 1].normal !== 'that') {
          head = false;
          j++;
          continue;
        }
        break;
      }
      if (head) {
        k = j;
        continue;
      }
    }
    break;
  }
  return k;
}

/** Skip the listener of `told Reuters`, `urged all parties` (a short noun phrase). */
function skipListener(ctx: Context, k: number, end: number): number {
  const t = ctx.tokens;
  if (k < end && t[k].pos === 'PRON' && ['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists'].includes(t[k].normal)) return k + 1;
  const p = phraseAfter(t, k, end);
  if (p) return p.last;
  let j = k;
  if (j < end && t[j].pos === 'DET') j++;
  while (j < end && (t[j].pos === 'NOUN' || t[j].pos === 'PROPN' || t[j].pos === 'ADJ')) j++;
  return j > k ? j : k;
}

/** Whether tokens [a, b) read as a clause: a few words with a verb. */
function isClause(ctx: Context, a: number, b: number): boolean {
  if (b - a < 3) return false;
  for (let i = a; i < b; i++) {
    const p = ctx.tokens[i].pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/** A span from tokens [a, b), with trailing punctuation dropped. */
function spanOf(ctx: Context, a: number, b: number): Span | null {
  const t = ctx.tokens;
  while (b > a && /^[.,;:!?]$/.test(t[b - 1].text)) b--;
  if (b <= a) return null;
  return { start: t[a].start, end: t[b - 1].end };
}

/** Where a clause starting at `from` may start: after the sentence floor, a leading `But`, a closing quote. */
function clauseStart(ctx: Context, sentence: number, cue: number): number {
  const t = ctx.tokens;
  let a = ctx.floor[sentence];
  for (let i = cue - 1; i >= a; i--) {
    if (CLAUSE_BREAK.has(t[i].text) || (isCloseMark(t[i]) && ctx.quoteOf[i] >= 0)) {
      a = i + 1;
      break;
    }
  }
  while (a < cue && (t[a].pos === 'CCONJ' || t[a].pos === 'SCONJ' && t[a].normal !== 'that')) a++;
  return a;
}

/** The speaker before a cue, including `X, head of Y, said` (the name before the apposition). */
function subjectBefore(ctx: Context, cue: number, floor: number): Phrase | null {
  const t = ctx.tokens;
  const direct = phraseBefore(t, cue, floor);
  if (direct) return direct;
  let k = cue - 1;
  while (k > floor && (t[k].pos === 'AUX' || t[k].pos === 'ADV')) k--;
  if (t[k]?.text !== ',') return null;
  cue = k + 1;
  // `Bashar al-Zoubi, head of ..., said`: the phrase before the first comma of the clause.
  for (let i = floor; i < cue - 1; i++) {
    if (t[i].text !== ',') continue;
    const p = phraseBefore(t, i, floor);
    return p && p.first === floor ? p : null;
  }
  return null;
}

/** A cue that can report speech (not one only used with quotation marks, like `called`). */
function reports(ctx: Context, i: number): boolean {
  const v = cueVerb(ctx, i);
  return v !== undefined && !v.directOnly;
}

/** Where reported content ends: the sentence end, or where the next attribution begins. */
function contentEnd(ctx: Context, from: number, end: number): number {
  const t = ctx.tokens;
  for (let i = from; i < end; i++) {
    if (CLAUSE_BREAK.has(t[i].text)) return i;
    const next = t[i + 1];
    if (t[i].text === ',' && next && (PARTICIPLE.test(next.normal) && reports(ctx, i + 1) || isAccordingTo(ctx, i + 1))) return i;
    if (t[i].pos === 'CCONJ' && next && reports(ctx, i + 1)) return i;
    // `, as it repeated that ...`: a second attribution with its own subject.
    if ((t[i].text === ',' || t[i].pos === 'SCONJ' || t[i].normal === 'as') && i + 2 < end) {
      for (let k = i + 2; k < Math.min(end, i + 8); k++) {
        if (reports(ctx, k)) {
          const p = phraseBefore(t, k, i + 1);
          if (p && p.first === i + 1 && !isPassive(ctx, k)) return i;
          break;
        }
        if (t[k].pos === 'VERB' || t[k].pos === 'AUX' && !['has', 'have', 'had'].includes(t[k].normal)) break;
      }
    }
  }
  return end;
}

export function findAttributions(ctx: Context): Attribution[] {
  const out: Attribution[] = [];
  const t = ctx.tokens;
  ctx.sentences.forEach((s, si) => {
    if (ctx.skip[si]) return;
    const end = s.tokenEnd;
    let mainSpeaker: Phrase | null = null;
    for (let k = ctx.floor[si]; k < end; k++) {
      if (isAccordingTo(ctx, k)) {
        const a = according(ctx, si, k, end);
        if (a) out.push(a);
        continue;
      }
      const verb = cueVerb(ctx, k);
      if (!verb) continue;
      if (isPassive(ctx, k) || t[k + 1]?.normal === 'by') {
        // `described by a U.N. spokesman as "..."`: the speaker follows `by`.
        const by = t[k + 1]?.normal === 'by' ? phraseAfter(t, k + 2, end) : null;
        if (by) out.push({ cueFirst: k, cueLast: k + 1, verb, speaker: by, speakerHow: 'stated', content: null, sentence: si });
        continue;
      }
      const floor = clauseStart(ctx, si, k);
      let speaker = subjectBefore(ctx, k, floor);
      let how: Attribution['speakerHow'] = 'stated';
      let inverted = false;
      if (!speaker && t[k - 1] && (t[k - 1].text === ',' || isCloseMark(t[k - 1]))) {
        speaker = phraseAfter(t, k + 1, end);
        inverted = speaker !== null;
      }
      // `..., adding that ...`, `... and warned that ...`: the subject of the clause it hangs on.
      const hangs = PARTICIPLE.test(t[k].normal) || t[k - 1]?.pos === 'CCONJ';
      if (!speaker && hangs) {
        speaker = mainSpeaker ?? sentenceSubject(ctx, si, k);
        how = 'inferred:clause-subject';
      }
      if (!speaker) continue;
      if (how === 'stated') mainSpeaker = speaker;
      const cueFirst = k;
      const cueLast = k + 1;
      // Content before: `CONTENT, X said.` / `CONTENT, said X.`
      const afterSpeaker = inverted ? speaker.last : k + 1;
      const after = skipAdjuncts(ctx, afterSpeaker, end);
      const before = inverted ? k - 1 : speaker.first - 1;
      const tail = after >= end || /^[.,!?]$/.test(t[after].text) || (t[after].text === ',' && !isOpenMark(t[after + 1]));
      if (tail && before > floor && t[before].text === ',') {
        const content = verb.directOnly || verb.belief ? null : spanOf(ctx, floor, before);
        const isQuote = ctx.quoteOf[floor] >= 0 && ctx.quoteOf[before - 1] === ctx.quoteOf[floor];
        if (content && !isQuote && isClause(ctx, floor, before)) {
          out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content, sentence: si });
          continue;
        }
      }
      if (inverted || verb.directOnly) {
        out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content: null, sentence: si });
        continue;
      }
      // Content after: `X said (in a statement) (that) CONTENT`.
      let c = after;
      if (c < end && t[c].normal !== 'that') {
        // `told Reuters ...`, `warned the leaders of UAE and Bahrain that ...`
        const listener = skipListener(ctx, c, end);
        if (verb.object) c = skipAdjuncts(ctx, listener, end);
        else if (listener > c && t[listener]?.normal === 'that') c = listener;
      }
      const hasThat = c < end && t[c].normal === 'that';
      if (hasThat) c++;
      if (c >= end || isOpenMark(t[c]) && wholeQuoteFrom(ctx, c, end) || /^[.,:;!?]$/.test(t[c].text)) {
        out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content: null, sentence: si });
        continue;
      }
      const starts = hasThat || t[c].pos === 'PRON' || t[c].pos === 'DET' || t[c].pos === 'PROPN' || t[c].pos === 'NOUN' || t[c].pos === 'NUM' || isOpenMark(t[c]) || (verb.object && t[c].normal === 'to');
      if (!starts || (verb.belief && !hasThat && t[c].pos !== 'PRON')) {
        out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content: null, sentence: si });
        continue;
      }
      const stop = contentEnd(ctx, c, end);
      const describes = verb.lemma === 'describe' && t.slice(c, stop).some((w) => w.normal === 'as');
      const content = isClause(ctx, c, stop) || describes || verb.object && t[c].normal === 'to' ? spanOf(ctx, c, stop) : null;
      out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content, sentence: si });
    }
  });
  return out;
}

/** The subject of a sentence: the phrase before its first verb (outside quotes), before `limit`. */
function sentenceSubject(ctx: Context, si: number, limit: number): Phrase | null {
  const t = ctx.tokens;
  const floor = ctx.floor[si];
  for (let i = floor; i < limit; i++) {
    if (ctx.quoteOf[i] >= 0 || (t[i].pos !== 'VERB' && t[i].pos !== 'AUX')) continue;
    return subjectBefore(ctx, i, clauseStart(ctx, si, i));
  }
  return null;
}

/** Whether a quotation opening at token c runs to the end of the sentence (a direct quote). */
function wholeQuoteFrom(ctx: Context, c: number, end: number): boolean {
  const q = ctx.quoteOf[c];
  if (q < 0) return false;
  let last = end - 1;
  while (last > c && /^[.,!?]$/.test(ctx.tokens[last].text)) last--;
  return ctx.quoteOf[last] === q;
}

function according(ctx: Context, si: number, k: number, end: number): Attribution | null {
  const t = ctx.tokens;
  const speaker = phraseAfter(t, k + 2, end);
  if (!speaker || pronounKind(t[speaker.first])) return null;
  const floor = clauseStart(ctx, si, k);
  let content: Span | null = null;
  const rest = t[speaker.last]?.text === ',' && speaker.last + 1 < end && !/^[.!?]$/.test(t[speaker.last + 1].text);
  if (k === floor && rest || rest && t[k - 1]?.text === ',') {
    // `According to X, CONTENT` and `..., who, according to X, CONTENT`
    const c = speaker.last + 1;
    const stop = contentEnd(ctx, c, end);
    if (isClause(ctx, c, stop)) content = spanOf(ctx, c, stop);
  } else if (t[k - 1]?.text === ',' && k - 1 > floor && isClause(ctx, floor, k - 1)) {
    const isQuote = ctx.quoteOf[floor] >= 0;
    if (!isQuote) content = spanOf(ctx, floor, k - 1);
  }
  return { cueFirst: k, cueLast: k + 2, verb: null, speaker, speakerHow: 'stated', content, sentence: si };
}
