/**
 * Fetching an article by URL, safely, for the command line (`parley extract <url>`) and for the
 * server (`POST /api/articles`): a timeout, a size cap, a User-Agent, a bounded number of redirects,
 * and no request to a private, loopback, link-local or reserved address unless the caller allows it.
 * The address check runs inside the connection's own DNS lookup, so the address that is checked is
 * the address that is connected to (a name cannot resolve to a public address for the check and a
 * private one for the request). Every redirect hop is checked again.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { formatBytes } from './decode.js';
import { FetchFailed, InputError } from './errors.js';

/** The resolver: the system's, or a test's (to play a hostile DNS answer). */
export type Resolver = (hostname: string, options: { all: true }, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  resolver?: Resolver;
  /** Name the command-line flags that lift a refusal (`--allow-private`, `--max-bytes`); off for the server. */
  flagHints?: boolean;
}

export interface Fetched {
  body: Uint8Array;
  contentType: string;
  url: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'Parley/0.1 (news reader for peace-process analysis)';

/** Types no reader can make text of; refused before their body is read. */
const NOT_TEXT = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|x-gzip)\b/i;
/** Names that only mean something inside a network (and would leak a DNS query if looked up). */
const LOCAL_NAME = /^localhost$|\.localhost$|\.local$|\.internal$/i;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** True for any address a public fetch must not reach; anything that is not an address at all is refused too. */
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
  return true;
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
    (a === 198 && b === 51) || (a === 203 && b === 0) // documentation
  );
}

export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = input;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const res = await request(input, url, options, timeoutMs);
    if ('redirect' in res) {
      url = new URL(res.redirect, url).toString();
      continue;
    }
    return res;
  }
  throw new FetchFailed(input, `redirects more than ${maxRedirects} times`);
}

/** Refusals that need no connection: the scheme, credentials, a private address or a local name. */
function checkUrl(input: string, url: URL, allowPrivate: boolean, hint: string): void {
  const where = url.href === input ? '' : ` (redirected to ${url.href})`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(input, `is not an http or https URL${where}`);
  // A password in the URL would be kept in the record's source and url; refuse rather than store it.
  if (url.username || url.password) throw new InputError(input, `carries credentials${where}; they are refused`);
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isPrivateAddress(host)) throw new InputError(input, `points to a private or loopback address (${host})${where}${hint}`);
  if (LOCAL_NAME.test(host)) throw new InputError(input, `points to a private or local name (${host})${where}${hint}`);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http(s).get that refuses private addresses at connection time. */
function guardedLookup(input: string, resolve: Resolver, allowPrivate: boolean, hint: string) {
  return (hostname: string, opts: object, callback: LookupCallback): void => {
    resolve(hostname, { ...opts, all: true }, (err, list) => {
      if (err) return callback(err, []);
      if (list.length === 0) return callback(new FetchFailed(input, `${hostname} has no address`), []);
      const bad = allowPrivate ? undefined : list.find((x) => isPrivateAddress(x.address));
      if (bad) return callback(new InputError(input, `${hostname} resolves to a private or reserved address (${bad.address})${hint}`), []);
      if ((opts as { all?: boolean }).all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
}

function request(input: string, href: string, options: FetchOptions, timeoutMs: number): Promise<Fetched | { redirect: string }> {
  const hints = options.flagHints ?? true;
  const privateHint = hints ? '; pass --allow-private to allow it' : '';
  let url: URL;
  try {
    url = new URL(href);
    checkUrl(input, url, options.allowPrivate ?? false, privateHint);
  } catch (err) {
    return Promise.reject(err instanceof InputError ? err : new InputError(input, 'is not a valid URL'));
  }
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const lookup = guardedLookup(input, options.resolver ?? (dnsLookup as Resolver), options.allowPrivate ?? false, privateHint);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,text/plain;q=0.9,*/*;q=0.5' }, lookup: lookup as never }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        resolve({ redirect: res.headers.location });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        reject(new FetchFailed(input, `answered HTTP ${status}`));
        return;
      }
      const contentType = String(res.headers['content-type'] ?? '');
      if (NOT_TEXT.test(contentType)) {
        res.destroy();
        reject(new InputError(input, `is ${contentType.split(';')[0]}, not a text, HTML, feed or JSON page`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new InputError(input, `is larger than the ${formatBytes(maxBytes)} cap${hints ? ' (raise it with --max-bytes)' : ''}`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ body: Buffer.concat(chunks), contentType, url: url.href }));
      res.on('error', (err) => reject(err instanceof InputError ? err : new FetchFailed(input, `broke off (${err.message})`)));
    });
    const timer = setTimeout(() => req.destroy(new FetchFailed(input, `timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (err) => reject(err instanceof InputError ? err : new FetchFailed(input, `could not be fetched (${(err as NodeJS.ErrnoException).code ?? err.message})`)));
  });
}
