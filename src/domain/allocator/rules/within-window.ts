/**
 * Rule 5: a flexible item lies inside its window on an allowed day with exactly its minutes.
 * All values are epoch minutes; the window is `[windowStart, windowEnd)`.
 */
export function isWithinWindow(start: number, minutes: number, windowStart: number, windowEnd: number): boolean {
  return start >= windowStart && start + minutes <= windowEnd;
}

/**
 * (r2) An item with `slots` starts exactly at one of the allowed starts (epoch minutes) of its
 * day; without slots any start within the window will do.
 */
export function isAllowedStart(
  start: number,
  minutes: number,
  windowStart: number,
  windowEnd: number,
  starts: readonly number[] | undefined,
): boolean {
  return isWithinWindow(start, minutes, windowStart, windowEnd) && (!starts || starts.includes(start));
}
