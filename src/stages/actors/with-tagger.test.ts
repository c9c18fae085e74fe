/**
 * Actors in the integrated pipeline, with the trained tagger's `mentions` layer before them: what
 * the tagger's spans add (new names) and what they must not break (KB readings, coreference).
 * Sentences from the shared corpus (shared/corpus), quoted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDefaultPipeline } from '../../extract.js';
import { makeArticle } from '../../ingest/article.js';
import type { ActorRecord } from '../../model/record.js';
import { actorAt } from '../../../test/actors.js';

const pipeline = createDefaultPipeline();

function actors(text: string, published: string | null = null): ActorRecord[] {
  const doc = pipeline.run(makeArticle({ text, published }));
  assert.ok(doc.mentions, 'the pipeline runs the tagger');
  return doc.actors ?? [];
}

describe('actors with the tagger: KB readings the tagger must not veto', () => {
  const table: [string, string, string, string | null][] = [
    // CoNLL tags a capital LOC even when it acts: the government reading stands.
    ['Damascus said on Wednesday that German special forces were present.', 'Damascus', 'kb:SYR_GOV', '2016-06-01'],
    ['China\'s Foreign Ministry said the two countries had agreed in 1995 to settle disputes.', 'Foreign Ministry', 'kb:CHN_MFA', '2016-06-08'],
    // The tagger reads these as people; the KB's unambiguous names win.
    ['The Philippines, Vietnam, Malaysia, Taiwan and Brunei have overlapping claims.', 'Brunei', 'kb:BRN', '2016-06-08'],
    ["The deal excludes groups such as Islamic State and al Qaeda's Nusra Front.", 'al Qaeda', 'kb:AL_QAEDA', '2016-02-22'],
  ];
  for (const [text, phrase, id, published] of table) {
    it(`${phrase} → ${id}`, () => {
      assert.equal(actorAt(actors(text, published), text, phrase)?.id, id);
    });
  }
});

describe('actors with the tagger: names that are no parties', () => {
  const none: [string, string][] = [
    ['The Syrian army is backed by Moscow.\n\n(Reporting by John Irish and Warren Strobel; Editing by Toni Reinhold)', 'John Irish'],
    ['Two missiles were fired from Gaza, one of which was intercepted by the Iron Dome defence system.', 'Iron Dome'],
    ['Russia this month lost access to Starlink terminals, which helped it fly its drones.', 'Starlink'],
    ['Zelenskyy told the Munich Security Conference that nine more are planned.', 'Munich Security Conference'],
    ["Angola's UNITA rebel group has offered to reopen the Benguela railroad.", 'Benguela'],
    ['The explosions struck the pro-government neighborhood of al-Zahraa and most of those killed were civilians.', 'al-Zahraa'],
    // From PolNeAR dev texts: an auxiliary is no cue, a head alone is a common noun, a two-letter code no name.
    ['There was no official acknowledgement that Benghazi was a planned attack.', 'Benghazi'],
    ['The emails were sent to the acting secretary of the Army.', 'Army'],
    ['Candidate Sen. Lindsey Graham (R-SC) called out his rival.', 'SC'],
    ['Listen on channel 125 from 6AM to 9AM EST, host and chairman Stephen Bannon said.', '9AM EST'],
  ];
  for (const [text, phrase] of none) {
    it(`"${phrase}" is no actor`, () => {
      assert.equal(actorAt(actors(text, '2016-02-22'), text, phrase), null);
    });
  }
});

describe('actors with the tagger: new names', () => {
  it('links lone surnames to the people named in full before them', () => {
    const text = 'In parallel, the two Russians, Alexander Alexandrov and Yevgeny Yerofeyev, were returned. Yerofeyev and Alexandrov both told Reuters they were soldiers.';
    const found = actors(text, '2016-05-25');
    const at = text.lastIndexOf('Yerofeyev');
    const yerofeyev = found.find((a) => a.mentions.some((m) => m.start === at));
    assert.equal(yerofeyev?.id, 'new:YEVGENY_YEROFEYEV');
    assert.ok(!found.some((a) => a.id === 'new:YEROFEYEV' || a.id === 'new:ALEXANDROV'));
  });

  it('keeps an unknown person the tagger finds with no cue (a full name)', () => {
    const text = 'Alexander Alexandrov and Yevgeny Yerofeyev were returned to Russia.';
    const ids = actors(text, '2016-05-25').map((a) => a.id);
    assert.ok(ids.includes('new:ALEXANDER_ALEXANDROV'), ids.join(', '));
  });

  it('keeps an organisation the tagger finds that speaks or has an organisation head', () => {
    const text = 'The Times said Cook provided the documents, and the National Rifle Association declined to comment.';
    const ids = actors(text, '2015-11-20').map((a) => a.id);
    assert.ok(ids.includes('new:THE_TIMES') || ids.some((id) => id.includes('TIMES')), ids.join(', '));
    assert.ok(ids.includes('new:NATIONAL_RIFLE_ASSOCIATION'), ids.join(', '));
  });

  it('Michael Jordan is a person, not Jordan', () => {
    const ids = actors('Michael Jordan said the season was over.').map((a) => a.id);
    assert.ok(!ids.includes('kb:JOR'));
  });
});
