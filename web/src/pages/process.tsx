import type { ProcessView, Track } from '../../../src/server/contract.js';
import { api, useLoad } from '../api.js';
import { ActorLink, articleTitle, formatDate, Load, plural } from '../components/common.js';
import { DelegationsTable } from '../components/delegations.js';
import { PositionsMatrix } from '../components/matrix.js';
import { QuoteList } from '../components/quotes.js';
import { Timeline } from '../components/timeline.js';
import { href } from '../router.js';

export function ProcessPage({ id }: { id: string }) {
  const value = useLoad(() => api.process(id), id);
  return <Load value={value}>{(v) => <ProcessPageView v={v} />}</Load>;
}

function ProcessPageView({ v }: { v: ProcessView }) {
  const p = v.process;
  const roles = ['party', 'host'] as const;
  return (
    <div class="process-page">
      <header class="page-head">
        <p class="eyebrow">Peace process</p>
        <h1>{p.name}</h1>
        <p class="meta">{p.state} · {plural(p.trackCount, 'track')} · {plural(p.eventCount, 'event')} · {plural(p.articleCount, 'source article')}{p.firstDate ? ` · ${formatDate(p.firstDate)} – ${formatDate(p.lastDate)}` : ''}</p>
      </header>

      <section aria-labelledby="h-parties" class="panel">
        <h2 id="h-parties">Parties</h2>
        <dl class="parties">
          {roles.map((role) => {
            const who = v.parties.filter((x) => x.role === role);
            if (who.length === 0) return null;
            return (
              <div key={role}>
                <dt>{role === 'party' ? 'Parties' : 'Hosts and mediators'}</dt>
                <dd>{who.map((x) => <span key={x.actor.id} class={`chip role-${role}`}><ActorLink actor={x.actor} /></span>)}</dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="h-timeline" class="panel">
        <h2 id="h-timeline">Timeline by track</h2>
        {p.tracks.length || (v.events[''] ?? []).length ? <Timeline tracks={p.tracks} events={v.events} /> : <p class="muted">No tracks yet.</p>}
      </section>

      <section aria-labelledby="h-agreements" class="panel">
        <h2 id="h-agreements">Agreements</h2>
        <Agreements tracks={p.tracks} />
      </section>

      <section aria-labelledby="h-delegations" class="panel">
        <h2 id="h-delegations">Delegations</h2>
        <p class="muted small">Each party's delegation across the reports: its heads over time, named members, stated size, and where each report says so.</p>
        <DelegationsTable delegations={p.delegations ?? []} tracks={p.tracks} />
      </section>

      <section aria-labelledby="h-matrix" class="panel">
        <h2 id="h-matrix">Positions: parties × issues</h2>
        <p class="muted small">Each cell is the party's latest position on the issue. Choose one for its history and sources.</p>
        <PositionsMatrix view={v} />
      </section>

      <section aria-labelledby="h-quotes" class="panel">
        <h2 id="h-quotes">Recent quotes</h2>
        <QuoteList quotes={v.quotes} />
      </section>

      <section aria-labelledby="h-articles" class="panel">
        <h2 id="h-articles">Sources</h2>
        <ul class="plain">
          {v.articles.map((a) => (
            <li key={a.id}><a href={href.article(a.id)}>{articleTitle(a)}</a> <span class="muted">{[a.outlet, formatDate(a.published)].filter(Boolean).join(' · ')}</span></li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/**
 * Every agreement of the process, track by track: what it settles, how far it has come (the
 * furthest stage its reports tell: proposed, near, agreed, signed, implemented, violated,
 * collapsed), when, between whom and on how many reports.
 */
function Agreements({ tracks }: { tracks: Track[] }) {
  const rows = tracks.flatMap((t) => t.agreements.map((a) => ({ track: t, a })));
  if (rows.length === 0) return <p class="muted">No agreement reported yet.</p>;
  return (
    <div class="table-scroll"><table class="list agreements">
      <thead><tr><th scope="col">Track</th><th scope="col">Agreement</th><th scope="col">Stage</th><th scope="col">Date</th><th scope="col">Parties</th><th scope="col">Reports</th></tr></thead>
      <tbody>
        {rows.map(({ track, a }) => (
          <tr key={a.eventId} data-track={track.name}>
            <td>{track.name}</td>
            <td>{a.kind && a.kind !== 'other' ? a.kind : 'agreement'}{a.about ? <span class="muted"> · {a.about}</span> : null}</td>
            <td class="status">{a.lifecycle ?? a.stage}</td>
            <td>{formatDate(a.date)}</td>
            <td>{a.parties.map((x, i) => <span key={x.id}>{i > 0 ? ', ' : ''}<ActorLink actor={x} /></span>)}</td>
            <td>{a.sourceCount}</td>
          </tr>
        ))}
      </tbody>
    </table></div>
  );
}
