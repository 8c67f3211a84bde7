import { describe, expect, it } from 'vitest';
import { displayText, escapeJsonControls } from '../../src/view/display-text.js';

describe('displayText', () => {
  it.each([
    ['\u001b[2J clear', '␛[2J clear'],
    ['bell\u0007', 'bell␇'],
    ['a\rb\nc\r\nd\u2028e', 'a b c d e'],
    ['csi\u009b31m', 'csi\ufffd31m'],
    ['\u202eevil\u202c', 'evil'],
    ['del\u007f', 'del\u2421'],
    ['plain text, unchanged', 'plain text, unchanged'],
  ])('%j → %j', (input, shown) => {
    expect(displayText(input)).toBe(shown);
  });
});

describe('escapeJsonControls', () => {
  it('escapes what JSON.stringify leaves raw, and the value reads back the same', () => {
    const value = { t: 'a\u009bb\u2028c\u202ed' };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).toBe('{"t":"a\\u009bb\\u2028c\\u202ed"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
