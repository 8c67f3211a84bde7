import type { CalendarReader } from './imports/calendar-reader.js';
import type { DaysInput, ProfileInput, SlotInput } from './profile-schema.js';
import { parseTime } from './time-of-day.js';

/**
 * A validated profile with every default applied and every id resolved. Days are ISO weekday
 * numbers (1 = Monday … 7 = Sunday); times are minutes after local midnight (0 … 1440).
 */
export interface Profile {
  id: string;
  timezone: string;
  weekStart: 'monday' | 'sunday';
  name: string;
  sleep: SleepRule[];
  rules: {
    transitionMinutes: number;
    maxCommittedMinutesPerDay: number;
    minFreeMinutesPerDay: number;
    /** (r2) Less time than this at home between work and the program: travel directly. */
    minHomeMinutes: number;
  };
  privacy: { familyDetail: boolean };
  /** `leaveByLeadMinutes`: the leave-by reminder fires this long before the leave-by time. */
  alarms: { leaveBy: boolean; minutesBefore: number[]; leaveByLeadMinutes: number };
  /** The person's own support line (`support.line`, or revision 1's `supportNote`); else by zone. */
  supportNote: string | undefined;
  household: Member[];
  work: Work | undefined;
  iop: Iop | undefined;
  duties: Duty[];
  habits: Habit[];
  events: OneOffEvent[];
  /** (r2 §5a) Calendar files read at plan time, in listed order (`calendars.<i>`). */
  calendars: CalendarImport[];
  /** The expanded `calendars` files, set by the app once it has read them; absent: no import. */
  calendarReader?: CalendarReader;
}

export interface CalendarImport {
  source: string;
  file: string;
  owner: string;
  as: 'busy' | 'work';
  label: string;
}

/** (r2) A fixed start time of a slot item, on some days. */
export interface Slot {
  days: number[];
  startMinute: number;
}

export type Priority = 'high' | 'normal' | 'low';
export type SessionKind = 'group' | 'individual' | 'family' | 'education';
export type Mode = 'in-person' | 'virtual';

export interface SleepRule {
  days: number[];
  bedtimeMinute: number;
  wakeMinute: number;
}

export interface Member {
  id: string;
  name: string;
  busy: { source: string; days: number[]; startMinute: number; endMinute: number; label: string }[];
}

export interface Work {
  shifts: { source: string; days: number[]; startMinute: number; endMinute: number }[];
  flexible:
    | {
        days: number[];
        earliestMinute: number;
        latestMinute: number;
        minBlockMinutes: number;
        weeklyMinutes: number | undefined;
      }
    | undefined;
  commuteMinutes: number;
  remoteDays: number[];
  daysOff: string[];
  address: string | undefined;
  leave: {
    fmla: boolean;
    /** (r2 §4a) FMLA is claimed only when `yes`. */
    eligible: 'yes' | 'no' | 'unsure';
    normalWeeklyHours: number;
    /** Where `normalWeeklyHours` came from, so the ledger can say how it was derived. */
    normalWeeklyHoursFrom: 'profile' | 'shifts' | 'weeklyHours' | 'none';
    incrementMinutes: number;
  };
}

export interface Session {
  source: string;
  days: number[];
  startMinute: number;
  endMinute: number;
  kind: SessionKind;
  title: string;
  mode: Mode;
}

/** A flexible item: a duty with minutes + window, a habit, or a flexible IOP item. */
export interface FlexibleItem {
  source: string;
  title: string;
  kind: 'iop' | 'duty' | 'habit';
  minutes: number;
  /** Undefined: one occurrence on each listed day. */
  perWeek: number | undefined;
  days: number[];
  windowStartMinute: number;
  windowEndMinute: number;
  owners: string[];
  rotate: boolean;
  priority: Priority;
  commuteMinutes: number;
  /** Objective tier 0…5: flexible IOP, flexible work, duties, high, normal, low habits. */
  tier: number;
  /**
   * (r2) Fixed meeting times: each occurrence starts exactly at one of these on one of its days.
   * The window then spans the slots (earliest start … latest start + minutes), for display only.
   */
  slots: Slot[] | undefined;
  address: string | undefined;
  mode: Mode | undefined;
  sessionKind: SessionKind | undefined;
}

export interface Iop {
  program: string;
  startDate: string;
  weeks: number | undefined;
  mode: 'in-person' | 'virtual' | 'hybrid';
  commuteMinutes: number;
  /** (r2) Direct travel between the workplace and the program (rule 5a). */
  fromWorkMinutes: number;
  address: string | undefined;
  arriveEarlyMinutes: number;
  hoursTarget: { min: number; max: number };
  sessions: Session[];
  flexible: FlexibleItem[];
  closedDates: string[];
}

export interface FixedDuty {
  source: string;
  title: string;
  days: number[];
  startMinute: number;
  endMinute: number;
  owners: string[];
  rotate: boolean;
  commuteMinutes: number;
  address: string | undefined;
}

export type Duty = ({ fixed: true } & FixedDuty) | ({ fixed: false } & FlexibleItem);
export type Habit = FlexibleItem;

export interface OneOffEvent {
  source: string;
  title: string;
  date: string;
  startMinute: number;
  endMinute: number;
  owners: string[];
  location: string | undefined;
}

const SESSION_TITLES: Record<SessionKind, string> = {
  group: 'Group therapy',
  individual: 'Individual counselling',
  family: 'Family session',
  education: 'Relapse-prevention education',
};

export const DEFAULT_SUPPORT_NOTE =
  'In crisis? Call or text 988 (Suicide & Crisis Lifeline). SAMHSA helpline: 1-800-662-4357 (free, confidential, 24/7).';

/** Lower-case, dash-separated slug of a title (`Peer support call` → `peer-support-call`). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Expands a `days` value to ISO weekday numbers, sorted. */
export function expandDays(spec: DaysInput | undefined): number[] {
  if (spec === undefined || spec === 'daily') return [1, 2, 3, 4, 5, 6, 7];
  if (spec === 'weekdays') return [1, 2, 3, 4, 5];
  if (spec === 'weekends') return [6, 7];
  const index = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;
  return [...new Set(spec.map((d) => index[d]))].sort((a, b) => a - b);
}

const TIERS: Record<Priority, number> = { high: 3, normal: 4, low: 5 };

/**
 * Applies DESIGN §2's defaults to a schema-valid profile. Cross-field problems (unknown owners,
 * duplicate ids …) are found by `validateProfile`, which calls this only on clean input.
 */
export function normalizeProfile(input: ProfileInput): Profile {
  const sleepEntries = Array.isArray(input.sleep) ? input.sleep : [input.sleep];
  const inPersonDefault = input.iop?.mode === 'virtual' ? 'virtual' : 'in-person';
  const iopInput = input.iop;
  return {
    id: input.id ?? 'profile',
    timezone: input.timezone,
    weekStart: input.weekStart ?? 'monday',
    name: input.me?.name ?? 'Me',
    sleep: sleepEntries.map((s) => ({
      days: expandDays(s.days),
      bedtimeMinute: parseTime(s.bedtime),
      wakeMinute: parseTime(s.wake),
    })),
    rules: {
      transitionMinutes: input.rules?.transitionMinutes ?? 15,
      maxCommittedMinutesPerDay: Math.round((input.rules?.maxCommittedHoursPerDay ?? 12) * 60),
      minFreeMinutesPerDay: input.rules?.minFreeMinutesPerDay ?? 60,
      minHomeMinutes: input.rules?.minHomeMinutes ?? 60,
    },
    privacy: { familyDetail: input.privacy?.familyDetail ?? false },
    alarms: {
      leaveBy: input.alarms?.leaveBy ?? true,
      minutesBefore: input.alarms?.minutesBefore ?? [],
      leaveByLeadMinutes: input.alarms?.leaveByLeadMinutes ?? 10,
    },
    supportNote: input.support?.line ?? input.supportNote,
    household: (input.household ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      busy: (m.busy ?? []).map((b, i) => ({
        source: `household.${m.id}.busy.${i}`,
        days: expandDays(b.days),
        startMinute: parseTime(b.start),
        endMinute: parseTime(b.end),
        label: b.label ?? 'Busy',
      })),
    })),
    work: input.work && {
      shifts: (input.work.shifts ?? []).map((s, i) => ({
        source: `work.shifts.${i}`,
        days: expandDays(s.days),
        startMinute: parseTime(s.start),
        endMinute: parseTime(s.end),
      })),
      flexible: input.work.flexible && {
        days: expandDays(input.work.flexible.days),
        earliestMinute: parseTime(input.work.flexible.earliest),
        latestMinute: parseTime(input.work.flexible.latest),
        minBlockMinutes: input.work.flexible.minBlockMinutes ?? 60,
        weeklyMinutes:
          input.work.flexible.weeklyHours === undefined ? undefined : Math.round(input.work.flexible.weeklyHours * 60),
      },
      commuteMinutes: input.work.commuteMinutes ?? 0,
      remoteDays: input.work.remoteDays ? expandDays(input.work.remoteDays) : [],
      daysOff: input.work.daysOff ?? [],
      address: input.work.address,
      leave: {
        fmla: input.work.leave?.fmla ?? false,
        eligible: input.work.leave?.eligible ?? 'unsure',
        ...normalWeeklyHoursOf(input.work),
        incrementMinutes: input.work.leave?.incrementMinutes ?? 15,
      },
    },
    iop: iopInput && {
      program: iopInput.program ?? 'IOP',
      startDate: iopInput.startDate,
      weeks: iopInput.weeks,
      mode: iopInput.mode ?? 'in-person',
      commuteMinutes: iopInput.commuteMinutes ?? 0,
      fromWorkMinutes:
        iopInput.fromWorkMinutes ?? Math.max(input.work?.commuteMinutes ?? 0, iopInput.commuteMinutes ?? 0),
      address: iopInput.address,
      arriveEarlyMinutes: iopInput.arriveEarlyMinutes ?? 0,
      hoursTarget: iopInput.hoursTarget ?? { min: 9, max: 19 },
      sessions: (iopInput.sessions ?? []).map((s, i) => {
        const kind = s.kind ?? 'group';
        return {
          source: `iop.sessions.${i}`,
          days: expandDays(s.days),
          startMinute: parseTime(s.start),
          endMinute: parseTime(s.end),
          kind,
          title: s.title ?? SESSION_TITLES[kind],
          mode: s.mode ?? inPersonDefault,
        };
      }),
      flexible: (iopInput.flexible ?? []).map((f) => ({
        source: f.id ?? slugify(f.title),
        title: f.title,
        kind: 'iop' as const,
        minutes: f.minutes,
        perWeek: f.perWeek,
        days: expandDays(f.days),
        windowStartMinute: parseTime(f.window[0]),
        windowEndMinute: parseTime(f.window[1]),
        owners: ['me'],
        rotate: false,
        priority: 'normal' as const,
        commuteMinutes: (f.mode ?? inPersonDefault) === 'in-person' ? (iopInput.commuteMinutes ?? 0) : 0,
        tier: 0,
        slots: undefined,
        address: (f.mode ?? inPersonDefault) === 'in-person' ? iopInput.address : undefined,
        mode: f.mode ?? inPersonDefault,
        sessionKind: f.kind ?? 'individual',
      })),
      closedDates: iopInput.closedDates ?? [],
    },
    duties: (input.duties ?? []).map((d): Duty => {
      const source = d.id ?? slugify(d.title);
      const common = {
        source,
        title: d.title,
        days: expandDays(d.days),
        owners: d.owners ?? ['me'],
        rotate: d.rotate ?? false,
      };
      if (d.start !== undefined && d.end !== undefined) {
        return {
          fixed: true,
          ...common,
          startMinute: parseTime(d.start),
          endMinute: parseTime(d.end),
          commuteMinutes: d.commuteMinutes ?? 0,
          address: d.address,
        };
      }
      const minutes = d.minutes ?? 0;
      return {
        fixed: false,
        ...common,
        kind: 'duty',
        minutes,
        perWeek: d.perWeek,
        ...placesOf(d, minutes),
        priority: d.priority ?? 'normal',
        commuteMinutes: d.commuteMinutes ?? 0,
        address: d.address,
        tier: 2,
        mode: undefined,
        sessionKind: undefined,
      };
    }),
    habits: (input.habits ?? []).map((h) => ({
      source: h.id ?? slugify(h.title),
      title: h.title,
      kind: 'habit',
      minutes: h.minutes,
      perWeek: h.perWeek,
      ...placesOf(h, h.minutes),
      owners: ['me'],
      rotate: false,
      priority: h.priority ?? 'normal',
      commuteMinutes: h.commuteMinutes ?? 0,
      address: h.address,
      tier: TIERS[h.priority ?? 'normal'],
      mode: undefined,
      sessionKind: undefined,
    })),
    events: (input.events ?? []).map((e) => ({
      source: e.id ?? slugify(e.title),
      title: e.title,
      date: e.date,
      startMinute: parseTime(e.start),
      endMinute: parseTime(e.end),
      owners: e.owners ?? ['me'],
      location: e.location,
    })),
    calendars: (input.calendars ?? []).map((c, i) => ({
      source: `calendars.${i}`,
      file: c.file,
      owner: c.owner ?? 'me',
      as: c.as ?? 'busy',
      label: c.label ?? (c.as === 'work' ? 'Work' : 'Busy'),
    })),
  };
}

/**
 * Days and window of a flexible item. (r2) With `slots`, its days are those some slot offers
 * (within `days` when given) and the window spans the slots; the allocator uses the slots.
 */
function placesOf(
  item: { days?: DaysInput | undefined; window?: [string, string] | undefined; slots?: SlotInput[] | undefined },
  minutes: number,
): Pick<FlexibleItem, 'days' | 'windowStartMinute' | 'windowEndMinute' | 'slots'> {
  const own = expandDays(item.days);
  if (item.slots === undefined) {
    const window = item.window ?? ['00:00', '24:00'];
    return {
      days: own,
      windowStartMinute: parseTime(window[0]),
      windowEndMinute: parseTime(window[1]),
      slots: undefined,
    };
  }
  const slots = item.slots.map((s) => ({
    days: s.days === undefined ? own : expandDays(s.days).filter((d) => own.includes(d)),
    startMinute: parseTime(s.start),
  }));
  const offered = new Set(slots.flatMap((s) => s.days));
  const starts = slots.map((s) => s.startMinute);
  return {
    days: own.filter((d) => offered.has(d)),
    windowStartMinute: Math.min(...starts),
    windowEndMinute: Math.max(...starts) + minutes,
    slots,
  };
}

/**
 * (r2 §4a) The person's normal work week: as written, else the shifts' week (each shift's length
 * times its days), else `work.flexible.weeklyHours`.
 */
function normalWeeklyHoursOf(
  work: NonNullable<ProfileInput['work']>,
): Pick<Work['leave'], 'normalWeeklyHours' | 'normalWeeklyHoursFrom'> {
  const written = work.leave?.normalWeeklyHours;
  if (written !== undefined) return { normalWeeklyHours: written, normalWeeklyHoursFrom: 'profile' };
  const shifts = work.shifts ?? [];
  if (shifts.length > 0) {
    const minutes = shifts.reduce((sum, s) => {
      const start = parseTime(s.start);
      const end = parseTime(s.end);
      const length = end > start ? end - start : end + 24 * 60 - start;
      return sum + length * expandDays(s.days).length;
    }, 0);
    return { normalWeeklyHours: Math.round((minutes / 60) * 100) / 100, normalWeeklyHoursFrom: 'shifts' };
  }
  const weekly = work.flexible?.weeklyHours;
  if (weekly !== undefined) return { normalWeeklyHours: weekly, normalWeeklyHoursFrom: 'weeklyHours' };
  return { normalWeeklyHours: 0, normalWeeklyHoursFrom: 'none' };
}

/** Every flexible item of the profile: flexible IOP items, flexible duties, then habits (whatever their priority), each in listed order. */
export function flexibleItemsOf(profile: Profile): FlexibleItem[] {
  const duties = profile.duties.filter((d): d is { fixed: false } & FlexibleItem => !d.fixed);
  return [...(profile.iop?.flexible ?? []), ...duties, ...profile.habits];
}
