/** A miss or a false hit, with enough of the text around it to judge it without opening the file. */
import type { Span } from '../model/span.js';

export interface EvalError {
  task: string;
  /** Gold document or article the error is in. */
  doc: string;
  kind: 'miss' | 'extra';
  /** What was expected or output, in a few words (`PER "Khalilzad"`, `CONSULT USA+TALIBAN @Doha`). */
  what: string;
  /** The text the item stands on. */
  text: string;
  /** The text around it with the item in [brackets]. */
  context: string;
  /** Why a near candidate did not count, where one overlapped. */
  note?: string;
}

const CONTEXT_CHARS = 60;

/** `…words before [the item] words after…`, on one line. */
export function contextOf(text: string, span: Span, chars = CONTEXT_CHARS): string {
  const from = Math.max(0, span.start - chars);
  const to = Math.min(text.length, span.end + chars);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  return (
    (from > 0 ? '…' : '') +
    oneLine(text.slice(from, span.start)) +
    '[' + oneLine(text.slice(span.start, span.end)) + ']' +
    oneLine(text.slice(span.end, to)) +
    (to < text.length ? '…' : '')
  );
}

export function clip(s: string, max = 100): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
