import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeArticle } from '../../ingest/article.js';
import { analyse } from '../../nlp/analyse.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { sentencesStage } from '../sentences/index.js';
import { findMentions, mentionsStage } from './index.js';

function tag(text: string): string[] {
  const { tokens, sentences } = analyse(text);
  return findMentions(text, tokens, sentences).map((m) => `${m.text}/${m.type}`);
}

/**
 * Real sentences from the seed article and the corpus (short quotes), with the names a reader sees
 * in them. Types follow CoNLL-2003's guidelines: nationalities and `-led` adjectives are MISC.
 */
const CASES: [string, string[]][] = [
  ['Taliban spokesman Suhail Shahin said the agreement with Washington was coming soon.', ['Suhail Shahin/PER', 'Washington/LOC']],
  ['"We are on the threshold of an agreement," Khalilzad said in a tweet on Twitter.', ['Khalilzad/PER']],
  ['WASHINGTON (Reuters) - The United States and the Taliban are close to concluding a deal', ['WASHINGTON/LOC', 'Reuters/ORG', 'United States/LOC']],
  ['US forces also have a separate mission to combat terrorist groups such as ISIS and al-Qaeda.', ['US/LOC', 'ISIS/ORG', 'al-Qaeda/ORG']],
  ['U.S. Secretary of State John Kerry said on Wednesday he had discussed ways to revive a ceasefire.', ['U.S./LOC', 'John Kerry/PER']],
  ['Ukrainian servicewoman Nadiya Savchenko was heading home on a plane from Russian captivity on Wednesday.', ['Ukrainian/MISC', 'Nadiya Savchenko/PER', 'Russian/MISC']],
  ['UNITA leader Jonas Savimbi said he was prepared to guarantee safe passage.', ['UNITA/ORG', 'Jonas Savimbi/PER']],
  ['Donald Trump has insisted that two more Arab states are ready to join Bahrain and the UAE in recognising Israel.', ['Donald Trump/PER', 'Arab/MISC', 'Bahrain/LOC', 'UAE/LOC', 'Israel/LOC']],
  ['AMMAN A delegation from Syria’s main opposition group flew to Geneva on Saturday.', ['AMMAN/LOC', 'Syria/LOC', 'Geneva/LOC']],
  ['BEIJING China said on Wednesday the Philippines has ignored a proposal for a regular talks mechanism.', ['BEIJING/LOC', 'China/LOC', 'Philippines/LOC']],
  ['“We will not stop,” said Zabihullah Mujahid, a Taliban spokesman.', ['Zabihullah Mujahid/PER']],
  ['Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu in Moscow.', ['Russian/MISC', 'Sergei Lavrov/PER', 'Turkish/MISC', 'Mevlut Cavusoglu/PER', 'Moscow/LOC']],
  ['The United Nations Security Council will meet on Friday.', ['United Nations Security Council/ORG']],
];

describe('mentions: real sentences', () => {
  for (const [text, expected] of CASES) {
    it(text, () => {
      const found = tag(text);
      // Every expected name is found with its type; Taliban's type is left to the actors stage
      // (CoNLL marks `Taleban` MISC), so it is neither required nor forbidden here.
      for (const e of expected) assert.ok(found.includes(e), `missing ${e} in [${found.join(', ')}]`);
      const extra = found.filter((f) => !expected.includes(f) && !f.startsWith('Taliban/'));
      assert.deepEqual(extra, [], 'unexpected mentions');
    });
  }

  it('a Title Case headline still gives its names', () => {
    const found = tag('Taliban Say Deal With US Is Close After Ninth Round Of Talks In Doha');
    assert.ok(found.includes('US/LOC') && found.includes('Doha/LOC'), found.join(', '));
    assert.ok(!found.some((f) => /^(Say|Deal|Close|Ninth|Round|Talks)\b/.test(f)), found.join(', '));
  });
});

describe('mentions: one reading of a name across the document', () => {
  it('a city opening a sentence reads as the place the document names elsewhere', () => {
    const found = tag('Geneva will become the backdrop for back-to-back high-stakes negotiations.\n\nDiplomats arrived in Geneva on Sunday.');
    assert.deepEqual(found, ['Geneva/LOC', 'Geneva/LOC']);
  });

  it('a surname opening a sentence is the person named in full before', () => {
    const found = tag('KYIV (Reuters) - Ukrainian President Volodymyr Zelenskyy said on Monday the talks had failed.\n\nZelenskyy added that Kyiv would not give up territory.');
    assert.ok(found.includes('Volodymyr Zelenskyy/PER') && found.includes('Zelenskyy/PER'), found.join(', '));
  });
});

describe('mentions stage', () => {
  it('adds mentions with exact offsets, the tagger as source and a score in (0, 1]', () => {
    const text = 'Last month, the Qatari capital hosted a meeting.\n\nTaliban spokesman Suhail Shahin said the talks went well.';
    const doc = createPipeline([sentencesStage, mentionsStage]).run(makeArticle({ text }));
    const shahin = doc.mentions?.find((m) => m.type === 'PER');
    assert.ok(shahin);
    assert.equal(text.slice(shahin.start, shahin.end), 'Suhail Shahin');
    assert.equal(shahin.text, 'Suhail Shahin');
    assert.equal(shahin.source, 'tagger');
    for (const m of doc.mentions ?? []) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(m.score > 0 && m.score <= 1, `score ${m.score}`);
    }
  });

  it('scores a clear name higher than a doubtful one', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov spoke. Editing by Toni Reinhold';
    const { tokens, sentences } = analyse(text);
    const found = findMentions(text, tokens, sentences);
    const lavrov = found.find((m) => m.text === 'Sergei Lavrov');
    assert.ok(lavrov && lavrov.score > 0.9, JSON.stringify(found));
  });
});
