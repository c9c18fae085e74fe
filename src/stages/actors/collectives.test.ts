/** Collective and unnamed parties the gold treats as actors. Sentences from corpus 003, 004 and 010, quoted and shortened. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorAt, actorsOf } from '../../../test/actors.js';

describe('actors: demonym + plural role noun', () => {
  const text = 'US representatives also met with British, French, German, Italian and Swiss representatives before the talks in Geneva.';
  const actors = actorsOf(text, '2025-11-28');

  it('reads `US representatives` as the United States', () => {
    assert.equal(actorAt(actors, text, 'US representatives')?.id, 'kb:USA');
  });

  it('gives each demonym of a chain its own country, each mention its own word', () => {
    for (const [w, id] of [['British', 'kb:GBR'], ['French', 'kb:FRA'], ['German', 'kb:DEU'], ['Italian', 'kb:ITA'], ['Swiss', 'kb:CHE']]) {
      assert.equal(actorAt(actors, text, w)?.id, id, w);
    }
    const gbr = actors.find((a) => a.id === 'kb:GBR')!;
    assert.deepEqual(gbr.mentions.map((m) => m.text), ['British']);
  });

  it('makes no actor of a plain `representatives` or a demonym before a thing', () => {
    const t = 'Representatives of the families met the mayor. Swiss banks were closed.';
    assert.deepEqual(actorsOf(t, '2025-11-28').map((a) => a.id), []);
  });
});

describe('actors: legislators of a country', () => {
  it('makes `US senators` a collective actor of the United States, not the state', () => {
    const text = 'US senators visiting Odesa last week agreed with him, saying they want their government to put more pressure on Russia.';
    const actors = actorsOf(text, '2025-11-28');
    assert.equal(actorAt(actors, text, 'US senators')?.id, 'new:USA_SENATORS');
    const a = actors.find((x) => x.id === 'new:USA_SENATORS')!;
    assert.equal(a.country, 'USA');
    assert.equal(a.mentions[0].how, 'inferred:demonym-legislators');
  });

  it('leaves `senators said` without a country, and a demonym before another noun, alone', () => {
    const text = 'Senators said the bill would pass. Iranian lawyers met the court.';
    const actors = actorsOf(text, '2025-11-28');
    assert.equal(actorAt(actors, text, 'Senators'), null);
    assert.equal(actorAt(actors, text, 'Iranian lawyers'), null);
  });
});

describe('actors: the opposition of a country', () => {
  it('reads `Syria\'s main opposition group` as the opposition body the story names', () => {
    const text = "A delegation from Syria's main opposition group flew to Geneva on Saturday. The High Negotiations Committee said it wants a stop to bombing.";
    assert.equal(actorAt(actorsOf(text, '2016-01-30'), text, "Syria's main opposition group")?.id, 'kb:SYR_OPP_HNC');
  });

  it('reads `the main rebel coalition in Syria` the same way', () => {
    const text = 'The main rebel coalition in Syria has said it is willing to accept a temporary truce. The High Negotiations Committee met in Riyadh.';
    assert.equal(actorAt(actorsOf(text, '2016-02-20'), text, 'The main rebel coalition in Syria')?.id, 'kb:SYR_OPP_HNC');
  });

  it('falls back on the KB\'s Syrian opposition when no body is named', () => {
    const text = "A delegation from Syria's main opposition group flew to Geneva on Saturday.";
    assert.equal(actorAt(actorsOf(text, '2016-01-30'), text, "Syria's main opposition group")?.id, 'kb:SYR_OPP');
  });

  it('reads `against the opposition` after `Syrian government forces` as the Syrian opposition', () => {
    const text = "Islamic State militants took the town last week. Russian air strikes supported Syrian government forces' advance against the opposition.";
    assert.equal(actorAt(actorsOf(text, '2016-02-12'), text, 'the opposition')?.id, 'kb:SYR_OPP');
  });

  it('leaves the opposition of a country the KB has no opposition for, or with no government at hand, alone', () => {
    const t1 = "The Turkish government rejected the plan. The opposition called it a mistake.";
    assert.equal(actorAt(actorsOf(t1, '2016-02-12'), t1, 'The opposition'), null);
    const t2 = 'The vote was close. The opposition called it a mistake.';
    assert.equal(actorAt(actorsOf(t2, '2016-02-12'), t2, 'The opposition'), null);
    const t3 = "Turkey's main opposition party rejected the plan.";
    assert.equal(actorAt(actorsOf(t3, '2016-02-12'), t3, 'main opposition party'), null);
  });

  it('does not take an armed group that is no opposition (Nusra Front) for the main opposition group', () => {
    const text = "Nusra Front fighters attacked the town. A delegation from Syria's main opposition group flew to Geneva.";
    assert.notEqual(actorAt(actorsOf(text, '2016-01-30'), text, "Syria's main opposition group")?.id, 'kb:NUSRA_FRONT');
  });
});

describe('actors: collectives of the KB', () => {
  it('reads `European leaders` as Europe and `Western leaders` as the West', () => {
    const text = 'European leaders met in Brussels on Monday. Western leaders condemned the attack.';
    const actors = actorsOf(text, '2016-02-12');
    assert.equal(actorAt(actors, text, 'European leaders')?.id, 'kb:EUROPE');
    assert.equal(actorAt(actors, text, 'Western leaders')?.id, 'kb:WEST');
  });

  it('keeps the European Union itself, and makes no actor of a western region', () => {
    const text = 'The European Union imposed sanctions. Fighting spread in western Ukraine.';
    const actors = actorsOf(text, '2016-02-12');
    assert.equal(actorAt(actors, text, 'European Union')?.id, 'kb:EU');
    assert.notEqual(actorAt(actors, text, 'western')?.id, 'kb:WEST');
  });
});

describe('actors: the regime, government forces', () => {
  it('reads `the regime` and bare `government forces` as the government fighting the opposition the story names', () => {
    const text = 'Syrian rebels accepted the truce, the Syrian government said. "Russia and the regime will target the areas," he said. Russia helped advances by government forces.';
    const actors = actorsOf(text, '2016-02-22');
    assert.equal(actorAt(actors, text, 'the regime')?.id, 'kb:SYR_GOV');
    assert.equal(actorAt(actors, text, 'government forces')?.id, 'kb:SYR_GOV');
  });

  it('leaves them alone with no opposition in the story, and `pro-government forces` always', () => {
    const t1 = 'Islamic State militants took the town. Later government forces advanced, and the regime said it would hold it.';
    const a1 = actorsOf(t1, '2016-02-22');
    assert.equal(actorAt(a1, t1, 'the regime'), null);
    assert.equal(actorAt(a1, t1, 'government forces'), null);
    const t2 = 'Syrian rebels and the Syrian government met. Pro-government forces advanced.';
    assert.notEqual(actorAt(actorsOf(t2, '2016-02-22'), t2, 'government forces')?.id, 'kb:SYR_GOV');
  });
});

describe('actors: opposition forces, rebel officials', () => {
  const text = 'Syrian rebels accepted the truce, the Syrian government said. But rebel officials said it was impossible to pinpoint positions. Armed opposition forces held the town.';

  it('reads `rebel officials` and `armed opposition forces` as the opposition of the country at war', () => {
    const actors = actorsOf(text, '2016-02-22');
    assert.equal(actorAt(actors, text, 'rebel officials')?.id, 'kb:SYR_OPP');
    assert.equal(actorAt(actors, text, 'opposition forces')?.id, 'kb:SYR_OPP');
  });

  it('leaves another country\'s rebels, and rebels with no war in the story, alone', () => {
    const t1 = 'Syrian rebels accepted the truce, the Syrian government said. Libyan rebel forces took the port.';
    assert.notEqual(actorAt(actorsOf(t1, '2016-02-22'), t1, 'rebel forces')?.id, 'kb:SYR_OPP');
    const t2 = 'The talks resumed on Monday. Rebel officials said they would attend.';
    assert.equal(actorAt(actorsOf(t2, '2016-02-22'), t2, 'Rebel officials'), null);
  });
});

describe('actors: unnamed individuals who speak for no party', () => {
  const text = 'A former Philippine foreign minister and a U.S. security expert said on Tuesday Philippine President-elect Rodrigo Duterte should not hold talks.';

  it('makes each an actor of its own, not the Philippines or the United States', () => {
    const actors = actorsOf(text, '2016-06-01');
    const fm = actorAt(actors, text, 'A former Philippine foreign minister');
    const ex = actorAt(actors, text, 'a U.S. security expert');
    assert.equal(fm?.id, 'new:FORMER_PHL_FOREIGN_MINISTER');
    assert.equal(ex?.id, 'new:USA_SECURITY_EXPERT');
    assert.equal(actors.find((a) => a.id === ex?.id)?.type, 'person');
  });

  it('leaves a named person, a serving official and a demonym before a thing to the other rules', () => {
    const t = 'A former US envoy, Zalmay Khalilzad, met them. A Philippine foreign ministry official said so. A U.S. security guarantee was offered.';
    const actors = actorsOf(t, '2020-06-01');
    assert.ok(!actors.some((a) => a.id.startsWith('new:FORMER_') || a.id === 'new:USA_SECURITY_EXPERT'), actors.map((a) => a.id).join());
  });
});

describe('actors: a country\'s media', () => {
  it('makes `Russian media reports` and `Iranian state media` sources of their own', () => {
    const text = 'The envoys had already secured visas, according to Russian media reports. Iranian state media said the talks went well.';
    const actors = actorsOf(text, '2025-04-10');
    assert.equal(actorAt(actors, text, 'Russian media')?.id, 'new:RUS_MEDIA');
    assert.equal(actorAt(actors, text, 'Iranian state media')?.id, 'new:IRN_STATE_MEDIA');
    assert.equal(actors.find((a) => a.id === 'new:RUS_MEDIA')?.type, 'media');
  });

  it('makes no actor of media with no country, or of a demonym before `mediation`', () => {
    const text = 'Local media said the road was closed. Qatari mediation continued.';
    const actors = actorsOf(text, '2025-04-10');
    assert.equal(actorAt(actors, text, 'Local media'), null);
    assert.ok(!actors.some((a) => a.id.endsWith('_MEDIA')));
  });
});

describe('actors: all participants', () => {
  it('is the collective just named (shared/corpus 004)', () => {
    const text = 'Major powers agreed on Friday to implement a cessation of hostilities in Syria, officials said. He said all participants had agreed that peace negotiations should resume.';
    assert.equal(actorAt(actorsOf(text, '2016-02-12'), text, 'all participants')?.id, 'kb:MAJOR_POWERS');
  });

  it('is no one without a collective, or as participants of something', () => {
    const t1 = 'Russia and the United States met in Munich. He said all participants had agreed.';
    assert.equal(actorAt(actorsOf(t1, '2016-02-12'), t1, 'all participants'), null);
    const t2 = 'Major powers agreed on Friday. All participants in the march were arrested.';
    assert.equal(actorAt(actorsOf(t2, '2016-02-12'), t2, 'All participants'), null);
  });
});

describe('actors: a war monitor', () => {
  it('is an unnamed monitor of its own, or the Observatory when the story names it', () => {
    const t1 = 'Russian air strikes on Syria have killed nearly 1,400 civilians, a group monitoring the war said on Saturday.';
    assert.equal(actorAt(actorsOf(t1, '2016-01-30'), t1, 'a group monitoring the war')?.id, 'new:WAR_MONITOR');
    const t2 = 'A human rights monitor says the death toll rose to 46. The Syrian Observatory for Human Rights said more were wounded.';
    assert.equal(actorAt(actorsOf(t2, '2016-02-22'), t2, 'A human rights monitor')?.id, 'kb:SOHR');
  });

  it('is no one for a monitor of something else, or monitoring as a verb', () => {
    const t = 'A heart monitor beeped. The group monitoring the election said turnout was high. Rebels were monitoring the war closely.';
    assert.ok(!actorsOf(t, '2016-02-22').some((a) => a.id === 'new:WAR_MONITOR'));
  });
});

describe('actors: emergency services as a source', () => {
  it('is a source of its own when it speaks (shared/corpus 009)', () => {
    const t = 'At least two people received non-life-threatening injuries, emergency services said.';
    assert.equal(actorAt(actorsOf(t, '2020-09-16'), t, 'emergency services')?.id, 'new:EMERGENCY_SERVICES');
  });

  it('is no one when it does not speak', () => {
    const t = 'The emergency services were stretched after the blast. Emergency services vehicles arrived.';
    assert.ok(!actorsOf(t, '2020-09-16').some((a) => a.id === 'new:EMERGENCY_SERVICES'));
  });
});
