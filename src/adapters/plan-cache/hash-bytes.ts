import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** SHA-256 of text or bytes, hex: the cache's way of telling "the same" from "changed". */
export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The hash of a file's bytes, or undefined when it cannot be read (the caller then does not cache). */
export function hashFile(path: string): string | undefined {
  try {
    return hashBytes(readFileSync(path));
  } catch {
    return undefined;
  }
}
