// Bundles the CLI into dist/ with esbuild. Bundling keeps start-up fast: one file to read
// instead of hundreds of modules. Heavy, rarely needed modules stay behind dynamic imports.
import { build } from 'esbuild';

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
