import { join } from 'node:path';
import { dataDir } from '../files/paths.js';

/** The check-in log inside the data folder (so `iop-plan profile delete` removes it too). */
export function checkinLogPath(env: Record<string, string | undefined>): string {
  return join(dataDir(env), 'checkins.jsonl');
}
