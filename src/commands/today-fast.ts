import { type CachedTodayRequest, showCachedToday } from '../adapters/plan-cache/show-cached-today.js';
import { resolveNow } from '../app/resolve-now.js';

/**
 * `iop-plan today` before commander is loaded: when the flags are plain ones this reader fully
 * understands and the published week still matches, print the day and return 0. Anything else
 * (other flags, help, a bad value, no stored week) returns undefined and the full command line
 * takes over, with its checks and messages. Built as a bundle of its own (scripts/build.mjs).
 */
export function runTodayFast(args: string[]): number | undefined {
  const options = readFastFlags(args);
  if (!options) return undefined;
  // Only what this path uses: merely asking whether stdin or stderr is a terminal sets up
  // those streams, which costs a few milliseconds at start-up.
  const io = { env: process.env, cwd: process.cwd(), stdoutIsTTY: Boolean(process.stdout.isTTY) };
  const text = showCachedToday(options, io);
  if (text === undefined) return undefined;
  process.stdout.write(text);
  return 0;
}

const VALUE_FLAGS: Record<string, 'config' | 'date' | 'now'> = {
  '-c': 'config',
  '--config': 'config',
  '--date': 'date',
  '--now': 'now',
};

/** `today`'s flags as commander reads them, for the simple spellings only; undefined otherwise. */
export function readFastFlags(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): CachedTodayRequest | undefined {
  const values: Partial<Record<'config' | 'date' | 'now', string>> = {};
  let color = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--no-color') color = false;
    else if (arg === '-q' || arg === '--quiet') continue;
    else {
      const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
      const key = VALUE_FLAGS[flag as string];
      const value = inline ?? args[++i];
      if (!key || value === undefined || value === '' || value.startsWith('-') || values[key] !== undefined) {
        return undefined;
      }
      values[key] = value;
    }
  }
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) return undefined;
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return undefined;
  return { config: values.config, date: values.date, nowMs: resolveNow(values.now, env), color };
}
