import { processIo } from '../app/io.js';
import { runSync } from '../app/run-sync.js';
import { runSyncSetup } from '../app/run-sync-setup.js';
import { type SyncFlags, toSyncOptions } from './sync-options.js';

/** The flags checked at the command boundary, then the use case. */
export async function syncCommand(flags: SyncFlags): Promise<number> {
  return runSync(toSyncOptions(flags), processIo());
}

export async function syncSetupCommand(): Promise<number> {
  return runSyncSetup(processIo());
}
