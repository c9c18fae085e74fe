/**
 * Schema migrations, applied in order and recorded in `schema_version`. The DDL is written once
 * with a few placeholders for what the two databases spell differently; full-text search is the
 * one part written twice (FTS5 tables in SQLite, tsvector columns in PostgreSQL).
 *
 * Two kinds of tables:
 * - per-article facts (`articles`, `*_facts`), written by `put` in one transaction per article;
 * - the merged record (`m_*`, `actor_map`, `demand_links`, `article_processes`), rewritten as a
 *   whole by `consolidate` from the facts and the user's `process_choices`.
 */
import type { Dialect, SqlDriver } from './driver.js';
import { backfillDelegations } from './write.js';

interface Migration {
  version: number;
  why: string;
  common: string;
  sqlite?: string;
  postgres?: string;
  /** Data the new tables need from what is already stored, in the migration's transaction. */
  fill?: (tx: SqlDriver) => Promise<void>;
}

const STAGE = 'stage TEXT NOT NULL, stage_version TEXT NOT NULL';

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    why: 'articles, per-article facts, merged record, full-text search',
    common: `
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  seq {{serial}}, id TEXT NOT NULL UNIQUE, akey TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT, author TEXT, published TEXT, language TEXT,
  text TEXT NOT NULL, record TEXT NOT NULL, ingested_at TEXT NOT NULL,
  n_actors INTEGER NOT NULL, n_quotes INTEGER NOT NULL, n_events INTEGER NOT NULL, n_demands INTEGER NOT NULL);
CREATE INDEX articles_published ON articles (published);
CREATE TABLE actor_facts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  local_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT, country TEXT, sector TEXT, role TEXT, affiliation TEXT,
  mentions INTEGER NOT NULL, ${STAGE}, PRIMARY KEY (article_id, idx));
CREATE TABLE place_facts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  place_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT, kind TEXT, lat {{real}}, lon {{real}}, mentions INTEGER NOT NULL,
  ${STAGE}, PRIMARY KEY (article_id, idx));
CREATE TABLE date_facts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, value TEXT, how TEXT NOT NULL,
  ${STAGE}, PRIMARY KEY (article_id, idx));
CREATE TABLE quote_facts (seq {{serial}}, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, direct INTEGER NOT NULL,
  speaker_local TEXT, speaker_text TEXT, cue TEXT, channel TEXT, sentence TEXT NOT NULL, published TEXT, ${STAGE},
  UNIQUE (article_id, idx));
CREATE TABLE event_facts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  type TEXT NOT NULL, status TEXT NOT NULL, data TEXT NOT NULL, ${STAGE}, PRIMARY KEY (article_id, idx));
CREATE TABLE demand_facts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  holder_local TEXT, addressee_local TEXT, kind TEXT NOT NULL, issue TEXT NOT NULL, content TEXT NOT NULL, cond TEXT,
  ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text TEXT NOT NULL, sentence TEXT NOT NULL, published TEXT,
  ${STAGE}, PRIMARY KEY (article_id, idx));
CREATE TABLE figure_facts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  quantity {{real}} NOT NULL, qualifier TEXT, what TEXT NOT NULL, place TEXT, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL,
  ${STAGE}, PRIMARY KEY (article_id, idx));

CREATE TABLE process_choices (seq {{serial}}, data TEXT NOT NULL);

CREATE TABLE actor_map (article_id TEXT NOT NULL, local_id TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (article_id, local_id));
CREATE INDEX actor_map_actor ON actor_map (actor_id);
CREATE TABLE m_actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, search TEXT NOT NULL, articles INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE m_places (id TEXT PRIMARY KEY, articles INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE m_events (id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL, negotiation INTEGER NOT NULL,
  conflict INTEGER NOT NULL, date_lo TEXT, date_hi TEXT, process_id TEXT, track_id TEXT, sources INTEGER NOT NULL,
  search TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE m_event_actors (event_id TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (event_id, actor_id));
CREATE INDEX m_event_actors_actor ON m_event_actors (actor_id);
CREATE TABLE m_event_sources (event_id TEXT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
CREATE TABLE m_processes (id TEXT PRIMARY KEY, first_date TEXT, data TEXT NOT NULL);
CREATE TABLE m_positions (seq INTEGER NOT NULL, actor_id TEXT NOT NULL, issue TEXT NOT NULL, process_id TEXT, data TEXT NOT NULL);
CREATE TABLE demand_links (article_id TEXT NOT NULL, idx INTEGER NOT NULL, holder TEXT, addressee TEXT, process_id TEXT,
  PRIMARY KEY (article_id, idx));
CREATE TABLE article_processes (article_id TEXT NOT NULL, process_id TEXT NOT NULL, PRIMARY KEY (article_id, process_id));
`,
    sqlite: `
CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61');
CREATE VIRTUAL TABLE quote_fts USING fts5(text, content='quote_facts', content_rowid='seq', tokenize='porter unicode61');
`,
    postgres: `
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
ALTER TABLE quote_facts ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX quote_facts_tsv ON quote_facts USING GIN (tsv);
`,
  },
  {
    version: 2,
    why: 'delegations: per-article facts (filled from the stored records) and the merged delegations',
    common: `
CREATE TABLE delegation_facts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  party_local TEXT NOT NULL, data TEXT NOT NULL, ${STAGE}, PRIMARY KEY (article_id, idx));
CREATE TABLE m_delegations (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, party_id TEXT NOT NULL, process_id TEXT, data TEXT NOT NULL);
CREATE TABLE m_delegation_people (delegation_id TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (delegation_id, actor_id));
CREATE INDEX m_delegation_people_actor ON m_delegation_people (actor_id);
`,
    fill: backfillDelegations,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

function render(sql: string, dialect: Dialect): string {
  return sql
    .replaceAll('{{serial}}', dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY')
    .replaceAll('{{real}}', dialect === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION');
}

/** Bring the database to the newest schema; each migration in its own transaction. */
export async function migrate(db: SqlDriver): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, why TEXT NOT NULL)');
  const row = await db.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
  const current = Number(row?.v ?? 0);
  if (current > SCHEMA_VERSION) {
    throw new Error(`the database has schema version ${current}, newer than this Parley's (${SCHEMA_VERSION}): upgrade Parley`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    await db.transaction(async (tx) => {
      await tx.exec(render(m.common, db.dialect) + (m[db.dialect] ?? ''));
      await m.fill?.(tx);
      await tx.run('INSERT INTO schema_version (version, applied_at, why) VALUES (?, ?, ?)', [m.version, new Date().toISOString(), m.why]);
    });
  }
  return SCHEMA_VERSION;
}
