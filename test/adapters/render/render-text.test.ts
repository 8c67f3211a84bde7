import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChalk } from '../../../src/adapters/render/create-chalk.js';
import { renderText } from '../../../src/adapters/render/render-text.js';
import { buildPlanViewModel } from '../../../src/view/plan-view-model.js';
import type { BlockSpec } from '../../app/plan-builder.js';
import { danaPlan, loadFixtureProfile, makePlan } from '../../app/plan-builder.js';

const plain = createChalk({ env: {}, isTTY: false });
const dana = loadFixtureProfile('evening-iop-parent');
const width = (line: string) => [...line].length;

describe('renderText', () => {
  it('draws a grid of 7 day columns and hour rows 06–21, then the agenda, and ends with the support note', () => {
    const lines = renderText(buildPlanViewModel(danaPlan(dana), dana), { chalk: plain, columns: 80 });
    expect(lines[3]).toMatch(/^ {3}Mon 30 +Tue 01 +Wed 02 +Thu 03 +Fri 04 +Sat 05 +Sun 06$/);
    expect(lines.filter((l) => /^\d\d /.test(l)).map((l) => l.slice(0, 2))).toEqual(
      Array.from({ length: 16 }, (_, i) => String(6 + i).padStart(2, '0')),
    );
    expect(lines.find((l) => l.startsWith('08 '))).toMatch(/^08 W Work/);
    expect(lines).toContain('Monday 30 Nov');
    expect(lines.some((l) => /18:00–21:00 +I Group therapy +Dana +leave by 17:30/.test(l))).toBe(true);
    expect(lines.join('\n')).toContain('What did not fit\n  - Walk (30 min, this week) — no-room:');
    expect(lines.at(-1)).toMatch(/^In crisis\? Call or text 988/);
  });

  it('has no escape codes without colour, and paints categories with colour on', () => {
    const vm = buildPlanViewModel(danaPlan(dana), dana);
    expect(renderText(vm, { chalk: plain, columns: 80 }).join('\n')).not.toContain('\u001b[');
    const colour = createChalk({ env: { FORCE_COLOR: '1' }, isTTY: false });
    expect(renderText(vm, { chalk: colour, columns: 80 }).join('\n')).toContain('\u001b[');
  });

  it('fits 80 columns, or the terminal when it is wider, whatever the titles', () => {
    const title = fc.string({ minLength: 1, maxLength: 90 }).filter((t) => !/[\n\r\t]/.test(t));
    fc.assert(
      fc.property(
        fc.array(title, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 40, max: 200 }),
        (titles, columns) => {
          const specs = titles.map(
            (t, i): BlockSpec => [
              'duty',
              `d${i}`,
              t,
              i % 2 ? 'grandma' : 'me',
              '2026-12-01',
              `${10 + i}:00`,
              `${10 + i}:30`,
            ],
          );
          const vm = buildPlanViewModel(makePlan(dana, '2026-11-30', specs), { ...dana, name: titles[0] ?? 'x' });
          const lines = renderText(vm, { chalk: plain, columns }).slice(2, -1);
          const limit = Math.max(80, columns);
          const wide = lines.filter((l) => width(l) > limit && !l.startsWith('  - '));
          expect(wide).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
