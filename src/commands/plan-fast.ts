import type { PlanOptions } from '../app/planned-week.js';
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

/** `plan`'s flags as read, before `finishPlanOptions`. */
export type RawPlanOptions = Omit<PlanOptions, 'config' | 'view'> & {
  config?: string[];
  json?: boolean;
  view?: PlanOptions['view'];
};

/** `plan`'s options as commander's action passes them to planCommand, or undefined. */
export function readPlanFlags(args: readonly string[]): ReturnType<typeof finishPlanOptions> | undefined {
  const flags = readSimpleFlags(FAST_PLAN_FLAGS, args);
  if (!flags || flags.example !== undefined) return undefined;
  if (typeof flags.now === 'string' && Number.isNaN(Date.parse(flags.now))) return undefined;
  // As src/cli.ts: the repeatable flags start empty.
  return finishPlanOptions({ ...flags, add: [], skip: [], closed: [] } as unknown as RawPlanOptions);
}

/**
 * What both command lines do with `plan`'s flags: `--json` is `--format json`, and the HTML sheet
 * is for the fridge, so it shows the household view unless `--view` says otherwise.
 */
export function finishPlanOptions(o: RawPlanOptions) {
  const format = o.json ? 'json' : o.format;
  const sheetView = o.view === undefined && format === 'html' ? ('family' as const) : undefined;
  return { ...o, format, view: o.view ?? ('me' as const), ...(sheetView ? { sheetView } : {}) };
}
