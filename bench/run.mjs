// Runs a TypeScript benchmark: bundles it with esbuild into node_modules/.cache (so that bare
// imports such as `highs` still resolve) and runs it with the remaining arguments.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const [entry = 'run-quality', ...rest] = process.argv.slice(2);
const outfile = `node_modules/.cache/iop-plan-bench/${entry}.mjs`;
await build({
  entryPoints: [`bench/${entry}.ts`],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...rest], { stdio: 'inherit' });
process.exit(run.status ?? 1);
