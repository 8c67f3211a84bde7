import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import type { PlanOptions } from './app/run-plan.js';
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
    .configureOutput({ outputError: () => {} });

  const common = <T extends Command<[], Record<string, unknown>>>(cmd: T) =>
    cmd
      .option('-c, --config <file>', 'profile file (JSON or YAML) instead of the stored profile')
      .option('--example [name]', 'use a shipped example profile (see `iop-plan plan --example list`)')
      .option('--now <iso>', 'the current time, for reproducible output', parseNow)
      .option('--no-color', 'plain text without colours (also NO_COLOR)')
      .option('-q, --quiet', 'print nothing but errors');

  const weekOption = new Option('-w, --week <week>', 'this | next | YYYY-MM-DD | YYYY-Www').default('this');

  common(
    program
      .command('plan')
      .description('allocate a week and print or write the plan (and, with --ics, calendar files)')
      .addOption(weekOption)
      .addOption(
        new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'html', 'json']).default('text'),
      )
      .option('--json', 'same as --format json')
      .option('-o, --out <dir>', 'write files into DIR instead of printing')
      .option('--ics', 'also write .ics calendar files (into --out, default the current folder)')
      .addOption(
        new Option('--view <view>', 'which calendar or sheet')
          .choices(['me', 'family', 'employer', 'all'])
          .default('me'),
      )
      .option('--weeks <n>', 'calendar files for N weeks from --week', parsePositiveInt)
      .option('--program', 'calendar files for the whole IOP program')
      .option('--template <file>', 'your own Markdown/HTML template (Eta)')
      .option('--strict', 'exit 3 when anything is unplaced or uncovered')
      .option('--force', 'overwrite files this tool did not write')
      .addHelpText(
        'after',
        `
Examples:
  iop-plan plan --example                       a week for a shipped example profile
  iop-plan plan --week next --format md --out ~/plans
  iop-plan plan --config me.yaml --week 2026-11-30 --json --now 2026-11-26T12:00:00Z
  iop-plan plan --week next --ics --view all --out ~/calendars
  iop-plan plan --program --ics --view employer`,
      ),
  ).action(async (opts) => {
    const { planCommand } = await import('./commands/plan.js');
    const o = opts as unknown as PlanOptions & { json?: boolean };
    code = await planCommand({ ...o, format: o.json ? 'json' : o.format });
  });

  common(
    program
      .command('today')
      .description("today's agenda with leave-by times")
      .option('--date <date>', 'another day (YYYY-MM-DD)')
      .addHelpText('after', '\nExamples:\n  iop-plan today\n  iop-plan today --date 2026-12-02'),
  ).action(async (opts) => {
    const { todayCommand } = await import('./commands/today.js');
    code = await todayCommand(opts);
  });

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
  throw new UsageError(`${error.message.replace(/^error: /, '')} (see --help)`);
}

function parseNow(value: string): string {
  if (Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('expected an ISO date-time, e.g. 2026-11-26T12:00:00Z');
  return value;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 104) throw new InvalidArgumentError('expected a whole number from 1 to 104');
  return n;
}
