import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { plainChalk } from '../../../src/adapters/render/plain-chalk.js';

describe('plainChalk', () => {
  const chalk = new Chalk({ level: 0 });

  it.each([
    ['bold', (c: typeof chalk) => c.bold('Group')],
    ['a chain', (c: typeof chalk) => c.bgMagenta.white.bold(' IOP ')],
    ['several texts', (c: typeof chalk) => c.dim('leave by', '17:30')],
    ['no text', (c: typeof chalk) => c.yellow()],
  ])('writes %s as chalk at level 0 does', (_name, draw) => {
    expect(draw(plainChalk)).toBe(draw(chalk));
  });

  it('reports level 0, and is no promise: returned from an async function, it is itself', async () => {
    expect(plainChalk.level).toBe(0);
    expect(await (async () => plainChalk)()).toBe(plainChalk);
  });
});
