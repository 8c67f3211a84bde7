import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannedWeek, PlanOptions } from '../../src/app/planned-week.js';
import { renderPlanOutput } from '../../src/app/render-plan-output.js';
import { UserError } from '../../src/errors.js';
import { fakeIo } from './fake-io.js';
import { danaPlan, loadFixtureProfile } from './plan-builder.js';

const profile = loadFixtureProfile('evening-iop-parent');
const planned: PlannedWeek = { profile, plan: danaPlan(profile), nowMs: Date.parse('2026-11-26T12:00:00Z') };
const base: PlanOptions = { week: '2026-11-30', format: 'md', view: 'me', color: true };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iop-plan-out-'));
});

describe('renderPlanOutput', () => {
  it('prints the document to stdout without --out', async () => {
    const io = fakeIo();
    await renderPlanOutput(planned, { ...base, quiet: true }, io);
    expect(io.out.join('')).toMatch(/^# Dana — Week of Mon 30 Nov/);
  });

  it('prints JSON that parses back to the plan', async () => {
    const io = fakeIo();
    await renderPlanOutput(planned, { ...base, format: 'json' }, io);
    expect(JSON.parse(io.out.join(''))).toEqual(planned.plan);
  });

  it.each([
    ['text', 'txt'],
    ['md', 'md'],
    ['html', 'html'],
    ['json', 'json'],
  ] as const)('--out writes iop-plan-<isoWeek>.%s privately and prints its path', async (format, ext) => {
    const io = fakeIo({ dataDir: join(dir, 'data'), stdoutIsTTY: true });
    await renderPlanOutput(planned, { ...base, format, out: join(dir, 'plans') }, io);
    const path = join(dir, 'plans', `iop-plan-2026-W49.${ext}`);
    expect(io.out).toEqual([`${path}\n`]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).not.toContain('\u001b['); // files never hold colour codes
  });

  it('--out is idempotent, --quiet prints nothing, and the family sheet gets its own name', async () => {
    const io = fakeIo({ dataDir: join(dir, 'data') });
    const options = { ...base, out: dir, quiet: true };
    await renderPlanOutput(planned, options, io);
    await renderPlanOutput(planned, options, io);
    await renderPlanOutput(planned, { ...options, view: 'family' }, io);
    expect(io.out).toEqual([]);
    expect(readFileSync(join(dir, 'iop-plan-2026-W49-family.md'), 'utf8')).not.toContain('Group therapy');
  });

  it('refuses to overwrite a file it did not write, unless --force', async () => {
    const io = fakeIo({ dataDir: join(dir, 'data') });
    writeFileSync(join(dir, 'iop-plan-2026-W49.md'), 'my notes');
    await expect(renderPlanOutput(planned, { ...base, out: dir }, io)).rejects.toThrow(/use --force/);
    expect(readFileSync(join(dir, 'iop-plan-2026-W49.md'), 'utf8')).toBe('my notes');
    await renderPlanOutput(planned, { ...base, out: dir, force: true }, io);
    expect(readFileSync(join(dir, 'iop-plan-2026-W49.md'), 'utf8')).toMatch(/^# Dana/);
  });

  it('an unwritable --out is one clear error', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const io = fakeIo({ dataDir: join(dir, 'data') });
    const failure = renderPlanOutput(planned, { ...base, out: join(dir, 'a-file', 'plans') }, io);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(/^--out: cannot write .*a-file\/plans\/iop-plan-2026-W49\.md \(E[A-Z]+\)$/);
  });

  it('renders with the user’s own template, and reports a broken one in one line', async () => {
    const good = join(dir, 'mine.md');
    writeFileSync(good, '<%= it.name %>: <%= it.days.length %> days, <%= it.unplaced.length %> did not fit\n');
    const io = fakeIo();
    await renderPlanOutput(planned, { ...base, template: good }, io);
    expect(io.out.join('')).toBe('Dana: 7 days, 1 did not fit\n');
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, '<% if ( %>');
    await expect(renderPlanOutput(planned, { ...base, template: bad }, fakeIo())).rejects.toThrow(
      new RegExp(`^--template ${bad}: Bad template syntax: [^\\n]+$`),
    );
    await expect(renderPlanOutput(planned, { ...base, template: join(dir, 'none.md') }, fakeIo())).rejects.toThrow(
      /^--template: cannot read .*none\.md \(ENOENT\)$/,
    );
  });

  it('escapes what the user wrote in the HTML sheet', async () => {
    const sneaky = {
      ...planned,
      plan: { ...planned.plan, blocks: planned.plan.blocks.map((b) => ({ ...b, title: '<script>x</script>' })) },
    };
    const io = fakeIo();
    await renderPlanOutput(sneaky, { ...base, format: 'html' }, io);
    expect(io.out.join('')).not.toContain('<script>');
  });
  // The flag combinations a sheet refuses: test/commands/plan-options.test.ts.
});
