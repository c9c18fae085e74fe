import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeArticle } from '../../ingest/article.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { needsShared, SEED_ARTICLE, SHARED } from '../../../test/shared.js';
import { findDateline } from './dateline.js';
import { cleanStage } from './index.js';

const clean = createPipeline([cleanStage]);

describe('findDateline', () => {
  const cases: [string, string, string | null, string][] = [
    ['WASHINGTON (Reuters) - The United States and the Taliban are close', 'Washington', 'Reuters', 'WASHINGTON (Reuters) -'],
    ['ERBIL (Kurdistan24) — The Kurdistan Region', 'Erbil', 'Kurdistan24', 'ERBIL (Kurdistan24) —'],
    ['BEIRUT (AP) _ Syrian rebels said', 'Beirut', 'AP', 'BEIRUT (AP) _'],
    ['NAIROBI, Kenya (AP) _ Somalia\'s president', 'Nairobi', 'AP', 'NAIROBI, Kenya (AP) _'],
    ['KABUL, Feb 29 (Reuters) - The United States and the Taliban signed', 'Kabul', 'Reuters', 'KABUL, Feb 29 (Reuters) -'],
    ['AMMAN A delegation from Syria\'s main opposition group flew to Geneva', 'Amman', null, 'AMMAN'],
    ['MOSCOW/KIEV Ukrainian servicewoman Nadiya Savchenko', 'Moscow', null, 'MOSCOW/KIEV'],
    ['FINSTADJORDET, Norway U.S. Secretary of State John Kerry said', 'Finstadjordet', null, 'FINSTADJORDET, Norway'],
  ];
  for (const [text, place, agency, covered] of cases) {
    it(`reads ${JSON.stringify(covered)}`, () => {
      const d = findDateline(text);
      assert.ok(d, 'a dateline');
      assert.equal(d.place, place);
      assert.equal(d.agency, agency);
      assert.equal(text.slice(d.start, d.end), covered);
    });
  }

  it('keeps every place of a shared dateline', () => {
    assert.deepEqual(findDateline('WASHINGTON/BEIRUT The United States and Russia announced')?.places, ['Washington', 'Beirut']);
  });
});

describe('findDateline: negative cases', () => {
  for (const text of [
    'NATO Secretary-General Jens Stoltenberg said on Tuesday',
    'US President Donald Trump said',
    'UNITA leader Jonas Savimbi, in a statement',
    'Angola\'s U.S.-backed UNITA rebel group has offered',
    'In a sign of a thaw in relations between Egypt and Israel',
  ]) {
    it(`finds none in ${JSON.stringify(text.slice(0, 30))}`, () => assert.equal(findDateline(text), null));
  }
});

function kinds(text: string): [string, string][] {
  const doc = clean.run(makeArticle({ text }));
  assert.deepEqual(doc.errors, []);
  return doc.blocks!.filter((b) => b.kind !== 'paragraph').map((b) => [b.kind, text.slice(b.start, b.end)]);
}

describe('clean: blocks', () => {
  it('marks a Reuters photo caption and a subheading inside the body', () => {
    const text = 'The two sides have been negotiating for about a year.\n\nUS Navy prepares for training with Afghan forces in southern Helmand province (Reuters)\n\nThe demands of the parties\nAbove all, Washington wants assurances from the Taliban.';
    assert.deepEqual(kinds(text), [
      ['caption', 'US Navy prepares for training with Afghan forces in southern Helmand province (Reuters)'],
      ['heading', 'The demands of the parties'],
    ]);
  });

  it('marks sign-offs and bylines', () => {
    const text = 'By Lesley Wroughton\n\nKerry said he was working to put in place a ceasefire.\n\n(Reporting by Lesley Wroughton; Editing by Louise Ireland)';
    assert.deepEqual(kinds(text), [
      ['byline', 'By Lesley Wroughton'],
      ['signoff', '(Reporting by Lesley Wroughton; Editing by Louise Ireland)'],
    ]);
  });

  it('marks an AP caption that ends with the picture\'s date, and a credit in brackets', () => {
    const text = 'Kerry spoke in Jordan.\n\nSyria\'s President Bashar al-Assad speaks to Spanish newspaper El Pais in Damascus, Feb. 20, 2016.\n\nWorkers cut a pipe at a power plant in Kyiv [Valentyn Ogirenko/Reuters]\n\nThe talks go on.';
    assert.deepEqual(kinds(text).map(([k]) => k), ['caption', 'caption']);
  });

  it('marks newsletter and video boilerplate', () => {
    const text = 'The groups agreed on aid.\n\nWATCH: Related video of damage from Homs bombings\n\nSign up for our daily newsletter\n\nThe talks go on.';
    assert.deepEqual(kinds(text).map(([k]) => k), ['boilerplate', 'boilerplate']);
  });
});

describe('clean: negative cases', () => {
  it('leaves a body paragraph that quotes a headline-like phrase alone', () => {
    assert.deepEqual(kinds('Kerry said the path to peace is "actually right in front of us now."\n\nThe talks go on.'), []);
  });
  it('does not take a sentence cut off mid-way for a caption', () => {
    const text = 'Turkey has been accused of allowing illegal weapons shipments into\n\nSyria\'s main opposition group said it would agree.';
    assert.deepEqual(kinds(text), []);
  });
  it('does not take a hard-wrapped line for a heading', () => {
    assert.deepEqual(kinds('The talks, which began in Geneva on\nMonday, will resume next week.'), []);
  });
});

describe('clean: language', () => {
  it('refuses a French article with a clear error', () => {
    const doc = clean.run(makeArticle({ text: 'Les négociations entre les deux parties ont repris mardi à Genève, sous l\'égide des Nations unies, a indiqué le médiateur dans un communiqué.' }));
    assert.match(doc.errors[0]?.message ?? '', /French \(fr\); Parley reads English only/);
  });
  it('reads English', () => {
    assert.equal(clean.run(makeArticle({ text: 'The two sides met in Doha on Tuesday and said the talks would go on.' })).language, 'en');
  });
});

describe('clean: real articles', { skip: needsShared('corpus', 'gold') }, () => {
  it('parses the founding article\'s dateline and marks its caption and heading', { skip: needsShared('seed') }, () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const doc = clean.run(makeArticle({ text }));
    assert.deepEqual({ place: doc.dateline?.place, agency: doc.dateline?.agency }, { place: 'Washington', agency: 'Reuters' });
    const marked = doc.blocks!.filter((b) => b.kind !== 'paragraph').map((b) => `${b.kind}: ${text.slice(b.start, b.end)}`);
    assert.ok(marked.includes('caption: US Navy prepares for training with Afghan forces in southern Helmand province (Reuters)'));
    assert.ok(marked.includes('heading: The demands of the parties'));
  });

  const gold = ['001', '002', '003', '004', '005', '006', '007', '008', '009', '010', 'open-001', 'open-002'];
  for (const id of gold) {
    it(`finds the dateline and every notBody span the analyst marked in ${id}`, () => {
      const g = JSON.parse(readFileSync(join(SHARED, 'corpus', 'gold', `${id}.json`), 'utf8'));
      const text: string = JSON.parse(readFileSync(join(SHARED, 'corpus', g.article), 'utf8')).text;
      const doc = clean.run(makeArticle({ text }));
      if (g.dateline) {
        assert.equal(doc.dateline?.place, g.dateline.place);
        assert.equal(text.slice(doc.dateline!.start, doc.dateline!.end), g.dateline.evidence);
      } else {
        assert.equal(doc.dateline, null);
      }
      for (const nb of g.notBody ?? []) {
        const evidence: string = typeof nb.evidence === 'string' ? nb.evidence : nb.evidence.text;
        const start = text.indexOf(evidence);
        const block = doc.blocks!.find((b) => b.start <= start && start < b.end);
        assert.equal(block?.kind, nb.kind, `${nb.kind} expected for ${evidence.slice(0, 50)}`);
      }
      const extra = doc.blocks!.filter((b) => b.kind !== 'paragraph' && b.kind !== 'dateline').length;
      assert.equal(extra, (g.notBody ?? []).length, 'no body paragraph marked as something else');
    });
  }
});
