import type { Command } from '@commander-js/extra-typings';
import { type Done, withCommonFlags } from './shared.js';

/** `progress`: attendance per week. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineProgress(program: Command, done: Done): void {
  withCommonFlags(
    program
      .command('progress')
      .description('attendance per week, streak, missed sessions and small wins')
      .addHelpText('after', '\nExamples:\n  iop-plan progress\n  iop-plan progress --no-color > progress.txt'),
  ).action(async (opts) => {
    const { progressCommand } = await import('../commands/progress.js');
    done(await progressCommand(opts));
  });
}
