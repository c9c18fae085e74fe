/**
 * The article text with its facts highlighted. The text is untrusted: every piece is a string
 * child, so Preact writes it as a text node; nothing here sets HTML.
 */
import type { Fact, Kind, Segment } from '../highlight.js';

export interface ArticleTextProps {
  text: string;
  segments: Segment[];
  /** The span the URL points at (`?span=`), outlined and scrolled to. */
  target: { start: number; end: number } | null;
  onShow: (facts: Fact[], anchor: HTMLElement | null) => void;
}

export function ArticleText({ text, segments, target, onShow }: ArticleTextProps) {
  return (
    <div class="article-text" lang="en">
      {segments.map((s) => {
        const piece = text.slice(s.start, s.end);
        const inTarget = target !== null && s.start >= target.start && s.end <= target.end;
        if (s.facts.length === 0 && !inTarget) return piece;
        const kinds = [...new Set(s.facts.map((f) => f.kind))];
        // A focus stop where a fact begins, so the keyboard can walk fact by fact.
        const begins = s.facts.some((f) => f.start === s.start) || (inTarget && s.start === target.start);
        return (
          <mark
            key={s.start}
            class={`hl ${kinds.map((k) => `k-${k}`).join(' ')}${inTarget ? ' target' : ''}`}
            data-start={s.start}
            data-kinds={kinds.join(' ')}
            tabIndex={begins ? 0 : undefined}
            aria-describedby={begins ? 'fact-card' : undefined}
            onMouseEnter={(e) => onShow(s.facts, e.currentTarget as HTMLElement)}
            onFocus={(e) => onShow(s.facts, e.currentTarget as HTMLElement)}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}

export function kindsOf(facts: Fact[]): Kind[] {
  return [...new Set(facts.map((f) => f.kind))];
}
