/**
 * Fetch an article by URL for `POST /api/articles` without letting a caller reach the server's own
 * network: every address a name resolves to is checked (loopback, private, link-local, CGNAT,
 * multicast, reserved, IPv4-mapped forms) inside the connection's own lookup, so a name cannot
 * resolve to a public address for the check and a private one for the connection. Redirects are
 * followed by hand and checked again; size and time are capped.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

export const FETCH_LIMITS = { maxBytes: 5_000_000, timeoutMs: 15_000, maxRedirects: 5 };

export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

/** True for any address a public fetch must not reach. */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return privateV4(address);
  if (kind === 6) {
    const a = address.toLowerCase().replace(/^\[|\]$/g, '');
    const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (mapped) return privateV4(mapped[1]);
    const hexMapped = /^(?:0*:)*:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
    if (hexMapped) {
      const hi = parseInt(hexMapped[1], 16);
      const lo = parseInt(hexMapped[2], 16);
      return privateV4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
    if (a === '::' || a === '::1') return true;
    const first = parseInt(a.split(':')[0] || '0', 16);
    if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
    if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
    if ((first & 0xffc0) === 0xfec0) return true; // fec0::/10 site-local (deprecated)
    if ((first & 0xff00) === 0xff00) return true; // multicast
    if (first === 0x2001 && a.split(':')[1] === 'db8') return true; // documentation
    if (first === 0x64 && a.startsWith('64:ff9b:')) return true; // NAT64 may reach IPv4 inside
    return false;
  }
  return true; // not an address at all: refuse
}

function privateV4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) || // CGNAT
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // 192.0.0.0/24 and 192.0.2.0/24
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51) || (a === 203 && b === 0)
  );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The resolver: the system's, or a test's (to play a hostile DNS answer). */
export type Resolver = (hostname: string, options: { all: true }, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/** A `lookup` for http(s).request that refuses private addresses at connection time. */
const guardedLookup = (resolve: Resolver) => (hostname: string, options: object, callback: LookupCallback): void => {
  resolve(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const list = addresses as LookupAddress[];
    const bad = list.find((x) => isPrivateAddress(x.address));
    if (bad || list.length === 0) {
      return callback(Object.assign(new FetchRefused(`${hostname} resolves to a private or reserved address (${bad?.address ?? 'none'})`), { code: 'EPRIVATE' }), '');
    }
    if ((options as { all?: boolean }).all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

export interface Fetched {
  url: string;
  contentType: string;
  body: string;
}

export async function safeFetch(rawUrl: string, limits = FETCH_LIMITS, resolve: Resolver = dnsLookup as Resolver): Promise<Fetched> {
  let url = new URL(rawUrl);
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`only http and https URLs can be fetched, not ${url.protocol}`);
    if (url.username || url.password) throw new FetchRefused('URLs with credentials are refused');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && isPrivateAddress(host)) throw new FetchRefused(`${host} is a private or reserved address`);
    if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host)) throw new FetchRefused(`${host} is a local name`);
    const res = await request(url, limits, resolve);
    if (res.status >= 300 && res.status < 400 && res.location) {
      url = new URL(res.location, url);
      continue;
    }
    if (res.status !== 200) throw new FetchRefused(`${url.href} answered ${res.status}`);
    return { url: url.href, contentType: res.contentType, body: res.body };
  }
  throw new FetchRefused(`more than ${limits.maxRedirects} redirects`);
}

function request(url: URL, limits: typeof FETCH_LIMITS, resolver: Resolver): Promise<{ status: number; location?: string; contentType: string; body: string }> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.get(url, { lookup: guardedLookup(resolver) as never, timeout: limits.timeoutMs, headers: { 'user-agent': 'parley/0.1 (+news reader)', accept: 'text/html, text/plain;q=0.9' } }, (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers['content-type'] ?? '');
      if (status >= 300 && status < 400) {
        res.resume();
        return resolve({ status, location: res.headers.location, contentType, body: '' });
      }
      if (status === 200 && !/^(text\/html|text\/plain|application\/xhtml\+xml)/i.test(contentType)) {
        res.destroy();
        return reject(new FetchRefused(`${url.href} is ${contentType || 'of unknown type'}, not an HTML or text page`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > limits.maxBytes) {
          res.destroy();
          reject(new FetchRefused(`${url.href} is larger than ${limits.maxBytes} bytes`));
        } else chunks.push(c);
      });
      res.on('end', () => resolve({ status, contentType, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new FetchRefused(`${url.href} did not answer within ${limits.timeoutMs} ms`)));
    req.on('error', (err) => reject(err instanceof FetchRefused ? err : new FetchRefused(`${url.href}: ${err.message}`)));
  });
}
