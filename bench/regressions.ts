import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { ProfileInput } from '../src/domain/profile-schema.js';
import type { Instance } from './generate-instances.js';

export const REGRESSIONS_DIR = 'test/quality/regressions';

/** Writes an instance the allocator fell short on as a profile YAML with its week and optimum. */
export function dumpRegression(instance: Instance, optimum: number[], allocator: number[]): string {
  mkdirSync(REGRESSIONS_DIR, { recursive: true });
  const file = join(REGRESSIONS_DIR, `${instance.name}.yaml`);
  const header = [
    `# The allocator fell short of the exact optimum on this week (${instance.kind}).`,
    `# week: ${instance.weekDate}`,
    `# optimum: ${JSON.stringify(optimum)}`,
    `# allocator: ${JSON.stringify(allocator)}`,
  ];
  writeFileSync(file, `${header.join('\n')}\n${stringify(instance.profile)}`);
  return file;
}

/** Every stored regression, as an instance. */
export function readRegressions(): Instance[] {
  let files: string[] = [];
  try {
    files = readdirSync(REGRESSIONS_DIR).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.sort().map((f) => {
    const text = readFileSync(join(REGRESSIONS_DIR, f), 'utf8');
    const weekDate = /^# week: (\S+)$/m.exec(text)?.[1] ?? '';
    return { name: f.replace(/\.yaml$/, ''), kind: 'typical', weekDate, profile: parse(text) as ProfileInput };
  });
}
