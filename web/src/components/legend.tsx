import { KIND_LABEL, KINDS, type Kind } from '../highlight.js';

/** The colour key of the article view; each entry also switches its kind on or off. */
export function KindLegend({ shown, counts, onToggle }: { shown: Set<Kind>; counts: Record<Kind, number>; onToggle: (k: Kind) => void }) {
  return (
    <fieldset class="legend">
      <legend>Highlight</legend>
      {KINDS.map((k) => (
        <label key={k} class="legend-item">
          <input type="checkbox" checked={shown.has(k)} onChange={() => onToggle(k)} />
          <span class={`swatch k-${k}`} aria-hidden="true">Ab</span>
          {KIND_LABEL[k]} <span class="muted">({counts[k]})</span>
        </label>
      ))}
    </fieldset>
  );
}
