import { describe, expect, it } from 'vitest';
import { colorLevel, createChalk } from '../../../src/adapters/render/create-chalk.js';

describe('colorLevel', () => {
  it.each([
    ['a terminal', { env: {}, isTTY: true }, 1],
    ['a pipe', { env: {}, isTTY: false }, 0],
    ['--no-color on a terminal', { color: false, env: {}, isTTY: true }, 0],
    ['--no-color beats FORCE_COLOR', { color: false, env: { FORCE_COLOR: '3' }, isTTY: true }, 0],
    ['NO_COLOR on a terminal', { env: { NO_COLOR: '1' }, isTTY: true }, 0],
    ['an empty NO_COLOR is unset', { env: { NO_COLOR: '' }, isTTY: true }, 1],
    ['FORCE_COLOR into a pipe', { env: { FORCE_COLOR: '1' }, isTTY: false }, 1],
    ['FORCE_COLOR=3 into a pipe', { env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    ['FORCE_COLOR=0 on a terminal', { env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
    ['FORCE_COLOR beats NO_COLOR', { env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false }, 1],
    ['a dumb terminal', { env: { TERM: 'dumb' }, isTTY: true }, 0],
    ['a 256-colour terminal', { env: { TERM: 'xterm-256color' }, isTTY: true }, 2],
    ['a truecolor terminal', { env: { COLORTERM: 'truecolor' }, isTTY: true }, 3],
  ])('%s', (_name, options, level) => {
    expect(colorLevel(options)).toBe(level);
  });

  it('gives a chalk instance that paints only when colour is on', () => {
    expect(createChalk({ env: {}, isTTY: false }).red('x')).toBe('x');
    expect(createChalk({ env: { FORCE_COLOR: '1' }, isTTY: false }).red('x')).not.toBe('x');
  });
});
