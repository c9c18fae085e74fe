/**
 * One table per resolution rule, of real sentences from wire copy (the seed and the dev corpus,
 * quoted briefly): for each, the phrase and the actor it must be attached to, or `null` when the
 * phrase must attach to no actor, and the rule (`how`) where it matters.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actorAt, actorsOf } from '../../../test/actors.js';

interface Row {
  text: string;
  phrase: string;
  actor: string | null;
  how?: string;
  published?: string;
}

function check(rows: readonly Row[]): void {
  for (const row of rows) {
    it(`${row.phrase} → ${row.actor ?? 'no actor'}`, () => {
      const actors = actorsOf(row.text, row.published ?? null);
      const got = actorAt(actors, row.text, row.phrase);
      assert.equal(got?.id ?? null, row.actor, `in: ${row.text}`);
      if (row.how) assert.equal(got?.how, row.how);
    });
  }
}

describe('actors: names in the knowledge base', () => {
  check([
    { text: 'The United States and the Taliban are close to concluding a deal.', phrase: 'United States', actor: 'kb:USA', how: 'stated' },
    { text: 'The United States and the Taliban are close to concluding a deal.', phrase: 'Taliban', actor: 'kb:TALIBAN' },
    { text: 'US forces also have a separate mission to combat terrorist groups such as ISIS and al-Qaeda.', phrase: 'al-Qaeda', actor: 'kb:AL_QAEDA' },
    { text: "Islamic State, Nusra and other groups designated as terrorist organizations are excluded, along with al Qaeda's Nusra Front.", phrase: 'Nusra Front', actor: 'kb:NUSRA_FRONT' },
    { text: 'The medical charity Medecins Sans Frontieres (MSF) said on Saturday that 16 people had died.', phrase: 'Medecins Sans Frontieres', actor: 'kb:MSF' },
    { text: 'Russian Foreign Minister Sergei Lavrov said on Saturday that the talks would go on.', phrase: 'Sergei Lavrov', actor: 'kb:SERGEY_LAVROV' },
  ]);
});

describe('actors: the date chooses among namesakes', () => {
  check([
    { text: 'George Bush met the Saudi king at Camp David on Friday.', phrase: 'George Bush', actor: 'kb:GEORGE_H_W_BUSH', published: '1990-08-20' },
    { text: 'George Bush met the Saudi king at Camp David on Friday.', phrase: 'George Bush', actor: 'kb:GEORGE_W_BUSH', published: '2005-04-25' },
    { text: 'King Abdullah received the envoy in Amman, the Jordanian palace said.', phrase: 'King Abdullah', actor: 'kb:ABDULLAH_II', published: '2020-01-10' },
    { text: 'Saudi Arabia\'s King Abdullah told the summit in Riyadh that the kingdom would help.', phrase: 'King Abdullah', actor: 'kb:KING_ABDULLAH_SAU', published: '2009-03-01' },
  ]);
});

describe('actors: metonymy of capitals and seats', () => {
  check([
    { text: 'Above all, Washington wants assurances from the Taliban.', phrase: 'Washington', actor: 'kb:USA', how: 'inferred:metonym' },
    { text: 'Taliban spokesman Suhail Shahin said the agreement with Washington was coming soon.', phrase: 'Washington', actor: 'kb:USA' },
    { text: 'The expected agreement between the Taliban and Washington will not end the fighting.', phrase: 'Washington', actor: 'kb:USA' },
    { text: 'Savimbi challenged the Angolan government to match his offer. There was no immediate response from Luanda.', phrase: 'Luanda', actor: 'kb:AGO_GOV' },
    { text: 'Moscow said it was protecting the Russian-speaking population.', phrase: 'Moscow', actor: 'kb:RUS' },
    { text: 'The White House said it could help advance talks on political change.', phrase: 'White House', actor: 'kb:USA', how: 'inferred:metonym' },
    { text: 'The talks were held in Washington on Tuesday.', phrase: 'Washington', actor: null },
    { text: 'He flew to Moscow on Monday for the talks.', phrase: 'Moscow', actor: null },
    { text: 'WASHINGTON (Reuters) - The United States and the Taliban are close to a deal.', phrase: 'WASHINGTON', actor: null },
  ]);
});

describe('actors: countries as actors and as places', () => {
  check([
    { text: 'Russia and Syria deny targeting civilians, the ministry said.', phrase: 'Russia', actor: 'kb:RUS' },
    { text: 'The Taliban demand the withdrawal of all US-led foreign forces from Afghanistan.', phrase: 'Afghanistan', actor: null },
    { text: 'He made the statement in his Jamba headquarters in southern Angola.', phrase: 'Angola', actor: null },
    { text: 'A peace that does not threaten a united, sovereign Afghanistan.', phrase: 'Afghanistan', actor: null },
    { text: 'Western governments called for sanctions against Russia over the annexation.', phrase: 'Russia', actor: 'kb:RUS' },
    // Each side of a hyphenated pair is a party (a lone name before a noun is a topic: `a Syria cease-fire`).
    { text: 'Witkoff will oversee Russia-Ukraine peace talks in the afternoon.', phrase: 'Ukraine', actor: 'kb:UKR' },
    { text: 'The Israel-Hamas ceasefire held overnight.', phrase: 'Israel', actor: 'kb:ISR' },
    { text: 'The Iran deal was signed in Vienna.', phrase: 'Iran', actor: null },
  ]);
});

describe('actors: demonyms and role nouns', () => {
  check([
    { text: 'The deal would pave the way for peace, the US envoy to Afghanistan said on Tuesday.', phrase: 'US', actor: 'kb:USA', how: 'inferred:demonym' },
    { text: 'The Taliban will agree to talks with Afghan officials only in their personal capacity.', phrase: 'Afghan officials', actor: 'kb:AFG_GOV' },
    { text: 'The movement focuses on ensuring the withdrawal of all US-led foreign forces.', phrase: 'US', actor: 'kb:USA' },
    { text: 'There are 20,000 foreign troops on Afghan soil to train and assist Afghan forces.', phrase: 'Afghan forces', actor: 'kb:AFG_SECURITY_FORCES' },
    { text: 'There are 20,000 foreign troops on Afghan soil to train and assist Afghan forces.', phrase: 'Afghan soil', actor: null },
    { text: 'Last month, the Qatari capital hosted a meeting of Afghan parties.', phrase: 'the Qatari capital', actor: 'kb:QAT', how: 'inferred:capital-metonym' },
    { text: 'The talks took place in the Qatari capital Doha.', phrase: 'Qatari', actor: null },
    { text: 'Russian air strikes have killed nearly 1,400 civilians, the monitor said.', phrase: 'Russian', actor: 'kb:RUS' },
    { text: 'Syrian government forces advanced on the town, rebel officials said.', phrase: 'Syrian government forces', actor: 'kb:SYR_GOV' },
  ]);
});

describe('actors: new actors keep what the text says of them', () => {
  it('Ukrainian military observer Konstantyn Mashovets → a new person tied to Ukraine', () => {
    const text = 'Ukrainian military observer Konstantyn Mashovets said the offensive had stalled. Mashovets added that reserves were thin.';
    const actors = actorsOf(text, '2026-02-20');
    const p = actors.find((a) => a.id === 'new:KONSTANTYN_MASHOVETS');
    assert.ok(p, JSON.stringify(actors.map((a) => a.id)));
    assert.equal(p.type, 'person');
    assert.equal(p.role, 'Ukrainian military observer');
    assert.deepEqual(p.mentions.map((m) => [m.text, m.how]), [['Konstantyn Mashovets', 'stated'], ['Mashovets', 'inferred:surname']]);
  });
  it('Bashar al-Zoubi, head of the political office of the Yarmouk Army → role and affiliation from the apposition', () => {
    const text = 'Bashar al-Zoubi, head of the political office of the Yarmouk Army, said the rebels would abide by the truce.';
    const p = actorsOf(text, '2016-02-22').find((a) => a.id === 'new:BASHAR_AL_ZOUBI');
    assert.ok(p);
    assert.equal(p.role, 'head of the political office of the Yarmouk Army');
    assert.equal(p.affiliation, 'kb:YARMOUK_ARMY');
  });
  it('the tagger\'s PER span is taken without a cue', () => {
    const text = 'Yusuf Karimov met the delegation in Doha.';
    const at = text.indexOf('Yusuf Karimov');
    const actors = actorsOf(text, null, [{ start: at, end: at + 13, text: 'Yusuf Karimov', type: 'PER', source: 'tagger', score: 0.9 }]);
    assert.deepEqual(actors.map((a) => a.id), ['new:YUSUF_KARIMOV']);
  });
});

describe('actors: coreference', () => {
  check([
    { text: 'UNITA leader Jonas Savimbi made the offer. Savimbi challenged the government to match it.', phrase: 'Savimbi challenged', actor: 'kb:JONAS_SAVIMBI', how: 'inferred:surname' },
    { text: 'The US envoy met them. "We are on the threshold of an agreement," Khalilzad said in a tweet.', phrase: 'Khalilzad', actor: 'kb:ZALMAY_KHALILZAD', how: 'inferred:kb-surname' },
    { text: 'The deal is close, the US envoy to Afghanistan said. Khalilzad said in a tweet that peace was near.', phrase: 'the US envoy to Afghanistan', actor: 'kb:ZALMAY_KHALILZAD', how: 'inferred:role-noun' },
    { text: 'The Taliban want foreign forces out. While the movement focuses on the withdrawal, talks go on.', phrase: 'the movement', actor: 'kb:TALIBAN', how: 'inferred:group-noun' },
    { text: 'Islamic State attacked the town on Monday. The group targeted a checkpoint, a monitor said.', phrase: 'The group', actor: 'kb:ISIS' },
    { text: 'President Trump said on Friday that the talks had failed.', phrase: 'Trump', actor: 'kb:DONALD_TRUMP', how: 'inferred:kb-surname', published: '2024-01-10' },
    { text: 'In a statement, the Kremlin said Putin and the US president had spoken by phone.', phrase: 'Putin', actor: 'kb:VLADIMIR_PUTIN', published: '2025-02-12' },
    { text: 'Power was restored in Kyiv after Russian strikes. Rice prices rose in Asia.', phrase: 'Rice', actor: null, published: '2023-01-10' },
    { text: 'UNITA leader Jonas Savimbi said he was prepared to guarantee safe passage.', phrase: 'he was', actor: 'kb:JONAS_SAVIMBI', how: 'inferred:pronoun' },
    { text: 'Putin met the visitors. The Kremlin leader said the talks were useful.', phrase: 'The Kremlin leader', actor: 'kb:VLADIMIR_PUTIN', published: '2016-02-22' },
    { text: 'The deal was welcomed by the Saudi king, officials said.', phrase: 'the Saudi king', actor: 'kb:KING_SALMAN', how: 'inferred:kb-role', published: '2020-09-17' },
    { text: 'The Iranian foreign minister arrived in Geneva on Monday.', phrase: 'The Iranian foreign minister', actor: 'kb:MOHAMMAD_JAVAD_ZARIF', published: '2016-06-15' },
  ]);
  it('an office several people held on the date stays unresolved (the US envoy, 2019)', () => {
    assert.deepEqual(actorsOf('The US envoy arrived in Geneva on Monday.', '2019-06-15').map((a) => a.id), ['kb:USA']);
  });
});
