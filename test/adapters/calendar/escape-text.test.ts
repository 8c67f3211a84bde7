import { describe, expect, it } from 'vitest';
import { cleanText, escapeText } from '../../../src/adapters/calendar/escape-text.js';

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['C:\\new', 'C:\\\\new'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo', 'one\\ntwo'],
    ['one\rtwo', 'one\\ntwo'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('cleanText', () => {
  it('drops control characters that TEXT values may not hold, keeping tabs', () => {
    expect(cleanText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});
