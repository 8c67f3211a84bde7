/**
 * What the wizard asks of a terminal. Every question carries an `id` (`sleep.bedtime`,
 * `household.0.name`) so a test can answer by id and notice a question it did not expect.
 * Validators return `true` or the message to show; the same functions run in tests.
 */
export interface InputQuestion {
  id: string;
  message: string;
  default?: string;
  validate?: (text: string) => true | string;
  /** How the accepted answer is shown once given: what it was understood as (`6:30pm → 18:30`). */
  transform?: (text: string) => string;
}

export interface NumberQuestion {
  id: string;
  message: string;
  default?: number;
  validate?: (value: number | undefined) => true | string;
}

export interface ConfirmQuestion {
  id: string;
  message: string;
  default: boolean;
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

export interface SelectQuestion<T> {
  id: string;
  message: string;
  choices: Choice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T> {
  id: string;
  message: string;
  choices: Choice<T>[];
  validate?: (values: T[]) => true | string;
}

export interface Prompter {
  input(question: InputQuestion): Promise<string>;
  number(question: NumberQuestion): Promise<number>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  select<T>(question: SelectQuestion<T>): Promise<T>;
  checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]>;
  /** Text between questions (section titles, the summary). */
  say(text: string): void;
}
