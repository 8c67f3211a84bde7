// Writes one generated instance as JSON to stdout: `node bench/run.mjs dump-instance overcommitted-1-13`.
import { generateInstances, INSTANCE_CLASSES } from './generate-instances.js';

const name = process.argv[2] ?? '';
const [kind, seed, n] = name.split('-').length === 3 ? name.split('-') : ['multi', ...name.split('-').slice(-2)];
const k = INSTANCE_CLASSES.find((c) => name.startsWith(`${c}-`));
const instance = generateInstances(
  Number(name.split('-').at(-2)),
  Number(name.split('-').at(-1)) + 1,
  k ? [k] : INSTANCE_CLASSES,
).find((i) => i.name === name);
if (!instance) {
  process.stderr.write(`no instance ${name} (${kind} ${seed} ${n})\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ weekDate: instance.weekDate, profile: instance.profile }, null, 2)}\n`);
