import type { PlanOptions } from '../app/planned-week.js';
import { UsageError } from '../errors.js';

/** `plan`'s flags as read, by commander (src/cli/plan.ts) or the simple reader (plan-fast.ts). */
export type RawPlanOptions = Omit<PlanOptions, 'config' | 'view' | 'sheetView'> & {
  config?: string[];
  json?: boolean;
  view?: PlanOptions['view'];
};

/** `plan`'s options once checked: `--config` may still name several profiles (batch mode). */
export type PlanCommandOptions = Omit<PlanOptions, 'config'> & { config?: string[] };

/**
 * `plan`'s flags checked and completed: `--json` is `--format json`, and the HTML sheet is for
 * the fridge, so it shows the household view unless `--view` says otherwise. Throws UsageError
 * for a combination of flags `plan` refuses, before anything is read, computed or written. The
 * checks that need the profile or the week (`--add`, `--skip`, `--closed`, `--example NAME`, a
 * batch without `--out`) stay with the use case.
 */
export function toPlanOptions(raw: RawPlanOptions): PlanCommandOptions {
  const { json, ...rest } = raw;
  const format = json ? 'json' : raw.format;
  const sheetView = raw.view === undefined && format === 'html' ? ('family' as const) : undefined;
  const options: PlanCommandOptions = { ...rest, format, view: raw.view ?? 'me', ...(sheetView ? { sheetView } : {}) };
  checkPlanFlags(options);
  return options;
}

function checkPlanFlags(options: PlanCommandOptions): void {
  if (options.view === 'employer' && !options.ics) {
    throw new UsageError('--view employer is for calendar files only (add --ics); plans always show full detail');
  }
  if (options.view === 'family' && options.format === 'json' && !options.ics) {
    throw new UsageError('--view family needs --format text, md or html (JSON is always the full plan)');
  }
  if (options.template !== undefined && options.format !== 'md' && options.format !== 'html') {
    throw new UsageError('--template needs --format md or --format html');
  }
  if (options.vdir !== undefined && options.view === 'all') {
    throw new UsageError('--vdir writes one calendar: use --view me, family or employer');
  }
  if (options.program && options.weeks !== undefined) throw new UsageError('use either --weeks or --program, not both');
}
