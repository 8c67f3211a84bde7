import type { WeekOverrides } from '../../domain/week-overrides.js';
import { hashBytes } from './hash-bytes.js';

/** The week's overrides in a fixed order, so that the same overrides always hash alike. */
export function hashOverrides(overrides: WeekOverrides): string {
  return hashBytes(JSON.stringify([overrides.add, overrides.skip, overrides.closed]));
}
