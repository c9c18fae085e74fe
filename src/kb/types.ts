import type { ActorType } from '../model/record.js';

/** A role a person held, with the dates it was held (ISO prefixes: `2018`, `2018-09`, `2018-09-05`). */
export interface KbRole {
  title: string;
  /** KB id of the organisation or state the role is held for (`USA`, `TALIBAN`). */
  org: string | null;
  /** What the role is in the genre's words when the title does not say it (`envoy`, `chief negotiator`). */
  kind?: string;
  from?: string;
  to?: string;
}

export interface KbActor {
  /** Without the `kb:` prefix (`USA`, `TALIBAN`, `ZALMAY_KHALILZAD`). */
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  sector: string | null;
  aliases: string[];
  /** Seats used for the actor by metonymy (`the Kremlin`, `the Pentagon`). */
  seats?: string[];
  roles?: KbRole[];
  /** Family names a person is referred to by alone, where not simply the last word of the name. */
  surnames?: string[];
  /** A wire agency (Reuters, AP, AFP): the carrier of the story, not a party to it. */
  agency?: boolean;
  /** A collective named like a place (`the West`, `Europe`, `Arab countries`): read with the place rules. */
  collective?: boolean;
  /** Dates the actor existed as such (a government that fell). */
  from?: string;
  to?: string;
}

export interface KbCountry {
  iso3: string;
  iso2: string | null;
  name: string;
  /** Adjectives: `Afghan`, `US`, `Qatari`. */
  demonyms: string[];
  /** Nouns for the people: `Afghans`. Recognised so they are not taken for actors. */
  people: string[];
  capitals: string[];
  /** Id of the government actor when the KB tells it apart from the state (`AFG_GOV`). */
  gov: string | null;
  /** Id of the armed forces actor when the KB has one (`AFG_SECURITY_FORCES`, `IDF`). */
  forces: string | null;
}

/** How an alias names its actor; the context rules differ for each. */
export type AliasKind = 'name' | 'demonym' | 'people' | 'capital' | 'seat' | 'surname';

export interface AliasEntry {
  actor: string;
  kind: AliasKind;
  /** The alias as written in the KB (for case checks). */
  alias: string;
  /** Written with `the` in the KB (`the West`): only an actor after `the` in the text. */
  needsThe?: boolean;
}
