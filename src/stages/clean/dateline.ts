import { fold, gazetteer } from '../../kb/gazetteer/index.js';
import type { Dateline } from '../../model/article.js';
import { AGENCIES, MIN_DATELINE_POPULATION, PATTERNS } from './patterns.js';

/** `WASHINGTON` → `Washington`, `TEL AVIV` → `Tel Aviv`, `KIEV` → `Kiev`. */
export function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s/'\u2019-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Whether an ALL-CAPS word names a town big enough to file from (`AMMAN`, `KIEV`, but not `NATO`). */
function isTown(caps: string): boolean {
  return gazetteer()
    .lookup(fold(caps))
    .some((p) => p.kind !== 'country' && p.population >= MIN_DATELINE_POPULATION);
}

/**
 * The dateline at the start of a story, or null. With an agency in brackets or a dash after it the
 * form itself says it is a dateline; a bare ALL-CAPS word (`AMMAN A delegation...`) must also name a
 * known town, so `NATO Secretary-General ...` is not taken for one.
 */
export function findDateline(text: string): Dateline | null {
  const lead = /^\s*/.exec(text)![0].length;
  const head = text.slice(lead, lead + 200);
  const withAgency = PATTERNS.datelineWithAgency.exec(head);
  if (withAgency && isPlaceLike(withAgency[1])) {
    const agency = withAgency[3].trim();
    return build(lead, withAgency[0], withAgency[1], AGENCIES.has(agency) || /^[A-Z]/.test(agency) ? agency : null, withAgency[2]);
  }
  const withDash = PATTERNS.datelineWithDash.exec(head);
  if (withDash && isPlaceLike(withDash[1])) return build(lead, withDash[0], withDash[1], null, withDash[2]);
  const bare = PATTERNS.datelineBare.exec(head);
  if (bare && (isCountry(bare[2]) || isTown(bare[1].split('/')[0]))) {
    return build(lead, bare[0], bare[1], null, bare[2]);
  }
  return null;
}

/** `FINSTADJORDET, Norway`: a country after the comma makes even a hamlet a dateline. */
function isCountry(name: string | undefined): boolean {
  return !!name && gazetteer().lookup(fold(name)).some((p) => p.kind === 'country');
}

function isPlaceLike(caps: string): boolean {
  // An all-caps run of at least three letters (`US` opening a sentence is a word, not a dateline).
  return caps.replace(/[^A-Z]/g, '').length >= 3;
}

function build(lead: number, matched: string, caps: string, agency: string | null, qualifier: string | undefined): Dateline {
  const covered = matched.trimEnd();
  const places = caps.split('/').map((p) => titleCase(p.trim()));
  const country = qualifier && !/\d/.test(qualifier) && !/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(qualifier) ? qualifier : null;
  return {
    start: lead,
    end: lead + covered.length,
    place: places[0],
    agency,
    ...(places.length > 1 ? { places } : {}),
    ...(country ? { country } : {}),
  };
}
