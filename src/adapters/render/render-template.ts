import { Eta } from 'eta';
import { CATEGORY_LETTERS, type DisplayCategory, type PlanViewModel } from '../../view/plan-view-model.js';

export type TemplateFormat = 'md' | 'html';

/** Helpers a template (shipped or the user's own) may call as `it.md(…)`, `it.top(…)` … */
const helpers = {
  /**
   * Text safe in Markdown, table cells included: one line, and every character that could start
   * emphasis, code, a link, HTML or a table cell escaped, so a title is shown as written.
   */
  md: (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`),
  /** Two-digit hour label. */
  hh: (hour: number) => String(hour).padStart(2, '0'),
  /** The letter that marks a category in grids and legends (so colour is never the only cue). */
  letter: (category: DisplayCategory) => CATEGORY_LETTERS[category],
};

/**
 * Renders a plan with an Eta template (`it` is the view-model plus helpers). HTML output escapes
 * every `<%= %>` value; Markdown does not (it escapes table cells with `it.md`).
 */
export function renderTemplate(source: string, vm: PlanViewModel, format: TemplateFormat): string {
  const eta = new Eta({ autoEscape: format === 'html', autoTrim: false, cache: false });
  const span = (vm.lastHour - vm.firstHour) * 60;
  const clip = (minute: number) => Math.min(span, Math.max(0, minute - vm.firstHour * 60));
  const position = {
    /** Percent offsets of a grid segment inside its day column. */
    top: (s: { startMinute: number }) => round((clip(s.startMinute) / span) * 100),
    height: (s: { startMinute: number; endMinute: number }) =>
      round(((clip(s.endMinute) - clip(s.startMinute)) / span) * 100),
    visible: (s: { startMinute: number; endMinute: number }) => clip(s.endMinute) > clip(s.startMinute),
  };
  return eta.renderString(source, { ...vm, ...helpers, ...position });
}

const round = (n: number) => Math.round(n * 100) / 100;
