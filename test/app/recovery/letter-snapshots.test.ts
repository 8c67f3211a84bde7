import { describe, expect, it } from 'vitest';
import { runLetter } from '../../../src/app/run-letter.js';
import { FORBIDDEN_WORDS } from '../../../src/domain/calendar/forbidden-words.js';
import { fixture, recoveryIo, text } from './recovery-helpers.js';

const now = '2026-11-10T12:00:00Z';
const PROFILES = [
  'evening-iop-parent',
  'morning-iop-flexible-work',
  'hybrid-iop-family-detail',
  'virtual-iop-night-shift',
  'flexible-hours-freelancer',
];
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

  it('as HTML: one escaped, printable page', async () => {
    const io = recoveryIo();
    await runLetter({ config: fixture('morning-iop-flexible-work'), now, format: 'html' }, io);
    const html = text(io.out);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(WORD.exec(html)).toBeNull();
    await expect(html).toMatchFileSnapshot('./__snapshots__/letter-morning-iop-flexible-work.html');
  });

  it('without scheduled shifts nothing is missed, and stderr says so', async () => {
    const io = recoveryIo();
    await runLetter({ config: fixture('flexible-hours-freelancer'), now }, io);
    expect(text(io.out)).toContain('they all fall outside my scheduled working hours');
    expect(text(io.err)).toContain('none of your planned appointments fall in your scheduled work hours');
  });

  it('a profile without work gets one clear line instead of a letter', async () => {
    await expect(runLetter({ config: fixture('afternoon-iop-sunday-week'), now }, recoveryIo())).rejects.toThrow(
      'letter needs a work section in the profile (your scheduled hours)',
    );
  });
});
