import type { Command } from '@commander-js/extra-typings';
import type { Done } from './shared.js';

/** `profile` and its subcommands. Declares the flags; the action lazy-imports the command, which checks them. */
export function defineProfile(program: Command, done: Done): void {
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
  const profileAction = async (options: import('../commands/profile.js').ProfileAction) => {
    const { profileCommand } = await import('../commands/profile.js');
    done(await profileCommand(options));
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
}
