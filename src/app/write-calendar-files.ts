import { UserError } from '../errors.js';
import type { Io } from './io.js';
import type { PlannedWeek, PlanOptions } from './run-plan.js';

export async function writeCalendarFiles(_planned: PlannedWeek, _options: PlanOptions, _io: Io): Promise<void> {
  throw new UserError('calendar export is not available yet');
}
