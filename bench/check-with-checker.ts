import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Instance } from './generate-instances.js';

/**
 * Runs an external plan checker (a Node script, not part of this repository, given with
 * `--checker FILE`) on one plan; returns its output and whether it passed. Benchmark only.
 */
export function checkWithChecker(
  checker: string,
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
  const args = [checker, profileFile, planFile, weekStart, ...(planted ? ['--planted'] : [])];
  const run = spawnSync(process.execPath, args, { cwd: process.cwd(), encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
