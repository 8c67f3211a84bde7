import { isDeepStrictEqual } from 'node:util';
import type { Prompter } from '../../../src/app/init/prompter.js';

/** Pressing Enter: the question's default (or, for a checkbox, what is already ticked). */
export const ENTER = Symbol('Enter');
type Typed = string | number | boolean | unknown[] | typeof ENTER;
/** One answer, or for input/number several attempts: every rejected one must be rejected by the real validator. */
export type Answers = Record<string, Typed | { attempts: Typed[] }>;

/**
 * A Prompter that answers by question id, runs each question's real validator on the answer,
 * and fails the test on a question nobody expected, on an answer the validator rejects, and (via
 * `assertAllUsed`) on an answer no question asked for.
 */
export function fakePrompter(answers: Answers) {
  const used = new Set<string>();
  const asked: string[] = [];
  const rejected: { id: string; typed: unknown; message: string }[] = [];
  const said: string[] = [];

  const times = new Map<string, number>();
  const take = (question: string): Typed[] => {
    // A question asked again (after "which section do you want to change?") is answered by `id#2`.
    const n = (times.get(question) ?? 0) + 1;
    times.set(question, n);
    const id = n === 1 ? question : `${question}#${n}`;
    if (!(id in answers)) throw new Error(`unexpected question "${id}" (asked so far: ${asked.join(', ')})`);
    used.add(id);
    asked.push(id);
    const answer = answers[id]!;
    return typeof answer === 'object' && answer !== null && 'attempts' in answer ? answer.attempts : [answer];
  };

  const firstValid = <T>(
    id: string,
    attempts: Typed[],
    toValue: (t: Typed) => T,
    check?: (v: T) => true | string,
  ): T => {
    for (const typed of attempts) {
      const value = toValue(typed);
      const verdict = check ? check(value) : true;
      if (verdict === true) return value;
      rejected.push({ id, typed, message: verdict });
    }
    throw new Error(
      `"${id}": every answer was rejected: ${rejected
        .filter((r) => r.id === id)
        .map((r) => r.message)
        .join(' / ')}`,
    );
  };

  const prompter: Prompter = {
    input: async (q) => firstValid(q.id, take(q.id), (t) => (t === ENTER ? (q.default ?? '') : String(t)), q.validate),
    number: async (q) =>
      firstValid(q.id, take(q.id), (t) => (t === ENTER ? (q.default as number) : Number(t)), q.validate),
    confirm: async (q) => {
      const [t] = take(q.id);
      if (t !== ENTER && typeof t !== 'boolean') throw new Error(`"${q.id}" is yes/no, got ${String(t)}`);
      return t === ENTER ? q.default : t;
    },
    select: async (q) => {
      const [t] = take(q.id);
      const value = t === ENTER ? (q.default ?? q.choices[0]?.value) : t;
      if (!q.choices.some((c) => isDeepStrictEqual(c.value, value))) {
        throw new Error(
          `"${q.id}": ${String(value)} is not a choice (${q.choices.map((c) => String(c.value)).join(', ')})`,
        );
      }
      return value as never;
    },
    checkbox: async (q) => {
      const [t] = take(q.id);
      const values = t === ENTER ? q.choices.filter((c) => c.checked).map((c) => c.value) : (t as unknown[]);
      for (const v of values) {
        if (!q.choices.some((c) => isDeepStrictEqual(c.value, v)))
          throw new Error(`"${q.id}": ${String(v)} is not a choice`);
      }
      const verdict = q.validate?.(values as never[]) ?? true;
      if (verdict !== true) throw new Error(`"${q.id}": ${verdict}`);
      return values as never[];
    },
    say: (text) => void said.push(text),
  };

  return {
    prompter,
    asked,
    rejected,
    said,
    assertAllUsed() {
      const unused = Object.keys(answers).filter((id) => !used.has(id));
      if (unused.length > 0) throw new Error(`answers never asked for: ${unused.join(', ')}`);
    },
  };
}
