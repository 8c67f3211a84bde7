import type { ChalkInstance } from 'chalk';

/**
 * A chalk instance with colour off (level 0) that is not chalk: any chain of styles returns the
 * text unchanged. For the paths that print without colour (a pipe, a file, NO_COLOR, --no-color),
 * so that they do not load chalk, whose terminal detection loads node:tty and node:net.
 */
export const plainChalk: ChalkInstance = makePlain();

function makePlain(): ChalkInstance {
  const style = (...texts: unknown[]) => texts.join(' ');
  const proxy: ChalkInstance = new Proxy(style, {
    // Not a promise (`then`), nor anything else that is not a style name.
    get: (_target, key) => (key === 'level' ? 0 : key === 'then' || typeof key === 'symbol' ? undefined : proxy),
    set: () => false,
  }) as unknown as ChalkInstance;
  return proxy;
}
