import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { inCi } from '../support/in-ci.js';

/** Debian's headless chromium; CI installs it, so there a missing browser is a failure, not a skip. */
const chromium = ['chromium', 'chromium-browser'].find(
  (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0,
);
const mustRun = inCi;

let work: string;

function sheet(profile: string, view: 'me' | 'family'): string {
  const html = execFileSync(
    process.execPath,
    [
      'bin/iop-plan.js',
      'plan',
      '--config',
      `test/fixtures/profiles/${profile}.yaml`,
      '--week',
      '2026-11-30',
      '--now',
      '2026-11-26T12:00:00Z',
      '--format',
      'html',
      '--view',
      view,
    ],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, IOP_PLAN_CONFIG_DIR: join(work, 'c'), IOP_PLAN_DATA_DIR: join(work, 'd') },
    },
  );
  const path = join(work, `${profile}-${view}.html`);
  writeFileSync(path, html);
  return path;
}

function browse(args: string[]): string {
  const profileDir = mkdtempSync(join(work, 'chromium-'));
  return execFileSync(
    chromium ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profileDir}`,
      ...args,
    ],
    { encoding: 'latin1', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 },
  );
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iop-plan-html-'));
});

it('has a browser to test with in CI', () => {
  if (mustRun) expect(chromium, 'chromium must be installed in CI').toBeDefined();
});

describe.skipIf(!chromium && !mustRun).each([
  ['evening-iop-parent', 'me'],
  ['morning-iop-flexible-work', 'me'],
  ['virtual-iop-night-shift', 'me'],
  ['evening-iop-parent', 'family'],
] as const)('the %s fridge sheet (%s view) in headless chromium', (profile, view) => {
  it('is self-contained, has 7 day columns and a legend, and prints the week on the first landscape page', () => {
    const file = sheet(profile, view);
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/<html lang="en">/);
    expect(source).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//); // nothing fetched from a network
    expect(source).toMatch(/@page \{ size: landscape;/);

    const url = pathToFileURL(file).href;
    const dom = browse(['--dump-dom', url]);
    expect(dom.match(/<section class="day"/g)).toHaveLength(7);
    expect(dom).toMatch(/<h2 id="legend">Legend<\/h2>/);
    expect(dom).toMatch(/<ul class="legend"[^>]*>\s*<li>/);
    if (view === 'family') expect(dom).not.toMatch(/Group therapy|counselling|Peer support/);

    const png = join(work, `${profile}-${view}.png`);
    browse(['--window-size=1280,900', `--screenshot=${png}`, url]);
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');

    const pdf = join(work, `${profile}-${view}.pdf`);
    browse(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, url]);
    // The grid and its panel fill page one; a long list of problems continues on a second page
    // rather than being clipped (sheet-print-complete.test.ts checks that every line is there).
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  }, 90_000);
});

describe.skipIf(!chromium && !mustRun)('printing on either paper size', () => {
  it.each(['A4', 'letter'])(
    'fits one %s landscape page',
    (paper) => {
      const file = sheet('morning-iop-flexible-work', 'me');
      const sized = join(work, `sized-${paper}.html`);
      writeFileSync(sized, readFileSync(file, 'utf8').replace('size: landscape;', `size: ${paper} landscape;`));
      const pdf = join(work, `sized-${paper}.pdf`);
      browse(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(sized).href]);
      expect(pageCount(pdf)).toBe(1);
    },
    60_000,
  );
});

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pageCount(pdf: string): number {
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
