/**
 * The flags every planning command takes, and `today`'s own: declared once, for commander
 * (src/cli.ts) and for the reader of `today`'s flags before commander loads
 * (src/commands/today-fast.ts). Loads nothing.
 */
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

export interface FlagSpelling {
  key: string;
  /** `<value>` follows (required), `[value]` may follow, or none (a switch). */
  value: 'required' | 'optional' | 'none';
  /** `--no-color` sets `color` to false. */
  negated: boolean;
}

/** Each spelling of each flag (`-c`, `--config`, …) as commander reads the `flags` strings. */
export function flagSpellings(table: Record<string, { flags: string }>): Map<string, FlagSpelling> {
  const spellings = new Map<string, FlagSpelling>();
  for (const [key, { flags }] of Object.entries(table)) {
    const value = flags.includes('<') ? 'required' : flags.includes('[') ? 'optional' : 'none';
    for (const name of flags.split(/[ ,]+/).filter((part) => part.startsWith('-'))) {
      spellings.set(name, { key, value, negated: name.startsWith('--no-') });
    }
  }
  return spellings;
}
