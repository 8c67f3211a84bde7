import { isAbsolute, resolve } from 'node:path';
import type { ProfileInput } from '../domain/profile-schema.js';
import type { Prompter } from './init/prompter.js';

type CalendarEntry = NonNullable<ProfileInput['calendars']>[number];

export interface RosterQuestionContext {
  /** Where a relative answer is read from (the folder `init` runs in). */
  cwd: string;
  /** Reads and expands a calendar file; a message when it cannot (see `checkCalendarFile`). */
  check: (path: string, timezone: string) => Promise<string | undefined>;
}

/**
 * (r2 §5a) The `init` question "Do you have your work schedule as a calendar file?", for the work
 * section to call: on yes, asks for the `.ics` file (stored as a full path, since the stored
 * profile lives in the config folder), reads it to catch a wrong file at once, and returns the
 * draft with an `as: work` calendar in place of any earlier one; on no, without it. Question ids:
 * `calendars.roster`, `calendars.roster.file`, `calendars.roster.label`.
 */
export async function askRosterCalendar(
  p: Prompter,
  draft: ProfileInput,
  ctx: RosterQuestionContext,
): Promise<ProfileInput> {
  const others = (draft.calendars ?? []).filter((c) => c.as !== 'work');
  const old = (draft.calendars ?? []).find((c) => c.as === 'work');
  const wanted = await p.confirm({
    id: 'calendars.roster',
    message: 'Do you have your work schedule as a calendar file (.ics)?',
    default: old !== undefined,
  });
  if (!wanted) return withCalendars(draft, others);
  for (;;) {
    const answer = await p.input({
      id: 'calendars.roster.file',
      message: 'Path to the calendar file',
      ...(old ? { default: old.file } : {}),
      validate: (text) => (text.trim() === '' ? 'Give the path of an .ics file' : true),
    });
    const file = isAbsolute(answer.trim()) ? answer.trim() : resolve(ctx.cwd, answer.trim());
    const problem = await ctx.check(file, draft.timezone);
    if (problem !== undefined) {
      p.say(`That file cannot be used: ${problem}`);
      continue;
    }
    const label = await p.input({
      id: 'calendars.roster.label',
      message: 'A name for these shifts in your plan',
      default: old?.label ?? 'Work',
      validate: (text) => (text.trim() === '' ? 'Give a short name, e.g. Work' : true),
    });
    const roster: CalendarEntry = { file, as: 'work', label: label.trim() };
    p.say('Your shifts will come from that file on the days it covers; work hours you give below apply on other days.');
    return withCalendars(draft, [roster, ...others]);
  }
}

function withCalendars(draft: ProfileInput, calendars: CalendarEntry[]): ProfileInput {
  const { calendars: _old, ...rest } = draft;
  return calendars.length > 0 ? { ...rest, calendars } : rest;
}

/** The default `check`: reads the file as `plan` would; undefined when it is fine. */
export async function checkCalendarFile(path: string, timezone: string): Promise<string | undefined> {
  const { readCalendars } = await import('../adapters/calendar-import/read-calendars.js');
  try {
    const profile = {
      timezone,
      calendars: [{ source: 'calendars.0', file: path, owner: 'me', as: 'work', label: 'Work' }],
    };
    const reader = await readCalendars(profile as never, '/');
    if (reader.coverage('calendars.0') === undefined) return 'it holds no events';
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
