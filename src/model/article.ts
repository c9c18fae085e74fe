import type { Span } from './span.js';

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'caption'
  | 'byline'
  | 'dateline'
  | 'signoff'
  | 'boilerplate';

export interface Block extends Span {
  kind: BlockKind;
}

export interface Dateline extends Span {
  place: string | null;
  agency: string | null;
  /** Every place of a shared dateline (`WASHINGTON/BEIRUT`); `place` is the first. */
  places?: string[];
  /** The country a dateline qualifies its place with (`FINSTADJORDET, Norway`). */
  country?: string | null;
}

/** What a reader produces: the text every offset refers to, and what is known about it. */
export interface Article {
  /** `sha256:<hex>` of `text`: the same text ingested twice is the same article. */
  id: string;
  /** A path, URL, `file.jsonl#<id>` or `-` for stdin. */
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) of publication; never defaulted to today. */
  published: string | null;
  language: string | null;
  text: string;
  dateline: Dateline | null;
  blocks: Block[];
}
