import { EXIT, ProfileError, UserError } from './errors.js';
import { VERSION } from './version.js';
import { displayText } from './view/display-text.js';

// Node's compile cache (Node 22.1+) is enabled by bin/iop-plan.js, before this module loads.

/**
 * The one place that exits. Every command returns an exit code or throws; errors become one
 * line on stderr (a profile error lists each problem as `path: message`), never a stack trace.
 */
async function main(argv: string[]): Promise<number> {
  try {
    // `--version` alone answers before commander is even loaded (it is a start-up benchmark).
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    // `today` from the week published earlier needs neither commander nor the allocator; when
    // it cannot answer (other flags, nothing stored, something changed) the full path does.
    if (argv[0] === 'today') {
      const { runTodayFast } = await import('./commands/today-fast.js');
      const code = await runTodayFast(argv.slice(1));
      if (code !== undefined) return code;
    }
    // `plan` as cron runs it needs no commander either (the same flags, read the simple way).
    if (argv[0] === 'plan') {
      const { runPlanFast } = await import('./commands/plan-fast.js');
      const code = await runPlanFast(argv.slice(1));
      if (code !== undefined) return code;
    }
    const { runCli } = await import('./cli.js');
    return await runCli(argv);
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof ProfileError) {
    for (const problem of error.problems) process.stderr.write(`iop-plan: ${safe(error.file)}: ${safe(problem)}\n`);
    return error.exitCode;
  }
  if (error instanceof UserError) {
    // Line breaks are kept only between the lines the tool itself wrote (e.g. --strict's list).
    process.stderr.write(`iop-plan: ${error.message.split('\n').map(safe).join('\n')}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    process.stderr.write('iop-plan: cancelled; nothing was written.\n');
    return EXIT.cancelled;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`iop-plan: unexpected error: ${safe(message.split('\n')[0] ?? '')}\n`);
  if (process.env.IOP_PLAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.error;
}

/** No raw control character from a file name or a profile value reaches the terminal. */
const safe = displayText;

// A closed pipe (`iop-plan plan | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
});

process.on('SIGINT', () => {
  process.stderr.write('\niop-plan: cancelled; nothing was written.\n');
  process.exit(EXIT.cancelled);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
