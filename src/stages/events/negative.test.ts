/** What the events stage must not report: hypotheticals as facts, negations as their opposite, denials, captions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor, type ActorSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

const USA: ActorSpec = { id: 'kb:USA', surfaces: ['The United States', 'Washington'] };
const TALIBAN: ActorSpec = { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['the Taliban', 'the movement'] };
const AFG_FORCES: ActorSpec = { id: 'kb:AFG_SECURITY_FORCES', type: 'military', surfaces: ['the Afghan security forces'] };

function events(text: string, actors: ActorSpec[], blocks: { surface: string; kind: 'caption' }[] = []) {
  return eventsStage.run(docFor(text, { actors, blocks })).events ?? [];
}

describe('events: negative cases', () => {
  describe('a phrasing that names something else by what follows it', () => {
    const TRUMP: ActorSpec = { id: 'kb:DONALD_TRUMP', surfaces: ['Donald Trump'], affiliation: 'kb:USA' };
    const RUS: ActorSpec = { id: 'kb:RUS', surfaces: ['Russia', 'Russian'] };
    const UKR: ActorSpec = { id: 'kb:UKR', surfaces: ['Ukraine', 'Ukrainian'] };
    const none: [string, ActorSpec[]][] = [
      // words, not force
      ['Rival Donald Trump attacked Machado in early-morning tweets.', [TRUMP, { id: 'new:MACHADO', type: 'person', surfaces: ['Machado'] }]],
      // a threshold is met, not a party
      ["Stein did not meet the Commission on Presidential Debates' 15 percent polling threshold.", [{ id: 'kb:JILL_STEIN', surfaces: ['Stein'], affiliation: 'kb:GRN' }]],
      // a law signed is no agreement between parties
      ['Since the very first day the president signed this bill into law, he acknowledged an openness to working with Congress.', [{ id: 'kb:BARACK_OBAMA', surfaces: ['the president'], affiliation: 'kb:USA' }]],
      // a policy attacked, an argument seized on
      ['Donald Trump has attacked loopholes that benefit others.', [TRUMP]],
      ['Russia seized on the remarks as proof of Western hostility.', [RUS]],
      // `a negotiated settlement` sought is no negotiation held
      ['Collins had broken with his comrades when he sought a negotiated settlement with Russia.', [RUS]],
      // `deal` as a verb after a modal is no agreement
      ['Russia said it hoped to sign a document with Ukraine later in the day which would deal with the political settlement.', [RUS, UKR]],
      // a question, and a wh-clause, ask nobody for anything
      ['"How many times do we have to see this in our country?" Donald Trump said.', [TRUMP]],
    ];
    for (const [sentence, actors] of none) {
      it(sentence, () => assert.deepEqual(events(sentence, actors).map((e) => e.type), []));
    }
    it('the victim of a passive is no attacker: `was shot and killed by`', () => {
      const out = events('A Ukrainian commander was shot and killed by Russian troops near Bakhmut.', [RUS, UKR]);
      assert.deepEqual(out.map((e) => [e.type, e.source, e.target]), [['ASSAULT', ['kb:RUS'], ['kb:UKR']]]);
      const unnamed = events('Crutcher, 40, was shot and killed by a white officer after his vehicle stalled.', [{ id: 'new:CRUTCHER', type: 'person', surfaces: ['Crutcher'] }]);
      assert.deepEqual(unnamed.map((e) => [e.type, e.source]), []);
    });

    it('`struck a military deal` is an agreement, by the subject, not by the actor of a relative clause set off by commas', () => {
      const ISR: ActorSpec = { id: 'kb:ISR', surfaces: ['Israel'] };
      const out = events('Russia, whom Ukraine asked to stop, struck a military deal with Israel last week.', [RUS, UKR, ISR]);
      assert.deepEqual(out.filter((e) => e.type === 'AGREE').map((e) => [...e.source, ...e.target]), [['kb:RUS', 'kb:ISR']]);
      assert.deepEqual(events('Russia, which backs Hamas, attacked Ukraine.', [RUS, UKR, { id: 'kb:HAMAS', type: 'armed group', surfaces: ['Hamas'] }]).map((e) => [e.type, e.source, e.target]), [['ASSAULT', ['kb:RUS'], ['kb:UKR']]]);
    });

    it('`attacks on` is a noun: its attacker is the one named before it, not the subject of the sentence', () => {
      const USA: ActorSpec = { id: 'kb:USA', surfaces: ['U.S.'] };
      const IRQ: ActorSpec = { id: 'kb:IRQ', surfaces: ['Iraqi'] };
      const out = events('Clinton ordered U.S. forces to go on high alert in response to Iraqi attacks on Kurdish dissidents.', [USA, IRQ]);
      assert.deepEqual(out.filter((e) => e.type === 'ASSAULT').map((e) => e.source), [['kb:IRQ']]);
    });

    it('the same verbs still code force, meetings and deals', () => {
      assert.deepEqual(events('Russian forces attacked Ukrainian positions on the front line with drones.', [RUS, UKR]).map((e) => e.type), ['ASSAULT']);
      assert.deepEqual(events('Russian forces seized the port of Mariupol.', [RUS]).map((e) => e.type), ['COERCE']);
      assert.deepEqual(events('Russian and Ukrainian negotiators met in Istanbul on Monday.', [RUS, UKR]).map((e) => e.type), ['CONSULT']);
      assert.deepEqual(events('Russia and Ukraine signed a grain deal in Istanbul.', [RUS, UKR]).map((e) => e.type), ['AGREE']);
    });
  });

  it('`a deal that would reduce violence` is no de-escalation that happened', () => {
    const out = events('The United States and the Taliban are close to concluding a deal that would reduce violence.', [USA, TALIBAN]);
    assert.deepEqual(out.map((e) => e.type), ['AGREE']);
    assert.equal(out[0].status, 'near');
  });

  it('`will not end the fighting` is not a ceasefire, and invents no fighting either', () => {
    const out = events(
      'The expected agreement between the Taliban and Washington will not end the fighting between the movement and the Afghan security forces.',
      [USA, TALIBAN, AFG_FORCES],
    );
    assert.ok(!out.some((e) => e.type === 'RETREAT' || e.type === 'ASSAULT'), JSON.stringify(out));
    assert.ok(out.every((e) => e.status !== 'occurred'), 'the agreement is only expected');
  });

  it('`talks about talks` is not an agreement', () => {
    const out = events('The United States and the Taliban held talks about talks in Doha.', [USA, TALIBAN]);
    assert.ok(!out.some((e) => e.type === 'AGREE'), JSON.stringify(out));
    assert.ok(out.some((e) => e.type === 'CONSULT'));
  });

  it('an infinitive is no happening: `pave the way for Afghans to sit down to negotiate`', () => {
    const out = events('The deal would pave the way for the Taliban to sit down to negotiate a lasting peace.', [TALIBAN]);
    assert.deepEqual(out, []);
  });

  it('a conditional offer is no agreement that happened: `will agree to talks ... only in their personal capacity`', () => {
    const out = events(
      'Some Taliban officials have said they will agree to talks with Afghan officials only in their personal capacity.',
      [{ id: 'kb:TALIBAN', type: 'armed group', surfaces: ['Some Taliban officials'] }, { id: 'kb:AFG_GOV', type: 'government', surfaces: ['Afghan officials'] }],
    );
    assert.ok(!out.some((e) => e.status === 'occurred' || e.status === 'expected'), JSON.stringify(out));
  });

  it('a denial is not an event: `Russia and Syria deny targeting civilians`', () => {
    const out = events('Russia and Syria deny targeting civilians, saying they take great care to avoid bombing residential areas.', [
      { id: 'kb:RUS', surfaces: ['Russia'] },
      { id: 'kb:SYR', surfaces: ['Syria'] },
    ]);
    assert.ok(!out.some((e) => e.type === 'ASSAULT'), JSON.stringify(out));
  });

  it('a refusal to talk is a position, not a meeting: `the Taliban refuse to enter into direct dialogue`', () => {
    const out = events('The Taliban refuse to enter into direct dialogue with the Afghan government until after the agreement with Washington is signed.', [
      { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['The Taliban'] },
      { id: 'kb:AFG_GOV', type: 'government', surfaces: ['the Afghan government'] },
      USA,
    ]);
    assert.ok(!out.some((e) => e.type === 'CONSULT'), JSON.stringify(out));
    assert.ok(!out.some((e) => e.type === 'AGREE' && e.status === 'occurred'), 'the agreement is not signed yet');
  });

  it('no event from a photo caption', () => {
    const caption = 'US Navy prepares for training with Afghan forces in southern Helmand province (Reuters)';
    const text = `The Taliban met US officials in Doha.\n\n${caption}\n\nThe talks ended.`;
    const out = events(text, [{ id: 'kb:USA', surfaces: ['US Navy', 'US officials'] }, { id: 'kb:TALIBAN', surfaces: ['The Taliban'] }], [{ surface: caption, kind: 'caption' }]);
    const at = text.indexOf(caption);
    assert.ok(out.every((e) => e.evidence.end <= at || e.evidence.start >= at + caption.length), JSON.stringify(out));
  });

  it('a statement released is no prisoner release', () => {
    const out = events('In a statement released by UNITA\'s Washington office, he said he was prepared to guarantee safe passage.', [
      { id: 'kb:UNITA', type: 'armed group', surfaces: ["UNITA's Washington office"] },
    ]);
    assert.ok(!out.some((e) => e.type === 'RETREAT'), JSON.stringify(out));
  });

  it('an adjective is no act: `the government-besieged town of Madaya`', () => {
    const out = events('16 people have starved to death in the government-besieged town of Madaya.', [{ id: 'kb:SYR_GOV', surfaces: ['government'] }]);
    assert.deepEqual(out, []);
  });

  it('a deal named without parties or status is not an agreement', () => {
    const out = events('The deal breaks with years of consensus among Arab countries.', []);
    assert.deepEqual(out, []);
  });

  it('`agreed with him` is an opinion, not an agreement', () => {
    const out = events('US senators visiting Odesa last week agreed with him, saying they want more pressure on Russia.', [
      { id: 'kb:US_SENATORS', type: 'other', surfaces: ['US senators'] },
      { id: 'kb:RUS', surfaces: ['Russia'] },
    ]);
    assert.ok(!out.some((e) => e.type === 'AGREE'), JSON.stringify(out));
  });
});

describe('events: negative cases (second pass)', () => {
  const RUS: ActorSpec = { id: 'kb:RUS', surfaces: ['Russia'] };
  const DUTERTE: ActorSpec = { id: 'kb:RODRIGO_DUTERTE', type: 'person', surfaces: ['Rodrigo Duterte'] };
  const CHN: ActorSpec = { id: 'kb:CHN', surfaces: ['China'] };
  it('`agreed-upon` is an adjective, no agreement', () => {
    const out = events('The West is harshly criticizing Russia for failing to hold to a temporary agreed-upon cease-fire.', [RUS]);
    assert.ok(!out.some((e) => e.type === 'AGREE'), JSON.stringify(out));
  });
  it('`X should not hold talks` is advice to X, not X refusing', () => {
    const out = events('A newspaper said President-elect Rodrigo Duterte should not hold unconditional bilateral talks with China.', [DUTERTE, CHN]);
    assert.ok(!out.some((e) => e.type === 'REJECT' || e.type === 'CONSULT'), JSON.stringify(out));
  });
  it('a stated refusal still is one (`Russia will not stop its airstrikes`)', () => {
    const out = events('Russia will not stop its airstrikes.', [RUS]);
    assert.ok(out.some((e) => e.type === 'REJECT'), JSON.stringify(out));
  });
});

describe('events: `dismissed` that is no refusal', () => {
  it('`dismissed the minister` (a sacking) is no REJECT', () => {
    const out = events('President Zelenskyy dismissed the defence minister on Friday.', [{ id: 'kb:VOLODYMYR_ZELENSKYY', type: 'person', surfaces: ['President Zelenskyy'] }]);
    assert.ok(!out.some((e) => e.type === 'REJECT'), JSON.stringify(out));
  });
  it('a passive `turned down` names no refuser: `I’ve been turned down from positions`', () => {
    const out = events('I’ve been turned down from positions where I’d be making more money, the Taliban official said.', [{ id: 'kb:TALIBAN', surfaces: ['the Taliban official'] }]);
    assert.ok(!out.some((e) => e.type === 'REJECT'), JSON.stringify(out));
  });
});

describe('events: `by` after an object is no passive agent', () => {
  const HAMAS: ActorSpec = { id: 'kb:HAMAS', surfaces: ['Hamas'] };
  const ISR: ActorSpec = { id: 'kb:ISR', surfaces: ['Israel'] };
  it('`Hamas condemned the raid by Israel`: Hamas accuses, not Israel', () => {
    const out = events('Hamas condemned the raid by Israel on the Jenin camp.', [HAMAS, ISR]);
    assert.ok(!out.some((e) => e.type === 'ACCUSE' && e.source.includes('kb:ISR')), JSON.stringify(out));
  });
  it('a real passive keeps its agent: `whose release has been demanded by Israel`', () => {
    const out = events('Hamas holds three soldiers whose release has been demanded by Israel.', [HAMAS, ISR]);
    assert.ok(out.some((e) => e.type === 'REQUEST' && e.source.includes('kb:ISR')), JSON.stringify(out));
  });
});

describe('events: `the two countries` with only one state named', () => {
  it('names nobody: `China is at odds with its neighbours. The two countries agreed ...`', () => {
    const out = events('China is at odds with its neighbours. The two countries agreed in 1995 to settle disputes in the South China Sea.', [
      { id: 'kb:CHN', surfaces: ['China'] },
    ]);
    assert.ok(!out.some((e) => e.type === 'AGREE'), JSON.stringify(out));
  });
});
