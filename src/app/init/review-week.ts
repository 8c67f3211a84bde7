import { buildPlan } from '../../domain/build-plan.js';
import type { CalendarReader } from '../../domain/imports/calendar-reader.js';
import type { Plan } from '../../domain/plan-types.js';
import { normalizeProfile, type Profile } from '../../domain/profile.js';
import type { ProfileInput } from '../../domain/profile-schema.js';
import { addDays } from '../../domain/week.js';
import { CancelledError } from '../../errors.js';
import type { Prompter } from './prompter.js';
import { askSection, fixUntilValid, SECTION_NAMES, SECTION_TITLES, type SectionName } from './run-wizard.js';
import type { WizardContext } from './sections/section-types.js';
import { summarizeWeek } from './summarize-week.js';

/**
 * The review after the questions: the week's time budget, then a menu to save, to change any
 * section (its questions again, prefilled; then the budget again), or to stop. This is how an
 * earlier answer is changed before anything is saved. Returns the answers to save and the plan
 * of the week shown; "stop" throws CancelledError.
 */
export async function reviewWeek(
  p: Prompter,
  start: ProfileInput,
  ctx: WizardContext & { newProfileId: () => string },
  options: {
    nowMs: number;
    draftKept: boolean;
    afterChange: (draft: ProfileInput) => void;
    /** Reads the profile's `calendars` files as `plan` does, so the week shown plans with a roster. */
    readCalendars?: (profile: Profile) => Promise<CalendarReader>;
  },
): Promise<{ draft: ProfileInput; plan: Plan }> {
  let draft = start;
  for (let round = 0; ; round++) {
    const profile = normalizeProfile(draft);
    if (profile.calendars.length > 0 && options.readCalendars) {
      try {
        profile.calendarReader = await options.readCalendars(profile);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        p.say(`Your calendar files cannot be read (${why}); the week below is planned without them.`);
      }
    }
    const plan = buildPlan(profile, summaryDate(profile.iop?.startDate, ctx.today, profile.weekStart), options.nowMs);
    p.say(summarizeWeek(plan, profile).join('\n'));
    const choice = await p.select<'save' | 'stop' | SectionName>({
      id: 'review',
      message: round === 0 ? 'Save this profile, or change something first?' : 'Save now, or change something else?',
      choices: [
        { value: 'save', name: 'Save' },
        ...SECTION_NAMES.map((name) => ({ value: name, name: `Change: ${SECTION_TITLES[name][0]}` })),
        {
          value: 'stop',
          name: options.draftKept ? 'Stop without saving (your answers are kept for next time)' : 'Stop without saving',
        },
      ],
      default: 'save',
    });
    if (choice === 'save') return { draft, plan };
    if (choice === 'stop') throw new CancelledError();
    draft = await fixUntilValid(p, await askSection(p, choice, draft, ctx), ctx);
    options.afterChange(draft);
  }
}

/**
 * The week the summary shows: the program's first week when it starts later, else this week, or
 * next week when only the last two days of this one are left (a plan for a week that is nearly
 * over is of little use).
 */
export function summaryDate(programStart: string | undefined, today: string, weekStart: 'monday' | 'sunday'): string {
  if (programStart && programStart > today) return programStart;
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const lastTwo = weekStart === 'monday' ? weekday === 6 || weekday === 0 : weekday === 5 || weekday === 6;
  return lastTwo ? addDays(today, 2) : today;
}
