import type { ProfileInput } from '../../domain/profile-schema.js';
import { validateProfile } from '../../domain/validate-profile.js';
import { assignIds } from './assign-ids.js';
import type { Prompter } from './prompter.js';
import { askAbout } from './sections/about.js';
import { askDuties } from './sections/duties.js';
import { askEvents } from './sections/events.js';
import { askHabits } from './sections/habits.js';
import { askHousehold } from './sections/household.js';
import { askIop } from './sections/iop.js';
import type { Section, WizardContext } from './sections/section-types.js';
import { askSleep } from './sections/sleep.js';
import { askWork } from './sections/work.js';

/** The sections in the order a person thinks about their week. */
export const SECTIONS = {
  about: askAbout,
  sleep: askSleep,
  work: askWork,
  iop: askIop,
  household: askHousehold,
  duties: askDuties,
  habits: askHabits,
  events: askEvents,
} satisfies Record<string, Section>;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** What a first run starts from: every later default comes from the questions themselves. */
export function newDraft(ctx: WizardContext): ProfileInput {
  return { version: 1, timezone: ctx.systemZone, me: { name: '' }, sleep: { bedtime: '22:30', wake: '06:30' } };
}

/**
 * Asks every section (or only `only`) prefilled from `start`, then validates the whole profile;
 * a cross-field problem (a shift over sleep, say) is shown and the person picks a section to
 * fix, until it is valid. Returns a valid profile document with ids.
 */
export async function runWizard(
  p: Prompter,
  start: ProfileInput | undefined,
  ctx: WizardContext & { newProfileId: () => string },
  only?: SectionName,
): Promise<ProfileInput> {
  let draft = start ?? newDraft(ctx);
  for (const name of only ? [only] : SECTION_NAMES) draft = await SECTIONS[name](p, draft, ctx);
  for (let round = 0; ; round++) {
    draft = assignIds(draft, ctx.newProfileId);
    const checked = validateProfile(draft);
    if (checked.ok) return checked.input;
    p.say(`Some answers do not fit together:\n${checked.problems.map((line) => `  - ${line}`).join('\n')}`);
    const fix = await p.select<SectionName>({
      id: `fix.${round}`,
      message: 'Which section do you want to change?',
      choices: SECTION_NAMES.map((name) => ({ value: name, name })),
      default: guessSection(checked.problems[0] ?? ''),
    });
    draft = await SECTIONS[fix](p, draft, ctx);
  }
}

/** The section a problem path belongs to (`work.shifts.0.start` → work). */
export function guessSection(problem: string): SectionName {
  const head = problem.split(/[.:\s]/)[0] ?? '';
  if (head === 'me' || head === 'timezone' || head === 'weekStart') return 'about';
  return (SECTION_NAMES as string[]).includes(head) ? (head as SectionName) : 'about';
}
