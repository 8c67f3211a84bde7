import { z } from 'zod';

// A command validates one profile and exits: compiling zod's fast paths (its default) costs more
// than it saves on a single parse (measured: about 12 ms against 4 ms for the first parse).
z.config({ jitless: true });

/**
 * The profile format v1 (DESIGN §2): the single source of truth for validation, for the
 * TypeScript types and for `templates/profile.schema.json` (written by `npm run schema`).
 * Objects are strict: an unknown key is usually a typo and is reported, not ignored.
 */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How a wrong value is quoted in a message: short strings as typed, anything else by its kind. */
function shown(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input); // long ones are shortened when formatted
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return Array.isArray(input) ? 'a list' : input === null ? 'null' : 'a mapping';
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const time = z
  .string({ error: 'must be a time (HH:MM)' })
  .regex(TIME, { error: (iss) => `${shown(iss.input)} is not a time (HH:MM)` });

export const date = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .regex(DATE, { error: (iss) => `${shown(iss.input)} is not a date (YYYY-MM-DD)` });

const weekday = z.enum(WEEKDAYS, { error: (iss) => `${shown(iss.input)} is not a day (mon … sun)` });
export const days = z.union([z.enum(['daily', 'weekdays', 'weekends']), z.array(weekday).min(1)], {
  error: 'must be daily, weekdays, weekends or a list of days (mon … sun)',
});

const minutes = (max = 24 * 60) =>
  z.number({ error: 'must be a number of minutes' }).int('must be whole minutes').min(0).max(max);
const positiveMinutes = (max = 24 * 60) => minutes(max).min(1, 'must be at least 1 minute');
const hours = z.number({ error: 'must be a number of hours' }).min(0).max(168);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
  .max(64);
const title = z.string().trim().min(1, 'must not be empty').max(200);
const owners = z.array(z.string().min(1)).min(1);
const priority = z.enum(['high', 'normal', 'low']);
const window = z.tuple([time, time], { error: 'must be ["HH:MM", "HH:MM"]' });
const sessionKind = z.enum(['group', 'individual', 'family', 'education']);
const mode = z.enum(['in-person', 'virtual']);
/** (r2) Free text for a place; becomes the calendar event's LOCATION in the `me` view only. */
const address = z.string().trim().min(1, 'must not be empty').max(300);
/** (r2) A fixed meeting time: each occurrence starts exactly at one slot's start on one of its days. */
const slot = z.strictObject({ days: days.optional(), start: time });
const slots = z.array(slot).min(1, 'must list at least one slot').max(50);

const sleepEntry = z.strictObject({ days: days.optional(), bedtime: time, wake: time });

const busy = z.strictObject({ days: days.optional(), start: time, end: time, label: z.string().max(200).optional() });

const member = z.strictObject({
  id,
  name: title,
  busy: z.array(busy).max(50).optional(),
});

const shift = z.strictObject({ days: days.optional(), start: time, end: time });

const work = z.strictObject({
  shifts: z.array(shift).max(50).optional(),
  flexible: z
    .strictObject({
      days: days.optional(),
      earliest: time,
      latest: time,
      minBlockMinutes: positiveMinutes().optional(),
      weeklyHours: hours.optional(),
    })
    .optional(),
  commuteMinutes: minutes(600).optional(),
  address: address.optional(),
  remoteDays: z.array(weekday).optional(),
  daysOff: z.array(date).max(400).optional(),
  leave: z
    .strictObject({
      fmla: z.boolean().optional(),
      eligible: z.enum(['yes', 'no', 'unsure']).optional(),
      normalWeeklyHours: hours.optional(),
      incrementMinutes: positiveMinutes(60).optional(),
    })
    .optional(),
});

const session = z.strictObject({
  days: days.optional(),
  start: time,
  end: time,
  kind: sessionKind.optional(),
  title: title.optional(),
  mode: mode.optional(),
});

const flexibleIop = z.strictObject({
  id: id.optional(),
  title,
  minutes: positiveMinutes(),
  perWeek: z.number().int().min(1).max(7).optional(),
  days: days.optional(),
  window,
  kind: sessionKind.optional(),
  mode: mode.optional(),
});

const iop = z.strictObject({
  program: z.string().trim().min(1).max(200).optional(),
  startDate: date,
  weeks: z.number().int().min(1).max(104).optional(),
  mode: z.enum(['in-person', 'virtual', 'hybrid']).optional(),
  commuteMinutes: minutes(600).optional(),
  fromWorkMinutes: minutes(600).optional(),
  address: address.optional(),
  arriveEarlyMinutes: minutes(120).optional(),
  hoursTarget: z.strictObject({ min: hours, max: hours }).optional(),
  sessions: z.array(session).max(50).optional(),
  flexible: z.array(flexibleIop).max(50).optional(),
  closedDates: z.array(date).max(400).optional(),
});

const duty = z.strictObject({
  id: id.optional(),
  title,
  days: days.optional(),
  start: time.optional(),
  end: time.optional(),
  minutes: positiveMinutes().optional(),
  window: window.optional(),
  slots: slots.optional(),
  perWeek: z.number().int().min(1).max(7).optional(),
  owners: owners.optional(),
  rotate: z.boolean().optional(),
  priority: priority.optional(),
  commuteMinutes: minutes(600).optional(),
  address: address.optional(),
});

const habit = z.strictObject({
  id: id.optional(),
  title,
  minutes: positiveMinutes(),
  perWeek: z.number().int().min(1).max(7).optional(),
  days: days.optional(),
  window: window.optional(),
  slots: slots.optional(),
  priority: priority.optional(),
  commuteMinutes: minutes(600).optional(),
  address: address.optional(),
});

const event = z.strictObject({
  id: id.optional(),
  title,
  date,
  start: time,
  end: time,
  owners: owners.optional(),
  location: z.string().max(200).optional(),
});

/** (r2 §5a) An `.ics` file read at plan time as fixed time of one owner. */
const calendarImport = z.strictObject({
  file: z.string().min(1, 'must not be empty').max(4096),
  owner: z.string().min(1).optional(),
  as: z.enum(['busy', 'work']).optional(),
  label: title.optional(),
});

export const profileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, { error: 'must be 1 (the only profile format version)' }),
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be letters, digits and dashes')
    .optional(),
  timezone: z.string().min(1),
  weekStart: z.enum(['monday', 'sunday']).optional(),
  me: z.strictObject({ name: title }).optional(),
  sleep: z.union([sleepEntry, z.array(sleepEntry).min(1).max(14)]),
  rules: z
    .strictObject({
      transitionMinutes: minutes(240).optional(),
      maxCommittedHoursPerDay: z.number().min(1).max(24).optional(),
      minFreeMinutesPerDay: minutes().optional(),
      minHomeMinutes: minutes().optional(),
    })
    .optional(),
  privacy: z.strictObject({ familyDetail: z.boolean().optional() }).optional(),
  alarms: z
    .strictObject({
      leaveBy: z.boolean().optional(),
      minutesBefore: z
        .array(minutes(7 * 24 * 60))
        .max(5)
        .optional(),
      /** How long before the leave-by time its reminder fires (default 10). */
      leaveByLeadMinutes: minutes(120).optional(),
    })
    .optional(),
  /** (r2) The support note's text; by default it follows the zone's country. */
  support: z.strictObject({ line: z.string().trim().min(1, 'must not be empty').max(500) }).optional(),
  /** Revision-1 spelling of `support.line`, still read. */
  supportNote: z.string().max(500).optional(),
  household: z.array(member).max(20).optional(),
  work: work.optional(),
  iop: iop.optional(),
  duties: z.array(duty).max(100).optional(),
  habits: z.array(habit).max(100).optional(),
  events: z.array(event).max(200).optional(),
  calendars: z.array(calendarImport).max(20).optional(),
});

/** A profile as written by a person (optional fields may be missing). */
export type ProfileInput = z.infer<typeof profileSchema>;
export type SleepEntryInput = z.infer<typeof sleepEntry>;
export type DutyInput = z.infer<typeof duty>;
export type HabitInput = z.infer<typeof habit>;
export type EventInput = z.infer<typeof event>;
export type SessionInput = z.infer<typeof session>;
export type FlexibleIopInput = z.infer<typeof flexibleIop>;
export type DaysInput = z.infer<typeof days>;
export type SlotInput = z.infer<typeof slot>;
