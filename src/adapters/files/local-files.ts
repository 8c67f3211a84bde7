import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './write-files.js';

/** Whether something (a file, a folder, anything) is at `path`. */
export function pathExists(path: string): boolean {
  return existsSync(path);
}

/** A copy of a text in a private temporary folder, for an editor to change. */
export interface EditCopy {
  /** The copy's path, to open. */
  file: string;
  /** The copy's text now. */
  read: () => string;
  /** Removes the copy and its folder. */
  remove: () => void;
}

/** Writes `text` to `name` in a new private temporary folder (`prefix` names the folder). */
export function makeEditCopy(prefix: string, name: string, text: string): EditCopy {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const file = join(folder, name);
  writeFileAtomic(file, text);
  return {
    file,
    read: () => readFileSync(file, 'utf8'),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The files of `dir` whose names end with `ext`, with their texts; none when the folder cannot be listed. */
export function readFolderTexts(dir: string, ext: string): { path: string; text: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(ext));
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(dir, name);
    return { path, text: readFileSync(path, 'utf8') };
  });
}

/** Removes a file; nothing when it is already gone. */
export function removeFile(path: string): void {
  rmSync(path, { force: true });
}

/** Whether `path` is a folder (false when nothing is there or it cannot be looked at). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The names in a folder. */
export function folderNames(dir: string): string[] {
  return readdirSync(dir);
}
