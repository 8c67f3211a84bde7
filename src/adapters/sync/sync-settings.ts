import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { configDir } from '../files/paths.js';
import { writeFileAtomic } from '../files/write-files.js';

type Env = Record<string, string | undefined>;

/** The CalDAV account (DESIGN §5a): kept apart from the profile, which is exportable. */
export interface SyncSettings {
  url: string;
  username: string;
  /** A command (argv, run without a shell) whose first line of output is the password. */
  passwordCommand: string[];
}

export const PASSWORD_ENV = 'IOP_PLAN_CALDAV_PASSWORD';

export function syncSettingsPath(env: Env): string {
  return join(configDir(env), 'sync.json');
}

/** Reads `sync.json`; every problem is one line that names the file and what to do. */
export function readSyncSettings(env: Env): SyncSettings {
  const path = syncSettingsPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UserError(`no CalDAV account set up (${path} is missing); run \`iop-plan sync setup\``);
    throw new UserError(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError(`${path} is not valid JSON; fix it or run \`iop-plan sync setup\` again`);
  }
  return checkSyncSettings(value, path);
}

export function checkSyncSettings(value: unknown, path: string): SyncSettings {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new UserError(`${path}: expected an object with url, username and passwordCommand`);
  const v = value as Record<string, unknown>;
  if ('password' in v)
    throw new UserError(
      `${path}: a plain "password" is not allowed; use "passwordCommand" (e.g. ["pass", "show", "caldav"]) or ${PASSWORD_ENV}`,
    );
  for (const key of Object.keys(v))
    if (!['url', 'username', 'passwordCommand', '$schema'].includes(key))
      throw new UserError(`${path}: unknown key "${key}" (expected url, username, passwordCommand)`);
  if (typeof v.url !== 'string') throw new UserError(`${path}: url is missing`);
  const urlProblem = checkServerUrl(v.url);
  if (urlProblem !== true) throw new UserError(`${path}: url: ${urlProblem}`);
  if (typeof v.username !== 'string' || v.username === '') throw new UserError(`${path}: username is missing`);
  const command = v.passwordCommand;
  if (!Array.isArray(command) || command.length === 0 || !command.every((a) => typeof a === 'string') || !command[0])
    throw new UserError(`${path}: passwordCommand must be a list of words, e.g. ["pass", "show", "caldav"]`);
  return { url: v.url, username: v.username, passwordCommand: command as string[] };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An http(s) address; plain http only to this machine, since Basic auth would cross the network in clear. */
export function checkServerUrl(text: string): true | string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'enter the server address, e.g. https://cloud.example.org/remote.php/dav';
  }
  if (url.protocol === 'https:') return true;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return true;
  if (url.protocol === 'http:') return 'use https:// (plain http would send the password in clear)';
  return 'the address starts with https://';
}

/** Writes `sync.json`, mode 0600, atomically. */
export function writeSyncSettings(env: Env, settings: SyncSettings): string {
  const path = syncSettingsPath(env);
  writeFileAtomic(path, `${JSON.stringify(settings, null, 2)}\n`);
  return path;
}

/**
 * The password: `IOP_PLAN_CALDAV_PASSWORD` if set, else the first line of `passwordCommand`'s
 * output. The command runs without a shell (no quoting surprises, nothing interpolated), so it
 * works the same from cron; its own error output goes to ours (a pinentry message, say).
 */
export function resolvePassword(settings: SyncSettings, env: Env): string {
  const fromEnv = env[PASSWORD_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const [file, ...args] = settings.passwordCommand;
  const shown = settings.passwordCommand.join(' ');
  let output: string;
  try {
    output = execFileSync(file as string, args, {
      encoding: 'utf8',
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 60_000,
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number | null };
    const why = e.code === 'ENOENT' ? 'command not found' : e.status ? `exit ${e.status}` : (e.code ?? 'failed');
    throw new UserError(`sync.json: passwordCommand \`${shown}\` failed (${why})`);
  }
  const password = output.split(/\r?\n/)[0] ?? '';
  if (password === '') throw new UserError(`sync.json: passwordCommand \`${shown}\` printed no password`);
  return password;
}
