import type { z } from 'zod';
import { describeValue, problemAt, quote, shortenQuotes } from './format-path.js';
import { closestKey, knownKeysAt } from './suggest-key.js';

type Issue = z.core.$ZodIssue;

const NO_FORM = 'does not have any of the allowed forms';

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
};

/**
 * Messages for the checks the schema leaves to zod's defaults ("Invalid input" says too little).
 * Schema-level messages (times, dates, days …) take precedence over this map.
 */
export const plainMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${NOUNS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_format':
      return 'has the wrong format';
    case 'invalid_union':
      return NO_FORM;
    default:
      return undefined;
  }
};

function tooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'array' || origin === 'set') return `must have at least ${minimum} item${minimum === 1 ? '' : 's'}`;
  if (origin === 'string') return minimum <= 1 ? 'must not be empty' : `must be at least ${minimum} characters`;
  return inclusive ? `must be at least ${minimum}` : `must be more than ${minimum}`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'array' || origin === 'set') return `must have at most ${maximum} item${maximum === 1 ? '' : 's'}`;
  if (origin === 'string') return `must be at most ${maximum} characters`;
  return inclusive ? `must be at most ${maximum}` : `must be less than ${maximum}`;
}

/**
 * Every zod issue as `path: message` lines. Unknown keys get one line each with the closest
 * allowed key; a union that failed inside one branch (a list of days with one bad day) reports
 * that branch's problem instead of the union's summary.
 */
export function formatIssues(schema: z.core.$ZodType, issues: readonly Issue[], base: PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => formatIssue(schema, issue, [...base, ...issue.path]));
}

function formatIssue(schema: z.core.$ZodType, issue: Issue, path: PropertyKey[]): string[] {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => problemAt([...path, key], unknownKeyMessage(key, known)));
    }
    case 'invalid_union': {
      const branch =
        innerBranch(issue.errors) ?? (issue.message === NO_FORM ? sameTypeBranch(issue.errors) : undefined);
      if (branch) return formatIssues(schema, branch, path);
      return [problemAt(path, withValue(issue.message, issue))];
    }
    case 'too_small':
    case 'too_big':
      return [problemAt(path, rangeMessage(issue))];
    case 'invalid_type':
    case 'invalid_value':
      return [problemAt(path, withValue(issue.message, issue))];
    default:
      return [problemAt(path, shortenQuotes(issue.message))];
  }
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const suggestion = closestKey(key, known);
  if (suggestion) return `unknown key (did you mean ${quote(suggestion)}?)`;
  return known.length > 0 ? `unknown key (allowed: ${known.join(', ')})` : 'unknown key';
}

/** The one branch whose problems all lie below the union's own value, if exactly one does. */
function innerBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const deep = branches.filter((b) => b.length > 0 && b.every((i) => i.path.length > 0));
  return deep.length === 1 ? deep[0] : undefined;
}

/**
 * A schema's type-level message ("must be a number of minutes") also stands in for its range
 * checks; a range message that names no number says too little, so the limit is spelled out.
 */
function rangeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  if (issue.origin !== 'number' || /\d/.test(issue.message)) return issue.message;
  return issue.code === 'too_small'
    ? tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false)
    : tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
}

/** Appends what was found instead; a missing key (no input at all) is simply required. */
/**
 * Without a message of its own, a union (sleep: one entry or a list) reports the branch whose
 * type the value has: an empty list is "must have at least 1 item", not "no allowed form".
 */
function sameTypeBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const typed = branches.filter(
    (b) => b.length > 0 && !b.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  return typed.length === 1 ? typed[0] : undefined;
}

function withValue(message: string, issue: Issue): string {
  if (issue.input === undefined) return 'is required';
  if (message.startsWith('"')) return shortenQuotes(message);
  return `${message}, not ${describeValue(issue.input)}`;
}
