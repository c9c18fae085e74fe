/**
 * The tense of the clause around a time expression, from its nearest marker: `will`, `next`,
 * `expected to` look ahead; `was`, a past participle look back. Null when nothing says. Reporting
 * verbs (`said`, `told`) are left out: they date the report, not the event reported.
 */
import type { Token } from '../../model/doc.js';

const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'may', 'might', 'would', 'supposed', 'slated', 'upcoming', 'scheduled', 'planned', 'plans', 'plan', 'expected', 'due', 'tomorrow', 'next', 'later', 'soon', 'until']);
const PAST = new Set(['was', 'were', 'had', 'did', 'ended', 'met', 'went', 'came', 'took', 'held', 'made', 'gave', 'began', 'left', 'saw', 'won', 'lost', 'killed', 'yesterday', 'ago', 'earlier', 'last']);

const REPORTING = new Set(['reported', 'added', 'stated', 'announced', 'claimed', 'insisted', 'warned', 'confirmed', 'noted', 'argued']);

export function tenseAt(tokens: readonly Token[], first: number, last: number, at: number): 'past' | 'future' | null {
  let best: 'past' | 'future' | null = null;
  let distance = Infinity;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    let mark: 'past' | 'future' | null = null;
    if (FUTURE.has(t.normal)) mark = 'future';
    else if (PAST.has(t.normal) || (t.pos === 'VERB' && /[a-z]ed$/.test(t.normal) && !REPORTING.has(t.normal))) {
      // `to be held`, `will be signed`: a participle after `be` carries no tense of its own.
      if (!(i > first && /^(be|been|being)$/.test(tokens[i - 1].normal))) mark = 'past';
    }
    if (!mark) continue;
    const d = Math.abs(t.start - at);
    if (d < distance) {
      distance = d;
      best = mark;
    }
  }
  return best;
}
