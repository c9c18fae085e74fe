import { createServer } from 'node:http';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FetchFailed, InputError } from './errors.js';
import { fetchUrl, isPrivateAddress, type Resolver } from './fetch.js';

describe('isPrivateAddress', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.20.0.1', true], ['172.31.255.255', true], ['172.32.0.1', false],
    ['192.168.1.1', true], ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true],
    ['8.8.8.8', false], ['151.101.1.69', false],
    ['::1', true], ['::', true], ['fe80::1', true], ['fd12:3456::1', true], ['fd00::1', true], ['ff02::1', true],
    ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true], ['::ffff:8.8.8.8', false], ['2001:db8::1', true],
    ['2606:4700:4700::1111', false], ['2001:4860:4860::8888', false], ['not-an-address', true],
  ];
  for (const [address, expected] of cases) {
    it(`${address} → ${expected ? 'refused' : 'allowed'}`, () => assert.equal(isPrivateAddress(address), expected));
  }
});

/** Refused by the guard itself: an input error (the server's 422), not a failing far end (502). */
const refused = (err: unknown) => err instanceof InputError && !(err instanceof FetchFailed);

describe('fetchUrl', () => {
  it('refuses private addresses, local names and other schemes before connecting', async () => {
    for (const url of ['http://127.0.0.1:9/', 'http://[::1]:9/', 'http://10.0.0.8/', 'http://localhost:9/', 'http://printer.local/', 'ftp://example.org/', 'http://user:pw@example.org/']) {
      await assert.rejects(fetchUrl(url), refused, url);
    }
  });

  it('refuses a name that resolves to a loopback address, at connection time', async () => {
    // A live server on loopback proves the refusal is the guard's, not a closed port's.
    const server = createServer((_req, res) => res.end('secret'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      // A public-looking name whose DNS answer is loopback (rebinding, or a hostile resolver).
      const hostile: Resolver = (_host, _opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]);
      await assert.rejects(fetchUrl(`http://news.example.org:${port}/`, { resolver: hostile }), /news\.example\.org resolves to a private or reserved address \(127\.0\.0\.1\)/);
      const ok = await fetchUrl(`http://news.example.org:${port}/`, { resolver: hostile, allowPrivate: true });
      assert.equal(Buffer.from(ok.body).toString(), 'secret', 'allowed when the caller says so');
    } finally {
      server.close();
    }
  });

  it('refuses a type no reader can make text of, and says a failing far end is one', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/photo') { res.writeHead(200, { 'content-type': 'image/png' }); res.end('x'); return; }
      res.writeHead(404); res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      await assert.rejects(fetchUrl(`${base}/photo`, { allowPrivate: true }), (err) => refused(err) && /is image\/png, not a text, HTML, feed or JSON page$/.test((err as Error).message));
      await assert.rejects(fetchUrl(`${base}/gone`, { allowPrivate: true }), (err) => err instanceof FetchFailed && /answered HTTP 404$/.test(err.message));
    } finally {
      server.close();
    }
  });
});
