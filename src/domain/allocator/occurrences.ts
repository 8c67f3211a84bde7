import type { Unplaced, UnplacedCode } from '../plan-types.js';
import { type FlexibleItem, flexibleItemsOf } from '../profile.js';
import { isProgramDay, isWithinProgram } from '../program-dates.js';
import { listWords, shortWeekday } from './describe.js';
import type { WeekContext } from './week-context.js';

/** One requested occurrence of a flexible item on one day (a `perWeek` item has one per allowed day). */
export interface Occurrence {
  index: number;
  item: FlexibleItem;
  /** Index into `Demand.perWeek`, or -1 for an item that wants every listed day. */
  perWeekIndex: number;
  dayIndex: number;
  date: string;
  /** Window in epoch minutes. */
  windowStart: number;
  windowEnd: number;
}

export interface PerWeekDemand {
  item: FlexibleItem;
  /** How many occurrences the week asks for after closures (the shortfall is reported `closed`). */
  limit: number;
}

export interface Demand {
  occurrences: Occurrence[];
  perWeek: PerWeekDemand[];
  closed: Unplaced[];
}

/**
 * The week's requested flexible occurrences (DESIGN §2–§3). Outside the program's dates nothing of
 * the IOP is requested; on closed dates an IOP occurrence is reported `closed`.
 */
export function expandDemand(ctx: WeekContext): Demand {
  const { profile, week } = ctx;
  const occurrences: Occurrence[] = [];
  const perWeek: PerWeekDemand[] = [];
  const closed: Unplaced[] = [];
  for (const item of flexibleItemsOf(profile)) {
    const isIop = item.kind === 'iop';
    const listed = week.days.filter((d) => item.days.includes(d.weekday) && !ctx.skips.has(`${item.source}@${d.date}`));
    const requested = isIop ? listed.filter((d) => isWithinProgram(profile.iop, d.date)) : listed;
    const open = isIop ? requested.filter((d) => isProgramDay(profile.iop, d.date)) : requested;
    const closedDays = requested.filter((d) => !open.includes(d));
    let perWeekIndex = -1;
    if (item.perWeek !== undefined) {
      const want = Math.min(item.perWeek, requested.length);
      const limit = Math.min(want, open.length);
      perWeekIndex = perWeek.length;
      perWeek.push({ item, limit });
      for (let i = limit; i < want; i++) {
        closed.push(
          unplacedEntry(
            item,
            null,
            'closed',
            `the program is closed on ${listWords(closedDays.map((d) => shortWeekday(d.date)))}`,
          ),
        );
      }
    } else {
      for (const d of closedDays)
        closed.push(unplacedEntry(item, d.date, 'closed', `${shortWeekday(d.date)}: the program is closed`));
    }
    for (const d of open) {
      const dayIndex = week.days.indexOf(d);
      occurrences.push({
        index: occurrences.length,
        item,
        perWeekIndex,
        dayIndex,
        date: d.date,
        windowStart: ctx.clock(d.date, item.windowStartMinute),
        windowEnd: ctx.clock(d.date, item.windowEndMinute),
      });
    }
  }
  return { occurrences, perWeek, closed };
}

/** An `unplaced` entry for a flexible item; the owner is named only when one person can do it. */
export function unplacedEntry(item: FlexibleItem, date: string | null, code: UnplacedCode, reason: string): Unplaced {
  return {
    source: item.source,
    title: item.title,
    owner: item.owners.length === 1 ? (item.owners[0] ?? null) : null,
    date,
    minutes: item.minutes,
    code,
    reason,
  };
}
