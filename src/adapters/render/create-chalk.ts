import { Chalk, type ChalkInstance } from 'chalk';
import { colorLevel } from './color-level.js';

export { colorLevel } from './color-level.js';

export function createChalk(options: Parameters<typeof colorLevel>[0]): ChalkInstance {
  return new Chalk({ level: colorLevel(options) });
}
