import { describe, expect, it } from 'vitest';
import { formatDuration, formatHours, formatMinutesAsHours } from '../../../src/domain/time/format-duration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [120, '2 h'],
    [150, '2 h 30 min'],
    [89.6, '1 h 30 min'],
    [-5, '0 min'],
  ])('%d minutes read %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

describe('formatHours', () => {
  it.each([
    [9, '9'],
    [7.5, '7.5'],
    [10.25, '10.25'],
    [1 / 3, '0.33'],
  ])('%d hours read %s', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });
});

describe('formatMinutesAsHours', () => {
  it.each([
    [570, '9.5 h'],
    [0, '0 h'],
    [100, '1.7 h'],
    [600, '10 h'],
  ])('%d minutes read %s', (minutes, text) => {
    expect(formatMinutesAsHours(minutes)).toBe(text);
  });
});
