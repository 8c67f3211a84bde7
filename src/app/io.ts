/** What a use case may touch of the outside world; tests pass fakes. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** True when stderr is a terminal (progress lines); absent means no. */
  stderrIsTTY?: boolean;
  /** Terminal width in columns, when stdout is a terminal. */
  columns: number | undefined;
  /** The clock, in milliseconds since 1970 (`resolveNow` reads it when no `--now` is given; tests pass a fixed one). */
  now: () => number;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    now: () => Date.now(),
  };
}
