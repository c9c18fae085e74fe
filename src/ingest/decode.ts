import { InputError } from './errors.js';

/** Refuse inputs larger than this many bytes unless the caller raises the cap (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

/**
 * Bytes → text, or a clear error: binary files, invalid UTF-8 and empty input are refused here so
 * that no reader has to guess. A leading byte-order mark is dropped (it is not article text).
 */
export function decodeText(input: string, bytes: Uint8Array): string {
  for (const [what, sig] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) throw new InputError(input, `is a binary file (${what}), not text`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(input, 'is a binary file (contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(input, `is not valid UTF-8 (first bad byte near offset ${firstBadByte(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(input, 'is empty');
  return text;
}

function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return Math.max(0, lo - 4);
}

export function checkSize(input: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new InputError(input, `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)`);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
