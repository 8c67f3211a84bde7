import { formatDay } from './format-day.js';

/** One formatter per zone: building an `Intl.DateTimeFormat` costs far more than using one. */
const partsFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as people read it in `zone`, on a 24-hour clock: `Mon 30 Nov, 18:00`. The day reads
 * as `formatDay` writes it; `Intl` only finds the local date and time.
 */
export function formatDayTime(ms: number, zone: string): string {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormats.set(zone, format);
  }
  const part: Record<string, string> = {};
  for (const p of format.formatToParts(ms)) part[p.type] = p.value;
  return `${formatDay(`${part.year}-${part.month}-${part.day}`)}, ${part.hour}:${part.minute}`;
}
