/**
 * The quote lexicons (data/lexicons/*.txt): speech verbs, channels, outlets, speaker roles and
 * pronouns. Loaded once on first use and only read afterwards.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'lexicons');

export interface VerbEntry {
  lemma: string;
  /** Takes a listener before the content (`told Reuters that ...`). */
  object: boolean;
  /** Introduces direct quotes only. */
  directOnly: boolean;
  /** A belief, reported only when a clause follows. */
  belief: boolean;
  /** A particle the verb needs to be a cue (`pointed out`, `shot back`). */
  particle?: string;
  /** Also gives names (`called`, `described as`): see speech-verbs.txt. */
  naming: boolean;
  /** Reports only a `that` clause (`the poll found that ...`, not `police found the bodies`). */
  that: boolean;
}

export type RoleKind = 'person' | 'group' | 'people' | 'document';
export type PronounKind = 'person' | 'people' | 'thing' | 'self';

export interface Lexicon {
  verbs: Map<string, VerbEntry>;
  /** Channel phrases as lower-case word lists, in file order (first match wins). */
  channels: { words: string[]; channel: string }[];
  /** Outlet names as lower-case word lists, longest first. */
  outlets: string[][];
  roles: Map<string, RoleKind>;
  pronouns: Map<string, PronounKind>;
  /** Head nouns of commentators who are no party (`analysts`, `experts`): data/lexicons/commentators.txt. */
  commentators: Set<string>;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= load(LEXICON_DIR);
  return cached;
}

function lines(dir: string, file: string): string[] {
  const path = resolve(dir, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`quotes: cannot read lexicon ${path}`);
  }
  return raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Split a phrase into the word list the matchers compare against (`post on X` → post, on, x). */
export function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

function load(dir: string): Lexicon {
  const verbs = new Map<string, VerbEntry>();
  for (const line of lines(dir, 'speech-verbs.txt')) {
    const m = /^([a-z-]+):\s*([^[]*)(.*)$/.exec(line);
    if (!m) throw new Error(`quotes: bad line in speech-verbs.txt: ${line}`);
    const flags = m[3];
    const entry: VerbEntry = {
      lemma: m[1],
      object: flags.includes('[object]'),
      directOnly: flags.includes('[direct]'),
      belief: flags.includes('[belief]'),
      naming: flags.includes('[naming]'),
      that: flags.includes('[that]'),
    };
    const particle = /\[particle:([a-z]+)\]/.exec(flags);
    if (particle) entry.particle = particle[1];
    for (const form of words(m[2])) verbs.set(form, entry);
  }
  const channels = lines(dir, 'speech-channels.txt').map((line) => {
    const [phrase, channel] = line.split('=>').map((s) => s.trim());
    if (!phrase || !channel) throw new Error(`quotes: bad line in speech-channels.txt: ${line}`);
    return { words: words(phrase), channel };
  });
  const outlets = lines(dir, 'news-outlets.txt')
    .map(words)
    .sort((a, b) => b.length - a.length);
  const roles = new Map<string, RoleKind>();
  for (const line of lines(dir, 'speaker-roles.txt')) {
    const [word, kind] = line.split(':').map((s) => s.trim());
    roles.set(word, kind as RoleKind);
  }
  const pronouns = new Map<string, PronounKind>();
  for (const line of lines(dir, 'pronouns.txt')) {
    const [word, kind] = line.split(':').map((s) => s.trim());
    pronouns.set(word, kind as PronounKind);
  }
  const commentators = new Set(lines(dir, 'commentators.txt'));
  return { verbs, channels, outlets, roles, pronouns, commentators };
}
