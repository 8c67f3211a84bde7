import { readFileSync } from 'node:fs';

const encoder = new TextEncoder();

/**
 * A 128-bit fingerprint of text (as UTF-8) or bytes, hex, with the length: the cache's way of
 * telling "the same" from "changed". Not cryptographic, and it need not be: the files are the
 * person's own, and a collision would only show a stale day. It keeps `today` from loading
 * node:crypto (about two dozen built-in modules) at start-up.
 */
export function hashBytes(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  // Four independent 32-bit lanes of a multiply-xorshift hash (murmur3's mixing constants).
  let h1 = 0x9e3779b1 ^ bytes.length;
  let h2 = 0x85ebca6b;
  let h3 = 0xc2b2ae35;
  let h4 = 0x27d4eb2f;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
    h3 = Math.imul(h3 ^ b, 0xcc9e2d51) ^ (h3 >>> 15);
    h4 = Math.imul((h4 << 5) | (h4 >>> 27), 0x1b873593) ^ b;
  }
  const lanes = [h1, h2, h3, h4].map((h, k) => {
    let x = h ^ (h >>> 16) ^ k;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    return (x >>> 0).toString(16).padStart(8, '0');
  });
  return `${bytes.length.toString(16)}-${lanes.join('')}`;
}

/** The hash of a file's bytes, or undefined when it cannot be read (the caller then does not cache). */
export function hashFile(path: string): string | undefined {
  try {
    return hashBytes(readFileSync(path));
  } catch {
    return undefined;
  }
}
