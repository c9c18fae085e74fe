/** Demand phrasings (data/lexicons/demands.json) and the issue list (data/lexicons/issues.json), compiled once. */
import type { DemandKind } from '../../model/record.js';
import { loadData, phraseRegex } from '../../nlp/lexicon.js';

export interface Cue {
  kind: DemandKind;
  /** possessor: `on Ukraine's insistence`, `at Russia's request` (the actor inside the cue). */
  holder: 'subject' | 'agent' | 'speaker' | 'possessor';
  addressee?: 'object' | 'subject';
  /** `before`: what is refused is written before the cue (`renouncing its missiles was out of the question`). */
  content?: 'before';
  re: RegExp;
}

interface Data {
  cues: { kind: DemandKind; holder: Cue['holder']; addressee?: Cue['addressee']; content?: 'before'; phrases: string[] }[];
  conditionMarkers: string[];
  conditionLeads: string[];
  refusalVerbs: string[];
  notPositions: string[];
}

let cues: { cues: Cue[]; condition: RegExp; conditionLeads: Set<string>; notPosition: RegExp } | undefined;

export function demandCues() {
  if (cues) return cues;
  const d = loadData<Data>('lexicons/demands.json');
  cues = {
    cues: d.cues.map((c) => ({
      kind: c.kind,
      holder: c.holder,
      addressee: c.addressee,
      content: c.content,
      re: phraseRegex(c.phrases.map((p) => p.replace('VERBS', d.refusalVerbs.join('|')))),
    })),
    condition: phraseRegex(d.conditionMarkers, 'i'),
    conditionLeads: new Set(d.conditionLeads),
    // (anchored: the words that open the content)
    notPosition: new RegExp(`^(?:to\\s+)?(?:${d.notPositions.join('|')})\\b`, 'i'),
  };
  return cues;
}

let issues: { issue: string; re: RegExp }[] | undefined;
let fallback = 'other';

/** The issue of a content span: the first listed issue one of whose phrases it contains. */
export function issueOf(content: string): string {
  if (!issues) {
    const d = loadData<{ issues: { issue: string; phrases: string[] }[]; fallback: string }>('lexicons/issues.json');
    // Issue phrases may carry their own case (`[A-Z]` for a name), so they are matched case-sensitively
    // where they say so and otherwise on lower-cased text.
    issues = d.issues.map((i) => ({ issue: i.issue, re: phraseRegex(i.phrases, 'i') }));
    fallback = d.fallback;
  }
  return issues.find((i) => i.re.test(content))?.issue ?? fallback;
}
