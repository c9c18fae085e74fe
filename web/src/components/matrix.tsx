/**
 * Parties × issues: each cell holds the party's latest demand, condition, refusal or offer on the
 * issue; choosing a cell opens its history with the sources.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PositionEntry, PositionSeries, ProcessView } from '../../../src/server/contract.js';
import { ActorLink, formatDate, SourceLink } from './common.js';

export function PositionsMatrix({ view }: { view: ProcessView }) {
  const [open, setOpen] = useState<PositionSeries | null>(null);
  const panel = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (open) panel.current?.focus(); }, [open]);
  const cell = (holder: string, issue: string) => view.positions.find((c) => c.actor.id === holder && c.issue === issue);
  if (view.positions.length === 0) return <p class="muted">No demands or conditions on record for this process yet.</p>;

  return (
    <div class="matrix-wrap">
      <div class="table-scroll">
        <table class="matrix">
          <caption class="visually-hidden">Each party's latest position on each issue</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              {view.issues.map((i) => <th key={i} scope="col">{i}</th>)}
            </tr>
          </thead>
          <tbody>
            {view.holders.map((h) => (
              <tr key={h.id}>
                <th scope="row"><ActorLink actor={h} /></th>
                {view.issues.map((issue) => {
                  const c = cell(h.id, issue);
                  const latest = c?.entries[c.entries.length - 1];
                  if (!c || !latest) return <td key={issue} class="empty"><span class="visually-hidden">no position</span></td>;
                  const selected = open === c;
                  return (
                    <td key={issue}>
                      <button type="button" class={`cell kind-${latest.kind.replace(' ', '-')}`} aria-expanded={selected}
                        aria-controls="position-history" data-issue={issue} data-holder={h.name} onClick={() => setOpen(selected ? null : c)}>
                        <span class="kind-badge">{latest.kind}</span>
                        <span class="cell-text">{clip(latest.content, 90)}</span>
                        {c.entries.length > 1 && <span class="muted"> · {c.entries.length} positions</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div id="position-history" class="history" aria-live="polite">
        {open && (
          <>
            <h3 ref={panel} tabIndex={-1}>{open.actor.name} on “{open.issue}”: history</h3>
            <ol>
              {open.entries.map((d, i) => <HistoryItem key={i} d={d} />)}
            </ol>
            <button type="button" class="quiet" onClick={() => setOpen(null)}>Close</button>
          </>
        )}
      </div>
    </div>
  );
}

function HistoryItem({ d }: { d: PositionEntry }) {
  return (
    <li>
      <span class="kind-badge">{d.kind}</span>
      {d.change !== 'first' && <span class="muted small">({d.change}) </span>}
      {d.addressee && <>to <ActorLink actor={d.addressee} />: </>}
      <q>{d.content}</q>
      {d.condition && <> — condition: <q>{d.condition}</q></>}
      <div class="muted small">
        {formatDate(d.date) || 'date not given'}
        {d.sources.map((s) => <span key={s.demandId}> · <SourceLink article={s.article} evidence={s.evidence} label="Read it in the article" /></span>)}
      </div>
    </li>
  );
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
