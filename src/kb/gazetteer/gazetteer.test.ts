import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold, gazetteer } from './index.js';

describe('gazetteer', () => {
  it('loads once, lazily, in well under a second, and gives the same instance after', () => {
    const t0 = performance.now();
    const g = gazetteer();
    const ms = performance.now() - t0;
    // 0.2-0.35 s measured on this machine; the bound leaves room for a busy CI box.
    assert.ok(ms < 1500, `loading took ${Math.round(ms)} ms`);
    assert.equal(gazetteer(), g);
  });

  it('folds diacritics, case, dots and hyphens the same way on both sides', () => {
    assert.equal(fold('Lashkar Gāh'), 'lashkar gah');
    assert.equal(fold('U.S.'), 'us');
    assert.equal(fold('Guinea-Bissau'), 'guinea bissau');
    assert.equal(fold('‘Afrīn'), 'afrin');
  });

  it('finds cities, capitals, provinces, countries and regions by folded name', () => {
    const g = gazetteer();
    assert.ok(g.lookup('doha').some((p) => p.id === 'geonames:290030' && p.kind === 'capital'));
    assert.ok(g.lookup('helmand').some((p) => p.id === 'admin1:AF.10' && p.kind === 'province'));
    assert.ok(g.lookup('afghanistan').some((p) => p.id === 'country:AF' && p.kind === 'country'));
    assert.ok(g.lookup('qamishli').some((p) => p.country === 'SY'), 'Arabic article dropped');
    assert.ok(g.lookup('st petersburg').some((p) => p.country === 'RU'), 'Saint / St.');
    assert.ok(g.lookup('kurdistan').some((p) => p.kind === 'region'));
    const georgia = g.lookup('georgia').map((p) => p.id);
    assert.ok(georgia.includes('country:GE') && georgia.includes('admin1:US.GA'));
  });

  it('knows capitals, demonyms and state abbreviations', () => {
    const g = gazetteer();
    assert.equal(g.capitalOf('QA')?.name, 'Doha');
    assert.equal(g.capitalOf('NO')?.name, 'Oslo');
    assert.equal(g.demonym('afghan')?.id, 'country:AF');
    assert.equal(g.demonym('qatari')?.id, 'country:QA');
    assert.equal(g.abbreviation('Md.')?.id, 'admin1:US.MD');
    assert.equal(g.abbreviation('md.'), undefined, 'abbreviations are read as written');
  });
});
