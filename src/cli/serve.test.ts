import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../../test/shared.js';

function parley(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('parley serve: bad input', () => {
  it('refuses a database file that does not exist, in one line, exit 2', () => {
    const run = parley('serve', '--db', '/nonexistent/parley.db');
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim(), 'parley: --db /nonexistent/parley.db: no such database file (ingest articles into it first, or run npm start for the demo)');
  });

  it('refuses a port out of range', () => {
    const run = parley('serve', '--port', '70000');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--port expects a number from 0 to 65535, got "70000"/);
  });
});
