/**
 * Whom an offer or red line stated without an addressee is meant for: the other party of the talks
 * the story reports (records shaped as the events stage gives them for wire sentences).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../../model/record.js';
import { counterparty } from './counterparty.js';

function event(type: EventRecord['type'], source: string[], over: Partial<EventRecord> = {}): EventRecord {
  return {
    id: `e${source.join('')}${type}`, type, mode: null, cameo: null, source, target: [], host: [], place: null,
    date: { value: null, how: 'stated' }, negotiation: type === 'CONSULT', round: null, status: 'occurred', negated: false,
    evidence: { start: 0, end: 1 }, confidence: 0.8, ...over,
  };
}

describe('counterparty', () => {
  // "the Taliban refuse to enter into direct dialogue with the Afghan government": talks of two.
  it('the other party of two-party talks', () => {
    assert.equal(counterparty('kb:TALIBAN', [event('CONSULT', ['kb:USA', 'kb:TALIBAN'])]), 'kb:USA');
  });

  it('never the host or an international organisation', () => {
    const talks = event('CONSULT', ['kb:IRN', 'kb:IAEA', 'kb:USA'], { host: ['kb:OMN'] });
    assert.equal(counterparty('kb:IRN', [talks], (id) => id === 'kb:IAEA'), 'kb:USA');
  });

  // "trilateral talks between Ukraine, Russia and the United States in Geneva", and "another Russian
  // attack had left 100,000 families without electricity": Ukraine's offer of a ceasefire is Russia's to take.
  it('in three-party talks, the one the story shows fighting', () => {
    const talks = event('CONSULT', ['kb:UKR', 'kb:RUS', 'kb:USA']);
    assert.equal(counterparty('kb:UKR', [talks]), null, 'a tie and nothing more: nobody');
    assert.equal(counterparty('kb:UKR', [talks, event('ASSAULT', ['kb:RUS'])]), 'kb:RUS');
    assert.equal(counterparty('kb:UKR', [talks, event('ASSAULT', ['kb:RUS'], { negated: true })]), null, 'an attack denied is no fighting');
    assert.equal(counterparty('kb:UKR', [talks, event('ASSAULT', ['kb:RUS']), event('ASSAULT', ['kb:USA'])]), null, 'both fighting: still a tie');
  });
});
