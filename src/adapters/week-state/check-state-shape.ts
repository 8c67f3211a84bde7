/**
 * Shape checks for stored state read back from the data folder. They return the first problem
 * in words, or undefined; they do not repair anything.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored `WeekOverrides`: `add` entries with title, date, start and end; `skip` and `closed` strings. */
export function checkOverridesShape(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  for (const key of ['add', 'skip', 'closed'] as const) {
    if (!Array.isArray(value[key])) return `"${key}" is not a list`;
  }
  const add = value.add as unknown[];
  for (const [i, a] of add.entries()) {
    if (!isObject(a) || !isString(a.title) || !isString(a.date) || !isString(a.start) || !isString(a.end))
      return `add[${i}] is not { title, date, start, end }`;
  }
  if (!(value.skip as unknown[]).every(isString)) return 'skip holds something other than text';
  if (!(value.closed as unknown[]).every((d) => isString(d) && DATE.test(d)))
    return 'closed holds something other than dates';
  return undefined;
}

/** A stored plan (JSON v1) of the week `isoWeek`: the fields re-planning and `today` read. */
export function checkPlanShape(value: unknown, isoWeek: string): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (value.version !== 1) return 'version is not 1';
  if (!isString(value.timezone) || !isString(value.generatedAt)) return 'timezone or generatedAt missing';
  const week = value.week;
  if (!isObject(week) || week.isoWeek !== isoWeek || !isString(week.start) || !isString(week.end))
    return `week is not ${isoWeek}`;
  if (!Array.isArray(value.blocks)) return 'blocks is not a list';
  for (const [i, b] of value.blocks.entries()) {
    if (
      !isObject(b) ||
      !isString(b.id) ||
      !isString(b.source) ||
      !isString(b.category) ||
      !isString(b.title) ||
      !isString(b.owner) ||
      !isString(b.start) ||
      !isString(b.end) ||
      Number.isNaN(Date.parse(b.start)) ||
      Number.isNaN(Date.parse(b.end)) ||
      typeof b.fixed !== 'boolean'
    )
      return `blocks[${i}] is not a block`;
  }
  for (const key of ['unplaced', 'leave', 'warnings'] as const) {
    if (!Array.isArray(value[key])) return `${key} is not a list`;
  }
  if (!isObject(value.budget)) return 'budget is missing';
  return undefined;
}
