import type { Plan } from '../domain/plan-types.js';
import type { Profile } from '../domain/profile.js';
import type { WeekOverrides } from '../domain/week-overrides.js';

export interface PlanOptions {
  config?: string;
  example?: string | boolean;
  week: string;
  format: 'text' | 'md' | 'html' | 'json' | 'remind';
  out?: string;
  ics?: boolean;
  /** (r2 §5a) A vdir folder (khal, vdirsyncer): one `.ics` per event of the view, named by UID. */
  vdir?: string;
  view: 'me' | 'family' | 'employer' | 'all';
  /** The sheet's view when `--view` was not given (the HTML sheet: `family`); else from `view`. */
  sheetView?: 'me' | 'family';
  weeks?: number;
  program?: boolean;
  template?: string;
  now?: string;
  color: boolean;
  quiet?: boolean;
  strict?: boolean;
  force?: boolean;
  /** One-off changes for this week, stored so that regenerating keeps them. */
  add?: string[];
  skip?: string[];
  closed?: string[];
  clearOverrides?: boolean;
}

export interface PlannedWeek {
  profile: Profile;
  plan: Plan;
  nowMs: number;
  /** The plan published earlier for this week, if any (the shipped examples keep no state). */
  previous?: Plan | undefined;
  /** False for the shipped examples: they never read or write the data folder. */
  stateful?: boolean;
  /** Stateful runs: hash of the profile file's bytes and the overrides used (the key `today` checks). */
  profileHash?: string | undefined;
  overrides?: WeekOverrides;
  /** Stores the week's changed overrides; `runPlan` calls it once the plan is out, so a failed run keeps none. */
  storeOverrides?: (() => void) | undefined;
}

export type WeekRequest = Pick<
  PlanOptions,
  'config' | 'example' | 'week' | 'now' | 'add' | 'skip' | 'closed' | 'clearOverrides' | 'quiet'
> & {
  /** `plan --example` for this week outside the example's program: plan its first week instead. */
  showProgram?: boolean;
};
