/**
 * The quotes stage on real sentences, one form at a time (sentences from the corpus articles and
 * the seed; a few are shown again with the quotation marks other outlets use).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actor, quoteStarting, quotesOf, speakerName } from './test-helpers.js';

describe('direct quotes: the marks wire copy uses', () => {
  it('straight double quotes, speaker after: a pronoun resolved to the earlier speaker', () => {
    const text =
      'Savimbi suggested the Benguela route as an alternative.\n\n"The Benguela route can safely open immediately," he said.';
    const q = quoteStarting(quotesOf(text), 'The Benguela', true);
    assert.ok(q);
    assert.equal(q.text, 'The Benguela route can safely open immediately'); // no marks, no comma
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(q.speaker?.text, 'he');
    assert.equal(q.speaker?.how, 'inferred:pronoun');
    assert.equal(q.speaker?.antecedent?.text, 'Savimbi');
    assert.equal(q.cue?.text, 'said');
  });

  it('curly double quotes, with the channel of the attribution', () => {
    const text =
      '“As of today, we cannot say that the outcome is sufficient,” Zelenskyy told Ukrainians in a Wednesday evening video address.';
    const [q] = quotesOf(text);
    assert.equal(q.text, 'As of today, we cannot say that the outcome is sufficient');
    assert.equal(q.direct, true);
    assert.equal(q.speaker?.text, 'Zelenskyy');
    assert.equal(q.speaker?.how, 'stated');
    assert.equal(q.cue?.text, 'told');
    assert.equal(q.channel, 'speech');
  });

  it('single quotes as MailOnline uses them, apostrophes inside left alone', () => {
    const text =
      "Trump said the US is close to deals.\n\n'You're going to have a whole level of peace in the Middle East without blood all over the sand,' he said on Wednesday.";
    const q = quoteStarting(quotesOf(text), "You're going", true);
    assert.ok(q);
    assert.ok(q.text.endsWith('all over the sand'));
    assert.equal(speakerName(q), 'Trump');
  });

  it('single quotes nested inside double quotes stay part of the quote', () => {
    const text = 'Ukraine’s allies pledged 38 billion euros – “one of the most successful ‘Ramsteins’,” Fedorov said.';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'one of the most successful ‘Ramsteins’');
    assert.equal(quotes[0].speaker?.text, 'Fedorov');
  });

  it('guillemets, ``...\'\' and ´´ marks', () => {
    for (const [open, close] of [['«', '»'], ['``', "''"], ['``', '´´']]) {
      const text = `${open}We want to show the world our seriousness in moving towards negotiations,${close} Agha told Reuters.`;
      const [q] = quotesOf(text);
      assert.equal(q?.text, 'We want to show the world our seriousness in moving towards negotiations', `${open}${close}`);
      assert.equal(q.speaker?.text, 'Agha');
      assert.equal(q.channel, 'interview');
    }
  });

  it('a quote over several paragraphs: opening mark repeated, one closing mark', () => {
    const text =
      'Khaled Khoja, a senior opposition figure, said:\n\n"For us, al-Nusra is a problematic point, because al-Nusra is not only present in Idlib.\n\n"The critical issue here is that civilians or the Free Syrian Army could be targeted under the pretext of targeting al-Nusra."';
    const quotes = quotesOf(text).filter((q) => q.direct);
    assert.equal(quotes.length, 1);
    const [q] = quotes;
    assert.equal(q.fragments?.length, 2);
    assert.ok(text.slice(q.fragments![0].start, q.fragments![0].end).startsWith('For us'));
    assert.ok(text.slice(q.fragments![1].start, q.fragments![1].end).endsWith('targeting al-Nusra'));
    assert.equal(q.speaker?.text, 'Khaled Khoja');
  });

  it('a split quote is one quote in two fragments', () => {
    const text = 'Khalilzad met the Taliban in Doha.\n\n"We are ready," he said, "but not at any price."';
    const quotes = quotesOf(text).filter((q) => q.direct);
    assert.equal(quotes.length, 1);
    assert.deepEqual(
      quotes[0].fragments?.map((f) => text.slice(f.start, f.end)),
      ['We are ready', 'but not at any price'],
    );
    assert.equal(speakerName(quotes[0]), 'Khalilzad');
  });

  it('a second sentence of quotation after `he said.` continues the speaker', () => {
    const text =
      '"The Secretary-General strongly urges the parties to abide by the terms of the agreement," Ban\'s spokesman Stephane Dujarric said. "Much work now lies ahead to ensure its implementation."';
    const q = quoteStarting(quotesOf(text), 'Much work');
    assert.equal(q?.speaker?.text, "Ban's spokesman Stephane Dujarric");
    assert.equal(q?.speaker?.how, 'inferred:continuation');
    assert.equal(q?.cue, null);
  });

  it('a continued quote says which quote it goes on from, along a chain over paragraphs', () => {
    const text =
      '"The Benguela route can safely open immediately," he said. "It will provide the transportation our neighbors need."\n\n' +
      '"It will not cost the Americans the money they say it will cost."';
    const quotes = quotesOf(text);
    const first = quotes.findIndex((q) => q.text.startsWith('The Benguela'));
    const second = quotes.findIndex((q) => q.text.startsWith('It will provide'));
    const third = quotes.findIndex((q) => q.text.startsWith('It will not cost'));
    assert.equal(quotes[first].continues, undefined);
    assert.equal(quotes[second].continues, first);
    assert.equal(quotes[third].continues, second);
  });

  it('a quote whose speaker comes from reported speech continues no quote', () => {
    const text =
      'Kerry said the cessation would apply to all parties. "It will begin in a week\'s time."';
    const q = quoteStarting(quotesOf(text), 'It will begin', true);
    assert.equal(q?.speaker?.text, 'Kerry');
    assert.equal(q?.continues, undefined);
  });

  it('a quote with its own cue continues nothing, even after the same speaker', () => {
    const text = '"We are ready," Khalilzad said. "But not at any price," he added.';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 2);
    assert.ok(quotes.every((q) => q.continues === undefined));
  });

  it('a quotation in a headline is kept, with nobody named', () => {
    const text = 'TALKS "VERY SOON"\n\nU.N. chief Ban Ki-moon welcomed the U.S.-Russian announcement.';
    const q = quoteStarting(quotesOf(text), 'VERY SOON');
    assert.ok(q);
    assert.equal(q.speaker, null);
  });

  it('partial quotes take the speaker of the sentence', () => {
    const text =
      'U.S. Secretary of State John Kerry said there were "significant challenges ahead" but urged all parties to accept the terms of the deal.';
    const quotes = quotesOf(text);
    const partial = quoteStarting(quotes, 'significant challenges ahead', true);
    assert.equal(partial?.speaker?.text, 'U.S. Secretary of State John Kerry');
    // `there were "..."` is the same statement: recorded once, as the direct quote.
    assert.equal(quoteStarting(quotes, 'there were', false), undefined);
    const urged = quoteStarting(quotes, 'to accept the terms', false);
    assert.equal(urged?.cue?.text, 'urged');
  });

  it('a stray opening mark before the real one is dropped', () => {
    const text =
      '"A Western diplomatic source said, "We did not get a deal on the immediate end of Russian bombings, but we have a commitment to a process."';
    const quotes = quotesOf(text).filter((q) => q.direct);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('We did not get a deal'));
    assert.equal(quotes[0].speaker?.text, 'A Western diplomatic source');
  });
});

describe('reported speech', () => {
  it('`CONTENT, X said on Tuesday`, the dateline left out', () => {
    const text =
      'WASHINGTON (Reuters) - The United States and the Taliban are close to concluding a deal that would reduce violence and pave the way for Afghans to sit down to negotiate a lasting peace, the US envoy to Afghanistan said on Tuesday, after the ninth round of negotiations ended in Doha.';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('The United States and the Taliban'));
    assert.ok(quotes[0].text.endsWith('negotiate a lasting peace'));
    assert.equal(quotes[0].direct, false);
    assert.equal(quotes[0].speaker?.text, 'the US envoy to Afghanistan');
  });

  it('`X said (that) ...` and `, adding that ...`', () => {
    const text =
      'Taliban spokesman Suhail Shahin said the agreement with Washington was coming soon, adding that the two sides were in the process of discussing the final touches on technical issues.';
    const quotes = quotesOf(text);
    assert.equal(quotes[0].text, 'the agreement with Washington was coming soon');
    assert.equal(quotes[0].speaker?.text, 'Taliban spokesman Suhail Shahin');
    assert.ok(quotes[1].text.startsWith('the two sides were'));
    assert.equal(quotes[1].cue?.text, 'adding');
    assert.equal(quotes[1].speaker?.how, 'inferred:clause-subject');
  });

  it('`X has said they will ...`', () => {
    const text =
      'Some Taliban officials have said they will agree to talks with Afghan officials only in their personal capacity, not as state representatives.';
    const [q] = quotesOf(text);
    assert.equal(q.speaker?.text, 'Some Taliban officials');
    assert.equal(q.cue?.text, 'said');
    assert.ok(q.text.startsWith('they will agree'));
  });

  it('`according to X` after and before the content', () => {
    const after = 'A plane was en route from Russia to Ukraine carrying Savchenko home, according to one of the sources.';
    const [a] = quotesOf(after);
    assert.equal(a.text, 'A plane was en route from Russia to Ukraine carrying Savchenko home');
    assert.equal(a.speaker?.text, 'one of the sources');
    assert.equal(a.cue?.text, 'according to');
    const before = 'According to the observatory, the explosions struck the pro-government neighborhood of al-Zahraa.';
    const [b] = quotesOf(before);
    assert.ok(b.text.startsWith('the explosions struck'));
    assert.equal(b.speaker?.text, 'the observatory');
  });

  it('`X told Reuters ...` is an interview; the outlet is not the speaker', () => {
    const text = 'De Mistura told Reuters the cessation accord could allow a resumption of negotiations.';
    const [q] = quotesOf(text);
    assert.equal(q.text, 'the cessation accord could allow a resumption of negotiations');
    assert.equal(q.speaker?.text, 'De Mistura');
    assert.equal(q.channel, 'interview');
  });

  it('`X said in a statement ...`, `X wrote on X ...`, `X warned that ...`, `X has said ...`', () => {
    const statement = quotesOf(
      "In a statement released in both Chinese and English, China's Foreign Ministry said the two countries had agreed in 1995 to settle disputes in the South China Sea.",
    );
    assert.equal(statement[0].speaker?.text, "China's Foreign Ministry");
    assert.equal(statement[0].channel, 'statement');
    const wrote = quotesOf('Araghchi wrote on social media platform X on Monday that he was in Geneva with real ideas.');
    assert.equal(wrote[0].cue?.text, 'wrote');
    assert.equal(wrote[0].channel, 'post');
    assert.ok(wrote[0].text.startsWith('he was in Geneva'));
    const warned = quotesOf(
      'Hassan Rouhani, the Iranian President, has warned the leaders of UAE and Bahrain that they will bear severe consequences of signing the pact.',
    );
    assert.equal(warned[0].speaker?.text, 'Hassan Rouhani');
    assert.ok(warned[0].text.startsWith('they will bear'));
    const said = quotesOf('Duterte has said he would not go to war against China and may hold bilateral talks.');
    assert.equal(said[0].speaker?.text, 'Duterte');
    assert.equal(said[0].text, 'he would not go to war against China and may hold bilateral talks');
  });
});

describe('speakers', () => {
  it('`he said` after two people were named: the nearest compatible one', () => {
    const text =
      'French Foreign Minister Laurent Fabius said the Geneva talks must ensure human rights are upheld.\n\nAgha said the opposition delegation would not call for a complete cessation of hostilities.\n\n"We want to show the world our seriousness," he told Reuters.';
    const q = quoteStarting(quotesOf(text), 'We want', true);
    assert.equal(q?.speaker?.text, 'he');
    assert.equal(speakerName(q), 'Agha');
  });

  it('`he` skips an organisation, `it` skips a person', () => {
    const text =
      'Taliban spokesman Suhail Shahin said the agreement was coming soon.\n\nThe Taliban refuse to enter into direct dialogue with the Afghan government.\n\n"The talks went well," he said.\n\nChina\'s ministry repeated that it would not accept any dispute settlement.\n\nU.S. Secretary of State John Kerry called for talks.\n\n"China urges the Philippines to return to the right path," it said.';
    const quotes = quotesOf(text);
    assert.equal(speakerName(quoteStarting(quotes, 'The talks went well')), 'Taliban spokesman Suhail Shahin');
    assert.equal(speakerName(quoteStarting(quotes, 'China urges')), "China's ministry");
  });

  it('a role noun is a speaker (`the spokesman`, `the ministry`)', () => {
    const text =
      'China and the Philippines have held many rounds of talks on the proper management of maritime disputes, the ministry said.';
    const [q] = quotesOf(text);
    assert.equal(q.speaker?.text, 'the ministry');
  });

  it('the actor id comes from the actors layer, through pronouns too', () => {
    const text =
      'WASHINGTON (Reuters) - The United States and the Taliban are close to concluding a deal, the US envoy to Afghanistan said on Tuesday.\n\nTaliban spokesman Suhail Shahin said the agreement with Washington was coming soon.\n\n"We are on the threshold of an agreement," Khalilzad said in a tweet on Twitter.\n\nSome Taliban officials have said they will agree to talks with Afghan officials.\n\n"It is a good deal," he said.';
    const actors = [
      actor(text, 'kb:ZALMAY_KHALILZAD', 'person', ['the US envoy to Afghanistan', 'Khalilzad']),
      actor(text, 'kb:USA', 'state', ['The United States', 'the US envoy']),
      actor(text, 'kb:SUHAIL_SHAHIN', 'person', ['Taliban spokesman Suhail Shahin']),
      actor(text, 'kb:TALIBAN', 'armed group', ['the Taliban', 'Taliban spokesman', 'Taliban officials']),
    ];
    const quotes = quotesOf(text, { actors });
    const ids = quotes.map((q) => [q.text.slice(0, 20), q.speaker?.actor ?? null, q.direct]);
    assert.deepEqual(ids, [
      ['The United States an', 'kb:ZALMAY_KHALILZAD', false],
      ['the agreement with W', 'kb:SUHAIL_SHAHIN', false],
      ['We are on the thresh', 'kb:ZALMAY_KHALILZAD', true],
      ['they will agree to t', 'kb:TALIBAN', false],
      ['It is a good deal', 'kb:ZALMAY_KHALILZAD', true],
    ]);
    assert.equal(quotes[2].channel, 'tweet');
    assert.equal(quotes[4].speaker?.how, 'inferred:pronoun');
  });

  it('works without the actors layer: actor null, speaker words from the text', () => {
    const [q] = quotesOf('"We are ready," Khalilzad said.');
    assert.equal(q.speaker?.actor, null);
    assert.equal(q.speaker?.text, 'Khalilzad');
  });
});

describe('more attribution shapes', () => {
  it("two-apostrophe marks used for both ends (''...'')", () => {
    const text = "''We are ready to talk,'' said Abbas Araghchi, Iran's foreign minister.";
    const [q] = quotesOf(text);
    assert.equal(q.text, 'We are ready to talk');
    assert.equal(q.speaker?.text, 'Abbas Araghchi');
  });

  it('a colon lead-in without a speech verb: the subject of its clause speaks', () => {
    const text =
      'When the talks collapsed in 2019, the Taliban issued the following statement:\n\n"We will continue our struggle until the occupation ends."';
    const q = quotesOf(text).find((x) => x.direct);
    assert.equal(q?.speaker?.text, 'the Taliban');
    assert.equal(q?.speaker?.how, 'inferred:lead-in');
    assert.equal(q?.channel, 'statement');
  });

  it('`X, who said ...` and `X went on to say ...`', () => {
    const who = quotesOf('The talks were hosted by Qatar\'s foreign minister, who said the parties were "very close" to a deal.');
    assert.equal(quoteStarting(who, 'very close')?.speaker?.text, "Qatar's foreign minister");
    const went = quotesOf('Khalilzad went on to say, "We are on the threshold of an agreement."');
    assert.equal(went[0].speaker?.text, 'Khalilzad');
  });

  it('a time between the speaker and the cue is no part of the speaker', () => {
    const [q] = quotesOf('China on Wednesday said the Philippines has ignored a proposal for a regular talks mechanism.');
    assert.equal(q.speaker?.text, 'China');
  });

  it('`says a senior official speaking on condition of anonymity`: the participle is left out', () => {
    const [q] = quotesOf('A senior official speaking on condition of anonymity said the talks had stalled over prisoner releases.');
    assert.equal(q.speaker?.text, 'A senior official');
  });
});
