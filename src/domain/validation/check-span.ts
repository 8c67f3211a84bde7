import { parseTime } from '../time-of-day.js';
import { problemAt } from './format-path.js';

export interface SpanField {
  path: PropertyKey[];
  /** How the other end is named in a message: `start`, `bedtime`, `earliest`, `the window's start`. */
  name: string;
  value: string;
}

const DAY = 24 * 60;

/**
 * A start/end pair within one day: end after start, "24:00" only as an end. With
 * `crossesMidnight` (sleep, work shifts) an earlier end is the next morning, but the two may not
 * be equal: a zero or 24-hour span is almost always a typo.
 */
export function checkSpan(start: SpanField, end: SpanField, crossesMidnight = false): string[] {
  if (start.value === '24:00') return [problemAt(start.path, '"24:00" is only allowed as an end time')];
  const from = parseTime(start.value);
  const to = parseTime(end.value);
  if (crossesMidnight) {
    return to % DAY === from ? [problemAt(end.path, `must differ from ${start.name} ("${start.value}")`)] : [];
  }
  if (to > from) return [];
  return [
    problemAt(
      end.path,
      `"${end.value}" must be after ${start.name} "${start.value}" (only sleep and work shifts cross midnight)`,
    ),
  ];
}

/** The two fields of an object holding `start`/`end`-like keys. */
export function fieldsOf(
  path: PropertyKey[],
  object: Record<string, unknown>,
  startKey: string,
  endKey: string,
): [SpanField, SpanField] {
  return [
    { path: [...path, startKey], name: startKey, value: String(object[startKey]) },
    { path: [...path, endKey], name: endKey, value: String(object[endKey]) },
  ];
}

/** The two ends of a `window: [start, end]`. */
export function windowFieldsOf(path: PropertyKey[], window: readonly [string, string]): [SpanField, SpanField] {
  return [
    { path: [...path, 'window', 0], name: "the window's start", value: window[0] },
    { path: [...path, 'window', 1], name: "the window's start", value: window[1] },
  ];
}
