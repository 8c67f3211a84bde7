import { availableParallelism } from 'node:os';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderNames, isFolder, pathExists } from '../adapters/files/local-files.js';
import { writeOutputFiles } from '../adapters/files/write-files.js';
import { EXIT, type ExitCode, StrictError, UsageError, UserError } from '../errors.js';
import type { Io } from './io.js';
import { type BatchProfile, type BatchResult, planBatchProfile } from './plan-batch-profile.js';
import type { BatchShare } from './plan-batch-worker.js';
import type { PlanOptions } from './planned-week.js';
import { resolveNow } from './resolve-now.js';

const PROFILE_FILE = /\.(ya?ml|json)$/i;

/** Flags that belong to one person's stored week or calendars, not to a batch of profiles. */
const SINGLE_ONLY = ['example', 'ics', 'program', 'weeks', 'clearOverrides'] as const;

/** Below this many profiles per thread, starting a worker costs more than it saves. */
const PROFILES_PER_WORKER = 40;

/**
 * `iop-plan plan --config A B … --out DIR` or `--config FOLDER --out DIR`: a plan for each
 * profile (a folder's `.yaml`, `.yml` and `.json` files, in name order), one file each:
 * `DIR/<profile name>-iop-plan-<week>.<ext>`. For clinics planning many people at once: nothing
 * is read from or written to the stored state (no overrides, no published week), as with
 * `--example`. A profile that cannot be read or is invalid is reported on stderr and the others
 * are still planned; the exit code is then that of the first failure. Every file is checked
 * before any is written, and they are written together. Large batches are shared among worker
 * threads, one per core (the built command only).
 */
export async function runPlanBatch(configs: readonly string[], options: PlanOptions, io: Io): Promise<number> {
  // Checked here, not with the other flags (src/commands/plan-options.ts): whether `--config`
  // names a batch depends on the file system (one name may be a folder).
  if (options.out === undefined) throw new UsageError('--config with several profiles or a folder needs --out DIR');
  for (const flag of SINGLE_ONLY) {
    if (options[flag] !== undefined && options[flag] !== false) {
      throw new UsageError(`--${kebab(flag)} is for one profile; --config names several`);
    }
  }
  if ([options.add, options.skip, options.closed].some((list) => (list ?? []).length > 0)) {
    throw new UsageError('--add, --skip and --closed are for one profile; --config names several');
  }
  const profiles = listProfiles(configs, io.cwd);
  const outDir = resolve(io.cwd, options.out);
  const nowMs = resolveNow(options.now, io.env, io.now);

  const results = await planAll(profiles, options, { nowMs, outDir, io });
  const files = results.flatMap((r) => (r.ok ? [r.file] : []));
  try {
    writeOutputFiles(files, { force: Boolean(options.force), env: io.env });
  } catch (error) {
    if (error instanceof UserError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`--out: cannot write into ${outDir} (${reason})`);
  }
  let failure: number | undefined;
  let missing = 0;
  for (const r of results) {
    if (r.ok) missing += r.missing;
    else {
      io.stderr(r.lines.join(''));
      failure ??= r.exitCode;
    }
  }
  if (!options.quiet) {
    io.stdout(files.map((f) => `${f.path}\n`).join(''));
    io.stderr(`Planned ${files.length} of ${profiles.length} profiles.\n`);
  }
  if (failure !== undefined) return failure;
  if (options.strict && missing > 0) throw new StrictError(missing);
  return EXIT.ok;
}

async function planAll(
  profiles: BatchProfile[],
  options: PlanOptions,
  context: { nowMs: number; outDir: string; io: Io },
): Promise<BatchResult[]> {
  const workerFile = fileURLToPath(new URL('./plan-batch-worker.js', import.meta.url));
  const threads = Math.min(availableParallelism(), Math.floor(profiles.length / PROFILES_PER_WORKER));
  if (threads < 2 || !pathExists(workerFile)) {
    const results: BatchResult[] = [];
    for (const profile of profiles) results.push(await planBatchProfile(profile, options, context));
    return results;
  }
  const { Worker } = await import('node:worker_threads');
  const size = Math.ceil(profiles.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => profiles.slice(i * size, (i + 1) * size));
  const answers = await Promise.all(
    shares.map(
      (share) =>
        new Promise<BatchResult[]>((resolveShare, reject) => {
          const workerData: BatchShare = {
            profiles: share,
            options,
            nowMs: context.nowMs,
            outDir: context.outDir,
            env: context.io.env,
            cwd: context.io.cwd,
          };
          const worker = new Worker(workerFile, { workerData });
          worker.once('message', (answer: { results?: BatchResult[]; error?: WorkerFailure }) => {
            if (answer.results) resolveShare(answer.results);
            else reject(rebuilt(answer.error));
          });
          worker.once('error', reject);
        }),
    ),
  );
  return answers.flat();
}

interface WorkerFailure {
  name: string;
  message: string;
  exitCode?: number;
}

/** The error a worker thread failed with, as the class the one exit point knows. */
function rebuilt(failure: WorkerFailure | undefined): Error {
  if (!failure) return new Error('a worker thread stopped without an answer');
  if (failure.name === 'UsageError') return new UsageError(failure.message);
  if (failure.exitCode !== undefined) return new UserError(failure.message, failure.exitCode as ExitCode);
  return new Error(failure.message);
}

function listProfiles(configs: readonly string[], cwd: string): BatchProfile[] {
  const sources = configs.flatMap((config): BatchProfile[] => {
    const path = isAbsolute(config) ? config : resolve(cwd, config);
    // Not there: reported as a missing profile file, in its turn.
    if (!isFolder(path)) return [source(path, config)];
    const names = folderNames(path)
      .filter((f) => PROFILE_FILE.test(f))
      .sort();
    if (names.length === 0) throw new UsageError(`--config: ${config} holds no .yaml, .yml or .json profile`);
    return names.map((f) => source(join(path, f), join(config, f)));
  });
  const seen = new Map<string, string>();
  for (const s of sources) {
    const other = seen.get(s.name);
    if (other !== undefined) {
      throw new UsageError(`--config: ${other} and ${s.shownAs} would write the same plan file; rename one`);
    }
    seen.set(s.name, s.shownAs);
  }
  return sources;
}

function source(path: string, shownAs: string): BatchProfile {
  const file = basename(path);
  return { path, shownAs, name: file.slice(0, file.length - extname(file).length) };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
