/** A half-open range of JavaScript string indices into `article.text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Whether a value was read from the text or inferred, and by which rule (`inferred:<rule>`). */
export type How = 'stated' | `inferred:${string}`;

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
