import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CalendarHistory, NO_HISTORY } from '../../domain/calendar/sequence-events.js';
import { UserError } from '../../errors.js';
import { writeFileIfChanged } from '../files/write-files.js';
import { weekDir } from './week-state-store.js';

type Env = Record<string, string | undefined>;

/**
 * What was last written to each calendar file (events and their SEQUENCE), kept in the data
 * folder next to the week's other state: `weeks/<weeks>/calendars/<file name>.json`, mode 0600.
 */
function historyPath(env: Env, profileId: string, weeks: string, fileName: string): string {
  return join(weekDir(env, profileId, weeks), 'calendars', `${fileName.replace(/\.ics$/, '')}.json`);
}

export function readCalendarHistory(env: Env, profileId: string, weeks: string, fileName: string): CalendarHistory {
  const path = historyPath(env, profileId, weeks, fileName);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return NO_HISTORY;
  }
  let value: Partial<CalendarHistory>;
  try {
    value = JSON.parse(text);
  } catch {
    value = {};
  }
  if (!isHistory(value))
    throw new UserError(
      `${path} is not a calendar record iop-plan wrote; it was left as it is (delete it to number ${fileName} afresh)`,
    );
  return value as CalendarHistory;
}

/** The fields numbering reads: each written event with its SEQUENCE, UID parts and times. */
function isHistory(value: Partial<CalendarHistory> | null): boolean {
  if (value?.version !== 1 || !Array.isArray(value.written) || !Array.isArray(value.retired)) return false;
  const isParts = (p: unknown) => Array.isArray(p) && p.every((x) => typeof x === 'string');
  return (
    value.written.every(
      (w) =>
        Number.isInteger(w?.sequence) &&
        isParts(w.event?.uidParts) &&
        Number.isFinite(w.event.startMs) &&
        Number.isFinite(w.event.endMs) &&
        typeof w.event.title === 'string' &&
        Array.isArray(w.event.categories) &&
        Array.isArray(w.event.alarms),
    ) && value.retired.every((r) => Number.isInteger(r?.sequence) && isParts(r.uidParts))
  );
}

export function writeCalendarHistory(
  env: Env,
  profileId: string,
  weeks: string,
  fileName: string,
  history: CalendarHistory,
): void {
  const path = historyPath(env, profileId, weeks, fileName);
  const text = `${JSON.stringify(history, null, 2)}\n`;
  // An unchanged record is left alone, like the calendar file it describes.
  writeFileIfChanged(path, text);
}
