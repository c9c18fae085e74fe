import type { ActorDetail, EventRow, PositionSeries } from '../../../src/server/contract.js';
import { api, useLoad } from '../api.js';
import { ActorLink, ActorList, EventSourceLinks, formatDate, Load, SourceLink } from '../components/common.js';
import { ActorDelegations } from '../components/delegations.js';
import { QuoteList } from '../components/quotes.js';
import { eventLabel } from '../components/timeline.js';

export function ActorPage({ id }: { id: string }) {
  const value = useLoad(() => api.actor(id), id);
  return <Load value={value}>{(d) => <ActorView d={d} />}</Load>;
}

function ActorView({ d }: { d: ActorDetail }) {
  const a = d.actor;
  return (
    <div class="actor-page">
      <header class="page-head">
        <p class="eyebrow">{a.type ?? 'actor'}</p>
        <h1>{a.name}</h1>
        <p class="meta">{[a.role, a.affiliation && `of ${a.affiliation.name}`, a.country, `${a.articleCount} article${a.articleCount === 1 ? '' : 's'}`, a.firstSeen && `seen ${formatDate(a.firstSeen)}${a.lastSeen && a.lastSeen !== a.firstSeen ? ` – ${formatDate(a.lastSeen)}` : ''}`, a.id].filter(Boolean).join(' · ')}</p>
        {a.aliases.length > 1 && <p class="meta small">Also called: {a.aliases.join(', ')}</p>}
      </header>
      <div class="two-col">
        <section class="panel" aria-labelledby="h-met">
          <h2 id="h-met">Who they met</h2>
          {d.met.length === 0 ? <p class="muted">No meetings on record.</p> : (
            <ul class="plain">
              {d.met.map((m) => (
                <li key={m.actor.id}>
                  <ActorLink actor={m.actor} /> <span class="muted">· {m.events.length} time{m.events.length === 1 ? '' : 's'}</span>
                  <ul class="sub">{m.events.map((e) => <li key={e.id}>{eventLabel(e)}{e.date ? `, ${formatDate(e.date)}` : ''} · <EventSourceLinks e={e} /></li>)}</ul>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="panel" aria-labelledby="h-demanded">
          <h2 id="h-demanded">What they demanded</h2>
          <PositionList positions={d.positions} />
        </section>
      </div>
      {(d.delegations.length > 0 || a.type === 'person') && (
        <section class="panel" aria-labelledby="h-delegations">
          <h2 id="h-delegations">Delegations</h2>
          <ActorDelegations list={d.delegations} />
        </section>
      )}
      <section class="panel" aria-labelledby="h-said">
        <h2 id="h-said">What they said</h2>
        <QuoteList quotes={d.quotes} showSpeaker={false} />
      </section>
      <section class="panel" aria-labelledby="h-events">
        <h2 id="h-events">Over time</h2>
        <EventTable events={d.events} />
      </section>
    </div>
  );
}

function PositionList({ positions }: { positions: PositionSeries[] }) {
  if (positions.length === 0) return <p class="muted">No demands on record.</p>;
  return (
    <ul class="plain">
      {positions.map((p) => (
        <li key={p.issue}>
          <strong>{p.issue}</strong>
          <ol class="sub">
            {p.entries.map((x, i) => (
              <li key={i}>
                <span class="kind-badge">{x.kind}</span>
                {x.change !== 'first' && <span class="muted small">({x.change}) </span>}
                {x.addressee && <>to <ActorLink actor={x.addressee} />: </>}<q>{x.content}</q>
                {x.condition && <> — condition: <q>{x.condition}</q></>}
                <span class="small muted"> · {formatDate(x.date) || 'date not given'}</span>
                {x.sources.map((s) => <span key={s.demandId} class="small"> · <SourceLink article={s.article} evidence={s.evidence} /></span>)}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}

function EventTable({ events }: { events: EventRow[] }) {
  if (events.length === 0) return <p class="muted">No events on record.</p>;
  return (
    <div class="table-scroll">
      <table class="list">
        <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">With</th><th scope="col">Source</th></tr></thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td data-label="Date">{formatDate(e.date) || <span class="muted">not given</span>}{e.date && e.dateHow.startsWith('inferred') && <span class="muted small"> (date of the report)</span>}</td>
              <td data-label="Event">{e.type}{e.mode ? ` (${e.mode})` : ''} · {eventLabel(e)}</td>
              <td data-label="With"><ActorList actors={[...e.source, ...e.target, ...e.host]} /></td>
              <td data-label="Source"><EventSourceLinks e={e} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
