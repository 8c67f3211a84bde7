type Env = Record<string, string | undefined>;

/**
 * The colour level for terminal output. chalk 5 detects once at import and ignores NO_COLOR on
 * a terminal, so the rules live here: `--no-color` wins, then FORCE_COLOR (0–3, `true`/`false`),
 * then NO_COLOR (any non-empty value), then colour only on a terminal that is not `dumb`.
 */
export function colorLevel(options: { color?: boolean; env: Env; isTTY: boolean }): 0 | 1 | 2 | 3 {
  if (options.color === false) return 0;
  const force = options.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number(force);
    if (Number.isInteger(n)) return Math.min(3, Math.max(0, n)) as 0 | 1 | 2 | 3;
    return 1;
  }
  if (options.env.NO_COLOR) return 0;
  if (!options.isTTY || options.env.TERM === 'dumb') return 0;
  if (options.env.COLORTERM === 'truecolor' || options.env.COLORTERM === '24bit') return 3;
  if (options.env.TERM?.includes('256')) return 2;
  return 1;
}
