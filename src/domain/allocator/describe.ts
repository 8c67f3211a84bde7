import { DateTime } from 'luxon';

/** "Tue 1 Dec": how a day is named in reasons and warnings (fixed English locale: same output everywhere). */
export function describeDay(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC', locale: 'en-GB' }).toFormat('ccc d LLL');
}

/** "Tue": the short weekday name of a date. */
export function shortWeekday(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC', locale: 'en-GB' }).toFormat('ccc');
}

/** Joins names as "a, b and c". */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
