import { UserError } from '../errors.js';

export async function todayCommand(_options: Record<string, unknown>): Promise<number> {
  throw new UserError('today is not available yet');
}
