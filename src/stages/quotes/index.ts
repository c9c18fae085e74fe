/**
 * The quotes stage: who said what. Direct quotes come from quotation marks (marks.ts) and get
 * their speaker from the attribution around them (direct.ts); reported speech comes from cue
 * verbs (reported.ts). Speakers are resolved through pronouns and linked to actors when the
 * actors layer is there (speaker.ts); the channel is read from the attribution (channel.ts).
 */
import { paragraphsOf } from '../../nlp/analyse.js';
import { layer } from '../../model/doc.js';
import type { QuoteRecord, SpeakerRef } from '../../model/record.js';
import type { How, Span } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { channelOf } from './channel.js';
import { makeContext, type Context } from './context.js';
import { attributeQuotes, type DirectQuote } from './direct.js';
import { lexicon } from './lexicon.js';
import { findQuoted } from './marks.js';
import { findAttributions, type Attribution } from './reported.js';
import { Speakers } from './speaker.js';

export const quotesStage = defineStage({
  name: 'quotes',
  version: '2',
  requires: ['sentences', 'tokens'],
  uses: ['paragraphs', 'blocks', 'dateline', 'mentions', 'actors'],
  adds: ['quotes'],
  run(doc) {
    const text = doc.article.text;
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const quoted = findQuoted(text, doc.paragraphs ?? paragraphsOf(text));
    const dateline = doc.dateline ?? doc.article.dateline;
    const ctx = makeContext(text, tokens, sentences, quoted, dateline, doc.blocks ?? doc.article.blocks);
    const atts = findAttributions(ctx);
    const direct = attributeQuotes(ctx, atts);
    const speakers = new Speakers(ctx, doc.actors, doc.mentions);
    speakers.prepare(atts.flatMap((a) => (a.speaker ? [a.speaker] : [])));
    const recordOf = new Map(direct.map((d) => [d, directRecord(ctx, d, speakers)]));
    const quotes = [
      ...recordOf.values(),
      ...atts.filter((a) => a.content && !mostlyQuoted(ctx, a.content, direct)).map((a) => reportedRecord(ctx, a, speakers)),
    ];
    const kept = quotes.filter((q) => !byCommentators(q.speaker));
    kept.sort((a, b) => a.start - b.start || a.end - b.end);
    linkContinuations(direct, recordOf, kept);
    return { quotes: kept };
  },
});

/**
 * `analysts believe ...`, `experts say ...`, `Two-thirds of respondents also said they ...`: views
 * of commentators who are no party (data/lexicons/commentators.txt), named by a bare plural noun
 * with no actor behind it, are context rather than anyone's statement. A pronoun counts by the
 * phrase it stands for.
 */
function byCommentators(speaker: SpeakerRef | null): boolean {
  if (!speaker || speaker.actor) return false;
  const phrase = speaker.antecedent?.text ?? speaker.text;
  const head = /([\p{L}-]+)\W*$/u.exec(phrase)?.[1]?.toLowerCase();
  return !!head && lexicon().commentators.has(head) && !/\p{Lu}/u.test(phrase.slice(1));
}

/**
 * `"A," he said. "B."`: B is the same speaker going on, one utterance in two quotes. Each quote
 * stays its own record (an analyst cites them apart), and B says which quote it continues, by
 * index, so a reader (or a scorer that counts attributions, as PolNeAR does) can join them.
 */
function linkContinuations(direct: readonly DirectQuote[], recordOf: Map<DirectQuote, QuoteRecord>, quotes: QuoteRecord[]): void {
  const index = new Map(quotes.map((q, i) => [q, i]));
  for (const d of direct) {
    const from = d.continues && recordOf.get(d.continues);
    if (from) (recordOf.get(d) as QuoteRecord).continues = index.get(from);
  }
}

/**
 * Reported words that are mostly a partial quote (`said it could "radically transform the
 * crisis"`, `told Reuters he was "not pessimistic"`): the direct quote, which has the same
 * speaker, is the record; the reported one would say the same thing twice.
 */
function mostlyQuoted(ctx: Context, content: Span, direct: readonly DirectQuote[]): boolean {
  let outside = ctx.text.slice(content.start, content.end);
  let inside = false;
  for (const d of direct) {
    if (!d.attribution) continue;
    for (const f of d.fragments) {
      if (f.start < content.start || f.end > content.end) continue;
      inside = true;
      outside = outside.slice(0, f.start - content.start) + ' '.repeat(f.end - f.start) + outside.slice(f.end - content.start);
    }
  }
  return inside && (outside.match(/[\p{L}\p{N}]+/gu) ?? []).length <= PARTIAL_LEAD_WORDS;
}
/** At most this many words of a reported statement outside its partial quote (`there were`). */
const PARTIAL_LEAD_WORDS = 5;

function cueOf(ctx: Context, a: Attribution): Span & { text: string } {
  const start = ctx.tokens[a.cueFirst].start;
  const end = ctx.tokens[a.cueLast - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

function speakerOf(a: Attribution, speakers: Speakers, how: How): SpeakerRef | null {
  if (!a.speaker) return null;
  return speakers.ref(a.speaker, a.speakerHow === 'stated' ? how : a.speakerHow);
}

function directRecord(ctx: Context, d: DirectQuote, speakers: Speakers): QuoteRecord {
  const { fragments, attribution: a } = d;
  const start = fragments[0].start;
  const end = fragments[fragments.length - 1].end;
  const text = fragments.length === 1 ? ctx.text.slice(start, end) : fragments.map((f) => ctx.text.slice(f.start, f.end)).join(' ');
  const continued = d.rule === 'continuation';
  const record: QuoteRecord = {
    start,
    end,
    text,
    direct: true,
    speaker: a ? speakerOf(a, speakers, continued ? 'inferred:continuation' : 'stated') : null,
    cue: a && !continued ? cueOf(ctx, a) : null,
    channel: a ? channelOf(ctx, a.sentence, a.content ? [a.content] : [], a.cueFirst) : null,
  };
  if (fragments.length > 1) record.fragments = fragments.map(({ start, end }) => ({ start, end }));
  return record;
}

function reportedRecord(ctx: Context, a: Attribution, speakers: Speakers): QuoteRecord {
  const content = a.content as Span;
  return {
    start: content.start,
    end: content.end,
    text: ctx.text.slice(content.start, content.end),
    direct: false,
    speaker: speakerOf(a, speakers, 'stated'),
    cue: cueOf(ctx, a),
    channel: channelOf(ctx, a.sentence, [content], a.cueFirst),
  };
}
