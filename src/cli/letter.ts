import { type Command, Option } from '@commander-js/extra-typings';
import { type Done, parsePositiveInt, withCommonFlags } from './shared.js';

/** `letter`: the letter to the employer. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineLetter(program: Command, done: Done): void {
  withCommonFlags(
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
    const { letterCommand } = await import('../commands/letter.js');
    done(await letterCommand(opts));
  });
}
