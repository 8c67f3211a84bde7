import { createHash } from 'node:crypto';

/**
 * A UID that is the same on every run and machine for the same occurrence: a truncated SHA-256
 * of its parts, at a domain that names neither the tool nor the person's care.
 */
export function eventUid(parts: string[]): string {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  return `${digest.slice(0, 32)}@local`;
}
