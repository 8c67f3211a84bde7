import type { Plan } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { localDateOf } from '../week.js';
import type { CalendarBlock } from './calendar-blocks.js';
import type { CalendarEvent } from './calendar-types.js';
import { intersectIntervals, type MsInterval, mergeIntervals } from './merge-intervals.js';
import { scheduledShifts } from './scheduled-shifts.js';

/** The only title in the employer file. */
export const OUT_OF_OFFICE = 'Out of office';

/** One planned week with its exported blocks. */
export interface PlannedBlocks {
  plan: Plan;
  blocks: CalendarBlock[];
}

/**
 * When the person is away during scheduled work hours: IOP items and their travel, the person's
 * events and their travel, and leave, each cut to the scheduled shifts, then merged across all
 * weeks. Returns the intervals only: nothing of what the person does there.
 */
export function awayDuringWork(profile: Profile, weeks: PlannedBlocks[]): MsInterval[] {
  const pieces: MsInterval[] = [];
  for (const { plan, blocks } of weeks) {
    const mine = blocks.filter((b) => b.owner === 'me');
    const eventSources = new Set(mine.filter((b) => b.category === 'event').map((b) => b.source));
    const away: MsInterval[] = mine.filter(
      (b) =>
        b.sensitivity === 'treatment' ||
        b.category === 'event' ||
        (b.category === 'commute' && eventSources.has(b.source)),
    );
    for (const leave of plan.leave) away.push({ startMs: Date.parse(leave.start), endMs: Date.parse(leave.end) });
    pieces.push(...intersectIntervals(away, scheduledShifts(profile, plan)));
  }
  return mergeIntervals(pieces);
}

/** The employer's events: "Out of office", nothing else; UIDs from the local date and its index. */
export function selectEmployerEvents(profile: Profile, weeks: PlannedBlocks[]): CalendarEvent[] {
  const perDate = new Map<string, number>();
  return awayDuringWork(profile, weeks).map(({ startMs, endMs }) => {
    const date = localDateOf(startMs, profile.timezone);
    const index = perDate.get(date) ?? 0;
    perDate.set(date, index + 1);
    return {
      uidParts: [profile.id, 'employer', date, String(index)],
      startMs,
      endMs,
      title: OUT_OF_OFFICE,
      categories: [],
      private: false,
      busy: 'oof',
      alarms: [],
    };
  });
}
