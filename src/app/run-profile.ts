import { isAbsolute, resolve } from 'node:path';
import { stringify } from 'yaml';
import { makeEditCopy, pathExists } from '../adapters/files/local-files.js';
import { readProfileFile } from '../adapters/files/read-profile-file.js';
import { writeFileAtomic } from '../adapters/files/write-files.js';
import { validateProfile } from '../domain/validate-profile.js';
import { EXIT, ProfileError, UsageError, UserError } from '../errors.js';
import type { Prompter } from './init/prompter.js';
import type { Io } from './io.js';

/** `iop-plan profile …`: where the stored profile is, and how to see, change, back up and remove it. */

const store = () => import('../adapters/store/profile-store.js');
const NO_PROFILE = 'no stored profile yet: run `iop-plan init` or `iop-plan profile import FILE`';
const absolute = (file: string, io: Io) => (isAbsolute(file) ? file : resolve(io.cwd, file));
/** Strings quoted: a YAML 1.1 reader would take an unquoted 22:30 for the number 1350. */
const toYaml = (doc: unknown) =>
  stringify(doc, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
const toText = (doc: unknown, json: boolean) => (json ? `${JSON.stringify(doc, null, 2)}\n` : toYaml(doc));

export async function profilePath(io: Io): Promise<number> {
  io.stdout(`${(await store()).profileFile(io.env)}\n`);
  return EXIT.ok;
}

export async function profileShow(options: { json?: boolean }, io: Io): Promise<number> {
  const stored = await (await store()).readStoredProfileRaw(io.env);
  if (!stored) throw new UserError(NO_PROFILE);
  io.stdout(toText(stored.raw, Boolean(options.json)));
  return EXIT.ok;
}

export async function profileValidate(file: string | undefined, io: Io): Promise<number> {
  const source =
    file === undefined
      ? await (await store()).readStoredProfileRaw(io.env)
      : { raw: await readProfileFile(absolute(file, io), file), file };
  if (!source) throw new UserError(NO_PROFILE);
  const checked = validateProfile(source.raw);
  if (!checked.ok) throw new ProfileError(source.file, checked.problems);
  io.stdout(`${source.file}: valid\n`);
  return EXIT.ok;
}

export async function profileImport(file: string, io: Io): Promise<number> {
  const raw = await readProfileFile(absolute(file, io), file);
  const saved = await (await store()).saveProfile(io.env, raw, file);
  io.stdout(
    `Imported ${file} into ${saved.file}${saved.backup ? ` (the previous profile is kept as ${saved.backup})` : ''}\n`,
  );
  return EXIT.ok;
}

export async function profileExport(
  file: string | undefined,
  options: { json?: boolean; force?: boolean },
  io: Io,
): Promise<number> {
  const stored = await (await store()).readStoredProfileRaw(io.env);
  if (!stored) throw new UserError(NO_PROFILE);
  if (file === undefined) {
    io.stdout(toText(stored.raw, Boolean(options.json)));
    return EXIT.ok;
  }
  const path = absolute(file, io);
  if (pathExists(path) && !options.force) throw new UserError(`${file} exists; use --force to overwrite it`);
  try {
    writeFileAtomic(path, toText(stored.raw, Boolean(options.json) || /\.json$/i.test(file)));
  } catch (error) {
    throw new UserError(
      `cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was written`,
    );
  }
  io.stdout(`Wrote ${path} (only you can read it)\n`);
  return EXIT.ok;
}

/**
 * Opens a temporary YAML copy in $EDITOR and stores it only if it validates; otherwise the
 * stored profile stays as it was, the problems are listed, and the edited copy is kept so no
 * typing is lost.
 */
export async function profileEdit(io: Io, deps: { openEditor?: (file: string) => void } = {}): Promise<number> {
  if (!deps.openEditor && !io.stdinIsTTY) {
    throw new UsageError(
      'profile edit needs a terminal; use `iop-plan profile export FILE`, edit it, then `iop-plan profile import FILE`',
    );
  }
  const s = await store();
  const stored = await s.readStoredProfileRaw(io.env);
  if (!stored) throw new UserError(NO_PROFILE);
  const before = toYaml(stored.raw);
  const edit = makeEditCopy('iop-plan-edit-', 'profile.yaml', before);
  const copy = edit.file;
  if (deps.openEditor) deps.openEditor(copy);
  else (await import('../adapters/prompts/open-editor.js')).openEditor(copy, io.env);
  if (edit.read() === before) {
    edit.remove();
    io.stdout('No changes.\n');
    return EXIT.ok;
  }
  try {
    const saved = await s.saveProfile(io.env, await readProfileFile(copy), copy);
    edit.remove();
    io.stdout(`Saved ${saved.file}${saved.backup ? ` (the previous profile is kept as ${saved.backup})` : ''}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ProfileError) {
      throw new ProfileError(error.file, [
        ...error.problems,
        `your stored profile was not changed; your edited copy is ${copy}`,
      ]);
    }
    throw error;
  }
}

/** Removes the profile, its backups and every stored plan and check-in, after a confirm or `--yes`. */
export async function profileDelete(
  options: { yes?: boolean },
  io: Io,
  deps: { prompter?: Prompter } = {},
): Promise<number> {
  const s = await store();
  if (!options.yes) {
    if (!deps.prompter && !io.stdinIsTTY)
      throw new UsageError('profile delete asks before deleting; add --yes to delete without asking');
    const p =
      deps.prompter ?? (await import('../adapters/prompts/inquirer-prompter.js')).createInquirerPrompter({}, io.stdout);
    const sure = await p.confirm({
      id: 'delete',
      message: `Delete your profile (${s.profileFile(io.env)}), its backups and all stored plans and check-ins? This cannot be undone.`,
      default: false,
    });
    if (!sure) {
      io.stdout('Nothing was deleted.\n');
      return EXIT.ok;
    }
  }
  const { deleteStoredState } = await import('../adapters/store/delete-stored-state.js');
  const removed = deleteStoredState(io.env);
  io.stdout(
    removed.length === 0 ? 'There was nothing to delete.\n' : `Deleted:\n${removed.map((r) => `  ${r}\n`).join('')}`,
  );
  return EXIT.ok;
}
