/**
 * Attributions in a sentence: a cue verb (or `according to`) with its speaker and, for reported
 * speech, the words attributed. Three shapes cover wire copy:
 *   `X said (that) CONTENT`          content after the cue (after a listener for `told`)
 *   `CONTENT, X said (on Tuesday).`  content before, speaker and cue at the end (or `said X`)
 *   `according to X, CONTENT` / `CONTENT, according to X`
 * A participle cue (`, adding that ...`) takes the speaker of the clause it hangs on.
 */
import type { Span } from '../../model/span.js';
import { cueVerb, isAccordingTo, isCloseMark, isOpenMark, isPassive, tokenAtOrAfter, type Context } from './context.js';
import type { VerbEntry } from './lexicon.js';
import {
  clauseStart, contentEnd, isClause, isNominalish, leadsToQuote, opensSentence, PARTICIPLE, reportedStart,
  skipAdjuncts, skipListener, spanOf, wholeQuoteFrom,
} from './clause.js';
import { phraseAfter, pronounKind, speakerKind, type Leniency, type Phrase } from './phrase.js';
import { sentenceSubject, subjectBefore } from './subject.js';

export interface Attribution {
  /** Cue tokens [first, last). */
  cueFirst: number;
  cueLast: number;
  verb: VerbEntry | null;
  speaker: Phrase | null;
  /** `stated` when the speaker is named at the cue, else the rule that supplied it. */
  speakerHow: 'stated' | 'inferred:clause-subject' | 'inferred:lead-in';
  /** The reported words (null when the cue only introduces a direct quote or nothing). */
  content: Span | null;
  sentence: number;
}

/** What a participle cue hangs on: `, adding that`, `by warning that`, `while insisting` (not `close to concluding`). */
const HANG_AFTER = new Set([',', 'by', 'while', 'when', 'before', 'after', 'upon', 'and', 'but', 'also', 'then']);

export function findAttributions(ctx: Context): Attribution[] {
  const out: Attribution[] = [];
  const t = ctx.tokens;
  ctx.sentences.forEach((s, si) => {
    if (ctx.skip[si]) return;
    const end = s.tokenEnd;
    const found = out.length;
    let mainSpeaker: Phrase | null = null;
    for (let k = ctx.floor[si]; k < end; k++) {
      if (isAccordingTo(ctx, k)) {
        const a = according(ctx, si, k, end);
        if (a) out.push(a);
        continue;
      }
      const verb = cueVerb(ctx, k);
      if (!verb) continue;
      const cl = k + (verb.particle ? 2 : 1); // past `pointed out`
      if (isPassive(ctx, k) || t[cl]?.normal === 'by') {
        // `described by a U.N. spokesman as "..."`: the speaker follows `by`.
        const by = t[cl]?.normal === 'by' ? phraseAfter(t, cl + 1, end) : null;
        if (by) out.push({ cueFirst: k, cueLast: cl, verb, speaker: by, speakerHow: 'stated', content: null, sentence: si });
        continue;
      }
      const floor = clauseStart(ctx, si, k);
      // Beside a quotation the position marks the speaker: any noun phrase will do there.
      // (A quotation that opens its sentence: `"...," the man shouted`, not `summed her up as
      // "terrible," denounced her record`.)
      const afterQuote = floor > 0 && ctx.quoteOf[floor - 1] >= 0 && isCloseMark(t[floor - 1]) && opensSentence(ctx, ctx.quoteOf[floor - 1]);
      // `a class called "Perception"`: a name given, not words said.
      if (verb.naming && isOpenMark(t[cl]) && ctx.quoteOf[cl] >= 0) continue;
      const leadsIn = leadsToQuote(ctx, cl, end);
      // `..., his childhood friend said.`: a cue closing its sentence marks a speaker too.
      const closing = skipAdjuncts(ctx, cl, end);
      const atEnd = closing >= end || /^[.!?]$/.test(t[closing].text);
      // `forecasters say`, `Cruz's advisers say`: plural nouns speak with `say` itself.
      const loose: Leniency = afterQuote || leadsIn || atEnd ? true : verb.lemma === 'say' ? 'plural' : false;
      let speaker = subjectBefore(ctx, k, floor, loose);
      let how: Attribution['speakerHow'] = 'stated';
      let inverted = false;
      // `"...," said the source` / `Said Dorothy Poynter, "..."` (never `, saying the city ...`).
      const initial = k === floor && !afterQuote;
      const invertible = initial || afterQuote || t[k - 1]?.text === ',' && !(isCloseMark(t[k - 2]) && ctx.quoteOf[k - 2] >= 0);
      if (!speaker && invertible && !PARTICIPLE.test(t[k].normal)) {
        const p = phraseAfter(t, cl, end, afterQuote || initial);
        // The phrase must end the clause (`, said the source.` / `said X on Tuesday`), or it is
        // the object (`, called the new law "much better"`); `called it` names nobody.
        const next = p ? t[p.last] : undefined;
        const ends = !next || (initial ? next.text === ',' : /^[.,;:(–—]$/.test(next.text) || next.pos === 'ADP' || next.pos === 'SCONJ' || next.normal === 'who' || next.normal === 'when');
        if (p && ends && !pronounKind(t[p.first])) {
          speaker = p;
          inverted = true;
        }
      }
      // `..., adding that ...`, `... and warned that ...`: the subject of the clause it hangs on.
      let h = k - 1;
      while (h > floor && t[h].pos === 'ADV') h--; // `but now said`
      const hangs = (PARTICIPLE.test(t[k].normal) && HANG_AFTER.has(t[h]?.normal ?? '')) || t[h]?.pos === 'CCONJ';
      // The words already reported that this cue sits in (`He said Kerry gave assurances,
      // saying ...`): a participle there hangs on their clause, not on the main one.
      const within = out.slice(found).find((o) => o.content !== null && o.content.start <= t[k].start && t[k].end <= o.content.end);
      // ... or right after them (`, saying`); `adding` goes on with the main speaker's words.
      const hangsOn = within ?? (t[h]?.text === ',' && t[k].normal !== 'adding' ? out.slice(found).find((o) => o.content !== null && tokenAtOrAfter(ctx, o.content.end) === h) : undefined);
      if (!speaker && hangs) {
        speaker = (hangsOn?.content ? innerSubject(ctx, tokenAtOrAfter(ctx, hangsOn.content.start), k) : null) ?? mainSpeaker ?? sentenceSubject(ctx, si, k);
        how = 'inferred:clause-subject';
      }
      // `issued a statement saying ...`: the statement speaks for whoever issued it.
      // So does an object before a participle: `The Vermont senator emailed supporters saying`.
      // (not a name: `uses footage of Hillary Clinton asking` is Clinton speaking)
      const objectBeforeParticiple = PARTICIPLE.test(t[k].normal) && how === 'stated' && speaker !== null && !pronounKind(t[speaker.first]) && t[speaker.last - 1].pos !== 'PROPN';
      if (speaker && !inverted && (speakerKind(t, speaker) === 'document' || objectBeforeParticiple) && t[speaker.first - 1]?.pos === 'VERB') {
        const issuer = sentenceSubject(ctx, si, speaker.first);
        if (issuer) {
          speaker = issuer;
          how = 'inferred:clause-subject';
        }
      }
      if (!speaker) continue;
      // The main clause's speaker: a cue inside words already reported (`Lazar said he welcomed
      // extradition and added, "..."`) does not replace it.
      if (how === 'stated' && !within) mainSpeaker = speaker;
      const cueFirst = k;
      const cueLast = cl;
      // Content before: `CONTENT, X said.` / `CONTENT, said X.`
      const afterSpeaker = inverted ? speaker.last : cl;
      let after = skipAdjuncts(ctx, afterSpeaker, end);
      // `..., his childhood friend told The Daily Mail.`: past the listener too.
      if (verb.object && !inverted && after < end && !/^[.,!?]$/.test(t[after].text)) {
        const past = skipAdjuncts(ctx, skipListener(ctx, after, end), end);
        if (past >= end || /^[.,!?]$/.test(t[past].text)) after = past;
      }
      const before = inverted ? k - 1 : speaker.first - 1;
      // (`..., estimated Ukraine's General Staff – a sustainable number ...`: an aside after a dash)
      const tail = after >= end || /^[.,!?]$/.test(t[after].text) || (inverted && /^[–—]$/.test(t[after].text)) || (t[after].text === ',' && !isOpenMark(t[after + 1]));
      // The words before may open with a quotation (`"There's a sense of stability now," and
      // donations began to pick up, Gilbert said`): they start at the sentence, not the clause.
      const from = reportedStart(ctx, si, before);
      // `He had "wanted to be a pilot since he was 5," his friend said`: the comma inside the marks.
      const commaInMarks = isCloseMark(t[before]) && ctx.quoteOf[before] >= 0 && ctx.text[t[before].start - 1] === ',';
      if (tail && before > from && (t[before].text === ',' || commaInMarks)) {
        const content = verb.directOnly || verb.belief || verb.that ? null : spanOf(ctx, from, commaInMarks ? before + 1 : before);
        const isQuote = ctx.quoteOf[from] >= 0 && ctx.quoteOf[before - 1] === ctx.quoteOf[from];
        // The shape itself marks reported words; a tagger that reads `signals` as a noun must
        // not hide them, so a few words not opening with a preposition will do.
        const clause = isClause(ctx, from, before) || (before - from >= 4 && t[from].pos !== 'ADP');
        if (content && !isQuote && clause) {
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
        else {
          // `warned the leaders of UAE and Bahrain that ...`: a listener, then `that`.
          let j = c;
          while (j < Math.min(end, c + 12) && (isNominalish(t[j].pos) || t[j].normal === 'and')) j++;
          if (j > c && t[j]?.normal === 'that') c = j;
        }
      }
      // `In contrast, Berkman said, there seem to be more Republicans ...` (but not `"...," he
      // said, a day after hosting the leaders`: after a quotation the words said are the quote).
      const opener = t[c + 1];
      if (t[c]?.text === ',' && !afterQuote && opener && c + 1 < end && ['PRON', 'DET', 'PROPN', 'NOUN'].includes(opener.pos) && !isOpenMark(opener) && !cueVerb(ctx, c + 1)) c++;
      const hasThat = c < end && t[c].normal === 'that';
      if (hasThat) c++;
      if (hasThat && t[c]?.text === ',') c++; // `pledged that, if elected, he would ...`
      if (c >= end || isOpenMark(t[c]) && wholeQuoteFrom(ctx, c, end) || /^[.,:;!?]$/.test(t[c].text)) {
        out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content: null, sentence: si });
        continue;
      }
      // `said ending fighting could only succeed if ...`: a gerund subject, when a verb follows it.
      const gerund = t[c].pos === 'VERB' && PARTICIPLE.test(t[c].normal) && !cueVerb(ctx, c) && finiteAfter(ctx, c + 1, contentEnd(ctx, c, end));
      const starts = hasThat || gerund || /^[A-Z]/.test(t[c].text) || t[c].pos === 'PRON' || t[c].pos === 'ADJ' || t[c].pos === 'SCONJ' && t[c].normal !== 'because' || t[c].pos === 'DET' || t[c].pos === 'PROPN' || t[c].pos === 'NOUN' || t[c].pos === 'NUM' || isOpenMark(t[c]) || (verb.object && t[c].normal === 'to');
      if (!starts || (verb.that && !hasThat)) {
        out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content: null, sentence: si });
        continue;
      }
      let stop = contentEnd(ctx, c, end);
      // `Moscow, which denies it had troops in eastern Ukraine, has never ...`: the relative
      // clause ends at its closing comma.
      let r = k - 1;
      while (r > floor && t[r].pos === 'ADV') r--;
      if ((t[r]?.normal === 'which' || t[r]?.normal === 'who') && t[r - 1]?.text === ',') {
        for (let i = c; i < stop; i++) if (t[i].text === ',' && ctx.quoteOf[i] < 0) { stop = i; break; }
      }
      const describes = verb.lemma === 'describe' && t.slice(c, stop).some((w) => w.normal === 'as');
      const content = isClause(ctx, c, stop) || describes || verb.object && t[c].normal === 'to' ? spanOf(ctx, c, stop) : null;
      out.push({ cueFirst, cueLast, verb, speaker, speakerHow: how, content, sentence: si });
    }
    // `Trump issued the following statement:` + a quotation: the subject introduces it.
    if (out.length === found && colonLeadIn(ctx, si)) {
      // The subject of the clause that ends in the colon (`When Wallace died in 1998, President
      // Clinton released the following statement:`), else the sentence's.
      let lastVerb = -1;
      for (let i = ctx.floor[si]; i < end && t[i].text !== ':'; i++) if (t[i].pos === 'VERB' && ctx.quoteOf[i] < 0) lastVerb = i;
      const subject = (lastVerb >= 0 ? subjectBefore(ctx, lastVerb, clauseStart(ctx, si, lastVerb)) : null) ?? sentenceSubject(ctx, si, end);
      // The verb introducing the quotation (or the word after the subject, where the tagger
      // took the verb for a noun: `Perez lobbies for ...:`).
      let verbAt = subject ? t.findIndex((w, i) => i >= subject.last && i < end && w.pos === 'VERB') : -1;
      if (subject && verbAt < 0 && subject.last < end && t[subject.last].kind === 'word') verbAt = subject.last;
      if (subject && verbAt >= 0 && pronounKind(t[subject.first]) !== 'self') {
        out.push({ cueFirst: verbAt, cueLast: verbAt + 1, verb: null, speaker: subject, speakerHow: 'inferred:lead-in', content: null, sentence: si });
      }
    }
  });
  return out;
}

/** The subject of the first verb in tokens [from, cue), outside quotation marks. */
function innerSubject(ctx: Context, from: number, cue: number): Phrase | null {
  for (let i = from; i < cue; i++) {
    const w = ctx.tokens[i];
    if (ctx.quoteOf[i] >= 0 || (w.pos !== 'VERB' && w.pos !== 'AUX')) continue;
    const p = subjectBefore(ctx, i, from, true);
    // Only a name or a speaker noun (`the ceasefire had collapsed, saying` is the main speaker's).
    const kind = p && !pronounKind(ctx.tokens[p.first]) ? speakerKind(ctx.tokens, p) : undefined;
    return kind && kind !== 'document' ? p : null;
  }
  return null;
}

/** Whether a verb other than a participle stands in tokens [a, b): a clause for a gerund to head. */
function finiteAfter(ctx: Context, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = ctx.tokens[i];
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !PARTICIPLE.test(w.normal))) return true;
  }
  return false;
}

/** A sentence ending in a colon right before a quotation (same line or the next paragraph). */
function colonLeadIn(ctx: Context, si: number): boolean {
  const s = ctx.sentences[si];
  const t = ctx.tokens;
  const last = s.tokenEnd - 1;
  const colon = t.slice(ctx.floor[si], s.tokenEnd).findIndex((w) => w.text === ':');
  if (colon < 0) return false;
  const at = ctx.floor[si] + colon;
  const next = t[at + 1];
  if (next && at + 1 <= last) return isOpenMark(next) && ctx.quoteOf[at + 1] >= 0;
  const following = t[s.tokenEnd];
  return following !== undefined && isOpenMark(following) && ctx.quoteOf[s.tokenEnd] >= 0;
}

function according(ctx: Context, si: number, k: number, end: number): Attribution | null {
  const t = ctx.tokens;
  const speaker = phraseAfter(t, k + 2, end, true);
  if (!speaker || pronounKind(t[speaker.first])) return null;
  // `according to a 2013 study by economists Peter Schott and Justin Pierce, ...`
  if (['by', 'from', 'of', 'in'].includes(t[speaker.last]?.normal ?? '')) {
    let j = speaker.last + 1;
    while (j < Math.min(end, speaker.last + 14) && t[j].text !== ',' && t[j].pos !== 'VERB' && t[j].pos !== 'AUX') j++;
    if (t[j]?.text === ',') speaker.last = j;
  }
  const floor = clauseStart(ctx, si, k);
  let content: Span | null = null;
  const rest = t[speaker.last]?.text === ',' && speaker.last + 1 < end && !/^[.!?]$/.test(t[speaker.last + 1].text);
  if (k === floor && rest || rest && t[k - 1]?.text === ',') {
    // `According to X, CONTENT` and `..., who, according to X, CONTENT`
    const c = speaker.last + 1;
    const stop = contentEnd(ctx, c, end);
    if (isClause(ctx, c, stop) && !(isOpenMark(t[c]) && wholeQuoteFrom(ctx, c, end))) content = spanOf(ctx, c, stop);
  } else if (t[k - 1]?.text === ',' && k - 1 > floor && isClause(ctx, floor, k - 1)) {
    const isQuote = ctx.quoteOf[floor] >= 0;
    if (!isQuote) content = spanOf(ctx, floor, k - 1);
  }
  return { cueFirst: k, cueLast: k + 2, verb: null, speaker, speakerHow: 'stated', content, sentence: si };
}
