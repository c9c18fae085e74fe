/**
 * Fetching an article by URL, safely: a timeout, a size cap, a User-Agent, a bounded number of
 * redirects, and no request to a private, loopback or link-local address unless the user allows
 * it. The address check runs inside the connection's own DNS lookup, so the address that is
 * checked is the address that is connected to (a name cannot resolve to a public address for the
 * check and a private one for the request).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { formatBytes } from './decode.js';
import { InputError } from './errors.js';

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  body: Uint8Array;
  contentType: string;
  url: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'Parley/0.1 (news reader for peace-process analysis)';

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** True for addresses a public fetch must never reach: loopback, private, link-local, CGNAT, multicast, reserved. */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address);
  if (v === 4) {
    const [a, b] = address.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) || a >= 224;
  }
  if (v === 6) {
    const lower = address.toLowerCase();
    const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped) return isPrivateAddress(mapped[1]);
    return lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || /^ff/.test(lower) || lower.startsWith('64:ff9b:');
  }
  return true;
}

export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = input;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const res = await request(input, url, options, timeoutMs);
    if ('redirect' in res) {
      url = new URL(res.redirect, url).toString();
      if (!isUrl(url)) throw new InputError(input, `redirects to a non-HTTP address (${url})`);
      continue;
    }
    return res;
  }
  throw new InputError(input, `redirects more than ${maxRedirects} times`);
}

function request(input: string, url: string, options: FetchOptions, timeoutMs: number): Promise<Fetched | { redirect: string }> {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(new InputError(input, `points to a private or loopback address (${host}); pass --allow-private to allow it`));
  }
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const lookup = (hostname: string, opts: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const blocked = list.find((a) => isPrivateAddress(a.address));
      if (blocked && !options.allowPrivate) {
        return callback(new InputError(input, `resolves to a private or loopback address (${blocked.address}); pass --allow-private to allow it`), []);
      }
      if ((opts as { all?: boolean }).all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
  const client = parsed.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,text/plain;q=0.9,*/*;q=0.5' }, lookup }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        resolve({ redirect: res.headers.location });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        reject(new InputError(input, `answered HTTP ${status}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new InputError(input, `is larger than the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ body: Buffer.concat(chunks), contentType: String(res.headers['content-type'] ?? ''), url }));
      res.on('error', reject);
    });
    const timer = setTimeout(() => req.destroy(new InputError(input, `timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (err) => reject(err instanceof InputError ? err : new InputError(input, `could not be fetched (${(err as NodeJS.ErrnoException).code ?? err.message})`)));
  });
}
