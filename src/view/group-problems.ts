import type { Unplaced } from '../domain/plan-types.js';

/** One occurrence that did not fit, as the plan words it (the view model's `UnplacedView`). */
export interface UnplacedItem {
  title: string;
  ownerName: string | undefined;
  /** `Tue 1 Dec` or `this week` for perWeek items. */
  when: string;
  minutes: number;
  code: Unplaced['code'];
  reason: string;
}

/** A day as the plan writes it in sentences: `Mon 30 Nov`. */
const DAY = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g;
const PLACEHOLDER = '\u0000';

/** Repeated occurrences of one item that did not fit, for the same reason, as one line. */
export interface UnplacedGroup {
  title: string;
  ownerName: string | undefined;
  /** `Mon 30 Nov` for one, `Mon 30 Nov, Wed 2 Dec, Thu 3 Dec` for several; `this week` … */
  when: string;
  minutes: number;
  code: UnplacedItem['code'];
  /** The reason; for several days, with the days named once (in `when`) rather than in each copy. */
  reason: string;
  count: number;
}

export interface WarningGroup {
  code: string;
  message: string;
  count: number;
}

/** A sentence that names exactly one day, with that day taken out; else the sentence itself. */
function splitDay(text: string): { pattern: string; day: string | undefined } {
  const days = text.match(DAY) ?? [];
  if (days.length !== 1) return { pattern: text, day: undefined };
  return { pattern: text.replace(DAY, PLACEHOLDER), day: days[0] };
}

/** The sentence again, naming every day of the group where it named one. */
function joinDays(pattern: string, days: string[]): string {
  return pattern.replace(PLACEHOLDER, days.join(', '));
}

/**
 * Groups unplaced occurrences that differ only in their day: "Breathing practice (10 min,
 * Mon 30 Nov, Wed 2 Dec): past the daily cap" rather than one identical line per day. Nothing
 * is dropped: every title and every day is still in the result. Order: first occurrence.
 */
export function groupUnplaced(unplaced: UnplacedItem[]): UnplacedGroup[] {
  const groups = new Map<string, { first: UnplacedItem; pattern: string; days: string[]; count: number }>();
  for (const u of unplaced) {
    const { pattern } = splitDay(u.reason);
    const key = JSON.stringify([u.title, u.ownerName, u.minutes, u.code, pattern]);
    const group = groups.get(key);
    if (group) {
      if (!group.days.includes(u.when)) group.days.push(u.when);
      group.count++;
    } else groups.set(key, { first: u, pattern, days: [u.when], count: 1 });
  }
  return [...groups.values()].map(({ first, pattern, days, count }) => ({
    title: first.title,
    ownerName: first.ownerName,
    when: days.join(', '),
    minutes: first.minutes,
    code: first.code,
    // A leading "Mon 30 Nov: " only repeats `when`; a day inside the sentence names them all.
    reason:
      count === 1 ? first.reason : joinDays(pattern.startsWith(`${PLACEHOLDER}: `) ? pattern.slice(3) : pattern, days),
    count,
  }));
}

/**
 * Groups warnings with the same code and the same words apart from the one day they name:
 * "Mon 23 Nov, Tue 24 Nov: only 6 h 30 min of sleep …". Identical warnings show once with a count.
 */
export function groupWarnings(warnings: { code: string; message: string }[]): WarningGroup[] {
  const groups = new Map<string, { code: string; pattern: string; days: string[]; count: number }>();
  for (const w of warnings) {
    const { pattern, day } = splitDay(w.message);
    const key = JSON.stringify([w.code, pattern]);
    const group = groups.get(key);
    if (group) {
      if (day && !group.days.includes(day)) group.days.push(day);
      group.count++;
    } else groups.set(key, { code: w.code, pattern, days: day ? [day] : [], count: 1 });
  }
  return [...groups.values()].map((g) => ({
    code: g.code,
    message:
      g.days.length > 0 ? joinDays(g.pattern, g.days) : g.count > 1 ? `${g.pattern} (${g.count} times)` : g.pattern,
    count: g.count,
  }));
}
