import type { ProfileInput } from '../../domain/profile-schema.js';
import { validateProfile } from '../../domain/validate-profile.js';
import { assignIds } from './assign-ids.js';
import type { Prompter } from './prompter.js';
import { askAbout } from './sections/about.js';
import { askCalendars } from './sections/calendars.js';
import { askDuties } from './sections/duties.js';
import { askEvents } from './sections/events.js';
import { askHabits } from './sections/habits.js';
import { askHousehold } from './sections/household.js';
import { askIop } from './sections/iop.js';
import type { Section, WizardContext } from './sections/section-types.js';
import { askSleep } from './sections/sleep.js';
import { askWork } from './sections/work.js';

/**
 * The sections in the order a person thinks about their week. Work comes before sleep so that
 * sleep can follow the shifts, and before the IOP so that the track offered first fits the work.
 * The roster calendar (`calendars`, an `.ics` of shifts) comes right after work, which it refines.
 */
export const SECTIONS = {
  about: askAbout,
  work: askWork,
  calendars: askCalendars,
  sleep: askSleep,
  iop: askIop,
  household: askHousehold,
  duties: askDuties,
  habits: askHabits,
  events: askEvents,
} satisfies Record<string, Section>;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** Each section's title, and one line on why it is asked. */
export const SECTION_TITLES: Record<SectionName, [string, string]> = {
  about: ['About you', 'the name on your plan, your time zone and the first day of your week'],
  work: ['Work', 'the plan works treatment around your hours and counts the time off work'],
  calendars: ['Work calendar', 'shifts from a roster file follow it week by week, with no retyping'],
  sleep: ['Sleep', 'sleep is never planned over'],
  iop: ['Your program (IOP)', 'the sessions are the fixed points of your week'],
  household: ['Household', 'who can share the family duties, and when they are busy'],
  duties: ['Family duties', 'school runs, meals and care the week has to make room for'],
  habits: ['Recovery habits', 'what helps recovery gets its own time, not just what is left'],
  events: ['One-off events', 'appointments and events of the coming weeks'],
};

/** What a first run starts from: every later default comes from the questions themselves. */
export function newDraft(ctx: WizardContext): ProfileInput {
  return { version: 1, timezone: ctx.systemZone, me: { name: '' }, sleep: { bedtime: '22:30', wake: '06:30' } };
}

export interface WizardOptions {
  /** Ask only these sections (`--section`, or a change from the review menu). */
  only?: SectionName[];
  /** Sections already answered (a resumed draft): they are not asked again. */
  done?: SectionName[];
  /** Called after each section with the answers so far (the private draft is saved here). */
  afterSection?: (draft: ProfileInput, done: SectionName[]) => void | Promise<void>;
}

/** Asks one section under its title. */
export async function askSection(
  p: Prompter,
  name: SectionName,
  draft: ProfileInput,
  ctx: WizardContext,
): Promise<ProfileInput> {
  const [title, why] = SECTION_TITLES[name];
  p.say(`${title} (${SECTION_NAMES.indexOf(name) + 1} of ${SECTION_NAMES.length}): ${why}.`);
  return SECTIONS[name](p, draft, ctx);
}

/**
 * Asks every section (or only `only`, skipping `done`) prefilled from `start`, then validates the
 * whole profile; a cross-field problem (a shift over sleep, say) is shown and the person picks a
 * section to fix, until it is valid. Returns a valid profile document with ids.
 */
export async function runWizard(
  p: Prompter,
  start: ProfileInput | undefined,
  ctx: WizardContext & { newProfileId: () => string },
  options: WizardOptions = {},
): Promise<ProfileInput> {
  let draft = start ?? newDraft(ctx);
  const done = [...(options.done ?? [])];
  for (const name of options.only ?? SECTION_NAMES) {
    if (done.includes(name)) continue;
    draft = await askSection(p, name, draft, ctx);
    done.push(name);
    await options.afterSection?.(draft, done);
  }
  return fixUntilValid(p, draft, ctx);
}

/** Validates; while answers do not fit together, shows why and asks the section to change. */
export async function fixUntilValid(
  p: Prompter,
  start: ProfileInput,
  ctx: WizardContext & { newProfileId: () => string },
): Promise<ProfileInput> {
  let draft = start;
  for (let round = 0; ; round++) {
    draft = assignIds(draft, ctx.newProfileId);
    const checked = validateProfile(draft);
    if (checked.ok) return checked.input;
    p.say(`Some answers do not fit together:\n${checked.problems.map((line) => `  - ${line}`).join('\n')}`);
    const fix = await p.select<SectionName>({
      id: `fix.${round}`,
      message: 'Which section do you want to change?',
      choices: SECTION_NAMES.map((name) => ({ value: name, name: SECTION_TITLES[name][0] })),
      default: guessSection(checked.problems[0] ?? ''),
    });
    draft = await askSection(p, fix, draft, ctx);
  }
}

/** The section a problem path belongs to (`work.shifts.0.start` → work). */
export function guessSection(problem: string): SectionName {
  const head = problem.split(/[.:\s]/)[0] ?? '';
  if (head === 'me' || head === 'timezone' || head === 'weekStart') return 'about';
  if (head === 'rules') return 'habits';
  return (SECTION_NAMES as string[]).includes(head) ? (head as SectionName) : 'about';
}
