import type { DaysInput } from '../../domain/profile-schema.js';
import {
  checkDays,
  checkMinutes,
  checkRange,
  formatDays,
  parseDays,
  parseRange,
  type TimeRange,
} from './answer-checks.js';
import { describeSpan } from './parse-time.js';
import type { Prompter } from './prompter.js';

/** Typed answers on top of the prompter: each asks, checks as typed, and returns the parsed value. */

export async function askText(
  p: Prompter,
  id: string,
  message: string,
  fallback: string | undefined,
  check: (text: string) => true | string,
  transform?: (text: string) => string,
): Promise<string> {
  const text = await p.input({
    id,
    message,
    ...(fallback !== undefined && { default: fallback }),
    validate: check,
    ...(transform && { transform }),
  });
  return text.trim();
}

/** Shows `typed → understood` when the two differ, so `6:30pm` is seen to mean 18:30. */
export const understood =
  (read: (text: string) => string | undefined) =>
  (text: string): string => {
    const value = read(text);
    return value === undefined || value === text.trim() ? text : `${text.trim()} → ${value}`;
  };

export async function askRange(
  p: Prompter,
  id: string,
  message: string,
  fallback: TimeRange,
  options: { overnight: boolean; what?: string } = { overnight: false },
  check?: (range: TimeRange) => true | string,
): Promise<TimeRange> {
  const base = checkRange(options);
  const validate = (text: string) => {
    const verdict = base(text);
    if (verdict !== true || !check) return verdict;
    return check(parseRange(text, options)!);
  };
  const show = (t: string) => {
    const range = base(t) === true ? parseRange(t, options) : undefined;
    if (!range) return t;
    // Only a shift says "(ends next morning)": for sleep that is a matter of course.
    const note = options.what === 'a shift' ? describeSpan(range).slice(`${range.start}-${range.end}`.length) : '';
    return `${understood(() => `${range.start}-${range.end}`)(t)}${note}`;
  };
  const text = await askText(p, id, message, `${fallback.start}-${fallback.end}`, validate, show);
  return parseRange(text, options)!;
}

export async function askDays(
  p: Prompter,
  id: string,
  message: string,
  fallback: DaysInput | undefined,
): Promise<DaysInput> {
  const show = understood((t) => {
    const days = parseDays(t);
    return days && formatDays(days);
  });
  const text = await askText(p, id, message, formatDays(fallback), checkDays, show);
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

/** Free text that may be left empty (Enter with nothing typed skips it). */
export async function askOptional(p: Prompter, id: string, message: string, fallback: string | undefined) {
  const text = await askText(p, id, message, fallback ?? '', (t) =>
    t.trim().length <= 300 ? true : 'Please keep it under 300 characters',
  );
  return text === '' ? undefined : text;
}
