import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KnownResource } from '../../domain/sync/decide-sync.js';
import { UserError } from '../../errors.js';
import { dataDir } from '../files/paths.js';
import { writeFileAtomic } from '../files/write-files.js';

type Env = Record<string, string | undefined>;

/** What one week's last sync wrote, per calendar key: the calendar's URL and its resources. */
export interface WeekSyncState {
  version: 1;
  calendars: Record<string, { url: string; resources: Record<string, KnownResource> }>;
}

const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/**
 * `sync/<profile id>/<account>/<ISO week>.json` in the data folder, mode 0600: kept per profile
 * (DESIGN §6) and per account (a record of one server says nothing about another).
 */
export function syncStatePath(env: Env, profileId: string, account: { url: string; username: string }, week: string) {
  const profile = /^[A-Za-z0-9_-]{1,64}$/.test(profileId) ? profileId : short(profileId);
  return join(dataDir(env), 'sync', profile, short(`${account.url}\n${account.username}`), `${week}.json`);
}

/** The week's record, or a new empty one (the caller updates it in place). */
export function readSyncState(path: string): WeekSyncState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { version: 1, calendars: {} };
  }
  let value: Partial<WeekSyncState> | undefined;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value?.version !== 1 || typeof value.calendars !== 'object' || value.calendars === null)
    throw new UserError(`${path} is not a sync record iop-plan wrote; delete it and sync again (events are adopted)`);
  return value as WeekSyncState;
}

export function writeSyncState(path: string, state: WeekSyncState): void {
  writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}

/**
 * Every resource name recorded for the account in any week, per calendar key: what a week
 * without a record must not take for a leftover of its own.
 */
export function recordedNames(statePath: string): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  let files: string[];
  try {
    files = readdirSync(dirname(statePath)).filter((f) => f.endsWith('.json'));
  } catch {
    return names;
  }
  for (const file of files) {
    let state: WeekSyncState;
    try {
      state = readSyncState(join(dirname(statePath), file));
    } catch {
      continue;
    }
    for (const [key, calendar] of Object.entries(state.calendars)) {
      const set = names.get(key) ?? new Set<string>();
      for (const name of Object.keys(calendar.resources)) set.add(name);
      names.set(key, set);
    }
  }
  return names;
}
