import type { Block, BlockKind } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { MAX_HEADING_WORDS, PATTERNS } from './patterns.js';

/**
 * Classify every line of the text as body paragraph, heading, caption, byline, sign-off or
 * boilerplate. The text is never changed: each block is a span into it. `skip` is a span already
 * accounted for (the dateline), left out of the first paragraph.
 */
export function classifyBlocks(text: string, skip: Span | null, given: readonly Block[] = []): Block[] {
  const lines = linesOf(text, skip);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const known = given.find((b) => b.start <= line.start && line.end <= b.end && b.kind !== 'paragraph');
    const kind = known ? known.kind : classifyLine(text.slice(line.start, line.end), i, lines.length, i === lines.length - 1 ? null : text.slice(lines[i + 1].start, lines[i + 1].end));
    blocks.push({ kind, start: line.start, end: line.end });
  }
  return blocks;
}

function linesOf(text: string, skip: Span | null): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let start = m.index;
    let end = start + m[0].length;
    if (skip && start <= skip.start && skip.end <= end) start = skip.end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

export function classifyLine(line: string, index: number, count: number, next: string | null): BlockKind {
  const words = line.match(PATTERNS.words)?.length ?? 0;
  const last = index === count - 1;
  if (PATTERNS.signoff.test(line) && (last || index >= count - 3)) return 'signoff';
  if (PATTERNS.byline.test(line) && index <= 2) return 'byline';
  if (PATTERNS.boilerplate.test(line) && words <= 25) return 'boilerplate';
  if (PATTERNS.captionCredit.test(line) || PATTERNS.captionLead.test(line)) return 'caption';
  // A full stop after a lower-case word starts a new sentence; `U.S. Secretary` does not.
  const oneSentence = !/[a-z]{2}[.!?]["'\u201d\u2019]?\s+[A-Z"\u201c]/.test(line);
  if (oneSentence && (PATTERNS.captionPosition.test(line) || PATTERNS.captionDated.test(line))) return 'caption';
  if (!PATTERNS.terminal.test(line) && !last) {
    // A line with no full stop is a heading when short, a caption when it reads as a sentence,
    // unless the next line carries on the same sentence (a hard-wrapped paragraph).
    if (next !== null && /^[a-z]/.test(next)) return 'paragraph';
    // A sentence cut off mid-way (`... weapons shipments into`) is a flawed paragraph, not a caption.
    if (PATTERNS.danglingWord.test(line)) return 'paragraph';
    return words <= MAX_HEADING_WORDS ? 'heading' : 'caption';
  }
  return 'paragraph';
}
