/**
 * Flags declared once, for commander (src/cli.ts) and for the simple reader that answers the
 * hot paths (`today` from a published week, `plan` as cron runs it) before commander loads
 * (src/commands/today-fast.ts, src/commands/plan-fast.ts). Flags only commander reads
 * (`--add`, `--template`, …) are declared in src/cli.ts alone. Loads nothing.
 */
export interface FlagSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: string;
}

export const COMMON_FLAGS = {
  config: { flags: '-c, --config <file>', description: 'profile file (JSON or YAML) instead of the stored profile' },
  example: {
    flags: '--example [name]',
    description: 'use a shipped example profile (see `iop-plan plan --example list`)',
  },
  now: { flags: '--now <iso>', description: 'the current time, for reproducible output' },
  color: { flags: '--no-color', description: 'plain text without colours (also NO_COLOR)' },
  quiet: { flags: '-q, --quiet', description: 'print nothing but errors' },
} as const;

/** `plan --config` takes several profiles, or a folder of them (batch mode). */
export const PLAN_CONFIG_FLAGS = {
  flags: '-c, --config <file...>',
  description:
    'profile file (JSON or YAML) instead of the stored profile; several, or a folder: a plan for each (with --out)',
} as const;

export const TODAY_FLAGS = {
  ...COMMON_FLAGS,
  date: { flags: '--date <date>', description: 'another day (YYYY-MM-DD)' },
} as const;

export const WEEK_FLAG = {
  flags: '-w, --week <week>',
  description: 'this | next | YYYY-MM-DD | YYYY-Www',
  default: 'this',
} as const;

/** `plan`'s own flags that the simple reader knows too (src/cli.ts declares the rest). */
export const PLAN_FLAGS = {
  week: WEEK_FLAG,
  format: {
    flags: '-f, --format <format>',
    description: 'output format',
    choices: ['text', 'md', 'html', 'json', 'remind'],
    default: 'text',
  },
  json: { flags: '--json', description: 'same as --format json' },
  out: { flags: '-o, --out <dir>', description: 'write files into DIR instead of printing' },
  ics: { flags: '--ics', description: 'also write .ics calendar files (into --out, default the current folder)' },
  view: {
    flags: '--view <view>',
    description: 'which calendar or sheet (default: me; the HTML sheet: family)',
    choices: ['me', 'family', 'employer', 'all'],
  },
  strict: { flags: '--strict', description: 'exit 3 when anything is unplaced or uncovered' },
  force: { flags: '--force', description: 'overwrite files this tool did not write' },
} as const;

interface FlagSpelling {
  key: string;
  /** `<value>` follows (required), `<value...>` one or more, `[value]` may follow, or none (a switch). */
  value: 'required' | 'variadic' | 'optional' | 'none';
  /** `--no-color` sets `color` to false. */
  negated: boolean;
}

/** Each spelling of each flag (`-c`, `--config`, …) as commander reads the `flags` strings. */
function flagSpellings(table: Record<string, { flags: string }>): Map<string, FlagSpelling> {
  const spellings = new Map<string, FlagSpelling>();
  for (const [key, { flags }] of Object.entries(table)) {
    const value = flags.includes('...>')
      ? 'variadic'
      : flags.includes('<')
        ? 'required'
        : flags.includes('[')
          ? 'optional'
          : 'none';
    for (const name of flags.split(/[ ,]+/).filter((part) => part.startsWith('-'))) {
      spellings.set(name, { key, value, negated: name.startsWith('--no-') });
    }
  }
  return spellings;
}

export type SimpleFlags = Record<string, string | string[] | boolean>;

/**
 * The flags in `args` as commander would read them, for the plain spellings only: each flag of
 * `table` at most once, values that do not start with `-`, switches, `--no-` switches, a
 * variadic flag with exactly one value, values inside `choices`, and each `default` filled in.
 * Anything else (an optional value, a flag not in the table, a stray argument, `--help`) gives
 * undefined, and the caller leaves the command line to commander, which checks and explains.
 */
export function readSimpleFlags(table: Record<string, FlagSpec>, args: readonly string[]): SimpleFlags | undefined {
  const spellings = flagSpellings(table);
  const read: SimpleFlags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const spelling = spellings.get(flag as string);
    if (!spelling || read[spelling.key] !== undefined || spelling.value === 'optional') return undefined;
    if (spelling.value === 'none') {
      if (inline !== undefined) return undefined;
      read[spelling.key] = !spelling.negated;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    const { choices } = table[spelling.key] as FlagSpec;
    if (choices && !choices.includes(value)) return undefined;
    if (spelling.value === 'variadic') {
      // commander would take what follows as more values: only one, then another flag or the end.
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('-')) return undefined;
      read[spelling.key] = [value];
    } else read[spelling.key] = value;
  }
  for (const [key, spec] of Object.entries(table)) {
    if (read[key] !== undefined) continue;
    if (spec.default !== undefined) read[key] = spec.default;
    else if (spec.flags.includes('--no-')) read[key] = true;
  }
  return read;
}
