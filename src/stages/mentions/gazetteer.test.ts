import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultGazetteers, matchGazetteers, phraseKey, type Gazetteer } from './gazetteer.js';

const toy: Gazetteer = {
  name: 'toy',
  phrases: new Map([
    [phraseKey('Sao Paulo'), 'city'],
    [phraseKey('Paulo'), 'name'],
    [phraseKey('Nice'), 'city'],
    [phraseKey('Winston-Salem'), 'city'],
  ]),
};

describe('gazetteer matching', () => {
  it('takes the longest phrase and needs a capital', () => {
    const hits = matchGazetteers([toy], ['in', 'Sao', 'Paulo', 'and', 'Nice', ',', 'a', 'nice', 'day'])[0];
    assert.deepEqual(hits, [
      { start: 1, end: 3, label: 'city' },
      { start: 4, end: 5, label: 'city' },
    ]);
  });

  it('matches hyphenated names as wink-nlp splits them', () => {
    assert.deepEqual(matchGazetteers([toy], ['Winston', '-', 'Salem'])[0], [{ start: 0, end: 3, label: 'city' }]);
  });

  it('has countries, capitals and demonyms by default', () => {
    const [countries, demonyms, cities] = defaultGazetteers();
    assert.equal(countries.phrases.get('afghanistan'), 'country');
    assert.equal(countries.phrases.get('u.s.'), 'country');
    assert.equal(demonyms.phrases.get('afghans'), 'demonym');
    assert.equal(demonyms.phrases.get('kurdish'), 'group');
    assert.equal(cities.phrases.get('kabul'), 'capital');
    assert.equal(cities.phrases.get(phraseKey('Lashkar Gah')), 'city');
  });
});
