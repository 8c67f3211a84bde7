import { checkbox, confirm, input, number, select } from '@inquirer/prompts';
import type { Prompter } from '../../app/init/prompter.js';
import { CancelledError } from '../../errors.js';

/** Streams for the prompts; tests pass mock ones (see @inquirer/testing). */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Ctrl-C makes inquirer reject with ExitPromptError; the rest of the program knows it as CancelledError. */
async function cancellable<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new CancelledError();
    }
    throw error;
  }
}

/** The one place that imports inquirer: the Prompter interface on @inquirer/prompts 8. */
export function createInquirerPrompter(
  context: PromptContext = {},
  say: (text: string) => void = (text) => void process.stdout.write(text),
): Prompter {
  const ctx = context as Parameters<typeof input>[1];
  return {
    input: (q) =>
      cancellable(
        input(
          {
            message: q.message,
            ...(q.default !== undefined && { default: q.default }),
            ...(q.validate && { validate: q.validate }),
            ...(q.transform && {
              transformer: (value: string, { isFinal }: { isFinal: boolean }) =>
                isFinal ? q.transform!(value) : value,
            }),
          },
          ctx,
        ),
      ),
    number: async (q) => {
      const value = await cancellable(
        number(
          {
            message: q.message,
            ...(q.default !== undefined && { default: q.default }),
            step: 'any',
            required: true,
            ...(q.validate && { validate: q.validate }),
          },
          ctx,
        ),
      );
      return value;
    },
    confirm: (q) => cancellable(confirm({ message: q.message, default: q.default }, ctx)),
    select: (q) =>
      cancellable(
        select(
          {
            message: q.message,
            choices: q.choices.map((c) => ({
              value: c.value,
              name: c.name,
              ...(c.description && { description: c.description }),
            })),
            ...(q.default !== undefined && { default: q.default }),
            // Every choice in view (up to 12), so the last ones ("Stop without saving") are seen.
            pageSize: Math.min(Math.max(q.choices.length, 7), 12),
          },
          ctx,
        ),
      ),
    checkbox: (q) =>
      cancellable(
        checkbox(
          {
            message: q.message,
            choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked ?? false })),
            ...(q.validate && { validate: (chosen) => q.validate!(chosen.map((c) => c.value)) }),
          },
          ctx,
        ),
      ),
    say: (text) => say(`\n${text}\n`),
  };
}
