import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { dataDir } from './paths.js';
import { readTextIfAny } from './read-text-if-any.js';

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

/** Like writeFileAtomic, but a file that already holds `content` is left alone (not even touched). */
export function writeFileIfChanged(path: string, content: string): void {
  if (readTextIfAny(path) !== content) writeFileAtomic(path, content);
}

/** What the record keeps per file: the hash of its content, or (while a write is under way) both hashes. */
type Record_ = Record<string, string | string[]>;

export interface OutputOptions {
  force: boolean;
  env: Env;
  /**
   * Recognises a file this tool wrote by its content when the record does not list it (a record
   * lost or from another machine): e.g. a calendar with this profile's PRODID and UIDs.
   */
  isOwn?: ((existing: string, content: string) => boolean) | undefined;
}

/**
 * Writes a set of output files, after checkOutputFiles. Identical content is left alone (not even
 * touched), so a re-run is idempotent. Returns the paths actually changed.
 *
 * Runs that die part-way never block the next one: before any file changes, the record accepts
 * both its old and its new content; each file is then replaced atomically; only after that does
 * the record keep the new content alone. Whatever moment a run is killed at, every file holds
 * content the record accepts. Callers hold the output lock (acquireOutputLock) around it.
 */
export function writeOutputFiles(files: FileToWrite[], options: OutputOptions): string[] {
  const { record, recordPath, plans } = checkOutputFiles(files, options);
  const changing = plans.filter((f) => f.existing !== f.content);
  const before = JSON.stringify(record);
  if (changing.length > 0) {
    for (const f of changing) {
      const hashes = [f.existing === undefined ? undefined : sha256(f.existing), sha256(f.content)];
      record[f.path] = [...new Set(hashes.filter((h): h is string => h !== undefined))];
    }
    writeFileAtomic(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  }
  for (const f of changing) writeFileAtomic(f.path, f.content);
  for (const f of plans) record[f.path] = sha256(f.content);
  if (JSON.stringify(record) !== before) writeFileAtomic(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  return changing.map((f) => f.path);
}

/**
 * Refuses, before anything is written, a file that exists and that this tool did not write (no
 * matching record in the data folder, and not recognised by its content), unless `force`.
 * Callers writing several sets of files check all of them first, so that one refusal leaves
 * every file as it was.
 */
export function checkOutputFiles(files: FileToWrite[], options: OutputOptions) {
  const recordPath = join(dataDir(options.env), 'written-files.json');
  const record = parseRecord(readTextIfAny(recordPath), recordPath);
  const plans = files.map((f) => ({ ...f, path: resolve(f.path), existing: readTextIfAny(resolve(f.path)) }));
  for (const f of plans) {
    if (f.existing === undefined || f.existing === f.content || options.force) continue;
    if (isAsWritten(record, f.path, f.existing)) continue;
    if (options.isOwn?.(f.existing, f.content)) continue;
    throw new UserError(
      `${f.path} exists and was not written by iop-plan (or was edited since); use --force to overwrite it`,
    );
  }
  return { record, recordPath, plans };
}

/** Whether the record (checkOutputFiles's) says this tool wrote `text` at `path`, unchanged since. */
export function isAsWritten(record: Record_, path: string, text: string): boolean {
  const accepted = record[path];
  const hashes = Array.isArray(accepted) ? accepted : accepted === undefined ? [] : [accepted];
  return hashes.includes(sha256(text));
}

/** A corrupt record is stored state like any other: reported and left as it is, never reset. */
function parseRecord(text: string | undefined, recordPath: string): Record_ {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(
      `${recordPath} is not valid JSON; it was left as it is (delete it, then use --force once to overwrite the files it listed)`,
    );
  }
  const isHash = (h: unknown) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h);
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => isHash(v) || (Array.isArray(v) && v.every(isHash)))
  )
    return value as Record_;
  throw new UserError(
    `${recordPath} is not a record iop-plan wrote; it was left as it is (delete it, then use --force once to overwrite the files it listed)`,
  );
}
