import type { CheckinOptions } from '../app/run-checkin.js';
import { tidyCheckinText } from '../domain/checkins/checkin-text.js';
import { isRealDate } from '../domain/time/real-date.js';
import { UsageError } from '../errors.js';

/** `checkin`'s flags as commander reads them (src/cli/checkin.ts). */
export interface CheckinFlags {
  config?: string;
  example?: string | boolean;
  now?: string;
  color?: boolean;
  quiet?: boolean;
  date?: string;
  attended?: boolean;
  missed?: boolean;
  session?: string;
  note?: string;
  win?: string;
}

/**
 * `checkin`'s flags checked: one status at most, `--note` and `--session` only with one, a real
 * `--date`, texts tidied. Whether `--date` is in the future and which sessions `--session` may
 * number depend on the profile's zone and week: the use case checks those (src/app/run-checkin.ts).
 */
export function toCheckinOptions(flags: CheckinFlags): CheckinOptions {
  if (flags.attended && flags.missed) throw new UsageError('use either --attended or --missed, not both');
  const status = flags.attended ? 'attended' : flags.missed ? 'missed' : undefined;
  const win = flags.win === undefined ? undefined : checkedText(flags.win, '--win');
  const note = flags.note === undefined ? undefined : checkedText(flags.note, '--note');
  if (note !== undefined && status === undefined) throw new UsageError('--note goes with --attended or --missed');
  if (flags.session !== undefined && status === undefined)
    throw new UsageError('--session goes with --attended or --missed');
  if (flags.date !== undefined && !isRealDate(flags.date))
    throw new UsageError(`--date: "${flags.date}" is not a date (YYYY-MM-DD)`);
  const { attended: _attended, missed: _missed, win: _win, note: _note, ...rest } = flags;
  return {
    ...rest,
    ...(status !== undefined && { status }),
    ...(win !== undefined && { win }),
    ...(note !== undefined && { note }),
  };
}

function checkedText(text: string, flag: string): string {
  const result = tidyCheckinText(text);
  if (!result.ok) throw new UsageError(`${flag}: the text ${result.problem}`);
  return result.text;
}
