// Writes templates/profile.schema.json from the zod schema in src/domain/profile-schema.ts (the
// single source of truth). The TypeScript module is bundled with esbuild (zod included, so the
// bundle runs from a temporary folder) and imported. `--check` compares only, exit 1 when stale.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { profileJsonSchemaText } from './profile-json-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'templates', 'profile.schema.json');

const dir = await mkdtemp(join(tmpdir(), 'iop-plan-schema-'));
let text;
try {
  const outfile = join(dir, 'profile-schema.mjs');
  await build({
    stdin: {
      contents: "export { profileSchema } from './src/domain/profile-schema.ts'; export { z } from 'zod';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { profileSchema, z } = await import(pathToFileURL(outfile).href);
  text = formatLikeTheRepo(profileJsonSchemaText(z, profileSchema));
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** Plain two-space JSON: templates/ is data, left alone by the formatter. */
function formatLikeTheRepo(json) {
  return json.endsWith('\n') ? json : `${json}\n`;
}

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('templates/profile.schema.json is out of date: run `npm run schema`');
    process.exit(1);
  }
} else {
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
