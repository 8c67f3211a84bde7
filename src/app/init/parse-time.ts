/**
 * Times as people type them: `6:30`, `18`, `6:30pm`, `10:30 PM`, `0630`, `18.30`, `noon`. The
 * result is the profile's `HH:MM` (24-hour). A number without am/pm is read on the 24-hour clock
 * (`6` is 06:00, `18` is 18:00). Errors start with what was typed and say why it is not a time
 * (`25:00: hours go up to 23`), so the person can fix the one thing that is wrong.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ClockOptions {
  /** `24:00` (the end of a day) is allowed: only for the end of a span. */
  end?: boolean;
}

const EXAMPLE = 'type e.g. 6:30pm or 18:30';
const pad = (n: number) => String(n).padStart(2, '0');
const fail = (error: string): Parsed<never> => ({ ok: false, error });

/** `"6:30pm"` → `"18:30"`; see the module comment for what is accepted. */
export function parseClock(input: string, options: ClockOptions = {}): Parsed<string> {
  const text = input.trim();
  if (text === '') return fail(`Type a time: ${EXAMPLE}`);
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'noon' || lower === 'midday') return { ok: true, value: '12:00' };
  if (lower === 'midnight') return { ok: true, value: options.end ? '24:00' : '00:00' };

  const match = /^(\d{1,4})(?:[:.h](\d*))? ?(?:(a|p)\.? ?m?\.?)?$/.exec(lower);
  if (!match) return fail(`${text}: not a time; ${EXAMPLE}`);
  const [, digits = '', minutePart, half] = match;
  let hours: number;
  let minutes: number;
  if (minutePart !== undefined) {
    if (digits.length > 2) return fail(`${text}: too many digits before the colon; ${EXAMPLE}`);
    if (minutePart.length !== 2) return fail(`${text}: minutes need two digits (like 07:05 or 19:30)`);
    hours = Number(digits);
    minutes = Number(minutePart);
  } else if (digits.length <= 2) {
    hours = Number(digits);
    minutes = 0;
  } else {
    // 0630, 1830, 630: hours then two digits of minutes.
    hours = Number(digits.slice(0, -2));
    minutes = Number(digits.slice(-2));
  }
  if (minutes > 59) return fail(`${text}: minutes go up to 59`);
  if (half) {
    if (hours < 1 || hours > 12) return fail(`${text}: with am or pm, hours go from 1 to 12`);
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
    return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
  }
  if (hours === 24 && minutes === 0) {
    return options.end ? { ok: true, value: '24:00' } : fail(`${text}: a day starts at 00:00 (24:00 is only an end)`);
  }
  if (hours > 23) return fail(`${text}: hours go up to 23`);
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}

export interface Span {
  start: string;
  end: string;
}

export interface SpanOptions {
  /** The end may be earlier than the start, meaning the next morning (sleep, night shifts). */
  overnight?: boolean;
  /** What the span is, for messages ("a habit"). */
  what?: string;
}

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Splits `start-end`, `start – end` or `start to end`; the parts are not checked. */
export function splitSpan(input: string): [string, string] | undefined {
  const parts = input.trim().split(/\s*(?:–|—|-|\bto\b|\buntil\b)\s*/i);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return [parts[0], parts[1]];
}

/**
 * `"10:30pm-6:30"` → `{ start: "22:30", end: "06:30" }`. Without `overnight`, the span lies in one
 * day: an end of midnight (`00:00`, `12am`) is read as `24:00`, and an end before the start is
 * refused with a message that says why. The raw span crossing midnight is reported by
 * `crossesMidnight` for callers that can offer something else (two windows).
 */
export function parseSpan(input: string, options: SpanOptions = {}): Parsed<Span> {
  const parts = splitSpan(input);
  if (!parts) return fail(`${input.trim() || '(empty)'}: type a start and an end, e.g. 9am-5pm or 09:00-17:00`);
  const start = parseClock(parts[0]);
  if (!start.ok) return fail(`start ${start.error}`);
  const end = parseClock(parts[1], { end: true });
  if (!end.ok) return fail(`end ${end.error}`);
  let endValue = end.value;
  if (!options.overnight && endValue === '00:00') endValue = '24:00';
  if (options.overnight && endValue === '24:00') endValue = '00:00';
  // "6:30-7pm", "10-6am": a bare start next to an end with am/pm is read as am or pm too when
  // that gives the shortest span that fits (as people mean it): 6:30-7pm is half an hour, not
  // 12.5 hours, and a sleep of 10-6am starts at 22:00.
  const half = /([ap])\.? ?m?\.?$/i.exec(parts[1].trim())?.[1];
  const candidates = [start.value];
  if (half && !/[ap]\.? ?m?\.?$/i.test(parts[0].trim())) {
    for (const h of [half, half.toLowerCase() === 'a' ? 'p' : 'a']) {
      const read = parseClock(`${parts[0]}${h}m`);
      if (read.ok) candidates.push(read.value);
    }
  }
  const fits = (from: string) => {
    const [s, e] = [minuteOf(from), minuteOf(endValue)];
    return s !== e && (options.overnight || e > s);
  };
  // "8:15-3", "9-5" for a span within one day: a bare end before the start, read as pm, is the
  // only reading that fits (the answer then shows 08:15-15:00, so the person sees it).
  // Only a short hour as people say it (3, 5:30), never 24-hour writing (03:00, 15).
  const bare = (part: string) => /^(?:[1-9]|1[01])(?:[:.h]\d\d)?$/.test(part.trim());
  const bareEnd = bare(parts[1]);
  // "1-6", "2-3:30" for a span within one day: both bare, starting before 6, mean the afternoon.
  if (!options.overnight && bare(parts[0]) && bareEnd && Number(start.value.slice(0, 2)) <= 5) {
    const pm = (hhmm: string) => `${String(Number(hhmm.slice(0, 2)) + 12).padStart(2, '0')}${hhmm.slice(2)}`;
    if (Number(endValue.slice(0, 2)) < 12) endValue = pm(endValue);
    candidates[0] = pm(start.value);
  }
  const endHour = Number(endValue.slice(0, 2));
  if (!options.overnight && bareEnd && endHour >= 1 && endHour < 12 && candidates.every((c) => !fits(c))) {
    const later = `${String(endHour + 12).padStart(2, '0')}${endValue.slice(2)}`;
    if (candidates.some((c) => minuteOf(c) < minuteOf(later))) endValue = later;
  }
  const usable = candidates.filter(fits);
  const startValue = usable.sort(
    (a, b) => spanMinutes({ start: a, end: endValue }) - spanMinutes({ start: b, end: endValue }),
  )[0];
  if (startValue === undefined) {
    if (minuteOf(start.value) === minuteOf(endValue)) {
      return fail(`${start.value}-${endValue}: the end must differ from the start`);
    }
    return fail(
      `${start.value}-${endValue} runs past midnight: ${options.what ?? 'this'} must end by 24:00 (midnight)`,
    );
  }
  return { ok: true, value: { start: startValue, end: endValue } };
}

/** Minutes from start to end, across midnight when the end is earlier. */
export function spanMinutes(span: Span): number {
  const [s, e] = [minuteOf(span.start), minuteOf(span.end)];
  return e > s ? e - s : e + 1440 - s;
}

/** `"18:30"`, or for a span `"22:30-06:30 (ends next morning)"`: what the answer was understood as. */
export function describeSpan(span: Span): string {
  return `${span.start}-${span.end}${minuteOf(span.end) < minuteOf(span.start) ? ' (ends next morning)' : ''}`;
}
