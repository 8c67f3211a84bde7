import type { TimedBlock } from '../../../src/domain/plan-types.js';
import { localInstant } from '../../../src/domain/week.js';

export const ZONE = 'America/New_York';

/** The instant of local `HH:MM` on `date` in New York (`24:00` and later run into the next day). */
export function at(date: string, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return localInstant(ZONE, date, h * 60 + m);
}

interface BlockSpec extends Partial<TimedBlock> {
  /** Local start date and times; `end` earlier than `start` means the next morning. */
  date?: string;
  start?: string;
  end?: string;
}

/** A TimedBlock of `me` from local date and times, with harmless defaults for the rest. */
export function makeBlock(spec: BlockSpec = {}): TimedBlock {
  const { date = '2026-11-30', start = '09:00', end = '10:00', ...rest } = spec;
  const startMs = at(date, start);
  const [eh, em] = end.split(':').map(Number) as [number, number];
  const [sh, sm] = start.split(':').map(Number) as [number, number];
  const endMinute = eh * 60 + em + (eh * 60 + em <= sh * 60 + sm ? 1440 : 0);
  return {
    source: 'test',
    category: 'duty',
    title: 'Test block',
    owner: 'me',
    startMs,
    endMs: localInstant(ZONE, date, endMinute),
    fixed: true,
    ...rest,
  };
}
