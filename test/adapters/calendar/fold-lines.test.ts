import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, refoldCalendar, unfoldLines } from '../../../src/adapters/calendar/fold-lines.js';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('foldLine', () => {
  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });

  it('counts octets, not characters: CJK and emoji lines stay within 75 octets', () => {
    const folded = foldLine(`SUMMARY:${'会議🎉'.repeat(30)}`);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('never splits a UTF-8 character, and unfolding gives the line back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          // A lone surrogate would mean a split character.
          expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        expect(unfoldLines(folded)).toBe(line);
      }),
      { numRuns: 300 },
    );
  });
});

describe('refoldCalendar', () => {
  it('refolds lines that were folded by characters and ends every line with CRLF', () => {
    const byCharacters = `BEGIN:VCALENDAR\r\nSUMMARY:${'é'.repeat(60)}\r\n\t${'é'.repeat(20)}\r\nEND:VCALENDAR\r\n`;
    const out = refoldCalendar(byCharacters);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(out.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(unfoldLines(out)).toBe(`BEGIN:VCALENDAR\r\nSUMMARY:${'é'.repeat(80)}\r\nEND:VCALENDAR\r\n`);
  });
});
