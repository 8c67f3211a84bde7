import type { Prompter } from './prompter.js';

/**
 * The same steps for every list in the profile (household, duties, events, own habits): each
 * existing item may be kept, changed or removed (kept by default, so Enter changes nothing),
 * then new ones are added until the person says no.
 */
export async function editList<T>(
  p: Prompter,
  options: {
    id: string;
    items: T[];
    describe: (item: T) => string;
    addMessage: (count: number) => string;
    ask: (before: T | undefined, index: number) => Promise<T>;
  },
): Promise<T[]> {
  const result: T[] = [];
  for (const [i, item] of options.items.entries()) {
    const action = await p.select<'keep' | 'edit' | 'remove'>({
      id: `${options.id}.${i}`,
      message: options.describe(item),
      choices: [
        { value: 'keep', name: 'Keep' },
        { value: 'edit', name: 'Change' },
        { value: 'remove', name: 'Remove' },
      ],
      default: 'keep',
    });
    if (action === 'keep') result.push(item);
    if (action === 'edit') result.push(await options.ask(item, result.length));
  }
  for (
    let added = 0;
    await p.confirm({ id: `${options.id}.add.${added}`, message: options.addMessage(result.length), default: false });
    added++
  ) {
    result.push(await options.ask(undefined, result.length));
  }
  return result;
}
