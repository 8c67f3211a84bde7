import { join, resolve } from 'node:path';
import { readShippedTemplate, readTemplateFile } from '../adapters/files/read-templates.js';
import { writeOutputFiles } from '../adapters/files/write-files.js';
import { loadChalk } from '../adapters/render/load-chalk.js';
import { renderText } from '../adapters/render/render-text.js';
import { UserError } from '../errors.js';
import { escapeJsonControls } from '../view/display-text.js';
import { buildPlanViewModel, type SheetView } from '../view/plan-view-model.js';
import type { Io } from './io.js';
import type { PlannedWeek, PlanOptions } from './planned-week.js';

const EXTENSIONS = { text: 'txt', md: 'md', html: 'html', json: 'json', remind: 'rem' } as const;

/**
 * Draws the plan in the requested format and prints it, or with `--out DIR` writes
 * `iop-plan-<isoWeek>[-family].<ext>` (atomic, 0600, idempotent) and prints the path unless `--quiet`.
 */
export async function renderPlanOutput(planned: PlannedWeek, options: PlanOptions, io: Io): Promise<void> {
  const view = sheetViewOf(options);
  const toFile = options.out !== undefined;
  const document = await renderDocument(planned, options, view, io, toFile);
  if (options.out === undefined) {
    io.stdout(document);
    return;
  }
  const path = join(resolve(io.cwd, options.out), planFileName(planned, options));
  let changed: string[];
  try {
    changed = writeOutputFiles([{ path, content: document }], { force: Boolean(options.force), env: io.env });
  } catch (error) {
    if (error instanceof UserError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`--out: cannot write ${path} (${reason})`);
  }
  if (options.quiet) return;
  if (changed.length > 0) io.stdout(`${path}\n`);
  else io.stderr(`unchanged: ${path}\n`);
}

/** Which sheet a plan shows: the household one for `--view family` or an HTML sheet by default. */
export function sheetViewOf(options: PlanOptions): SheetView {
  return options.sheetView ?? (options.view === 'family' ? 'family' : 'me');
}

/** `iop-plan-<isoWeek>[-family].<ext>`, with a prefix in batch mode. */
export function planFileName(planned: PlannedWeek, options: PlanOptions, prefix = ''): string {
  const suffix = sheetViewOf(options) === 'family' ? '-family' : '';
  return `${prefix}iop-plan-${planned.plan.week.isoWeek}${suffix}.${EXTENSIONS[options.format]}`;
}

export async function renderDocument(
  planned: PlannedWeek,
  options: PlanOptions,
  view: SheetView,
  io: Io,
  toFile: boolean,
): Promise<string> {
  if (options.format === 'json') return `${escapeJsonControls(JSON.stringify(planned.plan, null, 2))}\n`;
  if (options.format === 'remind') return (await import('./render-remind-file.js')).renderRemindFile(planned, view);
  const vm = buildPlanViewModel(planned.plan, planned.profile, view);
  if (options.format === 'text') {
    const chalk = await loadChalk({ color: options.color && !toFile, env: io.env, isTTY: io.stdoutIsTTY && !toFile });
    const columns = toFile ? 80 : Math.min(200, io.columns ?? 80);
    return `${renderText(vm, { chalk, columns }).join('\n')}\n`;
  }
  const { renderTemplate } = await import('../adapters/render/render-template.js');
  const source = readTemplate(options.template, options.format);
  try {
    return renderTemplate(source, vm, options.format);
  } catch (error) {
    const where =
      options.template === undefined ? `templates/plan.${options.format}` : `--template ${options.template}`;
    throw new UserError(`${where}: ${firstLine(error)}`);
  }
}

function readTemplate(file: string | undefined, format: 'md' | 'html'): string {
  return file === undefined ? readShippedTemplate(`plan.${format}`) : readTemplateFile(file);
}

/** Eta's messages carry the compiled source after a `====` rule: keep only what a person can act on. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n').map((l) => l.trim());
  const end = lines.findIndex((l) => /^=+$/.test(l));
  return (end === -1 ? lines.slice(0, 1) : lines.slice(0, end)).filter((l) => l !== '').join(': ') || 'template error';
}
