// Bundles the CLI into dist/ with esbuild. Bundling keeps start-up fast: one file to read
// instead of hundreds of modules. Heavy, rarely needed modules stay behind dynamic imports.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change from build to build: start from an empty dist/ so old ones do not pile up.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
});
