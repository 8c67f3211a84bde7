import { type Command, Option } from '@commander-js/extra-typings';
import { PLAN_CONFIG_FLAGS, PLAN_FLAGS } from '../commands/flag-table.js';
import { collect, type Done, parsePositiveInt, weekOption, withCommonFlags } from './shared.js';

/** `plan`: allocate a week and print or write it. Declares the flags; the action lazy-imports the command, which checks them. */
export function definePlan(program: Command, done: Done): void {
  const { format, json, out, ics, view, strict, force } = PLAN_FLAGS;
  withCommonFlags(
    program
      .command('plan')
      .description('allocate a week and print or write the plan (and, with --ics, calendar files)')
      .addOption(weekOption())
      .addOption(new Option(format.flags, format.description).choices(format.choices).default(format.default))
      .option(json.flags, json.description)
      .option(out.flags, out.description)
      .option(ics.flags, ics.description)
      .option('--vdir <dir>', 'also write the calendar as a vdir folder (khal, vdirsyncer): one .ics per event')
      .addOption(new Option(view.flags, view.description).choices(view.choices))
      .option('--weeks <n>', 'calendar files for N weeks from --week', parsePositiveInt)
      .option('--program', 'calendar files for the whole IOP program')
      .option('--template <file>', 'your own Markdown/HTML template (Eta)')
      .option(strict.flags, strict.description)
      .option(force.flags, force.description)
      .option(
        '--add <event>',
        'a one-off for this week: "TITLE YYYY-MM-DD HH:MM-HH:MM" (repeatable, kept)',
        collect,
        [],
      )
      .option(
        '--skip <id@date>',
        'leave one occurrence out this week, e.g. peer-call@2026-12-03 (repeatable, kept)',
        collect,
        [],
      )
      .option('--closed <date>', 'the program is closed that day (repeatable, kept)', collect, [])
      .option('--clear-overrides', "forget this week's stored --add/--skip/--closed")
      .addHelpText(
        'after',
        `
Examples:
  iop-plan plan --example                       a week for a shipped example profile
  iop-plan plan --week next --add "Dentist 2026-12-02 14:00-15:00" --skip peer-call@2026-12-03
  iop-plan plan --week next --format md --out ~/plans
  iop-plan plan --config me.yaml --week 2026-11-30 --json --now 2026-11-26T12:00:00Z
  iop-plan plan --week next --ics --view all --out ~/calendars
  iop-plan plan --program --ics --view employer
  iop-plan plan --week next --format remind --out ~/.reminders
  iop-plan plan --week next --vdir ~/.calendars/iop-plan
  iop-plan plan --config profiles/ --format md --out plans    a plan for each profile in profiles/`,
      ),
    PLAN_CONFIG_FLAGS,
  ).action(async (opts) => {
    const { planCommand } = await import('../commands/plan.js');
    done(await planCommand(opts));
  });
}
