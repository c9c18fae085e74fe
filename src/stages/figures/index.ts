/**
 * Figures: stated quantities (troops, deaths, prisoners, money, shares, rounds) with their
 * qualifier (`more than`), what is counted, a unit and a place; ordinals (`the ninth round`) carry
 * `ordinal: true`; a range (`between 400 and 1,000`) is split into its two bounds. Dates, clock times
 * and duration compounds (`five-year war`) are not figures. Cues in data/lexicons/figures.json.
 */
import type { Doc } from '../../model/doc.js';
import type { FigureRecord } from '../../model/record.js';
import { factContext, isBody, type FactContext } from '../../nlp/facts.js';
import { loadData, phraseRegex } from '../../nlp/lexicon.js';
import { defineStage } from '../../pipeline/stage.js';
import { numbersIn } from './numbers.js';

export const figuresStage = defineStage({
  name: 'figures',
  version: '1',
  requires: ['sentences', 'tokens'],
  uses: ['places', 'dates', 'blocks'],
  adds: ['figures'],
  run(doc: Doc) {
    return { figures: extractFigures(factContext(doc)) };
  },
});

interface FigureData {
  qualifiers: string[];
  currencyBefore: Record<string, string>;
  currencyAfter: Record<string, string>;
  unitsAfter: Record<string, string>;
  skipAfter: string[];
  skipBefore: string[];
  orderedNouns: string[];
  stopWords: string[];
}

let cues: { d: FigureData; qualifier: RegExp; skipAfter: RegExp; skipBefore: RegExp; ordered: RegExp; stop: Set<string> } | undefined;
function load() {
  if (cues) return cues;
  const d = loadData<FigureData>('lexicons/figures.json');
  cues = {
    d,
    qualifier: new RegExp(`(?:^|\\s)(${d.qualifiers.sort((a, b) => b.length - a.length).join('|')})\\s+$`, 'i'),
    skipAfter: new RegExp(`^(?:\\s*|-)(?:${d.skipAfter.join('|')})`, 'i'),
    skipBefore: new RegExp(d.skipBefore.join('|'), 'i'),
    ordered: phraseRegex(d.orderedNouns, 'i'),
    stop: new Set(d.stopWords),
  };
  return cues;
}

const WORD = /^\s*([A-Za-z][\w'’-]*|%)/;

export function extractFigures(ctx: FactContext): FigureRecord[] {
  const c = load();
  const { text } = ctx;
  const out: FigureRecord[] = [];
  for (const sentence of ctx.sentences) {
    if (!isBody(ctx, sentence)) continue;
    const body = text.slice(sentence.start, sentence.end);
    const nums = numbersIn(body);
    for (let i = 0; i < nums.length; i++) {
      const n = nums[i];
      const start = sentence.start + n.start;
      const end = sentence.start + n.end;
      // A number inside a date (`February 12`, `in 2014`) is no figure; a date that only clips it (a
      // stray clock-time reading of `40,000 a month`) does not hide it.
      if (ctx.dates.some((d) => d.start <= start && end <= d.end)) continue;
      const before = body.slice(Math.max(0, n.start - 40), n.start);
      const after = body.slice(n.end, n.end + 60);
      if (c.skipAfter.test(after) || c.skipBefore.test(before)) continue;
      // A bare year (`since 2014`, `in 1995`) is a date, even when no dates layer ran.
      if (!n.word && !n.ordinal && /^(?:1[89]|20)\d\d$/.test(body.slice(n.start, n.end))) continue;
      if (n.word && n.value === 1 && !n.ordinal) continue;
      // `the two countries`, `the two sides`: a reference, not a count.
      if (n.word && !n.ordinal && /\bthe\s+$/i.test(before) && !/\bthe\s+(?:remaining|other|first|last|next)\s+$/i.test(before)) continue;

      let unit: string | null = null;
      let evEnd = end;
      const cur = /(US\$|\$|€|£)\s*$/.exec(body.slice(0, n.start));
      let evStart = cur ? start - cur[0].length : start;
      if (cur) unit = c.d.currencyBefore[cur[1]];
      const unitAfter = /^\s*(percent|per cent|%|sq km|square kilomet(?:re|er)s|km|kilomet(?:re|er)s|miles|tonnes|tons|dlrs|dollars|euros|pounds|yuan|roubles|rubles)\b/i.exec(after) ?? /^\s*(%)/.exec(after);
      if (unitAfter) {
        const u = unitAfter[1].toLowerCase();
        unit = c.d.currencyAfter[u] ?? c.d.unitsAfter[u] ?? unit;
        evEnd = end + unitAfter[0].length;
      }

      if (n.ordinal) {
        // `the ninth round`, `a second tanker`, `its second large-scale blow`: ordinals of a counted thing.
        // the counted noun, right after the ordinal or after one adjective (`its second large-scale blow`)
        const noun = /^\s+(?:[\w-]+\s+)?[\w-]+/.exec(after);
        const counted = noun ? c.ordered.exec(noun[0]) : null;
        if (!counted || (n.value === 1 && !/round/i.test(counted[0]))) continue;
        const what = whatAfter(body.slice(n.end), c.stop);
        out.push({ quantity: n.value, qualifier: null, what, place: null, ordinal: true, unit: null, evidence: { start, end: end + counted.index + counted[0].length } });
        continue;
      }

      let qualifier = c.qualifier.exec(body.slice(0, n.start).slice(-40))?.[1]?.toLowerCase() ?? null;
      if (qualifier) evStart = Math.min(evStart, start - (cur ? cur[0].length : 0) - qualifier.length - 1);
      // A range: `between 400 and 1,000 oil tankers`, `400 to 1,000`.
      const next = nums[i + 1];
      const joiner = next ? body.slice(n.end, next.start) : '';
      const isRangeLow = next && /^\s*(?:and|to|-|–)\s*$/.test(joiner) && /\bbetween\s+$|\bfrom\s+$/i.test(before);
      const isRangeHigh = i > 0 && /^\s*(?:and|to|-|–)\s*$/.test(body.slice(nums[i - 1].end, n.start)) && /\bbetween\s+$|\bfrom\s+$/i.test(body.slice(0, nums[i - 1].start));
      if (isRangeLow) qualifier = 'between (lower bound)';
      if (isRangeHigh) qualifier = 'between (upper bound)';
      const rest = body.slice(Math.max(n.end, unitAfter ? n.end + unitAfter[0].length : n.end));
      // `two-thirds of respondents`, `19 percent of Ukraine`, `two of those tankers`: the counted thing follows `of`.
      const ofWhat = /^\s*of\s+(?:those\s+|these\s+|the\s+)?/i.exec(rest);
      const what =
        (isRangeLow ? whatAfter(body.slice(next!.end), c.stop) : whatAfter(rest, c.stop)) ||
        (ofWhat && whatAfter(rest.slice(ofWhat[0].length), c.stop) ? `${unit ? unit + ' ' : ''}of ${whatAfter(rest.slice(ofWhat[0].length), c.stop)}` : '') ||
        unit ||
        '';
      if (!what) continue;
      const whatEnd = isRangeLow ? end : Math.min(sentence.end, evEnd + (rest.indexOf(what) >= 0 ? rest.indexOf(what) + what.length : 0));
      out.push({
        quantity: n.value,
        qualifier,
        what,
        place: placeNear(ctx, sentence.start + n.end, sentence.end),
        unit,
        evidence: { start: evStart, end: isRangeLow ? end : whatEnd },
      });
    }
  }
  return out;
}

/** What is counted: the words after the number up to a preposition, verb or punctuation (at most 4). */
function whatAfter(s: string, stop: Set<string>): string {
  const words: string[] = [];
  let rest = s;
  const skip = /^(?:-strong|\s*more\b)/i.exec(rest);
  if (skip) rest = rest.slice(skip[0].length);
  for (let k = 0; k < 4; k++) {
    const m = WORD.exec(rest);
    if (!m || /[,.;:!?)(]/.test(rest.slice(0, m.index + m[0].length - m[1].length))) break;
    if (stop.has(m[1].toLowerCase())) break;
    // A past-tense verb after the counted noun ends it: `16 people starved`, `the team included`.
    if (k > 0 && /[a-z]{2,}ed$/.test(m[1])) break;
    words.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return words.join(' ');
}

/** A place named right after the figure (`on Afghan soil`, `in Kyiv alone`), in the same sentence. */
function placeNear(ctx: FactContext, from: number, to: number): string | null {
  const p = ctx.places.find((x) => x.start >= from && x.start < Math.min(to, from + 60));
  return p ? p.id : null;
}
