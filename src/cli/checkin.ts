import type { Command } from '@commander-js/extra-typings';
import { type Done, withCommonFlags } from './shared.js';

/** `checkin`: attendance and small wins. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineCheckin(program: Command, done: Done): void {
  withCommonFlags(
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
    const { checkinCommand } = await import('../commands/checkin.js');
    done(await checkinCommand(opts));
  });
}
