import { processIo } from '../app/io.js';
import { runSync, type SyncOptions } from '../app/run-sync.js';
import { runSyncSetup } from '../app/run-sync-setup.js';

export async function syncCommand(options: SyncOptions): Promise<number> {
  return runSync(options, processIo());
}

export async function syncSetupCommand(): Promise<number> {
  return runSyncSetup(processIo());
}
