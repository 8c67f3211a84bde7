import {
  type DaysInput,
  date as dateSchema,
  time as timeSchema,
  WEEKDAYS,
  type Weekday,
} from '../../domain/profile-schema.js';
import { parseTime } from '../../domain/time-of-day.js';
import { isValidZone } from '../../domain/week.js';

/**
 * Pure checks and parsers for what a person types. They reuse the profile schema's own rules
 * (`time`, `date`, the day names), so an answer accepted here is accepted by validation later;
 * only the messages differ: these say what to type, not what went wrong.
 */
type Check = (text: string) => true | string;

export const TIME_HINT = 'Use HH:MM, e.g. 07:45';
export const RANGE_HINT = 'Use HH:MM-HH:MM, e.g. 09:00-17:00';

export const checkTime: Check = (text) => (timeSchema.safeParse(text.trim()).success ? true : TIME_HINT);

export interface TimeRange {
  start: string;
  end: string;
}

/** `"09:00-17:00"` (spaces and an en dash are fine) → `{ start, end }`, or undefined. */
export function parseRange(text: string): TimeRange | undefined {
  const match = /^\s*(\S+)\s*[-–]\s*(\S+)\s*$/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const [start, end] = [match[1], match[2]];
  if (checkTime(start) !== true || checkTime(end) !== true) return undefined;
  return { start, end };
}

/** A range within one day (end after start), or, for sleep and shifts, one that may end next morning. */
export function checkRange(options: { overnight: boolean }): Check {
  return (text) => {
    const range = parseRange(text);
    if (!range) {
      // Name the part that is wrong when the shape is right: "23:00-7:5" → "7:5" is not a time.
      const bad = /^\s*(\S+)\s*[-–]\s*(\S+)\s*$/
        .exec(text)
        ?.slice(1)
        .find((part) => checkTime(part) !== true);
      return bad ? `"${bad}" is not a time: ${TIME_HINT}` : RANGE_HINT;
    }
    if (range.start === range.end) return 'The end must differ from the start';
    if (!options.overnight && parseTime(range.end) <= parseTime(range.start)) {
      return 'The end must be after the start (within one day)';
    }
    return true;
  };
}

export const formatRange = (range: TimeRange): string => `${range.start}-${range.end}`;

const DAYS_HINT = 'Use daily, weekdays, weekends or days like mon,wed,fri';

/** `daily`, `weekdays`, `weekends`, or day names separated by commas or spaces. */
export function parseDays(text: string): DaysInput | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 1 && (words[0] === 'daily' || words[0] === 'weekdays' || words[0] === 'weekends')) {
    return words[0];
  }
  const known = new Set<string>(WEEKDAYS);
  if (words.length === 0 || !words.every((w) => known.has(w.slice(0, 3)) && w.length >= 3)) return undefined;
  const chosen = new Set(words.map((w) => w.slice(0, 3) as Weekday));
  return WEEKDAYS.filter((d) => chosen.has(d));
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
