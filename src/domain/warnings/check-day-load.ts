import { overlapMs } from '../budget.js';
import type { Budget, TimedBlock } from '../plan-types.js';
import type { Profile } from '../profile.js';
import { formatDay } from '../time/format-day.js';
import { formatDuration } from '../time/format-duration.js';
import type { Week } from '../week.js';
import type { Finding } from './finding.js';

const MINUTE_MS = 60_000;

/**
 * `day-overcommitted`: `me`'s fixed blocks other than sleep, counted within the local day, pass
 * `rules.maxCommittedMinutesPerDay`. Only fixed time counts: the allocator keeps its own choices
 * under the cap, so passing it means the profile itself asks too much of that day.
 */
export function checkDayOvercommitted(profile: Profile, blocks: TimedBlock[], week: Week): Finding[] {
  const cap = profile.rules.maxCommittedMinutesPerDay;
  const fixed = blocks.filter((b) => b.owner === 'me' && b.fixed && b.category !== 'sleep');
  const findings: Finding[] = [];
  for (const day of week.days) {
    const ms = fixed.reduce((sum, b) => sum + overlapMs(b.startMs, b.endMs, day), 0);
    const minutes = Math.round(ms / MINUTE_MS);
    if (minutes <= cap) continue;
    findings.push({
      code: 'day-overcommitted',
      date: day.date,
      message:
        `${formatDay(day.date)}: fixed commitments alone take ${formatDuration(minutes)}, ` +
        `more than your daily limit of ${formatDuration(cap)}. ` +
        'See whether a shift or event can move, or take leave for part of that day.',
    });
  }
  return findings;
}

/** `free-time-low`: a day's free minutes (budget) are below `rules.minFreeMinutesPerDay`. */
export function checkFreeTimeLow(profile: Profile, budget: Budget): Finding[] {
  const wanted = profile.rules.minFreeMinutesPerDay;
  return budget.days
    .filter((d) => d.free < wanted)
    .map((d) => ({
      code: 'free-time-low',
      date: d.date,
      message:
        `${formatDay(d.date)}: only ${formatDuration(d.free)} of free time, less than the ${formatDuration(wanted)} you asked for. ` +
        'Rest matters: consider moving or dropping something that day.',
    }));
}
