import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { dataDir } from './paths.js';

type Env = Record<string, string | undefined>;

export interface FileToWrite {
  path: string;
  content: string;
}

/** Health information: only the owner may read what the tool writes. */
const PRIVATE = 0o600;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Writes `content` to `path` atomically (temp file in the same folder, then rename), mode 0600. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { mode: PRIVATE, flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes a set of output files, after checkOutputFiles. Identical content is left alone, so a
 * re-run is idempotent. Returns the paths actually changed.
 */
export function writeOutputFiles(files: FileToWrite[], options: { force: boolean; env: Env }): string[] {
  const { record, recordPath, plans } = checkOutputFiles(files, options);
  const changed: string[] = [];
  for (const f of plans) {
    if (f.existing !== f.content) {
      writeFileAtomic(f.path, f.content);
      changed.push(f.path);
    }
    record[f.path] = sha256(f.content);
  }
  writeFileAtomic(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  return changed;
}

/**
 * Refuses, before anything is written, a file that exists and that this tool did not write (no
 * matching record in the data folder), unless `force`. Callers writing several sets of files
 * check all of them first, so that one refusal leaves every file as it was.
 */
export function checkOutputFiles(files: FileToWrite[], options: { force: boolean; env: Env }) {
  const recordPath = join(dataDir(options.env), 'written-files.json');
  const record = parseRecord(readOrUndefined(recordPath), recordPath);
  const plans = files.map((f) => ({ ...f, path: resolve(f.path), existing: readOrUndefined(resolve(f.path)) }));
  for (const f of plans) {
    if (f.existing === undefined || f.existing === f.content || options.force) continue;
    if (record[f.path] !== sha256(f.existing)) {
      throw new UserError(
        `${f.path} exists and was not written by iop-plan (or was edited since); use --force to overwrite it`,
      );
    }
  }
  return { record, recordPath, plans };
}

/** A corrupt record is stored state like any other: reported and left as it is, never reset. */
function parseRecord(text: string | undefined, recordPath: string): Record<string, string> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, string>;
  throw new UserError(
    `${recordPath} is not valid JSON; it was left as it is (delete it, then use --force once to overwrite the files it listed)`,
  );
}
