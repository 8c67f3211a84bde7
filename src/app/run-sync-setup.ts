import type { CalDavAccount, CalendarServer } from '../adapters/sync/caldav-client.js';
import type { SyncSettings } from '../adapters/sync/sync-settings.js';
import { checkServerUrl } from '../adapters/sync/sync-settings.js';
import { UsageError, UserError } from '../errors.js';
import type { Prompter } from './init/prompter.js';
import type { Io } from './io.js';
import { checkCommand, joinCommand, splitCommand } from './sync-setup-answers.js';

export interface SyncSetupDeps {
  prompter?: Prompter;
  connect?: (account: CalDavAccount) => Promise<CalendarServer>;
}

export const SETUP_NO_TTY =
  'sync setup asks questions in a terminal; without one, write sync.json yourself: {"url": …, "username": …, "passwordCommand": [argv]} (see docs/calendars.md)';

/**
 * `iop-plan sync setup`: asks the server address, the user name and the command that prints the
 * password (never the password itself), writes `sync.json` (0600), and offers to try the account.
 */
export async function runSyncSetup(io: Io, deps: SyncSetupDeps = {}): Promise<number> {
  if (!deps.prompter && !io.stdinIsTTY) throw new UsageError(SETUP_NO_TTY);
  const settingsStore = await import('../adapters/sync/sync-settings.js');
  let previous: SyncSettings | undefined;
  try {
    previous = settingsStore.readSyncSettings(io.env);
  } catch {
    previous = undefined;
  }
  const p =
    deps.prompter ?? (await import('../adapters/prompts/inquirer-prompter.js')).createInquirerPrompter({}, io.stdout);
  p.say(
    'CalDAV account for `iop-plan sync`. The password is never stored: give a command that prints it (a password manager), or set IOP_PLAN_CALDAV_PASSWORD.',
  );
  const url = (
    await p.input({
      id: 'sync.url',
      message: 'Server address (e.g. https://cloud.example.org/remote.php/dav)',
      ...(previous && { default: previous.url }),
      validate: checkServerUrl,
    })
  ).trim();
  const username = (
    await p.input({
      id: 'sync.username',
      message: 'User name',
      ...(previous && { default: previous.username }),
      validate: (t) => (t.trim() === '' ? 'enter the user name' : true),
    })
  ).trim();
  const commandText = await p.input({
    id: 'sync.passwordCommand',
    message: 'Command that prints the password (run without a shell)',
    default: previous ? joinCommand(previous.passwordCommand) : 'pass show caldav',
    validate: checkCommand,
  });
  const passwordCommand = splitCommand(commandText) as string[];
  const settings: SyncSettings = { url, username, passwordCommand };
  const path = settingsStore.writeSyncSettings(io.env, settings);
  p.say(`Saved ${path}`);
  if (!(await p.confirm({ id: 'sync.try', message: 'Try the account now?', default: true }))) return 0;
  const connect = deps.connect ?? (await import('../adapters/sync/caldav-client.js')).connectCalDav;
  try {
    await connect({ url, username, password: settingsStore.resolvePassword(settings, io.env) });
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${error.message} (the settings were saved)`);
    throw error;
  }
  p.say(`Signed in to ${new URL(url).host} as ${username}. Run \`iop-plan sync --dry-run\` to see what would be sent.`);
  return 0;
}
