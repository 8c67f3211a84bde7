import type { Command } from '@commander-js/extra-typings';
import type { Done } from './shared.js';

/** `init`: the profile wizard. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineInit(program: Command, done: Done): void {
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
      const { initCommand } = await import('../commands/init.js');
      done(await initCommand(opts));
    });
}
