import type { ChalkInstance } from 'chalk';
import { colorLevel } from './color-level.js';
import { plainChalk } from './plain-chalk.js';

/**
 * createChalk's instance, loading chalk only when there is colour to print: output to a pipe or
 * a file (cron, `--out`, `--no-color`, NO_COLOR) gets plainChalk and never loads chalk.
 */
export async function loadChalk(options: Parameters<typeof colorLevel>[0]): Promise<ChalkInstance> {
  const level = colorLevel(options);
  if (level === 0) return plainChalk;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
