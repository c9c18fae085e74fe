/**
 * Writing one extraction record: the article and every fact, in the caller's transaction. Each
 * fact row carries the stage (name, version) that produced its layer.
 */
import type { ExtractionRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import type { LayerProducers, PutResult } from '../types.js';
import type { SqlDriver } from './driver.js';
import { packJson, unpackJson } from './pack.js';

type Layer = keyof Required<LayerProducers>;

/** Which stage produced a layer: the caller's word, else the record's stage of the same name. */
function producer(record: ExtractionRecord, layer: Layer, given?: LayerProducers): [string, string] {
  const p = given?.[layer] ?? record.stages.find((s) => s.name === layer);
  return p ? [p.name, p.version] : ['unknown', '0'];
}

/** The sentence holding a span (for display beside a fact). */
export function sentenceOf(record: ExtractionRecord, span: Span): string {
  const text = record.article.text;
  const s = record.sentences.find((x) => x.start <= span.start && span.start < x.end);
  if (s) return text.slice(s.start, Math.max(s.end, Math.min(span.end, text.length)));
  // No sentence layer: the line around the span.
  const lo = text.lastIndexOf('\n', span.start - 1) + 1;
  const hiNl = text.indexOf('\n', span.end);
  return text.slice(lo, hiNl < 0 ? text.length : hiNl).trim();
}

/** The stable identity of "this article" across corrections: its URL, else its source; stdin has none. */
export function articleKey(record: ExtractionRecord): string {
  const a = record.article;
  if (a.url) return `url:${a.url}`;
  if (a.source && a.source !== '-') return `source:${a.source}`;
  return `id:${a.id}`;
}

export async function writeRecord(tx: SqlDriver, record: ExtractionRecord, producers?: LayerProducers): Promise<PutResult> {
  const a = record.article;
  const same = await tx.get<{ id: string }>('SELECT id FROM articles WHERE id = ?', [a.id]);
  if (same) return { status: 'unchanged', articleId: a.id };
  const key = articleKey(record);
  const old = await tx.get<{ seq: number; id: string; title: string | null; text: string }>('SELECT seq, id, title, text FROM articles WHERE akey = ?', [key]);
  if (old) await deleteArticle(tx, old);

  const { text, ...rest } = a;
  const stored = { ...record, article: { ...rest, text: '' } };
  const seq = await insertReturning(tx,
    `INSERT INTO articles (id, akey, source, url, outlet, title, author, published, language, text, record, ingested_at, n_actors, n_quotes, n_events, n_demands)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, key, a.source, a.url ?? null, a.outlet, a.title, a.author ?? null, a.published, a.language, text, packJson(stored),
      new Date().toISOString(), record.actors.length, record.quotes.length, record.events.length, record.demands.length]);
  if (tx.dialect === 'sqlite') await tx.run('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)', [seq, a.title, text]);

  let [stage, version] = producer(record, 'actors', producers);
  for (const [i, x] of record.actors.entries()) {
    await tx.run(`INSERT INTO actor_facts (article_id, idx, local_id, name, type, country, sector, role, affiliation, mentions, stage, stage_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, i, x.id, x.name, x.type, x.country, x.sector, x.role, x.affiliation, x.mentions.length, stage, version]);
  }
  [stage, version] = producer(record, 'places', producers);
  for (const [i, x] of record.places.entries()) {
    await tx.run(`INSERT INTO place_facts (article_id, idx, place_id, name, country, kind, lat, lon, mentions, stage, stage_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [a.id, i, x.id, x.name, x.country, x.kind, x.lat, x.lon, x.mentions.length, stage, version]);
  }
  [stage, version] = producer(record, 'dates', producers);
  for (const [i, x] of record.dates.entries()) {
    await tx.run(`INSERT INTO date_facts (article_id, idx, span_start, span_end, text, kind, value, how, stage, stage_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [a.id, i, x.start, x.end, x.text, x.kind, x.value, x.how, stage, version]);
  }
  [stage, version] = producer(record, 'quotes', producers);
  for (const [i, x] of record.quotes.entries()) {
    const qseq = await insertReturning(tx, `INSERT INTO quote_facts (article_id, idx, span_start, span_end, text, direct, speaker_local, speaker_text, cue, channel, sentence, published, stage, stage_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, i, x.start, x.end, x.text, x.direct ? 1 : 0, x.speaker?.actor ?? null, x.speaker?.text ?? null, x.cue?.text ?? null, x.channel,
      sentenceOf(record, x), a.published, stage, version]);
    if (tx.dialect === 'sqlite') await tx.run('INSERT INTO quote_fts (rowid, text) VALUES (?, ?)', [qseq, x.text]);
  }
  [stage, version] = producer(record, 'events', producers);
  for (const [i, x] of record.events.entries()) {
    const evidence = { ...x.evidence, text: text.slice(x.evidence.start, x.evidence.end), sentence: sentenceOf(record, x.evidence) };
    await tx.run('INSERT INTO event_facts (article_id, idx, type, status, data, stage, stage_version) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [a.id, i, x.type, x.status, JSON.stringify({ event: x, evidence }), stage, version]);
  }
  [stage, version] = producer(record, 'demands', producers);
  for (const [i, x] of record.demands.entries()) {
    await tx.run(`INSERT INTO demand_facts (article_id, idx, holder_local, addressee_local, kind, issue, content, cond, ev_start, ev_end, ev_text, sentence, published, stage, stage_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, i, x.holder, x.addressee, x.kind, x.issue, x.content.text, x.condition?.text ?? null, x.evidence.start, x.evidence.end,
      text.slice(x.evidence.start, x.evidence.end), sentenceOf(record, x.evidence), a.published, stage, version]);
  }
  [stage, version] = producer(record, 'figures', producers);
  for (const [i, x] of record.figures.entries()) {
    await tx.run(`INSERT INTO figure_facts (article_id, idx, quantity, qualifier, what, place, ev_start, ev_end, stage, stage_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [a.id, i, x.quantity, x.qualifier, x.what, x.place, x.evidence.start, x.evidence.end, stage, version]);
  }
  await writeDelegations(tx, record, producers);
  await markDirty(tx);
  return old ? { status: 'updated', articleId: a.id, replaced: old.id } : { status: 'new', articleId: a.id };
}

/** The delegations of a record (stage `events`, which finds them), each name with its sentence. */
async function writeDelegations(tx: SqlDriver, record: ExtractionRecord, producers?: LayerProducers): Promise<void> {
  const [stage, version] = producer(record, 'events', producers);
  const text = record.article.text;
  for (const [i, x] of (record.delegations ?? []).entries()) {
    const evidence = { ...x.evidence, text: text.slice(x.evidence.start, x.evidence.end), sentence: sentenceOf(record, x.evidence) };
    const sentences: Record<string, string> = {};
    for (const p of [...(x.head ? [x.head] : []), ...x.members]) sentences[`${p.start}:${p.end}`] = sentenceOf(record, p);
    await tx.run('INSERT INTO delegation_facts (article_id, idx, party_local, data, stage, stage_version) VALUES (?, ?, ?, ?, ?, ?)',
      [record.article.id, i, x.party, JSON.stringify({ delegation: x, evidence, sentences }), stage, version]);
  }
}

/** Schema 2: the delegations of the records stored before delegations had a table of their own. */
export async function backfillDelegations(tx: SqlDriver): Promise<void> {
  const rows = await tx.all<{ record: string; text: string }>('SELECT record, text FROM articles ORDER BY seq');
  for (const row of rows) {
    const record = unpackJson<ExtractionRecord>(row.record);
    if (!record.delegations?.length) continue;
    record.article.text = row.text;
    await writeDelegations(tx, record);
  }
  if (rows.length > 0) await markDirty(tx);
}

export async function markDirty(tx: SqlDriver): Promise<void> {
  await tx.run("INSERT INTO meta (name, value) VALUES ('dirty', '1') ON CONFLICT (name) DO UPDATE SET value = '1'");
}

async function insertReturning(tx: SqlDriver, sql: string, params: (string | number | null)[]): Promise<number> {
  const row = await tx.get<{ seq: number }>(`${sql} RETURNING seq`, params);
  return Number(row!.seq);
}

/** Remove an article and its facts (the facts go by ON DELETE CASCADE; FTS5 needs the old text). */
async function deleteArticle(tx: SqlDriver, old: { seq: number; id: string; title: string | null; text: string }): Promise<void> {
  if (tx.dialect === 'sqlite') {
    await tx.run("INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)", [old.seq, old.title, old.text]);
    for (const q of await tx.all<{ seq: number; text: string }>('SELECT seq, text FROM quote_facts WHERE article_id = ?', [old.id])) {
      await tx.run("INSERT INTO quote_fts (quote_fts, rowid, text) VALUES ('delete', ?, ?)", [q.seq, q.text]);
    }
  }
  await tx.run('DELETE FROM articles WHERE id = ?', [old.id]);
}
