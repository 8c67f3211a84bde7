import { describe, expect, it } from 'vitest';
import { type RawPlanOptions, toPlanOptions } from '../../src/commands/plan-options.js';
import { UsageError } from '../../src/errors.js';

const BASE: RawPlanOptions = { week: 'this', format: 'text', color: true, add: [], skip: [], closed: [] };

describe('toPlanOptions', () => {
  it.each<[Partial<RawPlanOptions>, Partial<ReturnType<typeof toPlanOptions>>]>([
    [{}, { format: 'text', view: 'me' }],
    [{ json: true }, { format: 'json', view: 'me' }],
    [{ format: 'md', json: true }, { format: 'json' }],
    [{ format: 'html' }, { format: 'html', view: 'me', sheetView: 'family' }],
    [
      { format: 'html', view: 'me' },
      { format: 'html', view: 'me' },
    ],
    [{ view: 'family' }, { view: 'family' }],
    [
      { view: 'employer', ics: true },
      { view: 'employer', ics: true },
    ],
    [
      { view: 'family', format: 'json', ics: true },
      { view: 'family', format: 'json' },
    ],
    [{ view: 'all', ics: true }, { view: 'all' }],
    [{ template: 'mine.md', format: 'md' }, { template: 'mine.md' }],
    [{ template: 'mine.html', format: 'html' }, { template: 'mine.html' }],
    [
      { vdir: 'cal', view: 'family' },
      { vdir: 'cal', view: 'family' },
    ],
    [{ weeks: 4, ics: true }, { weeks: 4 }],
    [{ program: true, ics: true }, { program: true }],
    [{ config: ['a.yaml', 'b.yaml'], out: 'o' }, { config: ['a.yaml', 'b.yaml'] }],
  ])('accepts %j', (flags, expected) => {
    const options = toPlanOptions({ ...BASE, ...flags });
    expect(options).toMatchObject(expected);
    expect(options).not.toHaveProperty('json');
  });

  it('keeps no sheet view when --view is given or the format is not HTML', () => {
    expect(toPlanOptions({ ...BASE, format: 'md' })).not.toHaveProperty('sheetView');
    expect(toPlanOptions({ ...BASE, format: 'html', view: 'family' })).not.toHaveProperty('sheetView');
  });

  it.each<[Partial<RawPlanOptions>, string]>([
    [{ view: 'employer' }, '--view employer is for calendar files only (add --ics); plans always show full detail'],
    [
      { view: 'family', format: 'json' },
      '--view family needs --format text, md or html (JSON is always the full plan)',
    ],
    [{ view: 'family', json: true }, '--view family needs --format text, md or html (JSON is always the full plan)'],
    [{ template: 'x.eta' }, '--template needs --format md or --format html'],
    [{ template: 'x.eta', format: 'md', json: true }, '--template needs --format md or --format html'],
    [{ vdir: 'cal', view: 'all' }, '--vdir writes one calendar: use --view me, family or employer'],
    [{ weeks: 2, program: true, ics: true }, 'use either --weeks or --program, not both'],
  ])('refuses %j', (flags, message) => {
    expect(() => toPlanOptions({ ...BASE, ...flags })).toThrow(new UsageError(message));
  });
});
