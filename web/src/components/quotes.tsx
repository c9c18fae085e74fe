import type { QuoteRow } from '../../../src/server/contract.js';
import { ActorLink, SourceLink } from './common.js';

export function QuoteList({ quotes, showSpeaker = true }: { quotes: QuoteRow[]; showSpeaker?: boolean }) {
  if (quotes.length === 0) return <p class="muted">No quotes on record.</p>;
  return (
    <ul class="quotes">
      {quotes.map((q) => (
        <li key={q.id}>
          <blockquote>{q.direct ? `“${q.text}”` : q.text}</blockquote>
          <p class="small">
            {showSpeaker && <>— <ActorLink actor={q.speaker} />{!q.speaker && q.speakerText ? ` (${q.speakerText})` : ''}{' · '}</>}
            {q.direct ? 'direct' : 'reported'}{q.channel ? `, ${q.channel}` : ''} · <SourceLink article={q.article} evidence={q} label="Source" />
          </p>
        </li>
      ))}
    </ul>
  );
}
