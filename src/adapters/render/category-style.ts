import type { ChalkInstance } from 'chalk';
import type { DisplayCategory } from '../../view/plan-view-model.js';

/** Terminal paint per category: background for grid bars, foreground for agenda text. */
export function paintCategory(chalk: ChalkInstance, category: DisplayCategory): (text: string) => string {
  switch (category) {
    case 'work':
      return chalk.bgBlue.white;
    case 'iop':
      return chalk.bgMagenta.white;
    case 'appointment':
      return chalk.bgMagenta.white;
    case 'commute':
      return chalk.bgWhite.black;
    case 'duty':
      return chalk.bgYellow.black;
    case 'habit':
      return chalk.bgGreen.black;
    case 'event':
      return chalk.bgCyan.black;
    case 'sleep':
      return chalk.dim;
    default:
      return chalk.reset;
  }
}
