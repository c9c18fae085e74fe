/**
 * `npm start` runs `parley demo`: it must build the UI, ingest the shipped demo corpus into a
 * fresh database, serve the page and answer API requests. Run as a user would, in a child process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECT_ROOT } from '../../test/shared.js';

describe('parley demo (npm start)', () => {
  it('starts, serves the UI and answers a request', { timeout: 150_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-demo-'));
    const db = join(dir, 'demo.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--port', '0', '--db', db], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 120 s; stdout: ${out}; stderr: ${err}`)), 120_000);
        child.stdout.on('data', (c) => {
          out += c;
          const m = /Parley is serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`demo exited with ${code}: ${err}`)));
      });
      assert.match(out, /Ingested 3 demo articles/);
      assert.match(out, /Ingest token \(POST \/api\/articles/);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<div id="app"><\/div>/);
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      assert.ok(script, 'the page loads the built bundle');
      assert.equal((await fetch(url + script)).status, 200);
      const health = (await (await fetch(url + 'api/health')).json()) as { articles: number };
      assert.equal(health.articles, 3);
      const articles = (await (await fetch(url + 'api/articles')).json()) as { items: { outlet: string | null }[] };
      assert.deepEqual(articles.items.map((a) => a.outlet).filter(Boolean).sort(), ['Geneva Solutions', 'Voice of America']);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
