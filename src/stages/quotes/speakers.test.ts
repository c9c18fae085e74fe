/**
 * Who speaks, in the harder shapes wire copy uses: a participle hanging on reported words, the
 * head of a speaker phrase deciding its actor, a listener that is a news outlet. Real sentences
 * from the corpus articles; each with the near miss it must not turn into.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actor, quoteStarting, quotesOf, speakerName } from './test-helpers.js';

describe('a participle hanging on reported words', () => {
  it('`He said Kerry gave assurances, saying ...`: Kerry says it, not he', () => {
    const text =
      "He said U.S. Secretary of State John Kerry gave assurances by phone to the HNC's leadership, saying Washington supported a UN-backed political transition period without Assad.";
    const q = quoteStarting(quotesOf(text), 'Washington supported');
    assert.equal(speakerName(q), 'U.S. Secretary of State John Kerry');
    assert.equal(q?.speaker?.how, 'inferred:clause-subject');
  });

  it('but `, adding that` goes on with the main speaker', () => {
    const text = 'Zoubi said Kerry welcomed the proposal, adding that the opposition would not negotiate before the sieges were lifted.';
    assert.equal(speakerName(quoteStarting(quotesOf(text), 'the opposition would')), 'Zoubi');
  });

  it('and a reported clause whose subject is no speaker leaves the main speaker', () => {
    const text = 'Zoubi said the truce had collapsed, saying the regime kept bombing the towns.';
    assert.equal(speakerName(quoteStarting(quotesOf(text), 'the regime kept')), 'Zoubi');
  });
});

describe('the head of the speaker phrase decides the actor', () => {
  it('a name the actors layer did not resolve is not the state named before it', () => {
    const text = '“Our goal is to have at least 50,000 confirmed enemy losses every month,” said Ukrainian Minister of Defence Mykhailo Fedorov on February 3.';
    const actors = [actor(text, 'kb:UKR', 'state', ['Ukrainian'])];
    const q = quoteStarting(quotesOf(text, { actors }), 'Our goal');
    assert.equal(q?.speaker?.text, 'Ukrainian Minister of Defence Mykhailo Fedorov');
    assert.equal(q?.speaker?.actor, null);
  });

  it('a ministry is not its state', () => {
    const text = "China's ministry repeated that it would not accept any dispute settlement being imposed on it.";
    const actors = [actor(text, 'kb:CHN', 'state', ['China'])];
    const q = quoteStarting(quotesOf(text, { actors }), 'it would not accept');
    assert.equal(q?.speaker?.text, "China's ministry");
    assert.equal(q?.speaker?.actor, null);
  });

  it('an unnamed spokesman or officials speak for their party', () => {
    const text = "Iran's foreign ministry spokesman said the talks were useful. U.S. officials said the deal was close.";
    const actors = [actor(text, 'kb:IRN', 'state', ['Iran']), actor(text, 'kb:USA', 'state', ['U.S.'])];
    const quotes = quotesOf(text, { actors });
    assert.equal(quoteStarting(quotes, 'the talks')?.speaker?.actor, 'kb:IRN');
    assert.equal(quoteStarting(quotes, 'the deal')?.speaker?.actor, 'kb:USA');
  });

  it('a resolved name keeps its actor, and the government speaks for its state', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said Moscow backed the plan. The Syrian government said the truce was holding.';
    const actors = [
      actor(text, 'kb:RUS', 'state', ['Russian']),
      actor(text, 'kb:SERGEY_LAVROV', 'person', ['Sergei Lavrov']),
      actor(text, 'kb:SYR', 'state', ['Syrian']),
    ];
    const quotes = quotesOf(text, { actors });
    assert.equal(quoteStarting(quotes, 'Moscow backed')?.speaker?.actor, 'kb:SERGEY_LAVROV');
    assert.equal(quoteStarting(quotes, 'the truce')?.speaker?.actor, 'kb:SYR');
  });
});

describe('reported words after a listener or a gerund', () => {
  it('`he told the BBC Iran was ready ...`: the outlet ends the listener', () => {
    const text = 'On Sunday, he told the BBC Iran was ready to dilute its stockpile of highly enriched uranium in exchange for a lifting of sanctions.';
    const q = quoteStarting(quotesOf(text), 'Iran was ready', false);
    assert.ok(q);
    assert.ok(q.text.endsWith('a lifting of sanctions'));
    assert.equal(q.channel, 'interview');
  });

  it('`told Reuters news agency the plan ...`', () => {
    const q = quotesOf('Lavrov told Reuters news agency the plan was dead.')[0];
    assert.equal(q?.text, 'the plan was dead');
  });

  it('`said ending fighting could only succeed if ...`: a gerund subject', () => {
    const text =
      "British Foreign Secretary Philip Hammond said ending fighting could only succeed if Russia stopped air strikes supporting Syrian government forces' advance against the opposition.";
    const q = quoteStarting(quotesOf(text), 'ending fighting', false);
    assert.ok(q);
    assert.equal(q.speaker?.text, 'British Foreign Secretary Philip Hammond');
  });

  it('no content from a participle that is no clause (`said speaking to reporters`)', () => {
    assert.deepEqual(quotesOf('Kerry said speaking to reporters in Munich.').filter((q) => !q.direct), []);
  });
});

describe('a partial quote is not recorded twice', () => {
  it('`said it could "radically transform ..."`: the direct quote only', () => {
    const text = 'Putin discussed the accord by phone, and the Kremlin leader said it could "radically transform the crisis situation in Syria".';
    const quotes = quotesOf(text);
    assert.deepEqual(quotes.map((q) => [q.text, q.direct]), [['radically transform the crisis situation in Syria', true]]);
    assert.equal(quotes[0].speaker?.text, 'the Kremlin leader');
  });

  it('but reported words that only contain a short quote stay reported as well', () => {
    const text =
      'Kerry said the deal could "save lives" only if Russia stopped bombing rebel-held towns in the north of the country.';
    const quotes = quotesOf(text);
    assert.ok(quoteStarting(quotes, 'save lives', true));
    assert.ok(quoteStarting(quotes, 'the deal could', false));
  });
});

describe('subjects and adjuncts around the cue', () => {
  it('`X and Y both told Reuters ... they were ...`: a floating quantifier', () => {
    const text = 'Yerofeyev and Alexandrov both told Reuters in interviews last year they were Russian special forces soldiers.';
    const q = quoteStarting(quotesOf(text), 'they were', false);
    assert.equal(q?.speaker?.text, 'Yerofeyev and Alexandrov');
    assert.equal(q?.text, 'they were Russian special forces soldiers');
  });

  it('`Moscow, which denies it had troops ..., has never ...`: the relative clause ends at its comma', () => {
    const text = 'But Moscow, which denies it had troops in eastern Ukraine, has never publicly acknowledged that the two men were acting on its orders.';
    const q = quoteStarting(quotesOf(text), 'it had troops', false);
    assert.equal(q?.text, 'it had troops in eastern Ukraine');
    assert.equal(q?.speaker?.text, 'Moscow');
  });

  it('a `which` that is no relative after a comma names nobody', () => {
    assert.equal(quotesOf('Which said the talks were over?').length, 0);
  });

  it('`said on Tuesday Philippine President-elect Rodrigo Duterte should ...`: the weekday ends the adjunct', () => {
    const text =
      'A former Philippine foreign minister and a U.S. security expert said on Tuesday Philippine President-elect Rodrigo Duterte should not hold unconditional bilateral talks with China.';
    const q = quoteStarting(quotesOf(text), 'Philippine President-elect', false);
    assert.ok(q?.text.endsWith('talks with China'));
  });

  it('but `in a Wednesday evening video address` stays an adjunct, not reported words', () => {
    const text = 'Zelenskyy told Ukrainians in a Wednesday evening video address.';
    assert.deepEqual(quotesOf(text), []);
  });
});

describe('speakers named by their role alone', () => {
  it('`the judge said ...`, `the campaign told USA TODAY`', () => {
    const judge = quotesOf('Significantly, the judge said he could not require me to pay restitution since my offense had not harmed anybody.');
    assert.equal(quoteStarting(judge, 'he could not')?.speaker?.text, 'the judge');
    const campaign = quotesOf("Alzheimer's is the only disease in America's top 10 that cannot be cured, prevented or even slowed, the campaign told USA TODAY.");
    assert.equal(campaign[0]?.speaker?.text, 'the campaign');
  });

  it('`a person familiar with the matter said ...`, the stock anonymous source of wire copy', () => {
    const [q] = quotesOf('A person familiar with the matter said the talks had stalled over the prisoner list.');
    assert.equal(q?.speaker?.text, 'A person');
    assert.equal(q?.text, 'the talks had stalled over the prisoner list');
  });

  it('but a noun that names no speaker still does not speak (`the plan says`)', () => {
    assert.deepEqual(quotesOf('The plan says the troops will leave by May.'), []);
  });
});

describe('what stands between the cue and the reported words', () => {
  it('`said this would provide cover ...`: `this` opens the reported words', () => {
    const text =
      'Bashar al-Zoubi, head of the Yarmouk Army, part of the rebel Free Syrian Army, said this would provide cover for President Bashar al-Assad and his Russian allies to continue to attack opposition-held territory.';
    const q = quoteStarting(quotesOf(text), 'this would provide', false);
    assert.ok(q);
    assert.equal(q.speaker?.text, 'Bashar al-Zoubi');
  });

  it('but `said this week` and `said last month` are times, left out', () => {
    assert.equal(quotesOf('Zoubi said this week that the talks had failed.')[0]?.text, 'the talks had failed');
    assert.equal(quotesOf('Zoubi said last month the talks had failed.')[0]?.text, 'the talks had failed');
  });

  it('`CONTENT, estimated Ukraine’s General Staff – an aside`: a dash ends the inverted speaker', () => {
    const text = 'It also suffered 31,680 casualties in January, estimated Ukraine’s General Staff – a sustainable number given Russian recruitment levels.';
    const [q] = quotesOf(text);
    assert.equal(q?.text, 'It also suffered 31,680 casualties in January');
    assert.equal(q?.speaker?.text, 'Ukraine’s General Staff');
  });
});

describe('a partial quote inside a `that` clause', () => {
  it('`X joked that he appreciates a good, "peaceful protest ..."`: X', () => {
    const text = 'Kasich joked that he appreciates a good, “peaceful protest every once in a while.”';
    const q = quoteStarting(quotesOf(text), 'peaceful protest', true);
    assert.equal(q?.speaker?.text, 'Kasich');
  });

  it('but a quote after a second clause joined by `and` is not given the first speaker', () => {
    const text = 'Kasich joked that he liked protests, and the crowd began to chant "four more years."';
    const q = quoteStarting(quotesOf(text), 'four more years', true);
    assert.notEqual(q?.speaker?.text, 'Kasich');
  });
});

describe('a role noun the tagger reads as a verb', () => {
  it('`A human rights monitor says ...`', () => {
    const text = 'A human rights monitor says the death toll from double blasts in Homs killed 46 people with dozens more wounded.';
    const [q] = quotesOf(text);
    assert.equal(q?.speaker?.text, 'A human rights monitor');
    assert.ok(q?.text.startsWith('the death toll'));
  });

  it('but the verb `monitor` after a plural subject stays a verb', () => {
    const quotes = quotesOf('Rights groups monitor the vote and say it was rigged.');
    assert.ok(quotes.every((q) => q.speaker?.text !== 'Rights groups monitor'));
  });
});

describe('a speaker with a participle after it', () => {
  it('`CONTENT, a group monitoring the war said on Saturday`: the group, whatever the tagger calls `monitoring`', () => {
    const text =
      'Russian air strikes on Syria have killed nearly 1,400 civilians since Moscow started its aerial campaign nearly four months ago, a group monitoring the war said on Saturday.';
    const [q] = quotesOf(text);
    assert.equal(q?.speaker?.text, 'a group');
    assert.ok(q?.text.startsWith('Russian air strikes'));
  });

  it('but `the war said` is never the speaker', () => {
    const quotes = quotesOf('Syrian government forces have recaptured the town, a group monitoring the war said.');
    assert.ok(quotes.every((q) => q.speaker?.text !== 'the war'));
  });
});

describe('a finite verb is not a participle modifier', () => {
  it('`Trump praised Lavrov who said ...`: Lavrov says it', () => {
    const q = quoteStarting(quotesOf('Trump praised Lavrov who said the talks were good.'), 'the talks');
    assert.equal(speakerName(q), 'Lavrov');
  });

  it('but `people briefed on the talks said` is still the people', () => {
    const q = quoteStarting(quotesOf('People briefed on the talks said the deal was close.'), 'the deal');
    assert.equal(q?.speaker?.text, 'People');
  });

  it('`X emailed supporters saying ...`: the sender speaks, not the object', () => {
    const q = quoteStarting(quotesOf('The Vermont senator emailed supporters saying the struggle continues.'), 'the struggle', false);
    assert.equal(q?.speaker?.text, 'The Vermont senator');
    const tweets = quoteStarting(quotesOf('Trump unleashed a series of tweets early Friday saying that rivals were weak.'), 'rivals', false);
    assert.equal(tweets?.speaker?.text, 'Trump');
  });

  it('but a named person before `asking` is the one asking', () => {
    const text = 'The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”';
    const q = quoteStarting(quotesOf(text), 'Why', true);
    assert.ok(q?.speaker?.text.endsWith('Hillary Clinton'));
  });
});
