import { dirname } from 'node:path';
import { readProfileFile } from '../adapters/files/read-profile-file.js';
import type { FileToWrite } from '../adapters/files/write-files.js';
import { buildPlan } from '../domain/build-plan.js';
import { ProfileError, UsageError, UserError } from '../errors.js';
import type { Io } from './io.js';
import { validated } from './load-profile.js';
import type { PlanOptions } from './planned-week.js';
import { planFileName, renderDocument, sheetViewOf } from './render-plan-output.js';
import { resolveWeekDate } from './resolve-week.js';

/** One profile of a batch: where it is, how messages name it, the prefix of its plan file. */
export interface BatchProfile {
  path: string;
  shownAs: string;
  name: string;
}

/** What planning one profile of a batch gave: its plan file, or the lines that explain why not. */
export type BatchResult =
  | { ok: true; file: FileToWrite; missing: number }
  | { ok: false; lines: string[]; exitCode: number };

/**
 * Reads, checks, plans and renders one profile of `plan --config FOLDER` (no stored state, as
 * with --example). A profile's own failure comes back as lines for stderr, as src/main.ts would
 * print them; a flag error (the same for every profile) and anything unexpected are thrown.
 */
export async function planBatchProfile(
  source: BatchProfile,
  options: PlanOptions,
  context: { nowMs: number; outDir: string; io: Io },
): Promise<BatchResult> {
  const { nowMs, outDir, io } = context;
  try {
    const raw = await readProfileFile(source.path, source.shownAs);
    // As for one profile: checked, and its `calendars` files read from its own folder.
    const { profile } = await validated(raw, source.shownAs, dirname(source.path));
    const plan = buildPlan(profile, resolveWeekDate(options.week, nowMs, profile.timezone), nowMs);
    const planned = { profile, plan, nowMs, stateful: false };
    const view = sheetViewOf(options);
    return {
      ok: true,
      file: {
        path: `${outDir}/${planFileName(planned, options, `${source.name}-`)}`,
        content: await renderDocument(planned, options, view, io, true),
      },
      missing: plan.unplaced.filter((u) => u.code !== 'closed').length,
    };
  } catch (error) {
    if (!(error instanceof UserError) || error instanceof UsageError) throw error;
    const lines =
      error instanceof ProfileError
        ? error.problems.map((problem) => `iop-plan: ${error.file}: ${problem}\n`)
        : [`iop-plan: ${error.message}\n`];
    return { ok: false, lines, exitCode: error.exitCode };
  }
}
