import type { ExtractionRecord } from '../model/record.js';

export type OutputFormat = 'json' | 'jsonl' | 'text';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'text'];

/** 1-based line number of a character offset, for human-readable references. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A short human summary of one record: parties, events, quotes, demands, with line references. */
export function formatText(record: ExtractionRecord): string {
  const { article } = record;
  const text = article.text;
  const name = new Map(record.actors.map((a) => [a.id, a.name]));
  const who = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? id).join(' + ') || '?';
  const out: string[] = [];
  out.push(`# ${article.title ?? article.source}`);
  out.push(`source: ${article.source}  published: ${article.published ?? 'unknown'}  sentences: ${record.sentences.length}`);
  if (article.dateline) out.push(`dateline: ${article.dateline.place ?? '?'} (${article.dateline.agency ?? '?'})`);
  if (record.actors.length) {
    out.push('', 'Parties:');
    for (const a of record.actors) out.push(`  ${a.name} [${a.type}${a.role ? `, ${a.role}` : ''}] ×${a.mentions.length}`);
  }
  if (record.places.length) {
    out.push('', 'Places:');
    for (const p of record.places) out.push(`  ${p.name}${p.country ? `, ${p.country}` : ''} (${p.kind})`);
  }
  if (record.events.length) {
    out.push('', 'Events:');
    for (const e of record.events) {
      const parties = e.source.length || e.target.length ? `${who(e.source)} → ${who(e.target)}` : '';
      out.push(`  L${lineOf(text, e.evidence.start)} ${e.type}${e.mode ? `/${e.mode}` : ''} [${e.status}] ${parties}${e.round ? ` round ${e.round}` : ''}: "${text.slice(e.evidence.start, e.evidence.end)}"`);
    }
  }
  if (record.quotes.length) {
    out.push('', 'Quotes:');
    for (const q of record.quotes) {
      const speaker = q.speaker ? (q.speaker.actor ? (name.get(q.speaker.actor) ?? q.speaker.text) : q.speaker.text) : 'unattributed';
      out.push(`  L${lineOf(text, q.start)} ${speaker}${q.direct ? '' : ' (reported)'}: ${q.direct ? '"' : ''}${q.text}${q.direct ? '"' : ''}`);
    }
  }
  if (record.demands.length) {
    out.push('', 'Demands:');
    for (const d of record.demands) {
      out.push(`  L${lineOf(text, d.evidence.start)} ${name.get(d.holder ?? '') ?? d.holder ?? '?'} → ${name.get(d.addressee ?? '') ?? d.addressee ?? '?'} ${d.kind} (${d.issue}): ${d.content.text}${d.condition ? ` [if/until: ${d.condition.text}]` : ''}`);
    }
  }
  for (const e of record.errors) out.push(`error in stage ${e.stage}: ${e.message}`);
  return out.join('\n');
}
