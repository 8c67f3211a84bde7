import { DateTime } from 'luxon';

/** The local wall-clock time `HH:MM` (24-hour) of an instant in `zone`. */
export function formatWallTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');
}
