import { type Command, Option } from '@commander-js/extra-typings';
import { type Done, parseNow, parsePositiveInt, weekOption } from './shared.js';

/** `sync` and `sync setup`: CalDAV calendars. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineSync(program: Command, done: Done): void {
  // Not withCommonFlags: the shipped examples keep no state, so they cannot be synced.
  const sync = program
    .command('sync')
    .description('update CalDAV calendars (one per view and household member) so phones follow the plan')
    .option('-c, --config <file>', 'profile file (JSON or YAML) instead of the stored profile')
    .option('--now <iso>', 'the current time, for reproducible output', parseNow)
    .option('--no-color', 'plain text without colours (also NO_COLOR)')
    .option('-q, --quiet', 'print nothing but errors')
    .addOption(weekOption())
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
      const { syncCommand } = await import('../commands/sync.js');
      done(await syncCommand(opts));
    });
  sync
    .command('setup')
    .description('set up the CalDAV account (asks in a terminal; writes sync.json, mode 0600)')
    .addHelpText('after', '\nExamples:\n  iop-plan sync setup')
    .action(async () => {
      const { syncSetupCommand } = await import('../commands/sync.js');
      done(await syncSetupCommand());
    });
}
