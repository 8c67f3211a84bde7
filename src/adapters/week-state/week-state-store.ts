import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../domain/plan-types.js';
import { NO_OVERRIDES, type WeekOverrides } from '../../domain/week-overrides.js';
import { UserError } from '../../errors.js';
import { dataDir } from '../files/paths.js';
import { writeFileAtomic, writeFileIfChanged } from '../files/write-files.js';
import { checkOverridesShape, checkPlanShape } from './check-state-shape.js';

type Env = Record<string, string | undefined>;

/**
 * What is kept per profile and week in the data folder: the one-off overrides (`--add`, `--skip`,
 * `--closed`) and the plan last published (written to files), against which re-planning keeps
 * things still. (r2 §6) Kept per profile `id` (`profiles/<id>/weeks/<isoWeek>/`), so two profiles
 * used under one account never share or mix state. Files are JSON, mode 0600, written
 * atomically; `iop-plan profile delete` removes them all.
 */
export function weekDir(env: Env, profileId: string, isoWeek: string): string {
  return join(dataDir(env), 'profiles', profileId, 'weeks', isoWeek);
}

/** Revision 1 kept one folder per week for every profile: only the today cache still lives there. */
export function sharedWeekDir(env: Env, isoWeek: string): string {
  return join(dataDir(env), 'weeks', isoWeek);
}

/**
 * Stored state is never silently reset: a file that is not JSON, or not the shape this tool
 * writes, is an error naming the file and how to recover (it is left as it is).
 */
function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UserError(`${path} cannot be read (${code ?? 'error'}); check its permissions`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw corrupt(path, 'is not valid JSON');
  }
}

function corrupt(path: string, problem: string): UserError {
  return new UserError(
    `${path} ${problem}; it was left as it is (move it away or delete it to start this week afresh)`,
  );
}

export function readOverrides(env: Env, profileId: string, isoWeek: string): WeekOverrides {
  const path = join(weekDir(env, profileId, isoWeek), 'overrides.json');
  const value = readJson(path);
  if (value === undefined) return NO_OVERRIDES;
  const problem = checkOverridesShape(value);
  if (problem) throw corrupt(path, `is not a record of this week's changes (${problem})`);
  return value as WeekOverrides;
}

export function writeOverrides(env: Env, profileId: string, isoWeek: string, overrides: WeekOverrides): void {
  const path = join(weekDir(env, profileId, isoWeek), 'overrides.json');
  if (overrides.add.length + overrides.skip.length + overrides.closed.length === 0) rmSync(path, { force: true });
  else writeFileAtomic(path, `${JSON.stringify(overrides, null, 2)}\n`);
}

export function readPublished(env: Env, profileId: string, isoWeek: string): Plan | undefined {
  const path = join(weekDir(env, profileId, isoWeek), 'published.json');
  const value = readJson(path);
  if (value === undefined) return undefined;
  const problem = checkPlanShape(value, isoWeek);
  if (problem) throw corrupt(path, `is not a plan this tool published (${problem})`);
  return value as Plan;
}

/** Returns the text written, so that a cache can name exactly this plan. An unchanged file is left alone. */
export function writePublished(env: Env, profileId: string, plan: Plan): string {
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  const path = join(weekDir(env, profileId, plan.week.isoWeek), 'published.json');
  writeFileIfChanged(path, text);
  return text;
}
