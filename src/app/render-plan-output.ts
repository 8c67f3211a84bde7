import type { Io } from './io.js';
import type { PlannedWeek, PlanOptions } from './run-plan.js';

// Placeholder: JSON only until the renderers land.
export async function renderPlanOutput(planned: PlannedWeek, _options: PlanOptions, io: Io): Promise<void> {
  io.stdout(`${JSON.stringify(planned.plan, null, 2)}\n`);
}
