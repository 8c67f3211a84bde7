import { describe, expect, it } from 'vitest';
import { planWeek } from '../../../src/app/plan-week.js';
import type { PlanOptions } from '../../../src/app/planned-week.js';
import { renderPlanOutput } from '../../../src/app/render-plan-output.js';
import { fakeIo } from '../../app/fake-io.js';

// These change whenever the allocator's choices change: regenerate with `npx vitest run -u` and read the diff.
const PROFILES = ['evening-iop-parent', 'morning-iop-flexible-work', 'virtual-iop-night-shift'];

async function render(profile: string, format: PlanOptions['format'], view: PlanOptions['view'] = 'me') {
  const io = fakeIo();
  const options: PlanOptions = {
    config: `test/fixtures/profiles/${profile}.yaml`,
    week: '2026-11-30',
    now: '2026-11-26T12:00:00Z',
    format,
    view,
    color: false,
  };
  await renderPlanOutput(await planWeek(options, io), options, io);
  return io.out.join('');
}

describe.each(PROFILES)('%s', (profile) => {
  it('renders the Markdown plan', async () => {
    await expect(await render(profile, 'md')).toMatchFileSnapshot(`__snapshots__/${profile}.md`);
  });

  it('renders the terminal plan without colour', async () => {
    await expect(await render(profile, 'text')).toMatchFileSnapshot(`__snapshots__/${profile}.txt`);
  });
});

it('renders the family Markdown sheet without treatment details', async () => {
  const md = await render('evening-iop-parent', 'md', 'family');
  await expect(md).toMatchFileSnapshot('__snapshots__/evening-iop-parent-family.md');
  expect(md).not.toMatch(/Group therapy|counselling|Peer support|Mutual-help|IOP/);
});
