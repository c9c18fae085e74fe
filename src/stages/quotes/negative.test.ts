/** What the quotes stage must not produce. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { block, quotesOf } from './test-helpers.js';

describe('not quotes', () => {
  it('what commentators who are no party believe is context, not a quote; a named one still speaks', () => {
    assert.deepEqual(quotesOf('Russia seized all of Luhansk, but analysts believe it is doubtful that it could take the remainder of Donetsk.'), []);
    assert.deepEqual(quotesOf('Two-thirds of respondents also said they did not believe the negotiations would lead to lasting peace.'), []);
    assert.deepEqual(quotesOf('Those numbers would rise in the event of a major assault on Donetsk, experts say.'), []);
    const named = quotesOf('The talks will fail, said Jane Doe, an analyst at the International Crisis Group.');
    assert.equal(named.length, 1);
    assert.equal(named[0].speaker?.text, 'Jane Doe');
  });

  it('a scare-quoted single word attributed to nobody is nobody\'s quote', () => {
    assert.deepEqual(quotesOf('Rebel group \'willing\'\n\nThe opposition met in Riyadh.'), []);
    assert.deepEqual(quotesOf('Talks on the "roadmap" resumed in Doha on Monday.'), []);
  });

  it('a nickname inside a name is no quote', () => {
    const quotes = quotesOf('Russia has been trying to replace Starlink, reported Ukrainian Defence Ministry adviser Serhiy “Flash” Beskrestnov.');
    assert.equal(quotes.filter((q) => q.direct).length, 0);
  });

  it('a book, film or show title in quotes is no quote', () => {
    assert.deepEqual(quotesOf('Trump wrote the book "The Art of the Deal" in 1987.'), []);
    assert.deepEqual(quotesOf('He appeared on NBC\'s "Meet the Press" on Sunday.'), []);
    const withSpeaker = quotesOf('Kerry said on CBS\'s "Face the Nation" that a deal was close.');
    assert.equal(withSpeaker.filter((q) => q.direct).length, 0);
  });

  it('`"the movement"` as a name for a group is no quote', () => {
    assert.deepEqual(
      quotesOf('While "the movement" focuses on ensuring the withdrawal of all US-led foreign forces, the Taliban refuse direct dialogue.').filter((q) => q.direct),
      [],
    );
    assert.deepEqual(quotesOf('The Taliban, known as "the movement" to their fighters, refuse direct dialogue.').filter((q) => q.direct), []);
  });

  it('a thing named in quotes is not the speaker (`a class called "Perception"`)', () => {
    const quotes = quotesOf('Carson shared a syllabus for a 2002 psychology class called "Perception" on his Facebook page.');
    assert.ok(quotes.every((q) => q.speaker === null || !q.speaker.text.includes('class')));
  });

  it('apostrophes are not quotation marks', () => {
    const text =
      "British Foreign Secretary Philip Hammond said ending fighting could only succeed if Russia stopped air strikes supporting Syrian government forces' advance against the opposition. It's not based on knowledge.";
    assert.equal(quotesOf(text).filter((q) => q.direct).length, 0);
  });

  it('`said` inside a quotation is no cue', () => {
    const text = '"I never said I was going to pay for fees," Trump told the crowd.';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker?.text, 'Trump');
  });

  it('a caption is not the article speaking (blocks layer)', () => {
    const text =
      "Donald Trump has insisted that negotiations are ongoing and that two of them are 'ready to try'\n\nTrump said that two of them 'are ready to try'.";
    const blocks = [block(text, 'caption', "Donald Trump has insisted that negotiations are ongoing and that two of them are 'ready to try'")];
    const quotes = quotesOf(text, { blocks });
    assert.ok(quotes.length > 0);
    assert.ok(quotes.every((q) => q.start > blocks[0].end));
  });

  it('the dateline is never part of what was said', () => {
    const text = 'KABUL (Reuters) - The talks will resume next week, a Taliban spokesman said.';
    const [q] = quotesOf(text);
    assert.equal(q.text, 'The talks will resume next week');
  });

  it('a sentence with a speech verb but nothing said gives no quote', () => {
    assert.deepEqual(quotesOf('The Philippines Foreign Ministry declined to comment.'), []);
    assert.deepEqual(quotesOf('The protesters said nothing.'), []);
    assert.deepEqual(quotesOf('The deal is said to be close.'), []);
  });

  it('the object of `called` is not an inverted speaker', () => {
    const text = 'Still, Petrilli, who thinks the administration made a power grab, called the new law “much, much better” than the old one.';
    const q = quotesOf(text).find((x) => x.direct);
    assert.equal(q?.speaker?.text, 'Petrilli');
  });

  it('what follows `he said,` after a quotation is not more reported words', () => {
    const text =
      "Trump spoke to reporters.\n\n'You're going to have a whole level of peace in the Middle East,' he said on Wednesday, a day after hosting the leaders of Israel, Bahrain and the UAE in Washington.";
    const quotes = quotesOf(text);
    assert.deepEqual(quotes.map((q) => q.direct), [true]);
  });
});
