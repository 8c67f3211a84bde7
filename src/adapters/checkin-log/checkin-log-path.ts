import { join } from 'node:path';
import { dataDir } from '../files/paths.js';

/**
 * The check-in log of one profile inside the data folder (so `iop-plan profile delete` removes
 * it too). (r2 §6) Kept per profile `id`: two profiles used under one account never share it.
 */
export function checkinLogPath(env: Record<string, string | undefined>, profileId: string): string {
  return join(dataDir(env), 'profiles', profileId, 'checkins.jsonl');
}
