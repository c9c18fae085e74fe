/**
 * The Store over the shared SQL layer: the same code runs on SQLite and PostgreSQL; only
 * full-text search differs (FTS5 MATCH vs tsvector @@ websearch_to_tsquery).
 */
import type { ExtractionRecord } from '../../model/record.js';
import { consolidate } from '../../process/consolidate.js';
import { bounds, dateKey, rangeBounds } from '../../process/dates.js';
import type {
  ActorQuery, ActorRow, ArticleDetail, ArticleQuery, ArticleRef, ArticleSummary, DateRange, Delegation, DelegationQuery, DemandQuery, DemandRow, EventQuery,
  EventRow, Page, PageQuery, PlaceRow, PositionQuery, PositionSeries, ProcessChoice, ProcessDetail, ProcessSummary, PutOptions,
  PutResult, QuoteQuery, QuoteRow, SearchHit, Store, StoreCounts,
} from '../types.js';
import type { SqlDriver, SqlValue } from './driver.js';
import { loadFacts } from './facts.js';
import { unpackJson } from './pack.js';
import { markDirty, writeRecord } from './write.js';

const ARTICLE_REF = 'a.id AS a_id, a.source AS a_source, a.url AS a_url, a.outlet AS a_outlet, a.title AS a_title, a.published AS a_published';

type Row = Record<string, unknown>;

function articleRef(r: Row): ArticleRef {
  return { id: r.a_id as string, source: r.a_source as string, url: (r.a_url as string) ?? null, outlet: (r.a_outlet as string) ?? null, title: (r.a_title as string) ?? null, published: (r.a_published as string) ?? null };
}

function paging(q: PageQuery = {}): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(q.limit ?? 50), 1), 1000);
  const offset = Math.max(Math.trunc(q.offset ?? 0), 0);
  return { limit, offset };
}

/** Words of a user's query as an FTS5 expression (each word quoted, all required): no syntax errors from user input. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

/** WHERE-clause builder: conditions and their parameters side by side. */
class Where {
  readonly parts: string[] = [];
  readonly params: SqlValue[] = [];
  add(sql: string, ...params: SqlValue[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  range(column: string, range: DateRange | undefined): this {
    if (!range) return this;
    const [from, to] = rangeBounds(range.from, range.to);
    if (from) this.add(`${column} >= ?`, from);
    if (to) this.add(`${column} <= ?`, to);
    return this;
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';

  /** The open ingest batch of this connection: its lease, and when it was last renewed. */
  private batch: { leaseMs: number; renewed: number; until: string } | null = null;

  constructor(private readonly db: SqlDriver) {
    this.kind = db.dialect;
  }

  put(record: ExtractionRecord, options: PutOptions = {}): Promise<PutResult> {
    return this.db.transaction(async (tx) => {
      const result = await writeRecord(tx, record, options.producers);
      // Renew the batch's lease now and then, in the article's own transaction (no extra commit).
      if (this.batch && Date.now() - this.batch.renewed > this.batch.leaseMs / 4) await this.renewLease(tx);
      return result;
    });
  }

  /**
   * An ingest batch: until `endBatch`, reads on any connection use the merged record as it was
   * last built instead of rebuilding it after every article (a rebuild reads every fact: seconds
   * on a large database, holding SQLite's write lock). The batch is a lease in `meta`, renewed as
   * articles go in: if the ingest dies, the lease runs out and the next read rebuilds.
   */
  async beginBatch(options: { leaseSeconds?: number } = {}): Promise<void> {
    this.batch = { leaseMs: (options.leaseSeconds ?? 120) * 1000, renewed: 0, until: '' };
    await this.db.transaction((tx) => this.renewLease(tx));
  }

  /** Close the batch: rebuild the merged record if articles changed, then let reads rebuild again. */
  async endBatch(): Promise<void> {
    if (!this.batch) return;
    const { until } = this.batch;
    this.batch = null;
    await this.rebuild(true);
    // Only our own lease: another ingest on the database that renewed it since keeps its batch.
    await this.db.run("DELETE FROM meta WHERE name = 'batch_until' AND value = ?", [until]);
  }

  private async renewLease(tx: SqlDriver): Promise<void> {
    const now = Date.now();
    const until = new Date(now + this.batch!.leaseMs).toISOString();
    // Two ingests at once: the later lease wins, so neither's batch ends before its own end.
    await tx.run("INSERT INTO meta (name, value) VALUES ('batch_until', ?) ON CONFLICT (name) DO UPDATE SET value = CASE WHEN meta.value > ? THEN meta.value ELSE ? END", [until, until, until]);
    this.batch!.renewed = now;
    this.batch!.until = until;
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS x FROM articles WHERE id = ?', [id])) !== undefined;
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const row = await this.db.get<Row>('SELECT * FROM articles WHERE id = ?', [id]);
    if (!row) return null;
    const record = unpackJson<ExtractionRecord>(row.record as string);
    record.article.text = row.text as string;
    return { summary: summary(row), record };
  }

  async listArticles(q: ArticleQuery = {}): Promise<Page<ArticleSummary>> {
    if (q.actor || q.process) await this.fresh();
    const w = new Where();
    if (q.text) this.textMatch(w, 'article', q.text, 'a');
    if (q.outlet) w.add('a.outlet = ?', q.outlet);
    w.range('a.published', q.published);
    if (q.actor) w.add('a.id IN (SELECT article_id FROM actor_map WHERE actor_id = ?)', q.actor);
    if (q.process) w.add('a.id IN (SELECT article_id FROM article_processes WHERE process_id = ?)', q.process);
    const order = q.order === 'ingested' ? 'a.seq DESC' : 'a.published IS NULL, a.published DESC, a.seq DESC';
    return this.page(`FROM articles a ${w}`, w.params, `SELECT a.* FROM articles a ${w} ORDER BY ${order}`, q, summary);
  }

  async actors(q: ActorQuery = {}): Promise<Page<ActorRow>> {
    await this.fresh();
    const w = new Where();
    if (q.text) w.add('search LIKE ?', `%${q.text.toLowerCase()}%`);
    if (q.type) w.add('type = ?', q.type);
    const order = q.order === 'name' ? 'name, id' : 'articles DESC, name, id';
    return this.page(`FROM m_actors ${w}`, w.params, `SELECT data FROM m_actors ${w} ORDER BY ${order}`, q, (r) => JSON.parse(r.data as string));
  }

  async getActor(id: string): Promise<ActorRow | null> {
    return this.merged<ActorRow>('m_actors', id);
  }

  async events(q: EventQuery = {}): Promise<Page<EventRow>> {
    await this.fresh();
    const w = new Where();
    if (q.actor) w.add('id IN (SELECT event_id FROM m_event_actors WHERE actor_id = ?)', q.actor);
    if (q.type) w.add('type = ?', q.type);
    if (q.process) w.add('process_id = ?', q.process);
    if (q.track) w.add('track_id = ?', q.track);
    if (q.status) w.add('status = ?', q.status);
    if (q.negotiation !== undefined) w.add('negotiation = ?', q.negotiation ? 1 : 0);
    if (q.conflict !== undefined) w.add('conflict = ?', q.conflict ? 1 : 0);
    if (q.text) w.add('search LIKE ?', `%${q.text.toLowerCase()}%`);
    if (q.date) {
      const [from, to] = rangeBounds(q.date.from, q.date.to);
      if (from) w.add('date_hi >= ?', from);
      if (to) w.add('date_lo <= ?', to);
    }
    const order = q.order === 'date-desc' ? 'date_lo IS NULL, date_lo DESC, id' : q.order === 'sources' ? 'sources DESC, date_lo, id' : 'date_lo IS NULL, date_lo, id';
    return this.page(`FROM m_events ${w}`, w.params, `SELECT data FROM m_events ${w} ORDER BY ${order}`, q, (r) => JSON.parse(r.data as string));
  }

  async getEvent(id: string): Promise<EventRow | null> {
    return this.merged<EventRow>('m_events', id);
  }

  async quotes(q: QuoteQuery = {}): Promise<Page<QuoteRow>> {
    await this.fresh();
    const w = new Where();
    if (q.speaker) w.add('m.actor_id = ?', q.speaker);
    if (q.process) w.add('q.article_id IN (SELECT article_id FROM article_processes WHERE process_id = ?)', q.process);
    w.range('q.published', q.date);
    if (q.direct !== undefined) w.add('q.direct = ?', q.direct ? 1 : 0);
    if (q.text) this.textMatch(w, 'quote', q.text, 'q');
    const from = `FROM quote_facts q JOIN articles a ON a.id = q.article_id
      LEFT JOIN actor_map m ON m.article_id = q.article_id AND m.local_id = q.speaker_local
      LEFT JOIN m_actors s ON s.id = m.actor_id ${w}`;
    return this.page(from, w.params,
      `SELECT q.*, ${ARTICLE_REF}, m.actor_id AS s_id, s.name AS s_name, s.type AS s_type ${from} ORDER BY q.published IS NULL, q.published DESC, q.article_id, q.idx`,
      q, (r): QuoteRow => ({
        id: `${r.article_id}#q${r.idx}`, article: articleRef(r), text: r.text as string, start: Number(r.span_start), end: Number(r.span_end),
        direct: Number(r.direct) === 1, speaker: r.s_id ? { id: r.s_id as string, name: (r.s_name as string) ?? (r.s_id as string), type: (r.s_type as never) ?? null } : null,
        speakerText: (r.speaker_text as string) ?? null, cue: (r.cue as string) ?? null, channel: (r.channel as string) ?? null,
        sentence: r.sentence as string, stage: r.stage as string, stageVersion: r.stage_version as string,
      }));
  }

  async demands(q: DemandQuery = {}): Promise<Page<DemandRow>> {
    await this.fresh();
    const w = new Where();
    if (q.actor) w.add('(l.holder = ? OR l.addressee = ?)', q.actor, q.actor);
    if (q.holder) w.add('l.holder = ?', q.holder);
    if (q.addressee) w.add('l.addressee = ?', q.addressee);
    if (q.kind) w.add('d.kind = ?', q.kind);
    if (q.issue) w.add('d.issue = ?', q.issue);
    if (q.process) w.add('l.process_id = ?', q.process);
    w.range('d.published', q.date);
    if (q.text) w.add('(LOWER(d.content) LIKE ? OR LOWER(d.sentence) LIKE ?)', `%${q.text.toLowerCase()}%`, `%${q.text.toLowerCase()}%`);
    const from = `FROM demand_facts d JOIN articles a ON a.id = d.article_id
      LEFT JOIN demand_links l ON l.article_id = d.article_id AND l.idx = d.idx
      LEFT JOIN m_actors h ON h.id = l.holder LEFT JOIN m_actors t ON t.id = l.addressee ${w}`;
    const ref = (id: unknown, name: unknown, type: unknown) => (id ? { id: id as string, name: (name as string) ?? (id as string), type: (type as never) ?? null } : null);
    return this.page(from, w.params,
      `SELECT d.*, ${ARTICLE_REF}, l.holder AS h_id, h.name AS h_name, h.type AS h_type, l.addressee AS t_id, t.name AS t_name, t.type AS t_type, l.process_id AS p_id
       ${from} ORDER BY d.published IS NULL, d.published, d.article_id, d.idx`,
      q, (r): DemandRow => ({
        id: `${r.article_id}#d${r.idx}`, article: articleRef(r), holder: ref(r.h_id, r.h_name, r.h_type), addressee: ref(r.t_id, r.t_name, r.t_type),
        kind: r.kind as never, issue: r.issue as string, content: r.content as string, condition: (r.cond as string) ?? null,
        evidence: { start: Number(r.ev_start), end: Number(r.ev_end), text: r.ev_text as string, sentence: r.sentence as string },
        date: (r.published as string) ?? null, processId: (r.p_id as string) ?? null, stage: r.stage as string, stageVersion: r.stage_version as string,
      }));
  }

  async places(q: PageQuery = {}): Promise<Page<PlaceRow>> {
    await this.fresh();
    return this.page('FROM m_places', [], 'SELECT data FROM m_places ORDER BY articles DESC, id', q, (r) => JSON.parse(r.data as string));
  }

  async processes(): Promise<ProcessSummary[]> {
    await this.fresh();
    const rows = await this.db.all<Row>('SELECT data FROM m_processes ORDER BY first_date IS NULL, first_date, id');
    return rows.map((r) => {
      const { hosts: _h, venues: _v, tracks: _t, delegations: _d, ...rest } = JSON.parse(r.data as string) as ProcessDetail;
      return rest;
    });
  }

  async getProcess(id: string): Promise<ProcessDetail | null> {
    return this.merged<ProcessDetail>('m_processes', id);
  }

  /** One row of a merged table (m_actors, m_events, m_processes: each holds its row as JSON in `data`). */
  private async merged<T>(table: 'm_actors' | 'm_events' | 'm_processes', id: string): Promise<T | null> {
    await this.fresh();
    const row = await this.db.get<Row>(`SELECT data FROM ${table} WHERE id = ?`, [id]);
    return row ? (JSON.parse(row.data as string) as T) : null;
  }

  async positions(q: PositionQuery = {}): Promise<PositionSeries[]> {
    await this.fresh();
    const w = new Where();
    if (q.actor) w.add('actor_id = ?', q.actor);
    if (q.issue) w.add('issue = ?', q.issue);
    if (q.process) w.add('process_id = ?', q.process);
    return (await this.db.all<Row>(`SELECT data FROM m_positions ${w} ORDER BY seq`, w.params)).map((r) => JSON.parse(r.data as string));
  }

  async delegations(q: DelegationQuery = {}): Promise<Delegation[]> {
    await this.fresh();
    const w = new Where();
    if (q.actor) w.add('(party_id = ? OR id IN (SELECT delegation_id FROM m_delegation_people WHERE actor_id = ?))', q.actor, q.actor);
    if (q.process) w.add('process_id = ?', q.process);
    return (await this.db.all<Row>(`SELECT data FROM m_delegations ${w} ORDER BY seq`, w.params)).map((r) => JSON.parse(r.data as string));
  }

  async search(text: string, page: PageQuery = {}): Promise<Page<SearchHit>> {
    const { limit, offset } = paging(page);
    const want = limit + offset;
    let hits: SearchHit[] = [];
    let total = 0;
    if (this.kind === 'sqlite') {
      const fts = ftsQuery(text);
      if (!fts) return { items: [], total: 0, limit, offset };
      const arts = await this.db.all<Row>(`SELECT ${ARTICLE_REF}, snippet(article_fts, 1, '[', ']', '…', 16) AS snip, bm25(article_fts) AS score
        FROM article_fts JOIN articles a ON a.seq = article_fts.rowid WHERE article_fts MATCH ? ORDER BY score LIMIT ?`, [fts, want]);
      const quotes = await this.db.all<Row>(`SELECT ${ARTICLE_REF}, q.article_id, q.idx, snippet(quote_fts, 0, '[', ']', '…', 16) AS snip, bm25(quote_fts) AS score
        FROM quote_fts JOIN quote_facts q ON q.seq = quote_fts.rowid JOIN articles a ON a.id = q.article_id WHERE quote_fts MATCH ? ORDER BY score LIMIT ?`, [fts, want]);
      // bm25 is lower-is-better and negative; flip it so higher is better like ts_rank.
      hits = [...arts.map((r) => hit('article', r, -Number(r.score))), ...quotes.map((r) => hit('quote', r, -Number(r.score)))];
      total = Number((await this.db.get<Row>('SELECT COUNT(*) AS n FROM article_fts WHERE article_fts MATCH ?', [fts]))!.n)
        + Number((await this.db.get<Row>('SELECT COUNT(*) AS n FROM quote_fts WHERE quote_fts MATCH ?', [fts]))!.n);
    } else {
      const tsq = "websearch_to_tsquery('english', ?)";
      const arts = await this.db.all<Row>(`SELECT ${ARTICLE_REF}, ts_headline('english', a.text, ${tsq}, 'StartSel=[,StopSel=],MaxWords=20,MinWords=8') AS snip, ts_rank(a.tsv, ${tsq}) AS score
        FROM articles a WHERE a.tsv @@ ${tsq} ORDER BY score DESC LIMIT ?`, [text, text, text, want]);
      const quotes = await this.db.all<Row>(`SELECT ${ARTICLE_REF}, q.article_id, q.idx, ts_headline('english', q.text, ${tsq}, 'StartSel=[,StopSel=],MaxWords=20,MinWords=8') AS snip, ts_rank(q.tsv, ${tsq}) AS score
        FROM quote_facts q JOIN articles a ON a.id = q.article_id WHERE q.tsv @@ ${tsq} ORDER BY score DESC LIMIT ?`, [text, text, text, want]);
      hits = [...arts.map((r) => hit('article', r, Number(r.score))), ...quotes.map((r) => hit('quote', r, Number(r.score)))];
      total = Number((await this.db.get<Row>(`SELECT COUNT(*) AS n FROM articles a WHERE a.tsv @@ ${tsq}`, [text]))!.n)
        + Number((await this.db.get<Row>(`SELECT COUNT(*) AS n FROM quote_facts q WHERE q.tsv @@ ${tsq}`, [text]))!.n);
    }
    hits.sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id));
    return { items: hits.slice(offset, offset + limit), total, limit, offset };
  }

  async renameProcess(id: string, name: string): Promise<void> {
    if (!name.trim()) throw new Error('a process name cannot be empty');
    const p = await this.requireProcess(id);
    await this.choose({ kind: 'rename', processes: [id], name: name.trim(), tracks: p.tracks.map((t) => t.id), at: new Date().toISOString() });
  }

  async mergeProcesses(ids: string[]): Promise<string> {
    if (ids.length < 2) throw new Error('merging needs at least two processes');
    const found = await Promise.all(ids.map((id) => this.requireProcess(id)));
    const tracks = found.flatMap((p) => p.tracks.map((t) => t.id));
    // The merged process keeps the first one's name, as it was when the user merged them.
    await this.choose({ kind: 'merge', processes: ids, tracks, anchorTracks: found[0].tracks.map((t) => t.id), name: found[0].name, at: new Date().toISOString() });
    return ids[0];
  }

  async splitProcess(id: string, trackIds: string[], name?: string): Promise<string> {
    const p = await this.requireProcess(id);
    const unknown = trackIds.filter((t) => !p.tracks.some((x) => x.id === t));
    if (unknown.length) throw new Error(`process ${id} has no track ${unknown.join(', ')} (tracks: ${p.tracks.map((t) => t.id).join(', ')})`);
    if (trackIds.length === 0 || trackIds.length >= p.tracks.length) throw new Error('a split must move some, but not all, of the process\'s tracks');
    let newId = 'proc:' + trackIds[0].slice('track:'.length);
    if (newId === id) newId = `${id}~split`;
    const remaining = p.tracks.map((t) => t.id).filter((t) => !trackIds.includes(t));
    await this.choose({ kind: 'split', processes: [id, newId], tracks: trackIds, anchorTracks: remaining, ...(name ? { name } : {}), at: new Date().toISOString() });
    return newId;
  }

  async processChoices(): Promise<ProcessChoice[]> {
    return (await this.db.all<Row>('SELECT data FROM process_choices ORDER BY seq')).map((r) => JSON.parse(r.data as string));
  }

  async consolidate(): Promise<void> {
    await this.rebuild(false);
  }

  /**
   * Rebuild the merged tables in one transaction. Two processes on one database (a server
   * reading while an ingest writes) take turns: PostgreSQL through an advisory lock, SQLite
   * through its write lock; the second one finds the work done and stops (`onlyIfDirty`).
   */
  private async rebuild(onlyIfDirty: boolean): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.get("SELECT pg_advisory_xact_lock(hashtext('parley-consolidate')) AS locked");
      if (onlyIfDirty) {
        const row = await tx.get<Row>("SELECT value FROM meta WHERE name = 'dirty'");
        if (row && row.value === '0') return;
      }
      const merged = consolidate(await loadFacts(tx));
      for (const t of ['actor_map', 'm_actors', 'm_places', 'm_events', 'm_event_actors', 'm_event_sources', 'm_processes', 'm_positions', 'demand_links', 'article_processes', 'm_delegations', 'm_delegation_people']) {
        await tx.run(`DELETE FROM ${t}`);
      }
      for (const [a, l, id] of merged.actorMap) await tx.run('INSERT INTO actor_map (article_id, local_id, actor_id) VALUES (?, ?, ?)', [a, l, id]);
      for (const a of merged.actors) {
        await tx.run('INSERT INTO m_actors (id, name, type, search, articles, data) VALUES (?, ?, ?, ?, ?, ?)',
          [a.id, a.name, a.type, [a.name, ...a.aliases].join('\n').toLowerCase(), a.articleCount, JSON.stringify(a)]);
      }
      for (const p of merged.places) await tx.run('INSERT INTO m_places (id, articles, data) VALUES (?, ?, ?)', [p.id, p.articleCount, JSON.stringify(p)]);
      for (const e of merged.events) {
        const b = e.date ? bounds(e.date) : null;
        const search = e.sources.map((s) => s.evidence.sentence).join('\n').toLowerCase();
        await tx.run(`INSERT INTO m_events (id, type, status, negotiation, conflict, date_lo, date_hi, process_id, track_id, sources, search, data)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [e.id, e.type, e.status, e.negotiation ? 1 : 0, e.conflict ? 1 : 0, b?.[0] ?? null, b?.[1] ?? null, e.processId, e.trackId, e.sourceCount, search, JSON.stringify(e)]);
      }
      for (const [e, a] of merged.eventActors) await tx.run('INSERT INTO m_event_actors (event_id, actor_id) VALUES (?, ?)', [e, a]);
      for (const [e, a, i] of merged.eventSources) await tx.run('INSERT INTO m_event_sources (event_id, article_id, idx) VALUES (?, ?, ?)', [e, a, i]);
      for (const p of merged.processes) await tx.run('INSERT INTO m_processes (id, first_date, data) VALUES (?, ?, ?)', [p.id, p.firstDate ? dateKey(p.firstDate) : null, JSON.stringify(p)]);
      for (const [i, s] of merged.positions.entries()) {
        await tx.run('INSERT INTO m_positions (seq, actor_id, issue, process_id, data) VALUES (?, ?, ?, ?, ?)', [i, s.actor.id, s.issue, s.processId, JSON.stringify(s)]);
      }
      for (const d of merged.demandLinks) {
        await tx.run('INSERT INTO demand_links (article_id, idx, holder, addressee, process_id) VALUES (?, ?, ?, ?, ?)', [d.articleId, d.idx, d.holder, d.addressee, d.processId]);
      }
      for (const [a, p] of merged.articleProcesses) await tx.run('INSERT INTO article_processes (article_id, process_id) VALUES (?, ?)', [a, p]);
      for (const [i, d] of merged.delegations.entries()) {
        await tx.run('INSERT INTO m_delegations (id, seq, party_id, process_id, data) VALUES (?, ?, ?, ?, ?)', [d.id, i, d.party.id, d.processId, JSON.stringify(d)]);
        for (const a of new Set([...d.heads, ...d.members].map((x) => x.actor.id))) await tx.run('INSERT INTO m_delegation_people (delegation_id, actor_id) VALUES (?, ?)', [d.id, a]);
      }
      await tx.run("INSERT INTO meta (name, value) VALUES ('dirty', '0') ON CONFLICT (name) DO UPDATE SET value = '0'");
    });
  }

  async counts(): Promise<StoreCounts> {
    const tables = ['articles', 'actor_facts', 'place_facts', 'date_facts', 'quote_facts', 'event_facts', 'demand_facts', 'figure_facts',
      'process_choices', 'actor_map', 'm_actors', 'm_places', 'm_events', 'm_event_actors', 'm_event_sources', 'm_processes', 'm_positions',
      'demand_links', 'article_processes', 'delegation_facts', 'm_delegations', 'm_delegation_people'];
    const out: StoreCounts = {};
    for (const t of tables) out[t] = Number((await this.db.get<Row>(`SELECT COUNT(*) AS n FROM ${t}`))!.n);
    return out;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Bring the merged record up to date if articles or choices changed since the last merge,
   * unless an ingest batch is open (on any connection): then the last merge stands, and the
   * batch rebuilds once at its end.
   */
  private async fresh(): Promise<void> {
    const rows = await this.db.all<Row>("SELECT name, value FROM meta WHERE name IN ('dirty', 'batch_until')");
    const meta = new Map(rows.map((r) => [r.name as string, r.value as string]));
    const dirty = meta.get('dirty');
    if (dirty === '0') return;
    const until = meta.get('batch_until');
    if (dirty === '1' && until && until > new Date().toISOString()) return;
    await this.rebuild(true);
  }

  private async requireProcess(id: string): Promise<ProcessDetail> {
    const p = await this.getProcess(id);
    if (!p) throw new Error(`no process "${id}" (see parley process list)`);
    return p;
  }

  private async choose(choice: ProcessChoice): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.run('INSERT INTO process_choices (data) VALUES (?)', [JSON.stringify(choice)]);
      await markDirty(tx);
    });
    // The user's own act shows at once, even while an ingest batch holds the merge back.
    await this.rebuild(false);
  }

  private textMatch(w: Where, what: 'article' | 'quote', text: string, alias: string): void {
    if (this.kind === 'postgres') {
      w.add(`${alias}.tsv @@ websearch_to_tsquery('english', ?)`, text);
      return;
    }
    const fts = ftsQuery(text) ?? '""';
    if (what === 'article') w.add(`${alias}.seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)`, fts);
    else w.add(`${alias}.seq IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)`, fts);
  }

  private async page<T>(from: string, params: SqlValue[], select: string, q: PageQuery, map: (r: Row) => T): Promise<Page<T>> {
    const { limit, offset } = paging(q);
    const total = Number((await this.db.get<Row>(`SELECT COUNT(*) AS n ${from}`, params))!.n);
    const rows = await this.db.all<Row>(`${select} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return { items: rows.map(map), total, limit, offset };
  }
}

function summary(r: Row): ArticleSummary {
  return {
    id: r.id as string, source: r.source as string, url: (r.url as string) ?? null, outlet: (r.outlet as string) ?? null,
    title: (r.title as string) ?? null, published: (r.published as string) ?? null, language: (r.language as string) ?? null,
    ingestedAt: r.ingested_at as string, length: (r.text as string).length,
    counts: { actors: Number(r.n_actors), quotes: Number(r.n_quotes), events: Number(r.n_events), demands: Number(r.n_demands) },
  };
}

function hit(kind: 'article' | 'quote', r: Row, score: number): SearchHit {
  return { kind, article: articleRef(r), ...(kind === 'quote' ? { quoteId: `${r.article_id}#q${r.idx}` } : {}), snippet: String(r.snip ?? ''), score };
}
