import { describe, expect, it } from 'vitest';
import { runLetter } from '../../../src/app/run-letter.js';
import { FORBIDDEN_WORDS } from '../../../src/domain/privacy/forbidden-words.js';
import { fixture, recoveryIo, text } from './recovery-helpers.js';

const now = '2026-11-10T12:00:00Z';
/** Sample profiles whose program takes scheduled work time: they get a letter. */
const PROFILES = ['morning-iop-flexible-work', 'hybrid-iop-family-detail', 'virtual-iop-night-shift'];
/** Sample profiles whose program takes no work time: no letter is needed, unless `--anyway`. */
const NO_LETTER = ['evening-iop-parent', 'flexible-hours-freelancer'];
const WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${FORBIDDEN_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

describe('the employer letter for each sample profile', () => {
  it.each(PROFILES)('%s', async (name) => {
    const io = recoveryIo();
    await runLetter({ config: fixture(name), now }, io);
    const letter = text(io.out);
    expect(letter).toContain('[Manager name]');
    expect(letter).toContain('[Date]');
    expect(WORD.exec(letter)).toBeNull();
    await expect(letter).toMatchFileSnapshot(`./__snapshots__/letter-${name}.md`);
  });

  it.each(NO_LETTER)(
    '%s: no letter needed (exit 0), and with --anyway the note that nothing is missed',
    async (name) => {
      const io = recoveryIo();
      expect(await runLetter({ config: fixture(name), now }, io)).toBe(0);
      expect(text(io.out)).toMatch(
        /^No letter needed: as planned, your program takes none of your scheduled work hours/,
      );
      expect(text(io.out)).not.toContain('[Manager name]');
      expect(text(io.err)).toContain('not legal advice');
      const anyway = recoveryIo();
      await runLetter({ config: fixture(name), now, anyway: true }, anyway);
      const letter = text(anyway.out);
      expect(letter).toContain('[Manager name]');
      expect(WORD.exec(letter)).toBeNull();
      await expect(letter).toMatchFileSnapshot(`./__snapshots__/letter-${name}.md`);
    },
  );

  it('as HTML: one escaped, printable page', async () => {
    const io = recoveryIo();
    await runLetter({ config: fixture('morning-iop-flexible-work'), now, format: 'html' }, io);
    const html = text(io.out);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(WORD.exec(html)).toBeNull();
    await expect(html).toMatchFileSnapshot('./__snapshots__/letter-morning-iop-flexible-work.html');
  });

  it('without scheduled shifts nothing is missed, and with --anyway stderr says so', async () => {
    const io = recoveryIo();
    await runLetter({ config: fixture('flexible-hours-freelancer'), now, anyway: true }, io);
    expect(text(io.out)).toContain('they all fall outside my scheduled working hours');
    expect(text(io.err)).toContain('none of your planned appointments fall in your scheduled work hours');
  });

  it('a profile without work gets one clear line instead of a letter', async () => {
    await expect(runLetter({ config: fixture('afternoon-iop-sunday-week'), now }, recoveryIo())).rejects.toThrow(
      'letter needs a work section in the profile (your scheduled hours)',
    );
  });
});
