import { addDays } from '../../src/domain/week.js';

const MINUTE_MS = 60_000;

/** `YYYY-MM-DDTHH:MM`: the local wall-clock part of an ISO instant with offset, as printed. */
export function wallOf(iso: string): string {
  return iso.slice(0, 16);
}

/** The wall-clock reading of `minute` (past 1440 is the next day) on `date`, as `YYYY-MM-DDTHH:MM`. */
export function wallAt(date: string, minute: number): string {
  const day = addDays(date, Math.floor(minute / 1440));
  const m = ((minute % 1440) + 1440) % 1440;
  return `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes between two ISO instants by their printed wall clocks, ignoring offsets. */
export function wallMinutesBetween(startIso: string, endIso: string): number {
  const asUtc = (iso: string) => Date.parse(`${wallOf(iso)}:00Z`);
  return (asUtc(endIso) - asUtc(startIso)) / MINUTE_MS;
}

/** Real minutes between two ISO instants (offsets applied). */
export function realMinutesBetween(startIso: string, endIso: string): number {
  return (Date.parse(endIso) - Date.parse(startIso)) / MINUTE_MS;
}
