import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CalendarHistory, NO_HISTORY } from '../../domain/calendar/sequence-events.js';
import { UserError } from '../../errors.js';
import { writeFileAtomic } from '../files/write-files.js';
import { weekDir } from './week-state-store.js';

type Env = Record<string, string | undefined>;

/**
 * What was last written to each calendar file (events and their SEQUENCE), kept in the data
 * folder next to the week's other state: `weeks/<weeks>/calendars/<file name>.json`, mode 0600.
 */
function historyPath(env: Env, weeks: string, fileName: string): string {
  return join(weekDir(env, weeks), 'calendars', `${fileName.replace(/\.ics$/, '')}.json`);
}

export function readCalendarHistory(env: Env, weeks: string, fileName: string): CalendarHistory {
  const path = historyPath(env, weeks, fileName);
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
  if (value?.version !== 1 || !Array.isArray(value.written) || !Array.isArray(value.retired))
    throw new UserError(`${path} is not a calendar record iop-plan wrote; delete it to number ${fileName} afresh`);
  return value as CalendarHistory;
}

export function writeCalendarHistory(env: Env, weeks: string, fileName: string, history: CalendarHistory): void {
  writeFileAtomic(historyPath(env, weeks, fileName), `${JSON.stringify(history, null, 2)}\n`);
}
