/**
 * The founding dispatch end to end (default pipeline): what issue 9 asks of events, demands and
 * figures on it. Skips when ../shared is absent or the pipeline has no actors stage yet.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extract } from '../../extract.js';
import { DEFAULT_STAGES } from '../../pipeline/default.js';
import { needsShared, SEED_ARTICLE } from '../../../test/shared.js';

const skip = needsShared('seed', '000_1b2f12c785d16f70.txt') || (DEFAULT_STAGES.some((s) => s.name === 'actors') ? false : 'the default pipeline has no actors stage yet');

describe('seed: events, demands, figures', { skip }, () => {
  const record = () => extract({ text: readFileSync(SEED_ARTICLE, 'utf8'), published: '2019-09-03' });
  const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

  it('finds the talks, the visit, the near deal, the hosted meeting, the Oslo talks and the rejection', () => {
    const r = record();
    const t = r.article.text;
    const find = (type: string, words: string) => r.events.find((e) => e.type === type && t.indexOf(words) < e.evidence.end && e.evidence.start < t.indexOf(words) + words.length);
    const round = find('CONSULT', 'the ninth round of negotiations ended in Doha');
    assert.ok(round, 'the ninth round');
    assert.deepEqual([round.status, round.round, round.negotiation], ['ended', 9, true]);
    assert.deepEqual([...round.source, ...round.target].sort(), ['kb:TALIBAN', 'kb:USA']);
    assert.equal(r.places.find((p) => p.id === round.place)?.name, 'Doha');
    const deal = find('AGREE', 'are close to concluding a deal');
    assert.equal(deal?.status, 'near');
    const visit = find('CONSULT', 'today to the Afghan capital of Kabul to brief');
    assert.equal(visit?.mode, 'visit');
    assert.equal(r.places.find((p) => p.id === visit?.place)?.name, 'Kabul');
    const hosted = find('CONSULT', 'the Qatari capital hosted a meeting of Afghan parties');
    assert.deepEqual(hosted?.host, ['kb:QAT']);
    assert.equal(hosted?.date.value, '2019-08');
    const oslo = find('CONSULT', 'peace talks between Afghan forces');
    assert.equal(oslo?.status, 'expected');
    assert.equal(r.places.find((p) => p.id === oslo?.place)?.name, 'Oslo');
    const reject = find('REJECT', 'they still oppose the September 28 presidential election');
    assert.ok(reject?.source.includes('kb:TALIBAN'));
  });

  it('reports nothing hypothetical or negated as having happened, and nothing from the caption', () => {
    const r = record();
    const t = r.article.text;
    const caption = t.indexOf('US Navy prepares');
    for (const e of r.events) {
      const words = at(t, e.evidence);
      assert.ok(!/reduce violence|end the fighting/.test(words), `no event from "${words}"`);
      if (e.status === 'occurred' || e.status === 'ended') assert.equal(e.negated, false);
      assert.ok(e.evidence.end <= caption || e.evidence.start > caption + 80, 'not from the caption');
    }
    assert.ok(r.events.length <= 7, `at most one event beyond the six (precision ≥ 0.8): ${r.events.length}`);
  });

  it('finds the four positions with holder, addressee, kind, issue and condition', () => {
    const r = record();
    const d = (kind: string) => r.demands.filter((x) => x.kind === kind);
    assert.ok(d('demand').some((x) => x.holder === 'kb:USA' && x.addressee === 'kb:TALIBAN' && x.issue === 'counter-terrorism guarantees'));
    assert.ok(d('demand').some((x) => x.holder === 'kb:TALIBAN' && x.addressee === 'kb:USA' && x.issue === 'withdrawal of foreign forces'));
    const refusal = d('refusal').find((x) => x.holder === 'kb:TALIBAN' && x.addressee === 'kb:AFG_GOV');
    assert.equal(refusal?.issue, 'direct talks');
    assert.equal(refusal?.condition?.text, 'until after the agreement with Washington is signed');
    const condition = d('condition').find((x) => x.holder === 'kb:TALIBAN' && x.addressee === 'kb:AFG_GOV');
    assert.equal(condition?.issue, 'status of delegates');
    assert.match(condition?.condition?.text ?? '', /^only in their personal capacity, not as state representatives/);
    assert.equal(r.demands.length, 4);
  });

  it('finds both figures', () => {
    const r = record();
    const troops = r.figures.find((f) => f.quantity === 20000);
    assert.deepEqual([troops?.qualifier, troops?.what], ['more than', 'foreign troops']);
    const round = r.figures.find((f) => f.ordinal);
    assert.deepEqual([round?.quantity, at(r.article.text, round!.evidence)], [9, 'ninth round']);
  });
});
