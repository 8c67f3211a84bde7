import type ICAL from 'ical.js';

type Ical = typeof ICAL;
type Recur = InstanceType<Ical['Recur']>;

/** How a rule's UNTIL is compared: a UTC instant, a floating wall time, or a date (inclusive). */
export type Until =
  | { kind: 'instant'; ms: number }
  | { kind: 'wall'; ms: number }
  | { kind: 'date'; ms: number }
  | undefined;

/**
 * The rule without its UNTIL, and the UNTIL itself. ical.js compares UNTIL to occurrences with its
 * own idea of their zone, which is wrong for zones it was not given; the caller compares instead.
 */
export function stripUntil(ical: Ical, rule: Recur): { recur: Recur; until: Until } {
  const data = rule.toJSON() as Record<string, unknown>;
  const untilTime = rule.until;
  if (!untilTime) return { recur: rule, until: undefined };
  delete data.until;
  const recur = ical.Recur.fromData(data as ConstructorParameters<Ical['Recur']>[0]);
  const wall = Date.UTC(
    untilTime.year,
    untilTime.month - 1,
    untilTime.day,
    untilTime.isDate ? 23 : untilTime.hour,
    untilTime.isDate ? 59 : untilTime.minute,
    untilTime.isDate ? 59 : untilTime.second,
  );
  const isUtc = !untilTime.isDate && untilTime.zone?.tzid === 'UTC';
  return { recur, until: { kind: untilTime.isDate ? 'date' : isUtc ? 'instant' : 'wall', ms: wall } };
}

/** True when an occurrence (its instant and its wall time) lies after UNTIL. */
export function untilReached(until: Until, instantMs: number, wallMs: number): boolean {
  if (!until) return false;
  return until.kind === 'instant' ? instantMs > until.ms : wallMs > until.ms;
}
