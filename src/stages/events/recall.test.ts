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
