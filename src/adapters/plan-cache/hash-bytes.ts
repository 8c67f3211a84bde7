import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/** SHA-256 of text or bytes, hex: the cache's way of telling "the same" from "changed". */
export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
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
