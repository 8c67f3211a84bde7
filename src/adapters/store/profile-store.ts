import type { UserError } from '../../errors.js';

type Env = Record<string, string | undefined>;

/**
 * The stored profile as its raw document and the file it lives in, or undefined when no profile
 * has been stored yet. A corrupt store throws a UserError naming the file and how to restore it.
 * (Placeholder until the conf-backed store lands.)
 */
export async function readStoredProfileRaw(_env: Env): Promise<{ raw: unknown; file: string } | undefined> {
  return undefined;
}
export type { UserError };
