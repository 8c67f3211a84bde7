import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs a command in a real terminal (a tmux pane on a private tmux server) and types into it key
 * by key, the way a person does. tmux keeps the terminal's rendered text, so the screens read as
 * a person saw them (inquirer redraws a prompt in place; a raw transcript would hold every frame).
 */
export type Key = string | { key: string };
export const ENTER: Key = { key: 'Enter' };
export const DOWN: Key = { key: 'Down' };
export const UP: Key = { key: 'Up' };
export const SPACE: Key = { key: 'Space' };
export const CTRL_C: Key = { key: 'C-c' };

/** Text, then Enter. */
export const type = (text: string): Key[] => [text, ENTER];
/** A yes/no answered "y" then Enter. */
export const YES: Key[] = ['y', ENTER];
export const NO: Key[] = ['n', ENTER];

export interface Step {
  /** A prompt waiting for an answer (its line starts with "?"), after the previous one. */
  ask?: RegExp;
  /** Any text shown after the current prompt (an error message, a note). */
  see?: RegExp;
  keys: Key[];
}

export const hasTmux = (): boolean => spawnSync('tmux', ['-V']).status === 0;

let sessions = 0;

export class Terminal {
  private readonly socket = `iop-e2e-${process.pid}-${++sessions}`;
  private promptLine = -1;

  constructor(argv: string[], env: NodeJS.ProcessEnv, cwd: string, size = { width: 100, height: 40 }) {
    const command = `${argv.map(quote).join(' ')}; echo "[exit $?]"; sleep 600`;
    this.tmux(
      ['-f', '/dev/null', 'start-server', ';', 'set-option', '-g', 'history-limit', '50000', ';'].concat(
        ['new-session', '-d', '-s', 'main', '-x', String(size.width), '-y', String(size.height), '-c', cwd],
        ['sh', '-c', command],
      ),
      env,
    );
  }

  /** The whole text so far (history and screen), wrapped lines joined, trailing blanks removed. */
  screen(): string {
    const out = this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', 'main']);
    return `${out
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .trimEnd()}\n`;
  }

  /** Answers each step as its prompt appears; fails with the screen when one never does. */
  async run(steps: Step[], timeoutMs = 10_000): Promise<void> {
    for (const step of steps) {
      await this.waitFor(step, timeoutMs);
      for (const key of step.keys) {
        if (typeof key === 'string') {
          // A lone ";" separates tmux commands; escaped, it is typed.
          for (const char of key) this.tmux(['send-keys', '-t', 'main', '-l', char === ';' ? '\\;' : char]);
        } else this.tmux(['send-keys', '-t', 'main', key.key]);
      }
    }
  }

  /** Waits for the command to end; returns its exit code. */
  async exitCode(timeoutMs = 15_000): Promise<number> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const code = /^\[exit (\d+)\]$/m.exec(this.screen())?.[1];
      if (code !== undefined) return Number(code);
      if (Date.now() > end) throw new Error(`the command did not end:\n${this.screen()}`);
      await sleep(50);
    }
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }

  private async waitFor(step: Step, timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const lines = this.screen().split('\n');
      if (step.ask) {
        const at = lines.findIndex((l, i) => i > this.promptLine && l.startsWith('? ') && step.ask!.test(l));
        if (at >= 0) {
          this.promptLine = at;
          await sleep(30); // the prompt has drawn its line; let it finish listening for keys
          return;
        }
      } else if (step.see && lines.slice(Math.max(0, this.promptLine)).some((l) => step.see!.test(l))) return;
      if (Date.now() > end) {
        throw new Error(`never saw ${step.ask ?? step.see} (after line ${this.promptLine}):\n${lines.join('\n')}`);
      }
      await sleep(40);
    }
  }

  private tmux(args: string[], env?: NodeJS.ProcessEnv): string {
    const run = spawnSync('tmux', ['-u', '-L', this.socket, ...args], { encoding: 'utf8', ...(env && { env }) });
    if (run.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  }
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
