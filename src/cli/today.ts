import type { Command } from '@commander-js/extra-typings';
import { TODAY_FLAGS } from '../commands/flag-table.js';
import { type Done, withCommonFlags } from './shared.js';

/** `today`: the day's agenda. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineToday(program: Command, done: Done): void {
  withCommonFlags(
    program
      .command('today')
      .description("today's agenda with leave-by times")
      .option(TODAY_FLAGS.date.flags, TODAY_FLAGS.date.description)
      .addHelpText('after', '\nExamples:\n  iop-plan today\n  iop-plan today --date 2026-12-02'),
  ).action(async (opts) => {
    const { todayCommand } = await import('../commands/today.js');
    done(await todayCommand(opts));
  });
}
