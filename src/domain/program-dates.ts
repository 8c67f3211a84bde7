import type { Iop } from './profile.js';
import { addDays } from './week.js';

/** The first day after the program (exclusive end), or undefined for an open-ended program. */
export function programEndDate(iop: Iop): string | undefined {
  return iop.weeks === undefined ? undefined : addDays(iop.startDate, iop.weeks * 7);
}

/** True when `date` lies within the program's dates (closures not considered). */
export function isWithinProgram(iop: Iop | undefined, date: string): boolean {
  if (!iop) return false;
  const end = programEndDate(iop);
  return date >= iop.startDate && (end === undefined || date < end);
}

/** True when the program meets on `date`: within its dates and not a closed date. */
export function isProgramDay(iop: Iop | undefined, date: string): boolean {
  return isWithinProgram(iop, date) && !iop?.closedDates.includes(date);
}

/** True when every day of the week lies within the program and none is closed. */
export function programCoversWholeWeek(iop: Iop | undefined, dates: string[]): boolean {
  return dates.every((d) => isProgramDay(iop, d));
}
