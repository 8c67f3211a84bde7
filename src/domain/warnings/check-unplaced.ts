import type { Unplaced } from '../plan-types.js';
import { formatDay } from '../time/format-day.js';
import type { Finding } from './finding.js';
import { tidyReason } from './format-warning-text.js';

function when(date: string | null): string {
  return date === null ? 'this week' : `on ${formatDay(date)}`;
}

/** `uncovered-duty`: one per `no-cover` entry (a fixed duty none of its owners is free for). */
export function checkUncoveredDuties(unplaced: Unplaced[]): Finding[] {
  return unplaced
    .filter((u) => u.code === 'no-cover')
    .map((u) => ({
      code: 'uncovered-duty',
      date: u.date,
      message:
        `Nobody is free to do "${u.title}" ${when(u.date)}. ` +
        'Ask someone to cover it, or add another person to its owners in your profile.',
    }));
}

/** `conflict`: one per `conflict` entry (a fixed item dropped for one that takes precedence). */
export function checkConflicts(unplaced: Unplaced[]): Finding[] {
  return unplaced
    .filter((u) => u.code === 'conflict')
    .map((u) => {
      const reason = tidyReason(u.reason);
      const why = reason ? `: ${reason}.` : ' because it clashes with something that comes first.';
      return {
        code: 'conflict',
        date: u.date,
        message:
          `"${u.title}" ${when(u.date)} is not in your plan${why} ` +
          'Decide which matters more, and if needed ask whether the other can move.',
      };
    });
}
