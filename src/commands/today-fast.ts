import { type CachedTodayRequest, showCachedToday } from '../adapters/plan-cache/show-cached-today.js';
import { resolveNow } from '../app/resolve-now.js';
import { flagSpellings, TODAY_FLAGS } from './flag-table.js';

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

const SPELLINGS = flagSpellings(TODAY_FLAGS);
/** Flags whose value this reader checks as commander would; any other goes to commander. */
const FAST_VALUES = new Set(['config', 'date', 'now']);

/**
 * `today`'s flags as commander reads them (src/commands/flag-table.ts), for the simple spellings
 * only: `--example`, `--help`, repeated or odd values and anything unknown give undefined.
 */
export function readFastFlags(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): (CachedTodayRequest & { quiet: boolean }) | undefined {
  const values: Partial<Record<'config' | 'date' | 'now', string>> = {};
  let color = true;
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const spelling = SPELLINGS.get(flag as string);
    if (!spelling) return undefined;
    if (spelling.value === 'none') {
      if (inline !== undefined) return undefined;
      if (spelling.key === 'color' && spelling.negated) color = false;
      else if (spelling.key === 'quiet') quiet = true;
      else return undefined;
      continue;
    }
    const key = spelling.key as 'config' | 'date' | 'now';
    if (spelling.value !== 'required' || !FAST_VALUES.has(key)) return undefined;
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || value.startsWith('-') || values[key] !== undefined) return undefined;
    values[key] = value;
  }
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) return undefined;
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return undefined;
  return { config: values.config, date: values.date, nowMs: resolveNow(values.now, env), color, quiet };
}
