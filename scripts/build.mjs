// Bundles the CLI into dist/ with esbuild. Bundling keeps start-up fast: a few files to read
// instead of hundreds of modules. Heavy, rarely needed modules stay behind dynamic imports.
//   node scripts/build.mjs                 into dist/
//   node scripts/build.mjs --outdir DIR    elsewhere (the benchmark builds its own copy)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { shapeCheckModule } from './profile-validator.mjs';

const args = process.argv.slice(2);
const outdir = args.includes('--outdir') ? args[args.indexOf('--outdir') + 1] : 'dist';
// Source maps only on request (scripts/cpu-profile.mjs): they are not shipped.
const sourcemap = args.includes('--sourcemap');

// Chunk names change from build to build: start from an empty folder so old ones do not pile up.
rmSync(outdir, { recursive: true, force: true });

const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', sourcemap };

// Libraries are bundled too: resolving and loading zod's, yaml's and commander's many files
// cost `plan` about a quarter of its start-up (measured: 4.9× → 3.6× of `node -e 0`). Those
// used only off the fast paths and heavy with dependencies of their own stay installed
// packages. Bundled CommonJS (commander, yaml) needs a real `require` for node: built-ins.
const NOT_BUNDLED = ['conf', '@inquirer/*', 'ics', 'tsdav'];
const requireShim =
  "import { createRequire as __createRequire } from 'node:module';\n" +
  'const require = __createRequire(import.meta.url);';

// `today` from a stored week (src/commands/today-fast.ts) is built on its own: in the shared
// chunks a module brings all its imports along (the view model its luxon, the colour rules
// chalk), while a bundle of its own keeps only what that path runs. main.js imports it by name.
const fastTodayApart = {
  name: 'fast-today-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/today-fast\.js$/ }, () => ({ path: './today-fast.js', external: true }));
  },
};

// The profile's shape check, generated from the zod schema at every build (never written by hand,
// never stale): it replaces src/domain/validation/precompiled-shape-check.ts in the bundle, so a
// valid profile is checked without loading zod (scripts/profile-validator.mjs).
const shapeCheckCode = await generateShapeCheck();
const precompiledShapeCheck = {
  name: 'precompiled-shape-check',
  setup(b) {
    b.onLoad({ filter: /[\\/]validation[\\/]precompiled-shape-check\.ts$/ }, () => ({
      contents: shapeCheckCode,
      loader: 'js',
      resolveDir: resolve('.'),
    }));
  },
};

async function generateShapeCheck() {
  const dir = mkdtempSync(join(tmpdir(), 'iop-plan-build-'));
  try {
    const outfile = join(dir, 'profile-schema.mjs');
    await build({
      ...common,
      stdin: {
        contents: "export { profileSchema } from './src/domain/profile-schema.ts'; export { z } from 'zod';",
        resolveDir: resolve('.'),
        loader: 'ts',
      },
      outfile,
      sourcemap: false,
    });
    const { profileSchema, z } = await import(pathToFileURL(outfile).href);
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const standalone = await import('ajv/dist/standalone/index.js');
    return shapeCheckModule(z, profileSchema, {
      Ajv2020,
      standaloneCode: standalone.default.default ?? standalone.default,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await Promise.all([
  build({
    ...common,
    // The batch's worker thread (src/app/run-plan-batch.ts) shares the chunks of the rest.
    entryPoints: { main: 'src/main.ts', 'plan-batch-worker': 'src/app/plan-batch-worker.ts' },
    outdir,
    splitting: true,
    external: NOT_BUNDLED,
    banner: { js: requireShim },
    plugins: [fastTodayApart, precompiledShapeCheck],
  }),
  build({
    ...common,
    entryPoints: { 'today-fast': 'src/commands/today-fast.ts' },
    outdir,
    // Nothing on this path is CommonJS; anything heavier than chalk would be a mistake here.
    // chalk stays a real dynamic import: bundled, its terminal detection (node:tty, node:net)
    // would load at start even when the output has no colour (src/adapters/render/load-chalk.ts).
    external: ['commander', '@commander-js/*', 'yaml', 'zod', 'eta', 'chalk', ...NOT_BUNDLED],
  }),
]);
