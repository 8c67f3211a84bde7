import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../files/paths.js';
import { writeFileAtomic } from '../files/write-files.js';

type Env = Record<string, string | undefined>;

/**
 * The answers of an `init` that has not finished, kept so that a Ctrl-C or a closed terminal
 * costs nothing: written after each section, private (0600) like everything that holds health
 * information, in the data folder (so `profile delete` removes it), and removed once init saves.
 */
export interface InitDraft {
  version: 1;
  /** When it was written (ISO). */
  savedAt: string;
  /** Section names answered so far, in the order asked. */
  done: string[];
  /** The profile as answered so far (not validated as a whole yet). */
  answers: Record<string, unknown>;
}

export const DRAFT_FILE_NAME = 'init-draft.json';

export const draftFile = (env: Env): string => join(dataDir(env), DRAFT_FILE_NAME);

/** The draft, or undefined when there is none or it cannot be read (a draft is only a convenience). */
export function readInitDraft(env: Env): InitDraft | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(draftFile(env), 'utf8'));
  } catch {
    return undefined;
  }
  const d = doc as Partial<InitDraft> | null;
  const ok =
    d?.version === 1 &&
    typeof d.savedAt === 'string' &&
    Array.isArray(d.done) &&
    d.done.every((x) => typeof x === 'string') &&
    typeof d.answers === 'object' &&
    d.answers !== null;
  return ok ? (d as InitDraft) : undefined;
}

export function writeInitDraft(env: Env, draft: InitDraft): void {
  writeFileAtomic(draftFile(env), `${JSON.stringify(draft, null, 2)}\n`);
}

export function removeInitDraft(env: Env): void {
  rmSync(draftFile(env), { force: true });
}
