/**
 * The process timeline: one lane per track, one mark per event. Shape says what happened (talks,
 * agreement, other), fill says its status (done, upcoming, failed); the legend spells both out and
 * each lane also lists its events as text, so nothing is told by colour or shape alone.
 */
import type { EventStatus } from '../../../src/model/record.js';
import type { EventRow, Track } from '../../../src/server/contract.js';
import { href } from '../router.js';
import { ActorList, formatDate, ordinal } from './common.js';

const WIDTH = 880;
const LANE_H = 64;
const PAD_L = 24;
const UNDATED_W = 200;

type StatusGroup = 'done' | 'ongoing' | 'upcoming' | 'failed' | 'hypothetical';
const STATUS_GROUP: Record<EventStatus, StatusGroup> = {
  occurred: 'done', ended: 'done', ongoing: 'ongoing', expected: 'upcoming', near: 'upcoming', proposed: 'upcoming',
  postponed: 'failed', cancelled: 'failed', refused: 'failed', hypothetical: 'hypothetical',
};
type Shape = 'talks' | 'agreement' | 'other';
const shapeOf = (e: EventRow): Shape => (e.type === 'AGREE' ? 'agreement' : e.type === 'CONSULT' ? 'talks' : 'other');

/** Days since 1970 of an ISO date at any precision (month or year → its first day). */
function dayOf(value: string | null): number | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null;
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 86_400_000;
}

export function eventLabel(e: EventRow): string {
  const what = e.round !== null ? `${ordinal(e.round)} round` : e.type === 'AGREE' ? 'Agreement' : e.type === 'CONSULT' ? (e.mode === 'visit' ? 'Visit' : 'Meeting') : e.type.charAt(0) + e.type.slice(1).toLowerCase();
  return [what, e.place?.name, e.status].filter(Boolean).join(' · ');
}

export function Mark({ shape, group, x, y, r = 8 }: { shape: Shape; group: StatusGroup; x: number; y: number; r?: number }) {
  const cls = `mark s-${shape} g-${group}`;
  const cross = group === 'failed' ? <path class="cross" d={`M${x - r * 0.6},${y - r * 0.6}L${x + r * 0.6},${y + r * 0.6}M${x + r * 0.6},${y - r * 0.6}L${x - r * 0.6},${y + r * 0.6}`} /> : null;
  const body = shape === 'talks' ? <circle class={cls} cx={x} cy={y} r={r} />
    : shape === 'agreement' ? <path class={cls} d={`M${x},${y - r * 1.25}L${x + r * 1.25},${y}L${x},${y + r * 1.25}L${x - r * 1.25},${y}Z`} />
    : <rect class={cls} x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} />;
  return <g>{body}{group === 'ongoing' ? <circle class="ring" cx={x} cy={y} r={r + 4} /> : null}{cross}</g>;
}

/** A lane: a track of the process, or the process's events outside any track. */
interface Lane {
  id: string;
  name: string;
  track: Track | null;
  events: EventRow[];
}

export function Timeline({ tracks, events }: { tracks: Track[]; events: Record<string, EventRow[]> }) {
  const lanes: Lane[] = tracks.map((t) => ({ id: t.id, name: t.name, track: t, events: events[t.id] ?? [] }));
  if ((events[''] ?? []).length > 0) lanes.push({ id: 'other', name: 'Other events', track: null, events: events[''] });
  const all = lanes.flatMap((t) => t.events);
  const days = all.map((e) => dayOf(e.date)).filter((d): d is number => d !== null);
  const hasUndated = all.some((e) => dayOf(e.date) === null);
  const dated = days.length > 0;
  const min = days.length ? Math.min(...days) - 15 : 0;
  const max = days.length ? Math.max(...days) + 15 : 1;
    // Undated events get a zone of their own at the right, or the whole lane when nothing is dated.
  const undatedW = !dated ? WIDTH - 2 * PAD_L : hasUndated ? UNDATED_W : 0;
  const right = WIDTH - undatedW - 24;
  const x = (d: number) => PAD_L + ((d - min) / Math.max(1, max - min)) * (right - PAD_L);
  const ticks = dated ? monthTicks(min, max) : [];

  return (
    <div class="timeline">
      <TimelineLegend />
      {lanes.map(({ track: t, ...lane }) => {
        const undated = lane.events.filter((e) => dayOf(e.date) === null)
          .sort((a, b) => (a.round ?? 0) - (b.round ?? 0));
        const slot = undated.length ? (undatedW - 20) / undated.length : 0;
        // Dodge: marks that would overlap (same day, or nearly) step to the right of each other.
        const placed: number[] = [];
        const xs = new Map<string, number>();
        for (const e of [...lane.events].sort(byDateThenRound)) {
          const d = dayOf(e.date);
          let cx = d !== null ? x(d) : WIDTH - undatedW - 2 + slot * (undated.indexOf(e) + 0.5);
          while (placed.some((p) => Math.abs(p - cx) < 20)) cx += 20;
          placed.push(cx);
          xs.set(e.id, cx);
        }
        return (
          <section class="lane" key={lane.id} data-track={lane.name} aria-labelledby={`lane-${lane.id}`}>
            <h3 id={`lane-${lane.id}`}>{lane.name}</h3>
            {t && (
              <p class="lane-meta">
                <ActorList actors={t.parties} />
                {t.hosts.length > 0 && <> · hosted by <ActorList actors={t.hosts} /></>}
                {t.venues.length > 0 && <> · in {t.venues.map((v) => v.name).join(', ')}</>}
                {t.latestRound !== null && <> · latest: {ordinal(t.latestRound)} round</>}
                {' · '}<span class="status" title={t.stateHow}>{t.state}</span>
                {t.precondition && <> · on condition: <q>{t.precondition}</q></>}
              </p>
            )}
            <div class="lane-scroll">
              <svg viewBox={`0 0 ${WIDTH} ${LANE_H}`} width={WIDTH} height={LANE_H} role="img" aria-label={`${lane.name}: ${lane.events.length} events`}>
                {dated && <line class="axis" x1={PAD_L - 12} x2={right + 12} y1={LANE_H / 2} y2={LANE_H / 2} />}
                {hasUndated && <line class="axis undated" x1={WIDTH - undatedW - 8} x2={WIDTH - 12} y1={LANE_H / 2} y2={LANE_H / 2} />}
                {ticks.map((tk) => (
                  <g key={tk.day}>
                    <line class="tick" x1={x(tk.day)} x2={x(tk.day)} y1={LANE_H / 2 - 4} y2={LANE_H / 2 + 4} />
                    <text class="tick-label" x={x(tk.day)} y={LANE_H - 4} text-anchor="middle">{tk.label}</text>
                  </g>
                ))}
                {hasUndated && <text class="tick-label" x={WIDTH - undatedW / 2 - 12} y={LANE_H - 4} text-anchor="middle">{dated ? 'date not given' : 'dates not given: in order of round'}</text>}
                {lane.events.map((e) => {
                  const cx = xs.get(e.id) ?? 0;
                  return (
                    <a key={e.id} href={evidenceHref(e)} aria-label={`${eventLabel(e)}${e.date ? `, ${formatDate(e.date)}` : ''}: open the evidence`}>
                      <title>{`${eventLabel(e)}${e.date ? ` — ${formatDate(e.date)}` : ''}\n“${e.sources[0]?.evidence.text ?? ''}”`}</title>
                      <Mark shape={shapeOf(e)} group={STATUS_GROUP[e.status]} x={cx} y={LANE_H / 2} />
                      {e.round !== null && <text class="mark-label" x={cx} y={LANE_H / 2 - 14} text-anchor="middle">R{e.round}</text>}
                    </a>
                  );
                })}
              </svg>
            </div>
            <ol class="lane-events">
              {[...lane.events].sort(byDateThenRound).map((e) => (
                <li key={e.id}>
                  <svg class="inline-mark" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true"><Mark shape={shapeOf(e)} group={STATUS_GROUP[e.status]} x={11} y={11} r={6} /></svg>
                  <span class="event-label">{eventLabel(e)}</span>
                  {e.date && <span class="muted"> · {formatDate(e.date)}{e.dateHow.startsWith('inferred') ? ' (date of the report)' : ''}</span>}
                  {e.sources[0] && <>{' '}<a href={evidenceHref(e)}>“{clip(e.sources[0].evidence.text, 80)}”</a></>}
                  {e.sourceCount > 1 && <span class="muted small"> · {e.sourceCount} sources</span>}
                  {e.conflict && <span class="status st-failed"> · sources disagree ({e.statuses.join(' / ')})</span>}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function evidenceHref(e: EventRow): string {
  const s = e.sources[0];
  return s ? href.article(s.article.id, s.evidence) : '#/';
}

function byDateThenRound(a: EventRow, b: EventRow): number {
  const da = dayOf(a.date) ?? Infinity;
  const db = dayOf(b.date) ?? Infinity;
  return da - db || (a.round ?? 0) - (b.round ?? 0);
}

function monthTicks(min: number, max: number): { day: number; label: string }[] {
  const start = new Date(min * 86_400_000);
  const out: { day: number; label: string }[] = [];
  const spanMonths = (max - min) / 30;
  const step = spanMonths > 36 ? 12 : spanMonths > 12 ? 3 : 1;
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  for (let i = 0; i < 400; i++) {
    if (m > 11) { y += Math.floor(m / 12); m %= 12; }
    const day = Date.UTC(y, m, 1) / 86_400_000;
    if (day > max) break;
    if (day >= min && m % step === 0) out.push({ day, label: formatDate(`${y}-${String(m + 1).padStart(2, '0')}`) });
    m++;
  }
  return out;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function TimelineLegend() {
  const shapes: [Shape, string][] = [['talks', 'talks, meeting'], ['agreement', 'agreement'], ['other', 'other event']];
  const groups: [StatusGroup, string][] = [['done', 'held / ended'], ['ongoing', 'ongoing'], ['upcoming', 'expected / near / proposed'], ['failed', 'postponed / cancelled / refused'], ['hypothetical', 'hypothetical']];
  return (
    <div class="chart-legend" aria-label="Timeline key">
      {shapes.map(([s, label]) => (
        <span key={s} class="legend-item"><svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true"><Mark shape={s} group="done" x={11} y={11} r={6} /></svg>{label}</span>
      ))}
      {groups.map(([g, label]) => (
        <span key={g} class="legend-item"><svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true"><Mark shape="talks" group={g} x={11} y={11} r={6} /></svg>{label}</span>
      ))}
    </div>
  );
}
