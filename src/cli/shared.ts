import { type Command, InvalidArgumentError, Option, type OptionValues } from '@commander-js/extra-typings';
import { COMMON_FLAGS, WEEK_FLAG } from '../commands/flag-table.js';

/** How a command's action hands back its exit code to runCli. */
export type Done = (code: number) => void;

/** The flags every profile-reading command takes (src/commands/flag-table.ts). */
export const withCommonFlags = <Opts extends OptionValues, F extends string = typeof COMMON_FLAGS.config.flags>(
  cmd: Command<[], Opts>,
  config: { flags: F; description: string } = COMMON_FLAGS.config as { flags: F; description: string },
) =>
  cmd
    .option(config.flags, config.description)
    .option(COMMON_FLAGS.example.flags, COMMON_FLAGS.example.description)
    .option(COMMON_FLAGS.now.flags, COMMON_FLAGS.now.description, parseNow)
    .option(COMMON_FLAGS.color.flags, COMMON_FLAGS.color.description)
    .option(COMMON_FLAGS.quiet.flags, COMMON_FLAGS.quiet.description);

export function weekOption() {
  return new Option(WEEK_FLAG.flags, WEEK_FLAG.description).default(WEEK_FLAG.default);
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseNow(value: string): string {
  // Checked strictly when used (resolveNow): a real date and time in the years 1970–9998.
  if (Number.isNaN(Date.parse(value)) && !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw new InvalidArgumentError('expected an ISO date-time, e.g. 2026-11-26T12:00:00Z');
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 104) throw new InvalidArgumentError('expected a whole number from 1 to 104');
  return n;
}
