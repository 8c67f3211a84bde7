import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { createInquirerPrompter, type PromptContext } from '../../../src/adapters/prompts/inquirer-prompter.js';
import { checkTime } from '../../../src/app/init/answer-checks.js';
import type { CheckboxQuestion, InputQuestion, SelectQuestion } from '../../../src/app/init/prompter.js';
import { CancelledError } from '../../../src/errors.js';

// Real keystrokes through the adapter into @inquirer/prompts, on mock terminal streams.
const viaAdapter =
  <Q, T>(ask: (p: ReturnType<typeof createInquirerPrompter>, q: Q) => Promise<T>) =>
  (q: Q, context?: PromptContext) =>
    ask(
      createInquirerPrompter(context, () => {}),
      q,
    );

describe('inquirer prompter', () => {
  it('says why "7:5" is not a time and accepts 07:45', async () => {
    const question: InputQuestion = { id: 'wake', message: 'Wake up at', default: '06:30', validate: checkTime };
    const { answer, events, getScreen, nextRender } = await render(
      viaAdapter((p, q: InputQuestion) => p.input(q)),
      question,
    );
    events.type('7:5');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('7:5: minutes need two digits');
    for (let i = 0; i < 3; i++) events.keypress('backspace');
    events.type('07:45');
    events.keypress('enter');
    await expect(answer).resolves.toBe('07:45');
  });

  it('shows what an answer was understood as', async () => {
    const question: InputQuestion = {
      id: 'wake',
      message: 'Wake up at',
      validate: checkTime,
      transform: (t) => `${t} → 18:30`,
    };
    const { answer, events, getScreen } = await render(
      viaAdapter((p, q: InputQuestion) => p.input(q)),
      question,
    );
    events.type('6:30pm');
    events.keypress('enter');
    await expect(answer).resolves.toBe('6:30pm');
    expect(getScreen()).toContain('Wake up at 6:30pm → 18:30');
  });

  it('Enter takes the default', async () => {
    const question: InputQuestion = { id: 'wake', message: 'Wake up at', default: '06:30', validate: checkTime };
    const { answer, events } = await render(
      viaAdapter((p, q: InputQuestion) => p.input(q)),
      question,
    );
    events.keypress('enter');
    await expect(answer).resolves.toBe('06:30');
  });

  it('selects with the arrow keys', async () => {
    const question: SelectQuestion<string> = {
      id: 'track',
      message: 'Which schedule?',
      choices: [
        { value: 'morning', name: 'Morning' },
        { value: 'evening', name: 'Evening' },
      ],
      default: 'morning',
    };
    const { answer, events, getScreen } = await render(
      viaAdapter((p, q: SelectQuestion<string>) => p.select(q)),
      question,
    );
    expect(getScreen()).toContain('Morning');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('evening');
  });

  it('ticks boxes with space and runs the validator', async () => {
    const question: CheckboxQuestion<string> = {
      id: 'owners',
      message: 'Who can do it?',
      choices: [
        { value: 'me', name: 'Me', checked: true },
        { value: 'alex', name: 'Alex' },
      ],
      validate: (v) => (v.length > 0 ? true : 'Tick at least one person'),
    };
    const { answer, events, getScreen, nextRender } = await render(
      viaAdapter((p, q: CheckboxQuestion<string>) => p.checkbox(q)),
      question,
    );
    events.keypress('space'); // untick Me
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Tick at least one person');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['alex']);
  });

  it('turns Ctrl-C into CancelledError', async () => {
    const question: InputQuestion = { id: 'name', message: 'Name' };
    const { answer, events } = await render(
      viaAdapter((p, q: InputQuestion) => p.input(q)),
      question,
    );
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
  });
});
