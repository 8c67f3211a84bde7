import { parentPort, workerData } from 'node:worker_threads';
import type { Io } from './io.js';
import { type BatchProfile, type BatchResult, planBatchProfile } from './plan-batch-profile.js';
import type { PlanOptions } from './planned-week.js';

/** What the batch hands a worker thread: a share of the profiles and everything else as data. */
export interface BatchShare {
  profiles: BatchProfile[];
  options: PlanOptions;
  nowMs: number;
  outDir: string;
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * A worker thread of `plan --config FOLDER` (built as dist/plan-batch-worker.js): plans its
 * share of the profiles and posts the results back in order; the main thread writes the files.
 */
async function planShare(share: BatchShare): Promise<BatchResult[]> {
  const io: Io = {
    stdout: () => {},
    stderr: () => {},
    env: share.env,
    cwd: share.cwd,
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: undefined,
    // The whole batch plans at the one instant the main thread read.
    now: () => share.nowMs,
  };
  const results: BatchResult[] = [];
  for (const profile of share.profiles) {
    results.push(await planBatchProfile(profile, share.options, { nowMs: share.nowMs, outDir: share.outDir, io }));
  }
  return results;
}

if (parentPort && workerData) {
  const port = parentPort;
  planShare(workerData as BatchShare).then(
    (results) => port.postMessage({ results }),
    (error: unknown) =>
      port.postMessage({
        error: {
          name: (error as Error).name,
          message: (error as Error).message ?? String(error),
          exitCode: (error as { exitCode?: number }).exitCode,
        },
      }),
  );
}
