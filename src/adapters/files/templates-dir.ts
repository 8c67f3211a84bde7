import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The package's `templates/` folder, found by walking up from this module to the package.json
 * named iop-plan: the same code runs bundled from `dist/` and unbundled from `src/` under tests.
 */
export function templatesDir(from: string = import.meta.url): string {
  if (found && from === import.meta.url) return found;
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (isPackageRoot(dir)) {
      const templates = join(dir, 'templates');
      if (from === import.meta.url) found = templates;
      return templates;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the iop-plan package folder above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

function isPackageRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'iop-plan';
  } catch {
    return false;
  }
}
