import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { DEFAULT_MODEL_DIR, loadModel } from './model.js';

describe('the shipped model', () => {
  it('is small, loads fast and knows the common words', () => {
    const bytes = ['model.json', 'features.txt', 'weights.bin'].reduce((n, f) => n + statSync(join(DEFAULT_MODEL_DIR, f)).size, 0);
    assert.ok(bytes < 30e6, `${bytes} bytes`);
    const t = performance.now();
    const model = loadModel();
    const ms = performance.now() - t;
    assert.ok(ms < 1000, `loaded in ${ms} ms`);
    assert.ok(model.features.size > 10000, `${model.features.size} features in ${DEFAULT_MODEL_DIR}`);
    assert.ok(model.common.has("said") && model.common.has("the") && !model.common.has("kabul"), "common words");
  });
});
