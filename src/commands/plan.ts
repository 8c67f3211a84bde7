import { processIo } from '../app/io.js';
import { type PlanOptions, runPlan } from '../app/run-plan.js';

export async function planCommand(options: PlanOptions): Promise<number> {
  return runPlan(options, processIo());
}
