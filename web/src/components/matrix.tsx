/**
 * Parties × issues: each cell holds the party's latest demand, condition, refusal or offer on the
 * issue; choosing a cell opens its history with the sources.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DemandView, MatrixCell, ProcessDetail } from '../../../src/server/contract.js';
import { ActorLink, formatDate, SourceLink } from './common.js';

export function PositionsMatrix({ process }: { process: ProcessDetail }) {
  const [open, setOpen] = useState<MatrixCell | null>(null);
  const panel = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (open) panel.current?.focus(); }, [open]);
  const cell = (holder: string, issue: string) => process.matrix.find((c) => c.holder.id === holder && c.issue === issue);
  if (process.matrix.length === 0) return <p class="muted">No demands or conditions on record for this process yet.</p>;

  return (
    <div class="matrix-wrap">
      <div class="table-scroll">
        <table class="matrix">
          <caption class="visually-hidden">Each party's latest position on each issue</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              {process.issues.map((i) => <th key={i} scope="col">{i}</th>)}
            </tr>
          </thead>
          <tbody>
            {process.holders.map((h) => (
              <tr key={h.id}>
                <th scope="row"><ActorLink actor={h} /></th>
                {process.issues.map((issue) => {
                  const c = cell(h.id, issue);
                  if (!c) return <td key={issue} class="empty"><span class="visually-hidden">no position</span></td>;
                  const selected = open === c;
                  return (
                    <td key={issue}>
                      <button type="button" class={`cell kind-${c.latest.kind.replace(' ', '-')}`} aria-expanded={selected}
                        aria-controls="position-history" onClick={() => setOpen(selected ? null : c)}>
                        <span class="kind-badge">{c.latest.kind}</span>
                        <span class="cell-text">{clip(c.latest.content, 90)}</span>
                        {c.history.length > 1 && <span class="muted"> · {c.history.length} positions</span>}
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
            <h3 ref={panel} tabIndex={-1}>{open.holder.name} on “{open.issue}”: history</h3>
            <ol>
              {open.history.map((d) => <HistoryItem key={d.key} d={d} />)}
            </ol>
            <button type="button" class="quiet" onClick={() => setOpen(null)}>Close</button>
          </>
        )}
      </div>
    </div>
  );
}

function HistoryItem({ d }: { d: DemandView }) {
  return (
    <li>
      <span class="kind-badge">{d.kind}</span>{' '}
      {d.addressee && <>to <ActorLink actor={d.addressee} />: </>}
      <q>{d.content}</q>
      {d.condition && <> — condition: <q>{d.condition}</q></>}
      <div class="muted small">{formatDate(d.from.published) || 'date not given'} · <SourceLink from={d.from} label="Read it in the article" /></div>
    </li>
  );
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
