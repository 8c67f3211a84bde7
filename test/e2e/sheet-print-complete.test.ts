import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan } from '../../src/domain/plan-types.js';
import { inCi } from '../support/in-ci.js';
import { FORBIDDEN_WORD } from '../support/private-titles.js';
import { ensureBuilt } from './ensure-built.js';

/**
 * The printed fridge sheet loses nothing (DESIGN §5 r2): printed to PDF by headless Chromium
 * and read back with pdftotext, it holds every title that did not fit and every warning, for
 * each shipped example and for a crowded week, whatever their length.
 */
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const chromium = ['chromium', 'chromium-browser'].find(has);
const ready = chromium !== undefined && has('pdftotext');
const NOW = '2026-11-26T12:00:00Z';
const DAY = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}\b/g;

let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'iop-sheet-pdf-'));
});

function cli(args: string[]): string {
  return execFileSync(process.execPath, [resolve('bin/iop-plan.js'), ...args], {
    encoding: 'utf8',
    cwd: work,
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      IOP_PLAN_CONFIG_DIR: join(work, 'c'),
      IOP_PLAN_DATA_DIR: join(work, 'd'),
    },
  });
}

/** The sheet printed by Chromium, as pdftotext reads it: one line, runs of white space as one space. */
function printedText(html: string, name: string): { text: string; pages: number } {
  const file = join(work, `${name}.html`);
  writeFileSync(file, html);
  const pdf = join(work, `${name}.pdf`);
  execFileSync(
    chromium ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--user-data-dir=${mkdtempSync(join(work, 'chromium-'))}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(file).href,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const pages = raw.split('\f').filter((p) => p.trim() !== '').length;
  return { text: normalize(raw), pages };
}

const normalize = (text: string) =>
  text
    .replace(/\u00ad/g, '')
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** A warning is on the sheet when its words are, and its day (warnings on several days are one line). */
function expectWarning(text: string, message: string): void {
  for (const part of normalize(message).split(DAY)) {
    for (const piece of part
      .split(/[,:.]\s/)
      .map((p) => p.trim())
      .filter((p) => p.length > 3))
      expect(text, `warning "${message}"`).toContain(piece);
  }
  for (const day of message.match(DAY) ?? []) expect(text).toContain(day);
}

function plan(args: string[]): Plan {
  return JSON.parse(cli([...args, '--json'])) as Plan;
}

const EXAMPLES = readdirSync('templates/profiles')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

const CASES: [string, string[]][] = [
  ...EXAMPLES.map((name): [string, string[]] => [name, ['--example', name]]),
  ['a crowded week', ['--config', resolve('test/fixtures/sheets/crowded-week.yaml'), '--week', '2026-11-30']],
];

it('has chromium and pdftotext in CI', () => {
  if (inCi) expect(ready, 'chromium and pdftotext must be installed in CI').toBe(true);
});

describe.skipIf(!ready && !inCi).each(CASES)('the printed sheet of %s', (name, args) => {
  it('holds every unplaced title and every warning (personal sheet)', () => {
    const week = plan(['plan', ...args, '--now', NOW]);
    if (name === 'a crowded week') {
      expect(week.unplaced).toHaveLength(10);
      expect(week.warnings).toHaveLength(8);
    }
    const html = cli(['plan', ...args, '--now', NOW, '--format', 'html', '--view', 'me']);
    const { text } = printedText(html, `${name}-me`);
    for (const u of week.unplaced) expect(text, `unplaced "${u.title}"`).toContain(normalize(u.title));
    for (const w of week.warnings) expectWarning(text, w.message);
    expect(text).toContain(week.warnings.length > 0 ? 'Warnings' : 'What did not fit');
  }, 120_000);

  it('as the household sheet (the default), lists every uncovered duty and names no treatment', () => {
    const week = plan(['plan', ...args, '--now', NOW]);
    const html = cli(['plan', ...args, '--now', NOW, '--format', 'html']);
    expect(html).toContain('family sheet');
    const { text } = printedText(html, `${name}-family`);
    for (const u of week.unplaced.filter((x) => x.code === 'no-cover')) expect(text).toContain(normalize(u.title));
    const file = args[0] === '--example' ? `templates/profiles/${args[1]}.yaml` : (args[1] ?? '');
    const familyDetail = parse(readFileSync(file, 'utf8')).privacy?.familyDetail === true;
    if (!familyDetail) {
      for (const title of ['Group therapy', 'Individual counselling', 'Mutual-help meeting', 'Peer support call'])
        expect(text).not.toContain(title);
      expect(FORBIDDEN_WORD.exec(text.replace(/Family session/g, ''))?.[0]).toBeUndefined();
    }
  }, 120_000);
});
