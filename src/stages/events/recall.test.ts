/** Recall fixes of the second pass: each with a real sentence and the cases it must not touch. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor, type ActorSpec, type PlaceSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

const POWERS: ActorSpec = { id: 'kb:MAJOR_POWERS', surfaces: ['Major powers'] };
const MUNICH: PlaceSpec = { id: 'geonames:2867714', name: 'Munich', country: 'DE', kind: 'city', surfaces: ['Munich'] };

function events(text: string, actors: ActorSpec[], places: PlaceSpec[] = []) {
  return eventsStage.run(docFor(text, { actors, places })).events ?? [];
}

describe('events: a capitals dateline the places layer missed', () => {
  const lead = 'MUNICH Major powers agreed on Friday to implement a cessation of hostilities in Syria, officials said.';
  it('gives the lead its place when the story names that place again', () => {
    const out = events(`${lead} Kerry spoke after a meeting in Munich.`, [POWERS], [MUNICH]);
    const agree = out.find((e) => e.type === 'AGREE');
    assert.equal(agree?.place, 'geonames:2867714');
  });
  it('invents no place when the story never names it', () => {
    const out = events(lead, [POWERS], []);
    assert.equal(out.find((e) => e.type === 'AGREE')?.place, null);
  });
  it('a two-city dateline (`MOSCOW/KIEV`) gives no single place', () => {
    const out = events('MOSCOW/KIEV Major powers agreed on Friday to a swap. They met in Munich.', [POWERS], [MUNICH]);
    assert.notEqual(out.find((e) => e.type === 'AGREE' && e.evidence.start < 30)?.place, 'geonames:2867714');
  });
});

const USA: ActorSpec = { id: 'kb:USA', surfaces: ['Witkoff', 'the US'] };
const IRAN: ActorSpec = { id: 'kb:IRN', surfaces: ['Iran'] };
const MUSCAT: PlaceSpec = { id: 'geonames:287286', name: 'Muscat', country: 'OM', kind: 'capital', surfaces: ['Muscat'] };

describe('events: a round of talks named without `of talks`', () => {
  const talks = 'Witkoff is due to arrive on Tuesday for indirect talks with Iran.';
  it('`a first round held ... in Muscat` is a round of the talks the story names, at its own venue', () => {
    const out = events(`${talks} The expedited negotiations follow a first round held just 10 days ago in Muscat.`, [USA, IRAN], [MUSCAT]);
    const round = out.find((e) => e.round === 1);
    assert.ok(round, JSON.stringify(out));
    assert.equal(round.type, 'CONSULT');
    assert.deepEqual([...round.source].sort(), ['kb:IRN', 'kb:USA']);
    assert.equal(round.place, 'geonames:287286');
    // the talks of Tuesday are not held in Muscat
    assert.ok(out.some((e) => e.type === 'CONSULT' && e.round === null && e.place === null), JSON.stringify(out));
  });
  it('a round with no talks in the story is nobody\'s (`the first round held in March` of an election)', () => {
    const out = events('Turnout was low in the first round held in March, officials in Muscat said.', [USA, IRAN], [MUSCAT]);
    assert.deepEqual(out, []);
  });
  it('`a round of sanctions` or `the first round of voting` is no round of talks', () => {
    const out = events(`${talks} The US imposed a first round of sanctions. The first round of voting ended quietly.`, [USA, IRAN]);
    assert.ok(!out.some((e) => e.type === 'CONSULT' && e.round === 1), JSON.stringify(out));
  });
});

describe('events: talking takes two', () => {
  const KERRY: ActorSpec = { id: 'kb:JOHN_KERRY', type: 'person', surfaces: ['John Kerry', 'he'] };
  const HNC: ActorSpec = { id: 'kb:SYR_OPP_HNC', surfaces: ['the High Negotiations Committee'] };
  const PUTIN: ActorSpec = { id: 'kb:VLADIMIR_PUTIN', type: 'person', surfaces: ['Russian President Vladimir Putin'] };
  it('`he had discussed ways to revive a truce` names no one talked with: no meeting', () => {
    const out = events('U.S. Secretary of State John Kerry said on Wednesday he had discussed ways to revive a "frayed" Syrian truce.', [KERRY]);
    assert.ok(!out.some((e) => e.type === 'CONSULT'), JSON.stringify(out));
  });
  it('a body that met, met as itself (`the High Negotiations Committee met in Saudi Arabia`)', () => {
    const out = events('The Syrian rebel coalition known as the High Negotiations Committee met in Saudi Arabia Saturday.', [HNC]);
    assert.ok(out.some((e) => e.type === 'CONSULT'), JSON.stringify(out));
  });
  it('a coordinated subject is two even when one is not an actor (`Barack Obama and ... Putin will discuss`)', () => {
    const out = events('U.S. President Barack Obama and Russian President Vladimir Putin will discuss the provisional agreement.', [PUTIN]);
    assert.ok(out.some((e) => e.type === 'CONSULT'), JSON.stringify(out));
  });
});

describe('events: `all parties`, `the warring sides`', () => {
  const KERRY: ActorSpec = { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['John Kerry'] };
  const US: ActorSpec = { id: 'kb:USA', surfaces: ['U.S.'] };
  const GOV: ActorSpec = { id: 'kb:SYR_GOV', type: 'government', surfaces: ['the Syrian government'] };
  const OPP: ActorSpec = { id: 'kb:SYR_OPP', surfaces: ['the opposition'] };
  const UN: ActorSpec = { id: 'kb:UN', type: 'international organization', surfaces: ['The United Nations'] };
  it('a verb right after `but` keeps the sentence\'s subject (`Kerry said ... but urged all parties`)', () => {
    const out = events('U.S. Secretary of State John Kerry said there were "significant challenges ahead" but urged all parties to accept the terms of the deal.', [US, KERRY]);
    const req = out.find((e) => e.type === 'REQUEST');
    assert.deepEqual(req?.source, ['kb:JOHN_KERRY']);
  });
  it('`all parties` are the parties of the talks told last', () => {
    const out = events('Peace talks between the Syrian government and the opposition resumed in Geneva. The United Nations urged all parties to respect the truce.', [GOV, OPP, UN]);
    const req = out.find((e) => e.type === 'REQUEST');
    assert.deepEqual([...(req?.target ?? [])].sort(), ['kb:SYR_GOV', 'kb:SYR_OPP']);
  });
  it('nobody when the story told no talks, or when the speaker is one of their parties', () => {
    const none = events('The United Nations urged all parties to respect the truce.', [UN]);
    assert.deepEqual(none.find((e) => e.type === 'REQUEST')?.target ?? [], []);
    const own = events('Peace talks between the Syrian government and the opposition resumed in Geneva. The Syrian government urged all parties to respect the truce.', [GOV, OPP]);
    assert.deepEqual(own.filter((e) => e.type === 'REQUEST').flatMap((e) => e.target), []);
  });
  it('`the parties of the region` are not the parties to the talks', () => {
    const out = events('Peace talks between the Syrian government and the opposition resumed in Geneva. The United Nations urged the parties of the region to help.', [GOV, OPP, UN]);
    assert.deepEqual(out.filter((e) => e.type === 'REQUEST').flatMap((e) => e.target), []);
  });
});

describe('events: `The protocol, signed in Cairo`', () => {
  const EGY: ActorSpec = { id: 'kb:EGY', surfaces: ['Egypt'] };
  const ISR: ActorSpec = { id: 'kb:ISR', surfaces: ['Israel'] };
  const CAIRO: PlaceSpec = { id: 'geonames:360630', name: 'Cairo', country: 'EG', kind: 'capital', surfaces: ['Cairo'] };
  const lead = 'Egypt and Israel have signed a trade protocol with the US.';
  it('the deal the story told was signed there: one event, with its venue', () => {
    const out = events(`${lead} The protocol, signed in Cairo, will establish industrial zones.`, [EGY, ISR], [CAIRO]);
    const agree = out.filter((e) => e.type === 'AGREE');
    assert.equal(agree.length, 1, JSON.stringify(out));
    assert.equal(agree[0].place, 'geonames:360630');
  });
  it('a signed deal with no deal told before is nobody\'s', () => {
    const out = events('The protocol, signed in Cairo, will establish industrial zones.', [EGY, ISR], [CAIRO]);
    assert.deepEqual(out, []);
  });
  it('a deal only expected lends it no parties (`are expected to sign a deal`)', () => {
    const out = events('Egypt and Israel are expected to sign a deal. The deal was signed in Cairo.', [EGY, ISR], [CAIRO]);
    assert.ok(!out.some((e) => e.type === 'AGREE' && e.status === 'occurred'), JSON.stringify(out));
  });
});

describe('events: an act aimed `at` someone', () => {
  const IDF: ActorSpec = { id: 'kb:IDF', type: 'military', surfaces: ['the IDF'] };
  const HAMAS: ActorSpec = { id: 'kb:HAMAS', type: 'armed group', surfaces: ['Hamas'] };
  const GAZA: ActorSpec = { id: 'kb:GAZA', surfaces: ['Gaza'] };
  const GAZA_PLACE: PlaceSpec = { id: 'geonames:281133', name: 'Gaza', country: 'PS', kind: 'city', surfaces: ['Gaza'] };
  it('`the IDF levelled blame at Hamas` accuses Hamas', () => {
    const out = events('But the IDF levelled blame at Hamas and warned that it would bear the consequences.', [IDF, HAMAS]);
    const acc = out.find((e) => e.type === 'ACCUSE');
    assert.deepEqual(acc?.target, ['kb:HAMAS'], JSON.stringify(out));
  });
  it('a place after `at` is still a venue, not a target', () => {
    const out = events('The IDF levelled blame at Gaza.', [IDF, GAZA], [GAZA_PLACE]);
    assert.ok(!out.some((e) => e.target.includes('kb:GAZA')), JSON.stringify(out));
  });
});

describe('events: `targeted`, and two attacks in one sentence', () => {
  const ISIS: ActorSpec = { id: 'kb:ISIS', type: 'armed group', surfaces: ['Islamic State', 'the group'] };
  const SYR: ActorSpec = { id: 'kb:SYR_GOV', type: 'government', surfaces: ['Syrian government'] };
  const EU: ActorSpec = { id: 'kb:EU', type: 'international organization', surfaces: ['The EU'] };
  const RUS: ActorSpec = { id: 'kb:RUS', surfaces: ['Russia'] };
  const DAMASCUS: PlaceSpec = { id: 'geonames:170654', name: 'Damascus', country: 'SY', kind: 'capital', surfaces: ['Damascus'] };
  it('`attacked X, a day after the group targeted Damascus` is two attacks, the second in Damascus', () => {
    const out = events("Islamic State attacked the Syrian government's main supply route, a day after the group targeted Damascus in car bomb attacks.", [ISIS, SYR], [DAMASCUS]);
    const assaults = out.filter((e) => e.type === 'ASSAULT');
    assert.equal(assaults.length, 2, JSON.stringify(out));
    assert.ok(assaults.some((e) => e.place === 'geonames:170654' && e.source.includes('kb:ISIS')));
  });
  it('`imposed targeted sanctions` is no attack', () => {
    const out = events('The EU imposed targeted sanctions on Russia.', [EU, RUS]);
    assert.ok(!out.some((e) => e.type === 'ASSAULT'), JSON.stringify(out));
  });
});

describe('events: `described X as the best chance`', () => {
  const MUBARAK: ActorSpec = { id: 'kb:HOSNI_MUBARAK', type: 'person', affiliation: 'kb:EGY', surfaces: ['Hosni Mubarak'] };
  const SHARON: ActorSpec = { id: 'kb:ARIEL_SHARON', type: 'person', affiliation: 'kb:ISR', surfaces: ['Ariel Sharon'] };
  const ISR: ActorSpec = { id: 'kb:ISR', surfaces: ['Israeli'] };
  it('is support for the person so described (not the state in his title)', () => {
    const out = events('Egyptian President Hosni Mubarak has described Israeli Prime Minister Ariel Sharon as the best chance for the Palestinians to achieve peace.', [MUBARAK, SHARON, ISR]);
    const sup = out.find((e) => e.type === 'SUPPORT');
    assert.deepEqual(sup?.source, ['kb:HOSNI_MUBARAK']);
    assert.deepEqual(sup?.target, ['kb:ARIEL_SHARON']);
  });
  it('`described the talks as a failure` is no support', () => {
    const out = events('Hosni Mubarak described the talks with Ariel Sharon as a failure.', [MUBARAK, SHARON]);
    assert.ok(!out.some((e) => e.type === 'SUPPORT'), JSON.stringify(out));
  });
});

describe('events: refusals worded `dismissed`, `turned down`, `rebuffed`, `spurned`', () => {
  const ALARCON: ActorSpec = { id: 'new:ricardo-alarcon', type: 'person', affiliation: 'kb:CUB', surfaces: ['Alarcon'] };
  it('`dismissed suggestions by ...` is a REJECT by the one who dismissed them', () => {
    const out = events(
      "Alarcon, former Cuban ambassador to the United Nations, dismissed suggestions by some U.S. politicians and Elian's relatives in Miami that Elian's father travel from Cardenas, Cuba, to Miami to pick up the boy.",
      [ALARCON],
    );
    const rej = out.find((e) => e.type === 'REJECT');
    assert.ok(rej, JSON.stringify(out));
    assert.deepEqual(rej.source, ['new:ricardo-alarcon']);
  });
  for (const verb of ['turned down', 'rebuffed', 'spurned']) {
    it(`\`${verb} the offer\` is a REJECT`, () => {
      const out = events(`The rebels ${verb} the government's offer of talks on Monday.`, [{ id: 'kb:REBELS', surfaces: ['The rebels'] }]);
      assert.ok(out.some((e) => e.type === 'REJECT' && e.source.includes('kb:REBELS')), JSON.stringify(out));
    });
  }
});

describe('events: `the two countries` as the subject', () => {
  const CHN: ActorSpec = { id: 'kb:CHN', surfaces: ['China', "China's Foreign Ministry"] };
  const PHL: ActorSpec = { id: 'kb:PHL', surfaces: ['the Philippines'] };
  it('takes the last two states the story named', () => {
    const out = events(
      "China said on Wednesday the Philippines has ignored a proposal for a regular talks mechanism over maritime issues. China's Foreign Ministry said the two countries had agreed in 1995 to settle disputes in the South China Sea.",
      [CHN, PHL],
    );
    const agree = out.find((e) => e.type === 'AGREE');
    assert.deepEqual([...(agree?.source ?? [])].sort(), ['kb:CHN', 'kb:PHL'], JSON.stringify(out));
  });
  it('names nobody when the story has named only one state', () => {
    const out = events('China is at odds with its neighbours. The two countries agreed in 1995 to settle disputes.', [CHN, PHL]);
    assert.ok(!out.some((e) => e.type === 'AGREE'), JSON.stringify(out));
  });
});

describe('events: a pair as the subject (`both`, `the two sides`, `the two countries`)', () => {
  const EGY: ActorSpec = { id: 'kb:EGY', surfaces: ['Egypt'] };
  const ISR: ActorSpec = { id: 'kb:ISR', surfaces: ['Israel'] };
  const USA: ActorSpec = { id: 'kb:USA', surfaces: ['The United States'] };
  const TALIBAN: ActorSpec = { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['the Taliban'] };
  const cases: [string, string, string[] | null][] = [
    ['`between Egypt and Israel, the two countries have signed`', 'In a sign of a thaw in relations between Egypt and Israel, the two countries have signed a trade protocol.', ['kb:EGY', 'kb:ISR']],
    ['`..., and the two countries signed`', 'Relations between Egypt and Israel have warmed, and the two countries signed a trade protocol on Tuesday.', ['kb:EGY', 'kb:ISR']],
    ['`The two sides agreed` after a pair that is not two states', 'The United States and the Taliban met in Doha. The two sides agreed to a prisoner swap.', ['kb:TALIBAN', 'kb:USA']],
    ['`Businessmen from the two countries signed`: the pair is in a phrase, the businessmen signed', 'Relations between Egypt and Israel have warmed. Businessmen from the two countries signed a deal on textiles.', null],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      const agree = events(text, [EGY, ISR, USA, TALIBAN]).find((e) => e.type === 'AGREE');
      assert.deepEqual(agree ? [...agree.source, ...agree.target].sort() : null, want);
    });
  }
});

describe('events: a meeting with the official of a body that is no side', () => {
  const IRN: ActorSpec = { id: 'kb:IRN', surfaces: ['Iran'] };
  const IAEA: ActorSpec = { id: 'kb:IAEA', type: 'international organization', surfaces: ['the UN’s nuclear watchdog'] };
  const ARAGHCHI: ActorSpec = { id: 'kb:ABBAS_ARAGHCHI', type: 'person', affiliation: 'kb:IRN', surfaces: ['the Iranian top official'] };
  const GROSSI: ActorSpec = { id: 'kb:RAFAEL_GROSSI', type: 'person', affiliation: 'kb:IAEA', surfaces: ['Rafael Grossi'] };
  const KERRY: ActorSpec = { id: 'kb:JOHN_KERRY', type: 'person', affiliation: 'kb:USA', surfaces: ['John Kerry'] };
  const LAVROV: ActorSpec = { id: 'kb:SERGEI_LAVROV', type: 'person', affiliation: 'kb:RUS', surfaces: ['Sergei Lavrov'] };
  const meeting = (text: string, actors: ActorSpec[]) => events(text, actors).find((e) => e.type === 'CONSULT');

  it('`met ... with Rafael Grossi, head of the UN’s nuclear watchdog`: the two persons', () => {
    const e = meeting('Ahead of Tuesday’s negotiations, the Iranian top official met on Monday morning with Rafael Grossi, head of the UN’s nuclear watchdog.', [IRN, IAEA, ARAGHCHI, GROSSI]);
    assert.deepEqual([...(e?.source ?? []), ...(e?.target ?? [])].sort(), ['kb:ABBAS_ARAGHCHI', 'kb:RAFAEL_GROSSI']);
  });
  it('two states\' ministers who meet stand for their states', () => {
    const e = meeting('John Kerry met Sergei Lavrov in Munich on Thursday.', [KERRY, LAVROV]);
    assert.deepEqual([...(e?.source ?? []), ...(e?.target ?? [])].sort(), ['kb:RUS', 'kb:USA']);
  });
});

describe('events: subjects and agents found in more phrasings', () => {
  const ASSAD: ActorSpec = { id: 'kb:BASHAR_AL_ASSAD', affiliation: 'kb:SYR_GOV', surfaces: ['Bashar al-Assad'] };
  const SYR_GOV: ActorSpec = { id: 'kb:SYR_GOV', type: 'government', surfaces: ['the Syrian government'] };
  const ARAGHCHI: ActorSpec = { id: 'kb:ABBAS_ARAGHCHI', affiliation: 'kb:IRN', surfaces: ['He'] };
  const BUSAIDI: ActorSpec = { id: 'kb:BADR_AL_BUSAIDI', affiliation: 'kb:OMN', surfaces: ['the Omani foreign minister'] };
  const USA: ActorSpec = { id: 'kb:USA', surfaces: ['U.S.'] };
  const RUS: ActorSpec = { id: 'kb:RUS', surfaces: ['Russian'] };
  const parties = (e: { source: string[]; target: string[] } | undefined) => (e ? [...e.source, ...e.target].sort() : null);

  it('`the offensive by President Bashar al-Assad\'s forces`: the forces act for the government', () => {
    const out = events("The talks collapsed in the face of the offensive by President Bashar al-Assad's forces.", [ASSAD, SYR_GOV]);
    assert.deepEqual(out.find((e) => e.type === 'ASSAULT')?.source, ['kb:SYR_GOV']);
  });
  it('`an offensive by Assad` (no forces named) stays the person\'s', () => {
    const out = events('The talks collapsed in the face of an offensive by Bashar al-Assad.', [ASSAD, SYR_GOV]);
    assert.deepEqual(out.find((e) => e.type === 'ASSAULT')?.source, ['kb:BASHAR_AL_ASSAD']);
  });
  it('`He was also meeting with the Omani foreign minister`: a progressive with `also` is a meeting', () => {
    const out = events('He was also meeting with the Omani foreign minister, who mediated talks in Muscat.', [ARAGHCHI, BUSAIDI]);
    assert.deepEqual(parties(out.find((e) => e.type === 'CONSULT')), ['kb:IRN', 'kb:OMN']);
  });
  it('`the two countries and others would work together`: the pair leads the subject', () => {
    const out = events('A joint U.S.-Russian statement said the two countries and others would work together to delineate the territory.', [USA, RUS]);
    assert.deepEqual(parties(out.find((e) => e.type === 'AGREE')), ['kb:RUS', 'kb:USA']);
  });
});

describe('events: a conversation the speaker had', () => {
  const TRUMP: ActorSpec = { id: 'kb:DONALD_TRUMP', affiliation: 'kb:USA', surfaces: ['he'] };
  const text = "'It's not based on knowledge other than a couple of conversations I had with the king,' he added.";
  const quote = "It's not based on knowledge other than a couple of conversations I had with the king";
  it('`conversations I had with the king`, quoted: the speaker\'s call, named as the person', () => {
    const out = eventsStage.run(docFor(text, { actors: [TRUMP], quotes: [{ surface: quote, speaker: 'kb:DONALD_TRUMP' }] })).events ?? [];
    const call = out.find((e) => e.type === 'CONSULT');
    assert.equal(call?.mode, 'phone', JSON.stringify(out));
    assert.deepEqual(call?.source, ['kb:DONALD_TRUMP']);
  });
  it('unquoted, `I` is nobody', () => {
    const out = eventsStage.run(docFor(text, { actors: [TRUMP] })).events ?? [];
    assert.ok(!out.some((e) => e.type === 'CONSULT'), JSON.stringify(out));
  });
});

describe('events: a light verb before a possessive', () => {
  it('`attended November’s talks with the US`: the attendee is a party', () => {
    const out = events('The Ukrainian delegation attended November’s talks with the US.', [
      { id: 'kb:UKR', surfaces: ['The Ukrainian delegation'] },
      { id: 'kb:USA', surfaces: ['the US'] },
    ]);
    assert.deepEqual([...(out.find((e) => e.type === 'CONSULT')?.source ?? [])].sort(), ['kb:UKR', 'kb:USA']);
  });
});

describe('events: `challenged X to` with a relative clause on X', () => {
  const SAVIMBI: ActorSpec = { id: 'kb:JONAS_SAVIMBI', affiliation: 'kb:UNITA', surfaces: ['Savimbi'] };
  const AGO: ActorSpec = { id: 'kb:AGO_GOV', type: 'government', surfaces: ['Angolan government'] };
  // (the actors layer reads `Cuban` in `Cuban-backed` as Cuba: a backer is no addressee)
  const CUB: ActorSpec = { id: 'kb:CUB', surfaces: ['Cuban'] };
  it('`challenged the Cuban-backed Angolan government, which controls the port, to match his offer`', () => {
    const out = events('Savimbi challenged the Cuban-backed Angolan government, which controls the port, to match his offer.', [SAVIMBI, AGO, CUB]);
    const request = out.find((e) => e.type === 'REQUEST');
    assert.deepEqual(request?.source, ['kb:JONAS_SAVIMBI'], JSON.stringify(out));
    assert.deepEqual(request?.target, ['kb:AGO_GOV']);
  });
  it('a `challenged` with no `to` is no request (`challenged the result in court`)', () => {
    const out = events('Savimbi challenged the Cuban-backed Angolan government, which controls the port, in court.', [SAVIMBI, AGO]);
    assert.ok(!out.some((e) => e.type === 'REQUEST'), JSON.stringify(out));
  });
});

describe('events: a threat\'s target in its condition', () => {
  const USA: ActorSpec = { id: 'kb:USA', surfaces: ['Washington'] };
  const IRN: ActorSpec = { id: 'kb:IRN', surfaces: ['Tehran'] };
  it('`threatening to attack if Tehran doesn’t agree to a deal`: a threat to Tehran', () => {
    const out = events('Washington has been sending another aircraft carrier to the Persian Gulf and threatening to attack if Tehran doesn’t agree to a deal.', [USA, IRN]);
    const threat = out.find((e) => e.type === 'THREATEN');
    assert.deepEqual([threat?.source, threat?.target], [['kb:USA'], ['kb:IRN']], JSON.stringify(out));
    assert.equal(threat?.status, 'occurred');
  });
  it('a condition that is not the threat\'s (`threatened reporters, if Tehran ...`) gives no target', () => {
    const out = events('Washington threatened the reporters who asked, if Tehran is to be believed.', [USA, IRN]);
    assert.ok(!out.some((e) => e.type === 'THREATEN'), JSON.stringify(out));
  });
});
