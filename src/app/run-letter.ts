import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Eta } from 'eta';
import { templatesDir } from '../adapters/files/templates-dir.js';
import { writeOutputFiles } from '../adapters/files/write-files.js';
import { buildPlan } from '../domain/build-plan.js';
import { consecutiveWeeks, programWeeks } from '../domain/calendar/calendar-weeks.js';
import { findForbiddenWord } from '../domain/calendar/forbidden-words.js';
import { buildLetterViewModel, type LetterViewModel } from '../domain/letter/letter-view-model.js';
import type { Profile } from '../domain/profile.js';
import { localDateOf } from '../domain/week.js';
import { UsageError, UserError } from '../errors.js';
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
  now?: string;
  color?: boolean;
  quiet?: boolean;
}

export type LetterFormat = 'md' | 'html';

/**
 * `iop-plan letter`: plans the program's weeks (or `--weeks N` from this week), renders the
 * employer letter and prints it or writes it (mode 0600). Nothing naming care reaches it.
 */
export async function runLetter(options: LetterOptions, io: Io): Promise<number> {
  const format = options.format ?? 'md';
  if (format !== 'md' && format !== 'html') throw new UsageError('--format: choose md or html');
  const { profile } = await loadProfile(options, io);
  if (!profile.work) throw new UserError('letter needs a work section in the profile (your scheduled hours)');
  const nowMs = resolveNow(options.now, io.env);
  const weekStarts = letterWeeks(profile, options.weeks, localDateOf(nowMs, profile.timezone));
  const plans = weekStarts.map((start) => buildPlan(profile, start, nowMs));
  const vm = buildLetterViewModel(profile, plans);
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
  if (!options.quiet && vm.kind === 'none') {
    io.stderr('iop-plan: none of your planned appointments fall in your scheduled work hours; the letter says so.\n');
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
  const source = readFileSync(join(templatesDir(), `letter-employer.${format}`), 'utf8');
  const eta = new Eta({ autoEscape: format === 'html', autoTrim: false, cache: false });
  const text = eta.renderString(source, vm);
  const word = findForbiddenWord(text);
  if (word) throw new Error(`the letter would contain "${word}"; nothing was printed`);
  return text;
}
