/** What the places stage must not read as a place. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docOf } from '../../../test/doc.js';
import { placesStage } from './index.js';

function namesIn(text: string, layers = {}): string[] {
  return (placesStage.run(docOf(text, layers)).toponyms ?? []).flatMap((p) => p.mentions.map((m) => m.text));
}

describe('places: negative cases', () => {
  const none: string[] = [
    'Michael Jordan said the season was over.',
    'Prime Minister Theresa May said she would resign in June.',
    'Most people said the talks were a waste of time.',
    'Said he would return, and he did.',
    'The Washington Post reported the envoy had left.',
    'They ate turkey and watched the game.',
    'The talks may resume in March, officials said.',
    'Chad Smith, the drummer, said the tour was cancelled.',
    'Shares rose 12.53% on the news.',
    'One of the two sides walked out of the North Wing.',
    'He studied at Georgia Tech before joining the army.',
  ];
  for (const text of none) {
    it(`no place in "${text}"`, () => {
      assert.deepEqual(namesIn(text), []);
    });
  }

  it('a town name the text gives a person is not a place anywhere in the article', () => {
    const text = 'Troy Aikman met fans in Chicago. Later Aikman and Troy went home.';
    assert.deepEqual(namesIn(text), ['Chicago']);
  });

  it('with the tagger, a country name it reads as a person is not a place anywhere in the article', () => {
    const text = 'Michael Jordan met fans in Chicago. Jordan said he was happy.';
    const mentions = [{ start: 0, end: 14, text: 'Michael Jordan', type: 'PER' as const, source: 'tagger', score: 0.9 }];
    assert.deepEqual(namesIn(text, { mentions }), ['Chicago']);
  });

  it('a PER span from the tagger rules a place name out', () => {
    const text = 'Georgia Meloni addressed parliament.';
    const mentions = [{ start: 0, end: 14, text: 'Georgia Meloni', type: 'PER' as const, source: 'tagger', score: 0.9 }];
    assert.deepEqual(namesIn(text, { mentions }), []);
  });
});

describe('places: with the actors layer', () => {
  it('a person the actors stage found is not a place', () => {
    const text = 'Jordan told reporters the deal was close.';
    const actors = [{
      id: 'new:jordan', name: 'Jordan', type: 'person' as const, country: null, sector: null, role: null, affiliation: null,
      mentions: [{ start: 0, end: 6, text: 'Jordan', how: 'stated' as const }],
    }];
    assert.deepEqual(namesIn(text), ['Jordan'], 'without actors, a country is the reading');
    assert.deepEqual(namesIn(text, { actors }), []);
  });
});
