import { readFileSync, statSync } from 'node:fs';

const encoder = new TextEncoder();

/**
 * A 64-bit fingerprint of text (as UTF-8) or bytes, with the length, as hex: the cache's way of
 * telling "the same" from "changed". Not cryptographic, and it need not be: the files are the
 * person's own, and a collision would only show a stale day. It keeps `today` from loading
 * node:crypto (about two dozen built-in modules, 10 ms) at start-up, and it reads 32-bit words,
 * not bytes: it runs once per start, before the JIT has warmed up.
 */
export function hashBytes(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const words = bytes.length >>> 2;
  // A word view needs a 4-byte-aligned start; a pooled Buffer may not have one.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
  const view = new Uint32Array(aligned.buffer, aligned.byteOffset, words);
  // Two lanes of murmur3's block step, with different seeds and multipliers.
  let h1 = 0x9e3779b1 ^ bytes.length;
  let h2 = 0x85ebca6b ^ bytes.length;
  for (let i = 0; i < words; i++) {
    const w = view[i] as number;
    let k = Math.imul(w, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h1 ^= k;
    h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
    let j = Math.imul(w, 0x85ebca77);
    j = Math.imul((j << 13) | (j >>> 19), 0xc2b2ae3d);
    h2 ^= j;
    h2 = (Math.imul((h2 << 17) | (h2 >>> 15), 9) + 0x27d4eb2f) | 0;
  }
  for (let i = words * 4; i < bytes.length; i++) {
    const b = bytes[i] as number;
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
  }
  return `${bytes.length.toString(16)}-${mix(h1)}${mix(h2 ^ h1)}`;
}

/** murmur3's finaliser: every input bit moves every output bit. */
function mix(h: number): string {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0).toString(16).padStart(8, '0');
}

/** Profiles are refused above this size anyway (read-profile-file); nothing bigger is hashed. */
const MAX_HASHED_BYTES = 1024 * 1024;

/**
 * The hash of a file's bytes, or undefined when it cannot be read (the caller then does not
 * cache). Only a regular file of a sensible size is read: a FIFO or a device would block or never
 * end, and the profile reader then refuses it with a clear message.
 */
export function hashFile(path: string): string | undefined {
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > MAX_HASHED_BYTES) return undefined;
    return hashBytes(readFileSync(path));
  } catch {
    return undefined;
  }
}
