/**
 * Delegations: who led each party's delegation and when, who sat on it, its size, and the reports
 * saying so (each a link to the words in the article). Text only, like every other panel.
 */
import type { ActorDetail, Delegate, Delegation, Track } from '../../../src/server/contract.js';
import { href } from '../router.js';
import { ActorLink, formatDate, plural, SourceLink } from './common.js';

/** `17 Feb 2026`, `17 – 18 Feb 2026` as formatDate gives each end; empty when undated. */
export function dateSpan(first: string | null, last: string | null): string {
  if (!first) return '';
  return last && last !== first ? `${formatDate(first)} – ${formatDate(last)}` : formatDate(first);
}

/** A delegate with when and on how many reports, and links to the words naming them. */
function DelegateItem({ d }: { d: Delegate }) {
  const when = dateSpan(d.firstDate, d.lastDate);
  return (
    <li>
      <ActorLink actor={d.actor} />
      <span class="muted small"> · {[when, plural(d.reportCount, 'report')].filter(Boolean).join(' · ')}</span>
      {d.sources.map((s, i) => <span key={i} class="small"> · <SourceLink article={s.article} evidence={s.evidence} label="named" /></span>)}
    </li>
  );
}

function People({ list, none }: { list: Delegate[]; none: string }) {
  if (list.length === 0) return <span class="muted">{none}</span>;
  return <ul class="plain delegates">{list.map((d) => <DelegateItem key={d.actor.id} d={d} />)}</ul>;
}

export function DelegationSources({ d }: { d: Delegation }) {
  return <>{d.sources.map((s, i) => <span key={i}>{i > 0 ? ' · ' : ''}<SourceLink article={s.article} evidence={s.evidence} label={i === 0 ? 'Evidence' : `source ${i + 1}`} /></span>)}</>;
}

/** The process page's table: one row per party, its heads over time first reported first. */
export function DelegationsTable({ delegations, tracks }: { delegations: Delegation[]; tracks: Track[] }) {
  if (delegations.length === 0) return <p class="muted">No delegation reported yet.</p>;
  const trackName = new Map(tracks.map((t) => [t.id, t.name]));
  return (
    <div class="table-scroll"><table class="list delegations">
      <thead><tr><th scope="col">Party</th><th scope="col">Head</th><th scope="col">Members</th><th scope="col">Size</th><th scope="col">Talks</th><th scope="col">Sources</th></tr></thead>
      <tbody>
        {delegations.map((d) => (
          <tr key={d.id} data-party={d.party.name}>
            <td data-label="Party"><ActorLink actor={d.party} /></td>
            <td data-label="Head"><People list={d.heads} none="not named" /></td>
            <td data-label="Members"><People list={d.members} none="none named" /></td>
            <td data-label="Size">{d.size ?? <span class="muted">not given</span>}</td>
            <td data-label="Talks">{d.trackIds.map((t) => trackName.get(t) ?? t).join(', ') || <span class="muted">—</span>}{d.firstDate ? <span class="muted small"> · {dateSpan(d.firstDate, d.lastDate)}</span> : null}</td>
            <td data-label="Sources">{plural(d.reportCount, 'report')}: <DelegationSources d={d} /></td>
          </tr>
        ))}
      </tbody>
    </table></div>
  );
}

const ROLE = { head: 'Led', member: 'Sat on', party: 'Sent' } as const;

/** The actor page's list: each delegation the actor led, sat on or sent. */
export function ActorDelegations({ list }: { list: ActorDetail['delegations'] }) {
  if (list.length === 0) return <p class="muted">No delegation on record.</p>;
  return (
    <ul class="plain">
      {list.map(({ role, delegation: d, process }) => {
        const heads = d.heads.map((h) => h.actor.name).join(', then ');
        return (
          <li key={d.id} data-role={role}>
            {ROLE[role]} {role === 'party' ? 'a delegation' : <>the delegation of <ActorLink actor={d.party} /></>}
            {d.size !== null ? `, ${d.size} strong` : ''}
            {role !== 'head' && heads ? <span class="muted"> · led by {heads}</span> : null}
            {d.firstDate ? <span class="muted"> · {dateSpan(d.firstDate, d.lastDate)}</span> : null}
            {process ? <> · <a href={href.process(process.id)}>{process.name}</a></> : null}
            <span class="small"> · <DelegationSources d={d} /></span>
          </li>
        );
      })}
    </ul>
  );
}
