import type ICAL from 'ical.js';
import type { CalendarCoverage, ImportedEvent } from '../../domain/imports/calendar-reader.js';
import { instantOfWallTime } from '../../domain/time/wall-time.js';
import { localDateOf } from '../../domain/week.js';
import { type IcsLines, propertyLine } from './ics-text.js';
import { stripUntil, untilReached } from './recur-bounds.js';
import { floating, ianaOffsets, type OffsetAt, resolveTzid, wallMs } from './time-zones.js';

type Ical = typeof ICAL;
type Component = InstanceType<Ical['Component']>;
type Property = InstanceType<Ical['Property']>;
type Time = InstanceType<Ical['Time']>;
type Recur = InstanceType<Ical['Recur']>;

const DAY_MS = 86_400_000;
/** Offsets lie within ±14 hours; a wall time is within this of its instant. */
const SLACK_MS = 2 * DAY_MS;
/** A rule that yields this many occurrences before reaching a week is refused, not cut short silently. */
const MAX_OCCURRENCES = 2_000_000;

/** A problem in a calendar file, at a line. */
export class IcsError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/** A date or date-time value: its wall fields (as if UTC, in ms) and how to read them. */
interface TimeValue {
  wall: number;
  isDate: boolean;
  /** `utc`: the wall time is the instant. Otherwise the zone's offsets. */
  zone: 'utc' | OffsetAt;
}

/** The length of an instance: whole nominal days (wall-clock) plus exact milliseconds (RFC 5545 §3.3.6). */
interface Length {
  days: number;
  ms: number;
}

interface ParsedEvent {
  uid: string;
  summary: string;
  cancelled: boolean;
  start: TimeValue;
  length: Length | undefined;
  rule: { recur: Recur; until: ReturnType<typeof stripUntil>['until']; bounded: boolean; start: Time } | undefined;
  rdates: { start: TimeValue; end: TimeValue | undefined }[];
  exdates: TimeValue[];
  recurrenceId: TimeValue | undefined;
}

/**
 * One parsed `.ics` file, expanded on request (RFC 5545 §3.8.5): DTSTART, RRULE (ical.js's
 * iterator, on the wall clock), RDATE, EXDATE, RECURRENCE-ID overrides; cancelled events and
 * instances left out. Wall times become instants here, not in ical.js: by the week model's rule
 * (`instantOfWallTime`), with IANA TZIDs read from the zone database, other TZIDs through the
 * file's VTIMEZONE, floating and all-day values in the profile's zone.
 */
export class ExpandedCalendar {
  private readonly series: { master: ParsedEvent | undefined; overrides: ParsedEvent[] }[];
  private readonly local: OffsetAt;

  constructor(
    private readonly ical: Ical,
    root: Component,
    private readonly lines: IcsLines,
    private readonly zone: string,
  ) {
    this.local = ianaOffsets(zone);
    const vtimezones = new Map<string, Component>();
    for (const tz of root.getAllSubcomponents('vtimezone')) {
      const id = tz.getFirstPropertyValue('tzid');
      if (typeof id === 'string') vtimezones.set(id, tz);
    }
    const parsed = root.getAllSubcomponents('vevent').map((ev, i) => this.parseEvent(ev, i, vtimezones));
    const byUid = new Map<string, { master: ParsedEvent | undefined; overrides: ParsedEvent[] }>();
    const series: { master: ParsedEvent | undefined; overrides: ParsedEvent[] }[] = [];
    for (const ev of parsed) {
      let group = byUid.get(ev.uid);
      if (!group) {
        group = { master: undefined, overrides: [] };
        byUid.set(ev.uid, group);
        series.push(group);
      }
      if (ev.recurrenceId) group.overrides.push(ev);
      else if (!group.master) group.master = ev;
      else series.push({ master: ev, overrides: [] });
    }
    this.series = series;
  }

  /** Instances overlapping `[fromMs, toMs)`, sorted by start then uid. */
  events(fromMs: number, toMs: number): ImportedEvent[] {
    const out: ImportedEvent[] = [];
    for (const { master, overrides } of this.series) {
      const replaced = new Set(overrides.map((o) => this.key(o.recurrenceId!)));
      if (master && !master.cancelled) {
        for (const inst of this.instances(master, fromMs, toMs)) {
          if (replaced.has(this.key(inst.start)) || this.keyOnDate(replaced, inst.start)) continue;
          if (inst.endMs > fromMs && inst.startMs < toMs) out.push(this.toEvent(master, inst));
        }
      }
      for (const o of overrides) {
        if (o.cancelled) continue;
        const length = o.length ?? master?.length ?? defaultLength(o.start);
        const startMs = this.instant(o.start);
        const endMs = this.endOf(o.start, startMs, length);
        if (endMs > fromMs && startMs < toMs) out.push(this.toEvent(o, { startMs, endMs, start: o.start }));
      }
    }
    return out.sort(
      (a, b) => a.startMs - b.startMs || a.endMs - b.endMs || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
    );
  }

  /** From the day of the first event to the day the last one starts; open-ended with an endless rule. */
  coverage(): CalendarCoverage | undefined {
    let first: number | undefined;
    let last: number | undefined;
    let open = false;
    const see = (ms: number) => {
      first = first === undefined ? ms : Math.min(first, ms);
      last = last === undefined ? ms : Math.max(last, ms);
    };
    for (const { master, overrides } of this.series) {
      for (const ev of [master, ...overrides]) {
        if (!ev || ev.cancelled) continue;
        see(this.instant(ev.start));
        for (const r of ev.rdates) see(this.instant(r.start));
        if (!ev.rule) continue;
        if (!ev.rule.bounded) {
          open = true;
          continue;
        }
        const it = ev.rule.recur.iterator(floating(this.ical, ev.rule.start));
        let lastStart: number | undefined;
        for (let n = 0, t = it.next(); t; t = it.next(), n++) {
          if (n > MAX_OCCURRENCES) throw this.tooMany(ev);
          const wall = wallMs(t);
          const value = { ...ev.start, wall };
          const ms = this.instant(value);
          if (untilReached(ev.rule.until, ms, wall)) break;
          lastStart = ms;
        }
        if (lastStart !== undefined) see(lastStart);
      }
    }
    if (first === undefined || last === undefined) return undefined;
    return { first: localDateOf(first, this.zone), last: open ? null : localDateOf(last, this.zone) };
  }

  private *instances(ev: ParsedEvent, fromMs: number, toMs: number) {
    const length = ev.length ?? defaultLength(ev.start);
    const reach = length.days * DAY_MS + length.ms + SLACK_MS;
    const excluded = new Set(ev.exdates.map((x) => this.key(x)));
    const seen = new Set<string>();
    const emit = (start: TimeValue, explicitEnd?: TimeValue) => {
      const key = this.key(start);
      if (seen.has(key) || excluded.has(key) || this.keyOnDate(excluded, start)) return undefined;
      seen.add(key);
      const startMs = this.instant(start);
      const endMs = explicitEnd ? this.instant(explicitEnd) : this.endOf(start, startMs, length);
      return { start, startMs, endMs };
    };
    const first = emit(ev.start);
    if (first) yield first;
    for (const r of ev.rdates) {
      const inst = emit(r.start, r.end);
      if (inst) yield inst;
    }
    if (!ev.rule) return;
    const it = ev.rule.recur.iterator(floating(this.ical, ev.rule.start));
    for (let n = 0, t = it.next(); t; t = it.next(), n++) {
      if (n > MAX_OCCURRENCES) throw this.tooMany(ev);
      const wall = wallMs(t);
      if (wall >= toMs + SLACK_MS) break;
      // Far before the range: no need to know the instant (nor UNTIL, which only ends the rule).
      if (wall + reach < fromMs) continue;
      const value: TimeValue = { ...ev.start, wall };
      if (untilReached(ev.rule.until, this.instant(value), wall)) break;
      const inst = emit(value);
      if (inst) yield inst;
    }
  }

  private toEvent(ev: ParsedEvent, inst: { startMs: number; endMs: number; start: TimeValue }): ImportedEvent {
    return {
      uid: ev.uid,
      summary: ev.summary,
      startMs: inst.startMs,
      endMs: Math.max(inst.endMs, inst.startMs),
      allDay: inst.start.isDate,
    };
  }

  private instant(v: TimeValue): number {
    if (v.zone === 'utc') return v.wall;
    return instantOfWallTime(v.wall, v.isDate ? this.local : v.zone);
  }

  /** The end of an instance: nominal days on the wall clock of the start's zone, then exact time. */
  private endOf(start: TimeValue, startMs: number, length: Length): number {
    if (length.days === 0) return startMs + length.ms;
    return this.instant({ ...start, wall: start.wall + length.days * DAY_MS }) + length.ms;
  }

  /** Instances are matched (EXDATE, RECURRENCE-ID) by instant, dates by date. */
  private key(v: TimeValue): string {
    if (v.isDate) return `D${new Date(v.wall).toISOString().slice(0, 10)}`;
    return `T${this.instant(v)}`;
  }

  /** A DATE-valued EXDATE or RECURRENCE-ID against a timed series: every instance on that local day. */
  private keyOnDate(keys: Set<string>, v: TimeValue): boolean {
    if (v.isDate) return false;
    return keys.has(`D${new Date(v.wall).toISOString().slice(0, 10)}`);
  }

  private tooMany(ev: ParsedEvent): IcsError {
    return new IcsError(`event ${ev.uid}: its rule repeats too often to expand`, undefined);
  }

  private parseEvent(ev: Component, index: number, vtimezones: Map<string, Component>): ParsedEvent {
    const fail = (message: string, prop?: string): never => {
      throw new IcsError(message, propertyLine(this.lines, index, prop));
    };
    const timeValueOf = (prop: Property, raw: unknown, name: string): TimeValue => {
      const t = raw as Time | null;
      if (!t || typeof t !== 'object' || !('year' in t) || !Number.isFinite(wallMs(t))) {
        return fail(`${name.toUpperCase()} is not a date or date-time`, name);
      }
      if (t.isDate) return { wall: wallMs(t), isDate: true, zone: this.local };
      if (t.zone?.tzid === 'UTC') return { wall: wallMs(t), isDate: false, zone: 'utc' };
      const tzid = prop.getParameter('tzid');
      if (typeof tzid === 'string' && tzid !== '') {
        const zone = resolveTzid(this.ical, tzid, vtimezones);
        if (!zone) return fail(`unknown time zone "${tzid}" (no VTIMEZONE for it in the file)`, name);
        return { wall: wallMs(t), isDate: false, zone };
      }
      return { wall: wallMs(t), isDate: false, zone: this.local };
    };
    const single = (name: string): TimeValue | undefined => {
      const prop = ev.getFirstProperty(name);
      return prop ? timeValueOf(prop, prop.getFirstValue(), name) : undefined;
    };
    const start = single('dtstart') ?? fail('event has no DTSTART');
    const end = single('dtend');
    const uidValue = ev.getFirstPropertyValue('uid');
    const uid = typeof uidValue === 'string' && uidValue !== '' ? uidValue : `line-${propertyLine(this.lines, index)}`;
    let length: Length | undefined;
    if (end) {
      if (start.isDate) length = { days: Math.round((end.wall - start.wall) / DAY_MS), ms: 0 };
      else length = { days: 0, ms: this.instant(end) - this.instant(start) };
      if (length.days < 0 || length.ms < 0) fail('DTEND is before DTSTART', 'dtend');
    } else {
      const duration = ev.getFirstPropertyValue('duration') as InstanceType<Ical['Duration']> | null;
      if (duration && typeof duration === 'object' && 'weeks' in duration) {
        if (duration.isNegative) fail('DURATION is negative', 'duration');
        length = {
          days: duration.weeks * 7 + duration.days,
          ms: ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000,
        };
      }
    }
    const rrule = ev.getFirstPropertyValue('rrule') as Recur | null;
    let rule: ParsedEvent['rule'];
    if (rrule && typeof rrule === 'object' && 'freq' in rrule) {
      const { recur, until } = stripUntil(this.ical, rrule);
      const t = ev.getFirstPropertyValue('dtstart') as Time;
      rule = { recur, until, bounded: until !== undefined || Boolean(rrule.count), start: t };
    }
    const listOf = (name: string) =>
      ev.getAllProperties(name).flatMap((prop) =>
        prop.getValues().map((v: unknown) => {
          if (v && typeof v === 'object' && 'start' in v && !('year' in v)) {
            const period = v as InstanceType<Ical['Period']>;
            const periodEnd = period.end ?? (period.duration ? period.getEnd() : undefined);
            return {
              start: timeValueOf(prop, period.start, name),
              end: periodEnd ? timeValueOf(prop, periodEnd, name) : undefined,
            };
          }
          return { start: timeValueOf(prop, v, name), end: undefined };
        }),
      );
    const status = ev.getFirstPropertyValue('status');
    const summary = ev.getFirstPropertyValue('summary');
    return {
      uid,
      summary: typeof summary === 'string' ? summary : '',
      cancelled: typeof status === 'string' && status.toUpperCase() === 'CANCELLED',
      start,
      length,
      rule,
      rdates: listOf('rdate'),
      exdates: listOf('exdate').map((x) => x.start),
      recurrenceId: single('recurrence-id'),
    };
  }
}

/** RFC 5545 §3.6.1: with neither DTEND nor DURATION, a date lasts one day and a date-time no time. */
function defaultLength(start: TimeValue): Length {
  return start.isDate ? { days: 1, ms: 0 } : { days: 0, ms: 0 };
}
