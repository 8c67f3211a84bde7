import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/app/load-profile.js';
import { ProfileError, UserError } from '../../src/errors.js';
import { makeSandbox } from '../app/load-profile-helpers.js';
import { buildHostileCases } from './hostile-profiles.js';

const { io, write } = makeSandbox();
const cases = buildHostileCases();
for (const c of cases) write(c.file, c.content);

/** `a.b.0."odd key": message` */
const FIELD_PROBLEM =
  /^((?:[A-Za-z_$][\w$-]*|\d+|"(?:[^"\\]|\\.)*")(?:\.(?:[A-Za-z_$][\w$-]*|\d+|"(?:[^"\\]|\\.)*"))*): \S/;
/** `12:3: message` from the parsers. */
const POSITION_PROBLEM = /^\d+:\d+: \S/;
/** Problems with the file as a whole. */
const FILE_PROBLEM =
  /^(is larger than 1 MiB|is not UTF-8 text|is UTF-16 text|is nested more than \d+ levels|has more than \d+ lines or list items|uses too many YAML aliases|holds \d+ YAML documents|is empty)|^… and \d+ more problems$/;

describe('hostile and malformed profiles', () => {
  it('has a corpus of at least 200 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: one clear error, quickly', async (_name, c) => {
    const started = performance.now();
    let caught: unknown;
    try {
      await loadProfile({ config: c.file }, io);
    } catch (error) {
      caught = error;
    }
    const elapsed = performance.now() - started;
    if (!(caught instanceof UserError)) throw new Error(`expected a UserError, got ${String(caught)}`);
    expect(elapsed).toBeLessThan(2000);
    if (!(caught instanceof ProfileError)) {
      expect(caught.message.startsWith(`${c.file}: `)).toBe(true);
      return;
    }
    expect(caught.file).toBe(c.file);
    expect(caught.problems.length).toBeGreaterThan(0);
    expect(caught.problems.length).toBeLessThanOrEqual(101);
    for (const problem of caught.problems) {
      expect(problem.length).toBeLessThan(400);
      expect(FIELD_PROBLEM.test(problem) || POSITION_PROBLEM.test(problem) || FILE_PROBLEM.test(problem), problem).toBe(
        true,
      );
    }
    // A field mutation is reported at that field, unless a file-wide limit stopped it first.
    if (c.path !== undefined && !caught.problems.every((p) => FILE_PROBLEM.test(p))) {
      const paths = caught.problems.map((p) => FIELD_PROBLEM.exec(p)?.[1] ?? '');
      const related = paths.some((p) => p !== '' && (c.path!.startsWith(p) || p.startsWith(c.path!)));
      expect(related, `${c.path} not among ${JSON.stringify(caught.problems)}`).toBe(true);
    }
  });
});
