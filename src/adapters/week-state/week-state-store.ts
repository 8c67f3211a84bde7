import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../domain/plan-types.js';
import { NO_OVERRIDES, type WeekOverrides } from '../../domain/week-overrides.js';
import { UserError } from '../../errors.js';
import { dataDir } from '../files/paths.js';
import { writeFileAtomic } from '../files/write-files.js';

type Env = Record<string, string | undefined>;

/**
 * What is kept per week in the data folder: the one-off overrides (`--add`, `--skip`, `--closed`)
 * and the plan last published (written to files), against which re-planning keeps things still.
 * Files are JSON, mode 0600, written atomically; `iop-plan profile delete` removes them all.
 */
export function weekDir(env: Env, isoWeek: string): string {
  return join(dataDir(env), 'weeks', isoWeek);
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(`${path} is not valid JSON; it was left as it is (delete it to start this week afresh)`);
  }
}

export function readOverrides(env: Env, isoWeek: string): WeekOverrides {
  const value = readJson(join(weekDir(env, isoWeek), 'overrides.json')) as Partial<WeekOverrides> | undefined;
  if (!value) return NO_OVERRIDES;
  return { add: value.add ?? [], skip: value.skip ?? [], closed: value.closed ?? [] };
}

export function writeOverrides(env: Env, isoWeek: string, overrides: WeekOverrides): void {
  const path = join(weekDir(env, isoWeek), 'overrides.json');
  if (overrides.add.length + overrides.skip.length + overrides.closed.length === 0) rmSync(path, { force: true });
  else writeFileAtomic(path, `${JSON.stringify(overrides, null, 2)}\n`);
}

export function readPublished(env: Env, isoWeek: string): Plan | undefined {
  return readJson(join(weekDir(env, isoWeek), 'published.json')) as Plan | undefined;
}

/** Returns the text written, so that a cache can name exactly this plan. */
export function writePublished(env: Env, plan: Plan): string {
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  writeFileAtomic(join(weekDir(env, plan.week.isoWeek), 'published.json'), text);
  return text;
}
