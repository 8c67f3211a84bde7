import type { DaysInput } from '../../domain/profile-schema.js';
import {
  checkDays,
  checkMinutes,
  checkRange,
  formatDays,
  formatRange,
  parseDays,
  parseRange,
  type TimeRange,
} from './answer-checks.js';
import type { Prompter } from './prompter.js';

/** Typed answers on top of the prompter: each asks, checks as typed, and returns the parsed value. */

export async function askText(
  p: Prompter,
  id: string,
  message: string,
  fallback: string | undefined,
  check: (text: string) => true | string,
): Promise<string> {
  const text = await p.input({ id, message, ...(fallback !== undefined && { default: fallback }), validate: check });
  return text.trim();
}

export async function askRange(
  p: Prompter,
  id: string,
  message: string,
  fallback: TimeRange,
  options: { overnight: boolean } = { overnight: false },
): Promise<TimeRange> {
  const text = await askText(p, id, message, formatRange(fallback), checkRange(options));
  return parseRange(text)!;
}

export async function askDays(
  p: Prompter,
  id: string,
  message: string,
  fallback: DaysInput | undefined,
): Promise<DaysInput> {
  const text = await askText(p, id, message, formatDays(fallback), checkDays);
  return parseDays(text)!;
}

export async function askWhole(
  p: Prompter,
  id: string,
  message: string,
  fallback: number,
  range: { min: number; max: number },
): Promise<number> {
  const text = await askText(p, id, message, String(fallback), checkMinutes(range.min, range.max));
  return Number(text);
}

/** Yes/no with the previous answer (or a default) preselected. */
export function askYes(p: Prompter, id: string, message: string, fallback: boolean): Promise<boolean> {
  return p.confirm({ id, message, default: fallback });
}
