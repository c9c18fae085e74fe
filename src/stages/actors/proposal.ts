import type { How } from '../../model/span.js';
import type { AliasKind } from '../../kb/index.js';

/** One reading of a stretch of text as a mention of an actor, before the choice among candidates. */
export interface Proposal {
  /** Candidate actor ids: KB ids without prefix, or `new:` ids. */
  ids: string[];
  start: number;
  end: number;
  /** Token range the proposal covers (for the rules that look around it). */
  first: number;
  last: number;
  how: How;
  kind: AliasKind | 'new' | 'reference';
  /** What the text says of the actor here (`spokesman`, `host`). */
  role?: string;
  /** For a person: the actor the text ties them to here (`kb:TALIBAN` in `Taliban spokesman X`). */
  affiliation?: string;
}
