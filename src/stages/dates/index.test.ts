import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { docOf } from '../../../test/doc.js';
import { needsShared, SEED_ARTICLE, SEED_EXPECTED } from '../../../test/shared.js';
import type { DateRecord } from '../../model/record.js';
import { datesStage } from './index.js';

function dates(text: string, published: string | null): DateRecord[] {
  return datesStage.run(docOf({ text, published })).dates ?? [];
}

/** The date record whose span overlaps a phrase of the text. */
function dateAt(text: string, phrase: string, published: string | null): DateRecord | undefined {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `test phrase "${phrase}" not in text`);
  return dates(text, published).find((d) => d.start < at + phrase.length && at < d.end);
}

describe('dates: the founding dispatch', () => {
  const seed = (): { text: string; expected: { publishedForDateTests: string; dates: { evidence: string; value: string; kind?: string }[] } } => ({
    text: readFileSync(SEED_ARTICLE, 'utf8'),
    expected: JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')),
  });

  it('with the publication date given, reads the five dates with their values', { skip: needsShared('seed') }, () => {
    const { text, expected } = seed();
    for (const want of expected.dates) {
      const got = dateAt(text, want.evidence, expected.publishedForDateTests);
      assert.ok(got, `no date on "${want.evidence}"`);
      assert.equal(got.value, want.value, `value of "${want.evidence}"`);
      assert.equal(got.kind, want.kind ?? 'date', `kind of "${want.evidence}"`);
      assert.equal(text.slice(got.start, got.end), got.text);
    }
  });

  it('with no publication date, leaves relative dates unresolved and keeps the duration', { skip: needsShared('seed') }, () => {
    const { text } = seed();
    for (const phrase of ['on Tuesday', 'today', 'Last month']) {
      const got = dateAt(text, phrase, null);
      assert.ok(got, `no date on "${phrase}"`);
      assert.equal(got.value, null, `"${phrase}" must stay unresolved, never today's date`);
    }
    const duration = dateAt(text, 'for about a year', null);
    assert.equal(duration?.kind, 'duration');
    assert.equal(duration?.value, 'P1Y');
  });
});

describe('dates: real sentences against a fixed reference date', () => {
  // [sentence, phrase, published, value, kind]
  const table: [string, string, string | null, string | null, DateRecord['kind']][] = [
    ['The two sides met in Doha on Tuesday and agreed to continue.', 'Tuesday', '2019-09-05', '2019-09-03', 'date'],
    ['Negotiators will meet again on Tuesday, the envoy said.', 'Tuesday', '2019-09-05', '2019-09-10', 'date'],
    ['Talks ended in Doha on Monday, a spokesman said on Thursday.', 'Monday', '2019-09-05', '2019-09-02', 'date'],
    ['The militants stormed the Capitol on Jan. 6, officials said.', 'Jan. 6', '2021-02-10', '2021-01-06', 'date'],
    ['Last month, the Qatari capital hosted a meeting of Afghan parties.', 'Last month', '2019-09-03', '2019-08', 'date'],
    ['Troops are due to leave by mid-2020 under the deal.', 'mid-2020', '2019-09-03', '2020', 'date'],
    ['Rebels shelled the town on Sept. 1. The previous day, the ceasefire had collapsed.', 'The previous day', '2019-09-03', '2019-08-31', 'date'],
    ['The 1950-53 Korean War ended in an armistice, not a peace treaty.', '1950-53', null, '1950/1953', 'date'],
    ['The envoy flew today to Kabul to brief the leadership.', 'today', '2019-09-03', '2019-09-03', 'date'],
    ['Both delegations are in Geneva this week.', 'this week', '2016-02-03', '2016-W05', 'date'],
    ['The agreement was signed in 2019 in Doha.', '2019', null, '2019', 'date'],
    ['The strike hit at noon on Feb. 26, witnesses said.', 'noon on Feb. 26', '2016-02-27', '2016-02-26T12:00', 'time'],
    ['They still oppose the September 28 presidential election.', 'September 28', '2019-09-03', '2019-09-28', 'date'],
    ['The vote was held on September 28, 2019, amid threats.', 'September 28, 2019', null, '2019-09-28', 'date'],
    ['Forces withdrew on 6 February, a spokesman said.', '6 February', null, null, 'date'],
    ['The two sides have been negotiating for about a year.', 'about a year', '2019-09-03', 'P1Y', 'duration'],
    ['The country emerged from nearly four years of war.', 'nearly four years', null, 'P4Y', 'duration'],
    ['The truce held for two weeks before fighting resumed.', 'two weeks', '2019-09-03', 'P2W', 'duration'],
    ['The factions have fought for years over the oil fields.', 'years', null, 'PXY', 'duration'],
    ['The two presidents signed the treaty last May.', 'last May', '1998-02-27', '1997-05', 'date'],
    ['A second round is expected to be held in May.', 'May', '2019-09-03', '2020-05', 'date'],
    ['Fighting has recently spread to the north.', 'recently', null, 'PAST_REF', 'date'],
    ['Parties would indicate their agreement by noon on Friday Damascus time (1000 GMT), and the truce would go into effect at midnight.', '1000 GMT', '2016-02-22', '2016-02-26T10:00', 'time'],
    ['Parties would indicate their agreement by noon on Friday Damascus time (1000 GMT), and the truce would go into effect at midnight.', 'midnight', '2016-02-22', '2016-02-27T00:00', 'time'],
    ['Voting is planned between February 11 and 15 in the east.', 'February 11 and 15', '2026-02-20', '2026-02-11/2026-02-15', 'date'],
    ['Assad called a parliamentary election for April 13.', 'April 13', '2016-02-22', '2016-04-13', 'date'],
    ['The ceasefire would run for an initial two weeks.', 'two weeks', '2016-02-22', 'P2W', 'duration'],
    ['A five-year-old boy was among the dead.', 'five-year-old', null, 'P5Y', 'duration'],
    ['Peace has not come in two decades of fighting.', 'two decades', null, 'P20Y', 'duration'],
    ['Attacks have grown in recent weeks.', 'recent weeks', null, 'PXW', 'duration'],
    ['Aid convoys reach the city daily.', 'daily', null, 'P1D', 'set'],
  ];
  for (const [text, phrase, published, value, kind] of table) {
    it(`"${phrase}" in "${text.slice(0, 50)}…" (published ${published ?? 'unknown'})`, () => {
      const got = dateAt(text, phrase, published);
      assert.ok(got, `no date on "${phrase}"`);
      assert.equal(got.value, value);
      assert.equal(got.kind, kind);
      assert.equal(text.slice(got.start, got.end), got.text);
    });
  }

  it('marks a value read from the reference date as inferred, an absolute one as stated', () => {
    const text = 'Talks resumed on Tuesday after the September 28, 2019 election.';
    const [tuesday, election] = dates(text, '2019-10-03');
    assert.equal(tuesday.how, 'inferred:reference-date');
    assert.equal(election.how, 'stated');
  });
});
