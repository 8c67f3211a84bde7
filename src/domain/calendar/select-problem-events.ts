import type { Plan, Unplaced } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { addDays, localInstant, weekdayOf } from '../week.js';
import type { CalendarEvent } from './calendar-types.js';

/** Title prefixes of the problems a phone would otherwise never show (DESIGN §5 r2). */
export const UNCOVERED = 'Uncovered';
export const NOT_PLANNED = 'Not planned';

interface TimedProblem {
  unplaced: Unplaced;
  index: number;
  week: string;
  startMs: number;
  endMs: number;
}

/**
 * "Uncovered: <duty title>" events for every `no-cover` duty occurrence, at the duty's time (a
 * flexible duty: the start of its window; one with no day, the first day it may fall on), free
 * rather than busy, with no reminder. In the household files `private` stays false: a duty is the
 * household's own. `view` keeps the UIDs of one view apart from the others'.
 */
export function selectUncoveredEvents(profile: Profile, plans: Plan[], view: string): CalendarEvent[] {
  return timedProblems(profile, plans, 'no-cover').map(({ unplaced, index, week, startMs, endMs }) => ({
    uidParts: [profile.id, view, 'uncovered', unplaced.source, unplaced.date ?? week, String(index)],
    startMs,
    endMs,
    title: `${UNCOVERED}: ${unplaced.title}`,
    description: view === 'me' ? unplaced.reason : 'Nobody who can do this is free then. Ask someone to cover it.',
    categories: ['Household'],
    private: false,
    busy: 'busy',
    transparent: true,
    alarms: [],
  }));
}

/** "Not planned: <title>" in the person's own calendar, for each event dropped for a clash. */
export function selectNotPlannedEvents(profile: Profile, plans: Plan[]): CalendarEvent[] {
  return timedProblems(profile, plans, 'conflict').map(({ unplaced, index, week, startMs, endMs }) => ({
    uidParts: [
      profile.id,
      'me',
      'not-planned',
      unplaced.source,
      unplaced.date ?? week,
      unplaced.owner ?? '',
      String(index),
    ],
    startMs,
    endMs,
    title: `${NOT_PLANNED}: ${unplaced.title}`,
    description: unplaced.reason,
    categories: ['Event'],
    private: false,
    busy: 'busy',
    transparent: true,
    alarms: [],
  }));
}

/** The problems of one code with the local time the item was meant for; unknown sources are skipped. */
function timedProblems(profile: Profile, plans: Plan[], code: Unplaced['code']): TimedProblem[] {
  const out: TimedProblem[] = [];
  for (const plan of plans) {
    const seen = new Map<string, number>();
    for (const unplaced of plan.unplaced) {
      if (unplaced.code !== code) continue;
      const time = timeOf(profile, plan, unplaced);
      if (!time) continue;
      const key = `${unplaced.source}\u0000${unplaced.date}\u0000${unplaced.owner}`;
      const index = seen.get(key) ?? 0;
      seen.set(key, index + 1);
      out.push({ unplaced, index, week: plan.week.isoWeek, ...time });
    }
  }
  return out;
}

function timeOf(profile: Profile, plan: Plan, u: Unplaced): { startMs: number; endMs: number } | undefined {
  const zone = plan.timezone;
  const at = (date: string, startMinute: number, endMinute: number) => ({
    startMs: localInstant(zone, date, startMinute),
    endMs: localInstant(zone, date, Math.max(endMinute, startMinute + 1)),
  });
  const event = profile.events.find((e) => e.source === u.source);
  if (event) return at(u.date ?? event.date, event.startMinute, event.endMinute);
  const duty = profile.duties.find((d) => d.source === u.source);
  if (!duty) return undefined;
  const date = u.date ?? firstDayOf(plan, duty.days);
  if (duty.fixed) return at(date, duty.startMinute, duty.endMinute);
  return at(date, duty.windowStartMinute, duty.windowStartMinute + u.minutes);
}

function firstDayOf(plan: Plan, days: number[]): string {
  for (let i = 0; i < 7; i++) {
    const date = addDays(plan.week.start, i);
    if (days.includes(weekdayOf(date))) return date;
  }
  return plan.week.start;
}
