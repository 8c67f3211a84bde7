import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { processIo } from '../app/io.js';
import { runPlan } from '../app/run-plan.js';
import { type RawPlanOptions, toPlanOptions } from './plan-options.js';

/** `--config` may name several profiles or a folder of them: then a plan for each (batch mode). */
export async function planCommand(raw: RawPlanOptions): Promise<number> {
  const options = toPlanOptions(raw);
  const io = processIo();
  const { config: configs = [], ...rest } = options;
  if (isBatch(configs, io.cwd)) {
    const { runPlanBatch } = await import('../app/run-plan-batch.js');
    return runPlanBatch(configs, rest, io);
  }
  return runPlan({ ...rest, ...(configs[0] !== undefined && { config: configs[0] }) }, io);
}

function isBatch(configs: readonly string[], cwd: string): boolean {
  if (configs.length !== 1) return configs.length > 1;
  try {
    return statSync(resolve(cwd, configs[0] as string)).isDirectory();
  } catch {
    return false; // the single-profile path reports a missing file
  }
}
