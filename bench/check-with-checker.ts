import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Instance } from './generate-instances.js';

/** The team's independent checker (DESIGN §2–§4 read by someone else). Benchmark only. */
export const CHECKER = '/work/shared/tools/check-plan.mjs';

/** Runs the checker on one plan; returns its last line and whether it passed. */
export function checkWithChecker(
  instance: Instance,
  plan: object,
  weekStart: string,
  planted: boolean,
): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'iop-plan-quality-'));
  const profileFile = join(dir, 'profile.yaml');
  const planFile = join(dir, 'plan.json');
  writeFileSync(profileFile, stringify(instance.profile));
  writeFileSync(planFile, JSON.stringify(plan));
  const args = [CHECKER, profileFile, planFile, weekStart, ...(planted ? ['--planted'] : [])];
  const run = spawnSync(process.execPath, args, { cwd: process.cwd(), encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
