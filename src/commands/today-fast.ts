import { type CachedTodayRequest, showCachedToday } from '../adapters/plan-cache/show-cached-today.js';
import { resolveNow } from '../app/resolve-now.js';
import { readSimpleFlags, TODAY_FLAGS } from './flag-table.js';

/**
 * `iop-plan today` before commander is loaded: when the flags are plain ones this reader fully
 * understands and the published week still matches, print the day (nothing with `--quiet`) and
 * return 0. Anything else (other flags, help, a bad value, no stored week) returns undefined and
 * the full command line takes over, with its checks and messages. Built as a bundle of its own
 * (scripts/build.mjs).
 */
export async function runTodayFast(args: string[]): Promise<number | undefined> {
  const options = readFastFlags(args);
  if (!options) return undefined;
  // Only what this path uses: merely asking whether stdin or stderr is a terminal sets up
  // those streams, which costs a few milliseconds at start-up.
  const io = { env: process.env, cwd: process.cwd(), stdoutIsTTY: Boolean(process.stdout.isTTY) };
  const text = await showCachedToday(options, io);
  if (text === undefined) return undefined;
  if (!options.quiet) process.stdout.write(text);
  return 0;
}

/**
 * `today`'s flags (src/commands/flag-table.ts) when the simple reader takes them and the cached
 * day can answer them: `--example` (no stored week) and values commander would refuse give
 * undefined.
 */
export function readFastFlags(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): (CachedTodayRequest & { quiet: boolean }) | undefined {
  const flags = readSimpleFlags(TODAY_FLAGS, args);
  if (!flags || flags.example !== undefined) return undefined;
  const { config, date, now } = flags as { config?: string; date?: string; now?: string };
  if (now !== undefined && Number.isNaN(Date.parse(now))) return undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return {
    config,
    date,
    nowMs: resolveNow(now, env, Date.now),
    color: flags.color !== false,
    quiet: flags.quiet === true,
  };
}
