import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../files/paths.js';

type Env = Record<string, string | undefined>;

/**
 * Revision 1 kept published weeks (`weeks/`) and the check-in log (`checkins.jsonl`) at the top
 * of the data folder, shared by every profile. They belong to the stored profile — the one cron
 * and `checkin` use — so the first time the stored profile runs with per-profile state (r2 §6),
 * they are moved under `profiles/<id>/` rather than left behind: its calendars keep their
 * SEQUENCE numbers and its check-ins their history. Nothing is moved once that folder exists,
 * and a profile given with `--config` never adopts them.
 */
export function adoptLegacyState(env: Env, profileId: string): void {
  const data = dataDir(env);
  const target = join(data, 'profiles', profileId);
  if (existsSync(target)) return;
  const moves: [string, string][] = [
    [join(data, 'weeks'), join(target, 'weeks')],
    [join(data, 'checkins.jsonl'), join(target, 'checkins.jsonl')],
  ];
  if (!moves.some(([from]) => existsSync(from))) return;
  mkdirSync(target, { recursive: true, mode: 0o700 });
  for (const [from, to] of moves) {
    try {
      renameSync(from, to);
    } catch {
      // Not there, or another run moved it first: either way it is where it belongs.
    }
  }
}
