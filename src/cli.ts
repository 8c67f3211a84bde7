import { Command } from '@commander-js/extra-typings';
import { defineCheckin } from './cli/checkin.js';
import { defineInit } from './cli/init.js';
import { defineLeave } from './cli/leave.js';
import { defineLetter } from './cli/letter.js';
import { definePlan } from './cli/plan.js';
import { defineProfile } from './cli/profile.js';
import { defineProgress } from './cli/progress.js';
import { defineSync } from './cli/sync.js';
import { defineToday } from './cli/today.js';
import { EXIT, UsageError } from './errors.js';
import { VERSION } from './version.js';

/**
 * The program and its commands, one module each under src/cli/ (flags and help). Each action
 * lazy-imports one command module, which checks its flags (src/commands/*-options.ts), so
 * `--version` and `today` never load the prompt, calendar or template libraries.
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

  const setCode = (c: number) => {
    code = c;
  };
  definePlan(program, setCode);
  defineToday(program, setCode);
  defineCheckin(program, setCode);
  defineProgress(program, setCode);
  defineLeave(program, setCode);
  defineLetter(program, setCode);
  defineSync(program, setCode);
  defineInit(program, setCode);
  defineProfile(program, setCode);
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
