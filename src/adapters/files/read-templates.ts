import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { templatesDir } from './templates-dir.js';

/** A shipped template (`plan.md`, `letter-employer.html` …) from the package's `templates/` folder. */
export function readShippedTemplate(name: string): string {
  return readFileSync(join(templatesDir(), name), 'utf8');
}

/**
 * A template the person names with `--template`. A pipe or a device would never end: only a
 * regular file of a sensible size is read; any failure is a `UserError` naming the file.
 */
export function readTemplateFile(file: string): string {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new UserError(`--template: ${file} is not a regular file`);
    if (stats.size > 1024 * 1024) throw new UserError(`--template: ${file} is larger than 1 MiB`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`--template: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Names of the shipped example profiles (file names without `.yaml`), sorted. */
export async function listExampleProfiles(): Promise<string[]> {
  const files = await readdir(join(templatesDir(), 'profiles'));
  return files
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The path of a shipped example profile, by name (one `listExampleProfiles` gave). */
export function exampleProfilePath(name: string): string {
  return join(templatesDir(), 'profiles', `${name}.yaml`);
}

/** The track templates' texts (the shipped ones unless `folder` is given), keyed by file name without `.yaml`; none when the folder is missing. */
export function readTrackFiles(folder: string = join(templatesDir(), 'tracks')): { key: string; text: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({ key: file.replace(/\.yaml$/, ''), text: readFileSync(join(folder, file), 'utf8') }));
}
