import { SECTION_NAMES, type SectionName } from '../app/init/run-wizard.js';
import type { InitOptions } from '../app/run-init.js';
import { UsageError } from '../errors.js';

/** `init`'s flags as commander reads them (src/cli/init.ts). */
export interface InitFlags {
  section?: string;
  color?: boolean;
}

/**
 * `init`'s flags checked: `--section` one of the wizard's sections. That a terminal is there to
 * ask in is checked by the use case (src/app/run-init.ts), which tests give a prompter instead.
 */
export function toInitOptions(flags: InitFlags): InitOptions {
  const { section, ...rest } = flags;
  if (section === undefined) return rest;
  return { ...rest, section: parseSection(section) };
}

function parseSection(name: string): SectionName {
  const known = SECTION_NAMES.find((s) => s === name);
  if (known === undefined) throw new UsageError(`--section: "${name}" is not one of ${SECTION_NAMES.join(', ')}`);
  return known;
}
