import { COMMON_FLAGS, PLAN_CONFIG_FLAGS, PLAN_FLAGS, readSimpleFlags, type SimpleFlags } from './flag-table.js';
import type { RawPlanOptions } from './plan-options.js';

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

/** `plan`'s flags as commander's action passes them to planCommand, or undefined. */
export function readPlanFlags(args: readonly string[]): RawPlanOptions | undefined {
  const flags = readSimpleFlags(FAST_PLAN_FLAGS, args);
  if (!flags || flags.example !== undefined) return undefined;
  if (typeof flags.now === 'string' && Number.isNaN(Date.parse(flags.now))) return undefined;
  const format = oneOf(flags.format, PLAN_FLAGS.format.choices);
  const view = oneOf(flags.view, PLAN_FLAGS.view.choices);
  if (format === undefined || typeof flags.week !== 'string') return undefined;
  const options: RawPlanOptions = {
    week: flags.week,
    format,
    color: flags.color !== false,
    // As src/cli/plan.ts: the repeatable flags start empty.
    add: [],
    skip: [],
    closed: [],
  };
  if (Array.isArray(flags.config)) options.config = flags.config;
  if (view !== undefined) options.view = view;
  for (const key of ['now', 'out'] as const) {
    const value = flags[key];
    if (typeof value === 'string') options[key] = value;
  }
  for (const key of ['json', 'ics', 'quiet', 'strict', 'force'] as const) {
    if (flags[key] === true) options[key] = true;
  }
  return options;
}

function oneOf<T extends string>(value: SimpleFlags[string] | undefined, choices: readonly T[]): T | undefined {
  return choices.find((choice) => choice === value);
}
