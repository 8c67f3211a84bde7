import { resolve } from 'node:path';
import { Eta } from 'eta';
import { readShippedTemplate } from '../adapters/files/read-templates.js';
import { writeOutputFiles } from '../adapters/files/write-files.js';
import { buildPlan } from '../domain/build-plan.js';
import { consecutiveWeeks, programWeeks } from '../domain/calendar/calendar-weeks.js';
import { FMLA_CONDITIONS } from '../domain/leave/fmla-status.js';
import { NOT_LEGAL_ADVICE } from '../domain/leave/leave-lines.js';
import { buildLetterViewModel, type LetterViewModel } from '../domain/letter/letter-view-model.js';
import { findForbiddenWord } from '../domain/privacy/forbidden-words.js';
import type { Profile } from '../domain/profile.js';
import { localDateOf } from '../domain/week.js';
import { UserError } from '../errors.js';
import type { Io } from './io.js';
import { loadProfile } from './load-profile.js';
import { resolveNow } from './resolve-now.js';

export interface LetterOptions {
  config?: string;
  example?: string | boolean;
  format?: 'md' | 'html';
  weeks?: number;
  out?: string;
  force?: boolean;
  /** Draft the letter even when the program displaces no work (a note that nothing is missed). */
  anyway?: boolean;
  now?: string;
  color?: boolean;
  quiet?: boolean;
}

export type LetterFormat = 'md' | 'html';

/**
 * `iop-plan letter`: plans the program's weeks (or `--weeks N` from this week), renders the
 * employer letter and prints it or writes it (mode 0600). Nothing naming care reaches it. When
 * the program takes no work time it says that no letter is needed (exit 0), unless `--anyway`
 * (DESIGN §4a). "Not legal advice" goes to stderr, never into the letter.
 */
export async function runLetter(options: LetterOptions, io: Io): Promise<number> {
  const format = options.format ?? 'md';
  const { profile } = await loadProfile(options, io);
  if (!profile.work) throw new UserError('letter needs a work section in the profile (your scheduled hours)');
  const nowMs = resolveNow(options.now, io.env, io.now);
  const weekStarts = letterWeeks(profile, options.weeks, localDateOf(nowMs, profile.timezone));
  const plans = weekStarts.map((start) => buildPlan(profile, start, nowMs));
  const vm = buildLetterViewModel(profile, plans);
  if (vm.kind === 'none' && !options.anyway) {
    if (!options.quiet) {
      io.stdout(
        `No letter needed: as planned, your program takes none of your scheduled work hours from ${vm.from} to ${vm.to}, ` +
          'so there is nothing to ask your employer for. Whether to tell them anyway is your choice; ' +
          '`iop-plan letter --anyway` drafts a short note saying that no work is missed.\n',
      );
      io.stderr(`iop-plan: ${NOT_LEGAL_ADVICE}\n`);
    }
    return 0;
  }
  const letter = renderLetter(vm, format);
  if (options.out === undefined) {
    io.stdout(letter);
  } else {
    const path = resolve(io.cwd, options.out);
    try {
      writeOutputFiles([{ path, content: letter }], { force: options.force ?? false, env: io.env });
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`--out: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (!options.quiet) io.stdout(`${path}\n`);
  }
  if (!options.quiet) {
    if (vm.kind === 'none') {
      io.stderr('iop-plan: none of your planned appointments fall in your scheduled work hours; the letter says so.\n');
    }
    if (vm.fmla === 'unsure' && vm.leaveRequest.length > 0) {
      io.stderr(
        'iop-plan: the letter asks whether FMLA applies rather than claiming it (work.leave.eligible: unsure). ' +
          'You are eligible only if all three hold (29 CFR 825.110):\n' +
          FMLA_CONDITIONS.map((c) => `  - ${c}\n`).join(''),
      );
    }
    io.stderr(`iop-plan: ${NOT_LEGAL_ADVICE}\n`);
  }
  return 0;
}

function letterWeeks(profile: Profile, weeks: number | undefined, today: string): string[] {
  if (weeks !== undefined) return consecutiveWeeks(profile, today, weeks);
  const program = programWeeks(profile);
  if (program.ok) return program.weekStarts;
  throw new UserError(
    profile.iop
      ? 'letter needs iop.weeks in the profile to cover the whole program; or pass --weeks N'
      : 'letter needs an iop section in the profile; or pass --weeks N',
  );
}

/**
 * Renders the shipped template. A letter that would name care is a bug: it is refused whole,
 * never printed (the view-model holds only dates, times, totals and the name, so this is a guard).
 */
export function renderLetter(vm: LetterViewModel, format: LetterFormat): string {
  const source = readShippedTemplate(`letter-employer.${format}`);
  const eta = new Eta({ autoEscape: format === 'html', autoTrim: false, cache: false });
  const text = eta.renderString(source, vm);
  const word = findForbiddenWord(text);
  if (word) throw new Error(`the letter would contain "${word}"; nothing was printed`);
  return text;
}
