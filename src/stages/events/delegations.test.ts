import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DelegationRecord } from '../../model/record.js';
import { toRecord } from '../../model/to-record.js';
import { docFor, type ActorSpec } from '../../../test/layers.js';
import { eventsStage } from './index.js';

/** What a reader checks of a delegation: its party, head, members and size, by name. */
interface Want {
  party: string;
  head: string | null;
  members?: string[];
  size?: number | null;
  /** The words of its first mention. */
  evidence?: string;
}

interface Case {
  why: string;
  text: string;
  actors: ActorSpec[];
  want: Want[];
}

function delegationsOf(text: string, actors: ActorSpec[]): DelegationRecord[] {
  return eventsStage.run(docFor(text, { actors })).delegations ?? [];
}

function seen(text: string, d: DelegationRecord): Want {
  return {
    party: d.party,
    head: d.head ? text.slice(d.head.start, d.head.end) : null,
    members: d.members.map((m) => text.slice(m.start, m.end)),
    size: d.size,
    evidence: text.slice(d.evidence.start, d.evidence.end),
  };
}

const HNC: ActorSpec = { id: 'kb:SYR_OPP_HNC', type: 'political party', surfaces: ["Syria's main opposition group", 'Higher Negotiation Committee', 'the opposition'] };

// Real sentences (the development corpus; open-002 is CC BY 4.0, Geneva Solutions) and wire copy written like them.
const cases: Case[] = [
  {
    why: 'told over three sentences: the party, then the size (`the 17-strong team`), then a member and the chief negotiator',
    text:
      "A delegation from Syria's main opposition group flew to Geneva on Saturday to assess whether to join Damascus government officials in United Nations-brokered peace talks, an opposition representative said. " +
      'The 17-strong team included the head of the Saudi-backed Higher Negotiation Committee (HNC), which includes political and militant opponents of Syrian President Bashar al-Assad. ' +
      'Agha said the opposition delegation, including HNC head Riad Hijab and chief negotiator Asaad al-Zoubi, would not call for a complete cessation of hostilities.',
    actors: [
      HNC,
      { id: 'kb:BASHAR_AL_ASSAD', affiliation: 'kb:SYR', surfaces: ['Syrian President Bashar al-Assad'] },
      { id: 'kb:RIAD_HIJAB', affiliation: 'kb:SYR_OPP_HNC', surfaces: ['Riad Hijab'] },
      { id: 'kb:ASAAD_AL_ZOUBI', affiliation: 'kb:SYR_OPP_HNC', surfaces: ['chief negotiator Asaad al-Zoubi'] },
    ],
    want: [{ party: 'kb:SYR_OPP_HNC', head: 'chief negotiator Asaad al-Zoubi', members: ['Riad Hijab'], size: 17, evidence: "delegation from Syria's main opposition group" }],
  },
  {
    why: '`led by Putin’s aide, Vladimir Medinsky`: the aide heads it, not the possessor; the party is the head’s',
    text: 'As for the Russian side, an expanded 20-strong delegation – led by Russian president Vladimir Putin’s aide, Vladimir Medinsky, and one of the biggest in recent talks – had already secured visas, according to Russian media reports.',
    actors: [
      { id: 'kb:VLADIMIR_PUTIN', affiliation: 'kb:RUS', surfaces: ['Russian president Vladimir Putin'] },
      { id: 'kb:VLADIMIR_MEDINSKY', affiliation: 'kb:RUS', surfaces: ['Vladimir Medinsky'] },
    ],
    want: [{ party: 'kb:RUS', head: 'Vladimir Medinsky', members: [], size: 20, evidence: 'expanded 20-strong delegation' }],
  },
  {
    why: '`The Ukrainian delegation includes ..., including X, and Y`: members, no head',
    text: 'The Ukrainian delegation includes many of the same officials who attended November’s talks with the US, including the president’s chief of staff, Kyrylo Budanov, and secretary of Ukraine’s national and security defence council, Rustem Umerov.',
    actors: [
      { id: 'kb:UKR', surfaces: ['The Ukrainian delegation', 'Ukraine'] },
      { id: 'kb:USA', surfaces: ['the US'] },
      { id: 'kb:KYRYLO_BUDANOV', affiliation: 'kb:UKR', surfaces: ['Kyrylo Budanov'] },
      { id: 'kb:RUSTEM_UMEROV', type: 'person', surfaces: ['Rustem Umerov'] },
    ],
    want: [{ party: 'kb:UKR', head: null, members: ['Kyrylo Budanov', 'Rustem Umerov'], size: null, evidence: 'The Ukrainian delegation' }],
  },
  {
    why: '`the Taliban delegation led by`',
    text: 'The Taliban delegation led by Mullah Abdul Ghani Baradar arrived in Moscow on Thursday for talks with Afghan politicians.',
    actors: [
      { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['Taliban'] },
      { id: 'kb:ABDUL_GHANI_BARADAR', affiliation: 'kb:TALIBAN', surfaces: ['Mullah Abdul Ghani Baradar'] },
    ],
    want: [{ party: 'kb:TALIBAN', head: 'Mullah Abdul Ghani Baradar', evidence: 'Taliban delegation' }],
  },
  {
    why: '`X ... leads Ukraine’s delegation`: the subject of the verb heads it',
    text: 'Kyrylo Budanov, the head of military intelligence, leads Ukraine’s delegation in Abu Dhabi.',
    actors: [
      { id: 'kb:KYRYLO_BUDANOV', affiliation: 'kb:UKR', surfaces: ['Kyrylo Budanov'] },
      { id: 'kb:UKR', surfaces: ['Ukraine'] },
    ],
    want: [{ party: 'kb:UKR', head: 'Kyrylo Budanov', evidence: 'Ukraine’s delegation' }],
  },
  {
    why: '`the government’s negotiating team is headed by`',
    text: "The government's negotiating team is headed by Interior Minister Ahmed Hassan, state media said.",
    actors: [
      { id: 'kb:SDN_GOV', type: 'government', surfaces: ["The government"] },
      { id: 'new:AHMED_HASSAN', affiliation: 'kb:SDN_GOV', surfaces: ['Interior Minister Ahmed Hassan'] },
    ],
    want: [{ party: 'kb:SDN_GOV', head: 'Interior Minister Ahmed Hassan', evidence: "The government's negotiating team" }],
  },
  {
    why: '`chief negotiator X` alone tells that X heads the party’s negotiators',
    text: 'Chief negotiator Saeb Erekat said the Palestinians would not return to talks while settlement building went on.',
    actors: [{ id: 'kb:SAEB_EREKAT', affiliation: 'kb:PLO', surfaces: ['Saeb Erekat'] }],
    want: [{ party: 'kb:PLO', head: 'Saeb Erekat', members: [], size: null }],
  },
  {
    why: 'a size in words, and a party after the noun',
    text: "The army's twelve-member delegation arrived in Jeddah on Saturday. A delegation from the Rapid Support Forces is expected on Sunday.",
    actors: [
      { id: 'kb:SDN_ARMY', type: 'military', surfaces: ['The army'] },
      { id: 'kb:RSF', type: 'armed group', surfaces: ['the Rapid Support Forces'] },
    ],
    want: [
      { party: 'kb:SDN_ARMY', head: null, size: 12, evidence: "The army's twelve-member delegation" },
      { party: 'kb:RSF', head: null, size: null, evidence: 'delegation from the Rapid Support Forces' },
    ],
  },
  {
    why: '`Hamas sent a delegation`: the sender is the party',
    text: 'Hamas sent a delegation headed by Khalil al-Hayya to Cairo on Monday for talks on a ceasefire.',
    actors: [
      { id: 'kb:HAMAS', type: 'armed group', surfaces: ['Hamas'] },
      { id: 'kb:KHALIL_AL_HAYYA', affiliation: 'kb:HAMAS', surfaces: ['Khalil al-Hayya'] },
    ],
    want: [{ party: 'kb:HAMAS', head: 'Khalil al-Hayya', size: null, evidence: 'Hamas sent a delegation' }],
  },
];

describe('delegations: party, head, members and size', () => {
  for (const c of cases) {
    it(c.why, () => {
      const got = delegationsOf(c.text, c.actors).map((d) => seen(c.text, d));
      assert.equal(got.length, c.want.length, JSON.stringify(got));
      c.want.forEach((w, i) => {
        for (const [k, v] of Object.entries(w)) assert.deepEqual(got[i][k as keyof Want], v, `${k} of the ${w.party} delegation`);
      });
    });
  }

  it('links the delegation to the talks its party is in', () => {
    const text = 'The Taliban delegation led by Mullah Abdul Ghani Baradar arrived in Doha on Thursday. The United States and the Taliban resumed peace talks in Doha on Saturday.';
    const doc = docFor(text, {
      actors: [
        { id: 'kb:TALIBAN', type: 'armed group', surfaces: ['Taliban'] },
        { id: 'kb:USA', surfaces: ['The United States'] },
        { id: 'kb:ABDUL_GHANI_BARADAR', affiliation: 'kb:TALIBAN', surfaces: ['Mullah Abdul Ghani Baradar'] },
      ],
    });
    const out = eventsStage.run(doc);
    const talks = (out.events ?? []).filter((e) => e.type === 'CONSULT' && e.negotiation).map((e) => e.id);
    assert.ok(talks.length > 0, 'the talks are an event');
    assert.deepEqual(out.delegations?.map((d) => d.talks), [talks]);
  });
});

describe('delegations in the record', () => {
  it('are a top-level list where the events stage ran, and absent where it did not', () => {
    const text = 'The Taliban delegation led by Mullah Abdul Ghani Baradar arrived in Moscow on Thursday.';
    const doc = docFor(text, { actors: [{ id: 'kb:TALIBAN', type: 'armed group', surfaces: ['Taliban'] }, { id: 'kb:ABDUL_GHANI_BARADAR', affiliation: 'kb:TALIBAN', surfaces: ['Mullah Abdul Ghani Baradar'] }] });
    const record = toRecord({ ...doc, ...eventsStage.run(doc) });
    assert.deepEqual(record.delegations?.map((d) => [d.party, d.head?.actor]), [['kb:TALIBAN', 'kb:ABDUL_GHANI_BARADAR']]);
    assert.ok(!('delegations' in toRecord(doc)), 'a record without the events stage keeps its old shape');
    // (the record is JSON: what the store keeps and `parley export` prints)
    assert.deepEqual(JSON.parse(JSON.stringify(record)).delegations, record.delegations);
  });
});

/** What is no delegation, or no head of one. */
const negatives: { why: string; text: string; actors: ActorSpec[] }[] = [
  {
    why: '`both delegations` names no one party',
    text: 'Kerry said the talks must have been difficult for both delegations.',
    actors: [{ id: 'kb:JOHN_KERRY', affiliation: 'kb:USA', surfaces: ['Kerry'] }],
  },
  {
    why: '`the team` with no delegation told before is not one',
    text: 'Doctors said the team reached the hospital in Gaza on Monday.',
    actors: [],
  },
  {
    why: '`HNC head Riad Hijab` heads the HNC, not a delegation',
    text: 'HNC head Riad Hijab said the opposition would go to Geneva.',
    actors: [HNC, { id: 'kb:RIAD_HIJAB', affiliation: 'kb:SYR_OPP_HNC', surfaces: ['HNC head Riad Hijab'] }],
  },
  {
    why: 'a former chief negotiator heads no delegation',
    text: 'Former chief negotiator Ahmed Qurei said the talks had failed.',
    actors: [{ id: 'kb:AHMED_QUREI', affiliation: 'kb:PLO', surfaces: ['Ahmed Qurei'] }],
  },
  {
    why: 'a delegation of nobody named is no record',
    text: 'A delegation arrived in Geneva on Monday.',
    actors: [],
  },
  {
    why: '`The UN said a delegation would travel`: whose delegation the text does not say',
    text: 'The UN said a delegation would travel to Geneva on Monday.',
    actors: [{ id: 'kb:UN', type: 'international organization', surfaces: ['The UN'] }],
  },
];

describe('delegations: negative cases', () => {
  for (const n of negatives) {
    it(n.why, () => assert.deepEqual(delegationsOf(n.text, n.actors).map((d) => seen(n.text, d)), []));
  }

  it('the head of the party is a member of its delegation, not its head', () => {
    const text = 'The opposition delegation, including HNC head Riad Hijab, arrived in Geneva.';
    const opposition: ActorSpec = { id: 'kb:SYR_OPP_HNC', type: 'political party', surfaces: ['The opposition'] };
    const got = delegationsOf(text, [opposition, { id: 'kb:RIAD_HIJAB', affiliation: 'kb:SYR_OPP_HNC', surfaces: ['Riad Hijab'] }]).map((d) => seen(text, d));
    assert.deepEqual(got, [{ party: 'kb:SYR_OPP_HNC', head: null, members: ['Riad Hijab'], size: null, evidence: 'The opposition delegation' }]);
  });
});
