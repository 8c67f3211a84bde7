import { type DaysInput, date as dateSchema, WEEKDAYS, type Weekday } from '../../domain/profile-schema.js';
import { isValidZone } from '../../domain/week.js';
import { parseClock, parseSpan, type Span, spanMinutes } from './parse-time.js';

/**
 * Pure checks and parsers for what a person types. Times are read as people write them
 * (parse-time.ts) and stored as the schema's `HH:MM`; dates and day names follow the schema's own
 * rules, so an answer accepted here is accepted by validation later. Messages say what to type.
 */
type Check = (text: string) => true | string;

/** A time as people type it (`6:30pm`, `18`, `0630`): true, or why it is not one. */
export const checkTime: Check = (text) => {
  const parsed = parseClock(text);
  return parsed.ok ? true : parsed.error;
};

/** The `HH:MM` a typed time means (after checkTime accepted it). */
export function parseTimeAnswer(text: string): string {
  const parsed = parseClock(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export type TimeRange = Span;

/** `"9am-5pm"`, `"22:30 to 6:30"` → `{ start, end }` in `HH:MM`, or undefined. */
export function parseRange(text: string, options: { overnight: boolean } = { overnight: true }): TimeRange | undefined {
  const parsed = parseSpan(text, options);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * A span within one day (end after start), or, for sleep and shifts, one that may end next
 * morning. `what` names it in the message for a span that runs past midnight where it may not.
 * A span over 16 hours is refused too: `9-5` read as 09:00 to 05:00 is almost always a mistake.
 */
export function checkRange(options: { overnight: boolean; what?: string }): Check {
  return (text) => {
    const parsed = parseSpan(text, options);
    if (!parsed.ok) return parsed.error;
    if (options.overnight && spanMinutes(parsed.value) > 16 * 60) {
      const { start, end } = parsed.value;
      return `${start}-${end} is ${Math.round(spanMinutes(parsed.value) / 60)} hours long; add am or pm (9am-5pm, 11pm-7am) or use 24-hour times`;
    }
    return true;
  };
}

const DAYS_HINT = 'Use daily, weekdays, weekends or days like mon,wed,fri or mon-thu';

/** `daily`, `weekdays`, `weekends`, or day names separated by commas or spaces. */
export function parseDays(text: string): DaysInput | undefined {
  const words = text
    .toLowerCase()
    .replace(/\s*[-–]\s*/g, '-')
    .split(/[\s,;&]+/)
    .filter((w) => w && !FILLER.has(w));
  if (words.length === 1 && (words[0] === 'daily' || words[0] === 'weekdays' || words[0] === 'weekends')) {
    return words[0];
  }
  if (words.length === 0) return undefined;
  const chosen = new Set<Weekday>();
  for (const word of words) {
    // A day (mon, monday, tues) or a run of days (mon-fri, fri-sun, sat–mon).
    const ends = word.split(/[-–]/).map(dayOf);
    if (ends.length > 2 || ends.some((d) => d === undefined)) return undefined;
    const [from = 0, to = from] = ends as number[];
    for (let d = from; ; d = (d + 1) % 7) {
      chosen.add(WEEKDAYS[d]!);
      if (d === to) break;
    }
  }
  return WEEKDAYS.filter((d) => chosen.has(d));
}

const DAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Words people put around days: "every monday and thursday at". */
const FILLER = new Set(['and', 'at', 'on', 'every']);

/** `mon`, `tues`, `Monday`, `mondays` → 0 … 6; anything else undefined. */
function dayOf(word: string): number | undefined {
  const singular = word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word;
  if (singular.length < 3) return undefined;
  const index = DAY_WORDS.findIndex((d) => d.startsWith(singular));
  return index >= 0 ? index : undefined;
}

export const checkDays: Check = (text) => (parseDays(text) ? true : DAYS_HINT);

export function formatDays(days: DaysInput | undefined): string {
  if (days === undefined) return 'daily';
  return typeof days === 'string' ? days : days.join(',');
}

/** A whole number of minutes from `min` to `max`. */
export function checkMinutes(min: number, max: number): Check {
  return (text) => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value)) return `Use whole minutes, e.g. ${Math.max(min, 30)}`;
    if (value < min || value > max) return `Use a number from ${min} to ${max}`;
    return true;
  };
}

/** A calendar date as `YYYY-MM-DD` (the schema's pattern, and a day that exists). */
export const checkDate: Check = (text) => {
  const value = text.trim();
  const hint = 'Use YYYY-MM-DD, e.g. 2026-11-30';
  if (!dateSchema.safeParse(value).success) return hint;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
    ? true
    : `${value} is not a day (${hint})`;
};

export const checkZone: Check = (text) =>
  isValidZone(text.trim()) ? true : 'Use a time zone name such as America/New_York or Europe/London';

export const checkName: Check = (text) => {
  const value = text.trim();
  if (value === '') return 'Please type a name (a first name or a nickname is fine)';
  return value.length <= 200 ? true : 'Please keep it under 200 characters';
};

/** Several dates (`2026-12-24, 2026-12-25`), or nothing: each must be a real day. */
export function parseDateList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))].sort();
}

export const checkDateList: Check = (text) => {
  for (const value of parseDateList(text)) {
    if (checkDate(value) !== true) return `${value}: not a day; use YYYY-MM-DD, e.g. 2026-12-24`;
  }
  return true;
};

export interface SlotAnswer {
  days?: DaysInput;
  start: string;
}

/** Meeting times: `tue,thu 19:00; sat 10am` → one slot per part (days, then a time). */
export function parseSlots(text: string): { ok: true; value: SlotAnswer[] } | { ok: false; error: string } {
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, error: 'Type days and a time, e.g. tue,thu 19:00; sat 10am' };
  const slots: SlotAnswer[] = [];
  for (const part of parts) {
    const match = /^(.*?[a-z])[\s,]+(\d.*|noon)$/i.exec(part);
    const days = match?.[1] ? parseDays(match[1]) : undefined;
    if (!match?.[2] || !days) return { ok: false, error: `${part}: type days, then a time, e.g. tue,thu 19:00` };
    const start = parseClock(match[2]);
    if (!start.ok) return { ok: false, error: start.error };
    slots.push({ days, start: start.value });
  }
  return { ok: true, value: slots };
}

export const checkSlots: Check = (text) => {
  const parsed = parseSlots(text);
  return parsed.ok ? true : parsed.error;
};

export const formatSlots = (slots: SlotAnswer[]): string =>
  slots.map((s) => `${formatDays(s.days)} ${s.start}`).join('; ');
