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
import { findQuoted } from './marks.js';
import { findAttributions, type Attribution } from './reported.js';
import { Speakers } from './speaker.js';

export const quotesStage = defineStage({
  name: 'quotes',
  version: '1',
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
    const quotes = [
      ...direct.map((d) => directRecord(ctx, d, speakers)),
      ...atts.filter((a) => a.content).map((a) => reportedRecord(ctx, a, speakers)),
    ];
    quotes.sort((a, b) => a.start - b.start || a.end - b.end);
    return { quotes };
  },
});

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
