import type { SyncOptions } from '../app/run-sync.js';
import { UsageError } from '../errors.js';

/** `sync`'s flags as commander reads them (src/cli/sync.ts): `--example` is not declared, but checked. */
export type SyncFlags = SyncOptions;

/** `sync`'s flags checked: your own profile, and `--weeks` or `--program`, not both. */
export function toSyncOptions(flags: SyncFlags): SyncOptions {
  if (flags.example !== undefined && flags.example !== false)
    throw new UsageError('sync needs your own profile (the stored one or --config FILE), not --example');
  if (flags.program && flags.weeks !== undefined) throw new UsageError('use either --weeks or --program, not both');
  return flags;
}
