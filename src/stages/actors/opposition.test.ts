/** `the opposition` points to the story's opposition, never to any armed group. Corpus 003 and 004, quoted and shortened. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorAt, actorsOf } from '../../../test/actors.js';

describe('actors: the opposition', () => {
  it('is the opposition body named before, not a person of it', () => {
    const text = 'The High Negotiations Committee arrived in Geneva on Friday. Agha said the opposition delegation would meet the envoy.';
    assert.equal(actorAt(actorsOf(text, '2016-01-30'), text, 'the opposition')?.id, 'kb:SYR_OPP_HNC');
  });

  it('is not Islamic State, the only armed group named before', () => {
    const text = 'Islamic State militants took the town last week. Russian air strikes supported Syrian government forces\' advance against the opposition.';
    assert.notEqual(actorAt(actorsOf(text, '2016-02-12'), text, 'the opposition')?.id, 'kb:ISIS');
  });
});
