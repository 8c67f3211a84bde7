import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { COMMON_FLAGS, PLAN_CONFIG_FLAGS, PLAN_FLAGS, TODAY_FLAGS, WEEK_FLAG } from './commands/flag-table.js';
import { finishPlanOptions, type RawPlanOptions } from './commands/plan-fast.js';
import { EXIT, UsageError } from './errors.js';
import { VERSION } from './version.js';

/**
 * Declares commands and flags only. Each action tidies its options and lazy-imports one command
 * module, so `--version` and `today` never load the prompt, calendar or template libraries.
 */
export async function runCli(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('iop-plan')
    .description('A weekly planner for people in an Intensive Outpatient Program who also work and care for a family.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText(
      'after',
      `
Examples:
  iop-plan init                                  set up your profile
  iop-plan plan --example                        try it on a shipped example profile
  iop-plan plan --week next --format html --out ~/plans
  iop-plan today                                 today's agenda with leave-by times
  iop-plan sync --week next                      update your CalDAV calendars`,
    );

  const common = <T extends Command<[], Record<string, unknown>>, F extends string = typeof COMMON_FLAGS.config.flags>(
    cmd: T,
    config: { flags: F; description: string } = COMMON_FLAGS.config as { flags: F; description: string },
  ) =>
    cmd
      .option(config.flags, config.description)
      .option(COMMON_FLAGS.example.flags, COMMON_FLAGS.example.description)
      .option(COMMON_FLAGS.now.flags, COMMON_FLAGS.now.description, parseNow)
      .option(COMMON_FLAGS.color.flags, COMMON_FLAGS.color.description)
      .option(COMMON_FLAGS.quiet.flags, COMMON_FLAGS.quiet.description);

  const weekOption = new Option(WEEK_FLAG.flags, WEEK_FLAG.description).default(WEEK_FLAG.default);
  const { format, json, out, ics, view, strict, force } = PLAN_FLAGS;

  common(
    program
      .command('plan')
      .description('allocate a week and print or write the plan (and, with --ics, calendar files)')
      .addOption(weekOption)
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
    const { planCommand } = await import('./commands/plan.js');
    const o = opts as unknown as RawPlanOptions;
    code = await planCommand(finishPlanOptions(o));
  });

  common(
    program
      .command('today')
      .description("today's agenda with leave-by times")
      .option(TODAY_FLAGS.date.flags, TODAY_FLAGS.date.description)
      .addHelpText('after', '\nExamples:\n  iop-plan today\n  iop-plan today --date 2026-12-02'),
  ).action(async (opts) => {
    const { todayCommand } = await import('./commands/today.js');
    code = await todayCommand(opts);
  });

  common(
    program
      .command('checkin')
      .description('record attendance at IOP sessions and small wins (asks in a terminal)')
      .option('--date <date>', 'the day of the session (YYYY-MM-DD; default today)')
      .option('--attended', 'you went to the session(s) of --date')
      .option('--missed', 'you missed the session(s) of --date')
      .option('--session <n>', 'only the n-th session of that day (1, 2, …)')
      .option('--note <text>', 'a short note for yourself with --attended or --missed')
      .option('--win <text>', 'a small win to remember')
      .addHelpText(
        'after',
        `
Examples:
  iop-plan checkin                                   answer a few questions
  iop-plan checkin --date 2026-12-01 --attended
  iop-plan checkin --date 2026-12-02 --missed --note "sick child"
  iop-plan checkin --win "Walked Maya to school and talked the whole way"`,
      ),
  ).action(async (opts) => {
    const { checkinCommand } = await import('./commands/checkin.js');
    code = await checkinCommand(opts);
  });

  common(
    program
      .command('progress')
      .description('attendance per week, streak, missed sessions and small wins')
      .addHelpText('after', '\nExamples:\n  iop-plan progress\n  iop-plan progress --no-color > progress.txt'),
  ).action(async (opts) => {
    const { progressCommand } = await import('./commands/progress.js');
    code = await progressCommand(opts);
  });

  common(
    program
      .command('leave')
      .description('work hours the IOP displaces per week, and the total against the FMLA entitlement')
      .addOption(weekOption)
      .option('--program', 'every week of the program')
      .addHelpText(
        'after',
        `
Examples:
  iop-plan leave                      this week, and the program so far
  iop-plan leave --program            every week of the program
  iop-plan leave --week next`,
      ),
  ).action(async (opts) => {
    const { leaveCommand } = await import('./commands/leave.js');
    code = await leaveCommand(opts);
  });

  common(
    program
      .command('letter')
      .description('a letter asking your employer for a schedule adjustment or intermittent leave (no health details)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html']).default('md'))
      .option('--weeks <n>', 'cover N weeks from this week (for a program without an end date)', parsePositiveInt)
      .option('-o, --out <file>', 'write the letter to FILE instead of printing it')
      .option('--force', 'overwrite FILE if this tool did not write it')
      .option('--anyway', 'draft a letter even when the program takes none of your work hours')
      .addHelpText(
        'after',
        `
Examples:
  iop-plan letter                         print the letter (Markdown)
  iop-plan letter --format html --out letter.html
  iop-plan letter --weeks 8               for a program with no end date`,
      ),
  ).action(async (opts) => {
    const { letterCommand } = await import('./commands/letter.js');
    code = await letterCommand(opts);
  });

  // Not `common`: the shipped examples keep no state, so they cannot be synced.
  const sync = program
    .command('sync')
    .description('update CalDAV calendars (one per view and household member) so phones follow the plan')
    .option('-c, --config <file>', 'profile file (JSON or YAML) instead of the stored profile')
    .option('--now <iso>', 'the current time, for reproducible output', parseNow)
    .option('--no-color', 'plain text without colours (also NO_COLOR)')
    .option('-q, --quiet', 'print nothing but errors')
    .addOption(weekOption)
    .option('--weeks <n>', 'N weeks from --week', parsePositiveInt)
    .option('--program', 'every week of the IOP program')
    .addOption(
      new Option('--view <view>', 'which calendars').choices(['me', 'family', 'employer', 'all']).default('all'),
    )
    .option('-n, --dry-run', 'list what would be created, updated, deleted or left alone; send nothing')
    .option('--overwrite', 'replace events changed on another device at once')
    .addHelpText(
      'after',
      `
Examples:
  iop-plan sync setup                      server address, user name, password command
  iop-plan sync --week next --dry-run      what would change
  iop-plan sync --week next --quiet        from cron, after \`iop-plan plan --week next\`
  iop-plan sync --program --view employer`,
    )
    .action(async (opts) => {
      const { syncCommand } = await import('./commands/sync.js');
      code = await syncCommand(opts as unknown as import('./app/run-sync.js').SyncOptions);
    });
  sync
    .command('setup')
    .description('set up the CalDAV account (asks in a terminal; writes sync.json, mode 0600)')
    .addHelpText('after', '\nExamples:\n  iop-plan sync setup')
    .action(async () => {
      const { syncSetupCommand } = await import('./commands/sync.js');
      code = await syncSetupCommand();
    });

  program
    .command('init')
    .description('set up (or change) your profile with a few questions; Enter takes the suggested answer')
    .option(
      '--section <name>',
      'only one section, in the order asked: about, work, calendars (a roster file), sleep, iop, household, duties, habits, events',
    )
    .option('--no-color', 'plain text without colours (also NO_COLOR)')
    .addHelpText(
      'after',
      `
Examples:
  iop-plan init                      first set-up, or change every answer (prefilled)
  iop-plan init --section work       change only your work hours
  iop-plan init --section calendars  add or change the roster file your shifts come from
  iop-plan profile import me.yaml    without a terminal (scripts): store a profile file instead`,
    )
    .action(async (opts) => {
      const { initCommand } = await import('./commands/init.js');
      code = await initCommand(opts);
    });

  const profile = program
    .command('profile')
    .description('the stored profile: path, show, edit, validate, import, export, delete')
    .addHelpText(
      'after',
      `
Examples:
  iop-plan profile path                   where the profile is stored
  iop-plan profile edit                   change it in $EDITOR (checked before saving)
  iop-plan profile export backup.yaml     a copy to keep
  iop-plan profile import backup.yaml     restore (the current one is backed up first)
  iop-plan profile delete --yes           remove the profile and all stored plans and check-ins`,
    );
  const profileAction = async (options: import('./commands/profile.js').ProfileAction) => {
    const { profileCommand } = await import('./commands/profile.js');
    code = await profileCommand(options);
  };
  profile
    .command('path')
    .description('print where the profile is stored')
    .addHelpText('after', '\nExamples:\n  iop-plan profile path')
    .action(() => profileAction({ action: 'path' }));
  profile
    .command('show')
    .description('print the stored profile (YAML)')
    .addHelpText('after', '\nExamples:\n  iop-plan profile show\n  iop-plan profile show --json')
    .option('--json', 'as JSON')
    .action((o) => profileAction({ action: 'show', ...o }));
  profile
    .command('edit')
    .description('open the profile in $EDITOR; saved only if it is valid')
    .addHelpText('after', '\nExamples:\n  iop-plan profile edit\n  EDITOR=nano iop-plan profile edit')
    .action(() => profileAction({ action: 'edit' }));
  profile
    .command('validate')
    .description('check the stored profile (or FILE) and list every problem')
    .addHelpText('after', '\nExamples:\n  iop-plan profile validate\n  iop-plan profile validate draft.yaml')
    .argument('[file]', 'a profile file instead of the stored one')
    .action((file) => profileAction({ action: 'validate', ...(file !== undefined && { file }) }));
  profile
    .command('import')
    .description('store FILE as your profile after checking it (the old one is backed up)')
    .addHelpText('after', '\nExamples:\n  iop-plan profile import me.yaml')
    .argument('<file>', 'a profile file (YAML or JSON)')
    .action((file) => profileAction({ action: 'import', file }));
  profile
    .command('export')
    .description('print the profile, or write it to FILE (YAML; JSON for .json or --json)')
    .addHelpText(
      'after',
      '\nExamples:\n  iop-plan profile export backup.yaml\n  iop-plan profile export --json > backup.json',
    )
    .argument('[file]', 'where to write it')
    .option('--json', 'as JSON')
    .option('--force', 'overwrite FILE if it exists')
    .action((file, o) => profileAction({ action: 'export', ...o, ...(file !== undefined && { file }) }));
  profile
    .command('delete')
    .description('delete the profile, its backups and all stored plans and check-ins')
    .addHelpText('after', '\nExamples:\n  iop-plan profile delete\n  iop-plan profile delete --yes')
    .option('-y, --yes', 'do not ask first')
    .action((o) => profileAction({ action: 'delete', ...o }));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    return commanderExit(error) ?? Promise.reject(error);
  }
  return code;
}

/** Commander signals help, version and usage errors by throwing; map them to exit codes. */
function commanderExit(error: unknown): number | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  if (!error.code.startsWith('commander.')) return undefined;
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT.ok;
  // One line on stderr: commander puts "(Did you mean plan?)" on a line of its own.
  const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
  throw new UsageError(`${message} (see --help)`);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseNow(value: string): string {
  // Checked strictly when used (resolveNow): a real date and time in the years 1970–9998.
  if (Number.isNaN(Date.parse(value)) && !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw new InvalidArgumentError('expected an ISO date-time, e.g. 2026-11-26T12:00:00Z');
  return value;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 104) throw new InvalidArgumentError('expected a whole number from 1 to 104');
  return n;
}
