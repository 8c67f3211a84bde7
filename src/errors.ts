/** Exit codes (DESIGN §6). Only src/main.ts turns them into a process exit. */
export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  strict: 3,
  cancelled: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error whose message is meant for the person at the terminal, printed as one line. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.error,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A bad command line: unknown flag, bad flag value, missing argument. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** A profile that failed validation: every problem as `path: message`. */
export class ProfileError extends UserError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems`}`, EXIT.error);
    this.name = 'ProfileError';
  }
}

/** The person pressed Ctrl-C at a prompt. */
export class CancelledError extends UserError {
  constructor() {
    super('Cancelled; nothing was written.', EXIT.cancelled);
    this.name = 'CancelledError';
  }
}

/** `--strict` and something was unplaced or uncovered; the output was still written. */
export class StrictError extends UserError {
  /** `items`: one line per item (grouped by day), named so that a cron mail says which. */
  constructor(count: number, items: string[] = []) {
    const list = items.map((i) => `\n  - ${i}`).join('');
    super(`--strict: ${count} item${count === 1 ? '' : 's'} unplaced or uncovered${list}`, EXIT.strict);
    this.name = 'StrictError';
  }
}
