/**
 * A character trie over normalised aliases (see normalise.ts). Walking it from a word start in the
 * normalised text yields every alias that ends on a word boundary there, longest first, so the
 * caller takes the longest one that passes its checks.
 */
import type { AliasEntry } from './types.js';

interface Node {
  next: Map<string, Node>;
  entries: AliasEntry[] | null;
}

export interface TrieHit {
  /** End (exclusive) in the normalised text. */
  end: number;
  entries: AliasEntry[];
}

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '|';
}

export class AliasTrie {
  private readonly root: Node = { next: new Map(), entries: null };
  private readonly exact = new Map<string, AliasEntry[]>();

  add(key: string, entry: AliasEntry): void {
    if (key.length === 0) return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), entries: null };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.entries ??= [];
    if (!node.entries.some((e) => e.actor === entry.actor && e.kind === entry.kind)) node.entries.push(entry);
    this.exact.set(key, node.entries);
  }

  /** Entries whose normalised alias is exactly `key`. */
  get(key: string): readonly AliasEntry[] {
    return this.exact.get(key) ?? [];
  }

  /** Every alias starting at `start` of `norm` and ending on a word boundary, longest first. */
  hitsAt(norm: string, start: number): TrieHit[] {
    const hits: TrieHit[] = [];
    let node: Node | undefined = this.root;
    for (let i = start; i < norm.length && node; i++) {
      node = node.next.get(norm[i]);
      if (node?.entries && isBoundary(norm[i + 1])) hits.push({ end: i + 1, entries: node.entries });
    }
    return hits.reverse();
  }
}
