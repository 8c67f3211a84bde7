import type { Command } from '@commander-js/extra-typings';
import { type Done, weekOption, withCommonFlags } from './shared.js';

/** `leave`: work hours the IOP displaces. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineLeave(program: Command, done: Done): void {
  withCommonFlags(
    program
      .command('leave')
      .description('work hours the IOP displaces per week, and the total against the FMLA entitlement')
      .addOption(weekOption())
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
    const { leaveCommand } = await import('../commands/leave.js');
    done(await leaveCommand(opts));
  });
}
