/** Loading every per-article fact for the merge (src/process), inside the merge's transaction. */
import type { ActorType, DemandKind, PlaceKind } from '../../model/record.js';
import type { FactSet } from '../../process/input.js';
import type { ArticleRef, ProcessChoice } from '../types.js';
import type { SqlDriver } from './driver.js';

export async function loadFacts(tx: SqlDriver): Promise<FactSet> {
  const articles = await tx.all<ArticleRef>('SELECT id, source, url, outlet, title, published FROM articles ORDER BY id');
  const actors = (await tx.all<{ article_id: string; local_id: string; name: string; type: ActorType | null; country: string | null; sector: string | null; role: string | null; affiliation: string | null; mentions: number }>(
    'SELECT article_id, local_id, name, type, country, sector, role, affiliation, mentions FROM actor_facts ORDER BY article_id, idx')).map((r) => ({
    articleId: r.article_id, localId: r.local_id, name: r.name, type: r.type, country: r.country, sector: r.sector, role: r.role,
    affiliation: r.affiliation, mentions: Number(r.mentions),
  }));
  const places = (await tx.all<{ article_id: string; place_id: string; name: string; country: string | null; kind: PlaceKind | null; lat: number | null; lon: number | null }>(
    'SELECT article_id, place_id, name, country, kind, lat, lon FROM place_facts ORDER BY article_id, idx')).map((r) => ({
    articleId: r.article_id, placeId: r.place_id, name: r.name, country: r.country, kind: r.kind, lat: r.lat, lon: r.lon,
  }));
  const events = (await tx.all<{ article_id: string; idx: number; data: string; stage: string; stage_version: string }>(
    'SELECT article_id, idx, data, stage, stage_version FROM event_facts ORDER BY article_id, idx')).map((r) => {
    const { event, evidence } = JSON.parse(r.data);
    return { articleId: r.article_id, idx: Number(r.idx), event, evidence, stage: r.stage, stageVersion: r.stage_version };
  });
  const demands = (await tx.all<{ article_id: string; idx: number; holder_local: string | null; addressee_local: string | null; kind: DemandKind; issue: string; content: string; cond: string | null; ev_start: number; ev_end: number; ev_text: string; sentence: string }>(
    'SELECT article_id, idx, holder_local, addressee_local, kind, issue, content, cond, ev_start, ev_end, ev_text, sentence FROM demand_facts ORDER BY article_id, idx')).map((r) => ({
    articleId: r.article_id, idx: Number(r.idx), holder: r.holder_local, addressee: r.addressee_local, kind: r.kind, issue: r.issue,
    content: r.content, condition: r.cond, evidence: { start: Number(r.ev_start), end: Number(r.ev_end), text: r.ev_text, sentence: r.sentence },
  }));
  const quoteSpeakers = (await tx.all<{ article_id: string; speaker_local: string }>(
    'SELECT article_id, speaker_local FROM quote_facts WHERE speaker_local IS NOT NULL ORDER BY article_id, idx')).map((r) => ({ articleId: r.article_id, speaker: r.speaker_local }));
  const delegations = (await tx.all<{ article_id: string; idx: number; data: string; stage: string; stage_version: string }>(
    'SELECT article_id, idx, data, stage, stage_version FROM delegation_facts ORDER BY article_id, idx')).map((r) => {
    const { delegation, evidence, sentences } = JSON.parse(r.data);
    return { articleId: r.article_id, idx: Number(r.idx), delegation, evidence, sentences: sentences ?? {}, stage: r.stage, stageVersion: r.stage_version };
  });
  const choices = (await tx.all<{ data: string }>('SELECT data FROM process_choices ORDER BY seq')).map((r) => JSON.parse(r.data) as ProcessChoice);
  return { articles, actors, places, events, demands, quoteSpeakers, delegations, choices };
}
