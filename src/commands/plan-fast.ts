import type { PlanOptions } from '../app/run-plan.js';
import { COMMON_FLAGS, PLAN_CONFIG_FLAGS, PLAN_FLAGS, readSimpleFlags } from './flag-table.js';

const FAST_PLAN_FLAGS = { ...COMMON_FLAGS, config: PLAN_CONFIG_FLAGS, ...PLAN_FLAGS };

/**
 * `iop-plan plan` as cron runs it (`--week next --format md --out DIR --quiet`, …) without
 * loading commander (about a tenth of the start-up): when every flag is one the simple reader
 * takes, the options are what commander would give the command. Anything else returns undefined
 * and the full command line takes over.
 */
export async function runPlanFast(args: string[]): Promise<number | undefined> {
  const options = readPlanFlags(args);
  if (!options) return undefined;
  const { planCommand } = await import('./plan.js');
  return planCommand(options);
}

/** `plan`'s options as commander's action passes them to planCommand, or undefined. */
export function readPlanFlags(
  args: readonly string[],
): (Omit<PlanOptions, 'config'> & { config?: string[]; json?: boolean }) | undefined {
  const flags = readSimpleFlags(FAST_PLAN_FLAGS, args);
  if (!flags || flags.example !== undefined) return undefined;
  if (typeof flags.now === 'string' && Number.isNaN(Date.parse(flags.now))) return undefined;
  // As src/cli.ts: the repeatable flags start empty, and --json is --format json.
  const options = { ...flags, add: [], skip: [], closed: [] } as unknown as Omit<PlanOptions, 'config'> & {
    config?: string[];
    json?: boolean;
  };
  return { ...options, format: options.json ? 'json' : options.format };
}
