import { spawnSync } from 'node:child_process';
import { UserError } from '../../errors.js';

type Env = Record<string, string | undefined>;

/**
 * Opens `file` in the person's editor ($VISUAL, then $EDITOR, else vi) on this terminal and waits.
 * The variable may hold arguments (`code --wait`), so it is split on spaces rather than run by a shell.
 */
export function openEditor(file: string, env: Env): void {
  const command = (env.VISUAL || env.EDITOR || 'vi').trim().split(/\s+/);
  const [program, ...args] = command as [string, ...string[]];
  const result = spawnSync(program, [...args, file], { stdio: 'inherit', env: env as NodeJS.ProcessEnv });
  if (result.error) {
    throw new UserError(
      `cannot start the editor "${program}" (${(result.error as NodeJS.ErrnoException).code}); set EDITOR`,
    );
  }
  if (result.status !== 0) throw new UserError(`the editor "${program}" exited with ${result.status ?? result.signal}`);
}
