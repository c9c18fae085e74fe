import type { ActorDetail, DemandView, EventView } from '../../../src/server/contract.js';
import { api, useLoad } from '../api.js';
import { ActorLink, ActorList, formatDate, Load, SourceLink } from '../components/common.js';
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
        <p class="meta">{[a.role, a.country, `${a.articles} article${a.articles === 1 ? '' : 's'}`, a.id].filter(Boolean).join(' · ')}</p>
      </header>
      <div class="two-col">
        <section class="panel" aria-labelledby="h-met">
          <h2 id="h-met">Who they met</h2>
          {d.met.length === 0 ? <p class="muted">No meetings on record.</p> : (
            <ul class="plain">
              {d.met.map((m) => (
                <li key={m.actor.id}>
                  <ActorLink actor={m.actor} /> <span class="muted">· {m.events.length} time{m.events.length === 1 ? '' : 's'}</span>
                  <ul class="sub">{m.events.map((e) => <li key={e.key}>{eventLabel(e)}{e.date ? `, ${formatDate(e.date)}` : ''} · <SourceLink from={e.from} /></li>)}</ul>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="panel" aria-labelledby="h-demanded">
          <h2 id="h-demanded">What they demanded</h2>
          <DemandList demands={d.demands} />
        </section>
      </div>
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

function DemandList({ demands }: { demands: DemandView[] }) {
  if (demands.length === 0) return <p class="muted">No demands on record.</p>;
  return (
    <ul class="plain">
      {demands.map((x) => (
        <li key={x.key}>
          <span class="kind-badge">{x.kind}</span> <strong>{x.issue}</strong>{x.addressee && <> (to <ActorLink actor={x.addressee} />)</>}: <q>{x.content}</q>
          {x.condition && <> — condition: <q>{x.condition}</q></>}
          <div class="small muted"><SourceLink from={x.from} /></div>
        </li>
      ))}
    </ul>
  );
}

function EventTable({ events }: { events: EventView[] }) {
  if (events.length === 0) return <p class="muted">No events on record.</p>;
  return (
    <div class="table-scroll">
      <table class="list">
        <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">With</th><th scope="col">Source</th></tr></thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.key}>
              <td>{formatDate(e.date) || <span class="muted">not given</span>}</td>
              <td>{e.type}{e.mode ? ` (${e.mode})` : ''} · {eventLabel(e)}</td>
              <td><ActorList actors={[...e.source, ...e.target, ...e.host]} /></td>
              <td><SourceLink from={e.from} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
