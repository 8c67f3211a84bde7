import { slugify } from '../profile.js';
import type { ProfileInput } from '../profile-schema.js';
import { formatPath, problemAt, quote } from './format-path.js';
import { identifiedItemsOf } from './profile-items.js';

/** Sources the plan already uses for blocks that are not listed items. */
const RESERVED_IDS = new Set(['sleep']);

/**
 * Household ids (unique, `me` reserved), owners (`me` or a household id, each once) and item ids
 * (unique across iop.flexible, duties, habits and events, whether written or slugged from titles).
 */
export function checkReferences(input: ProfileInput): string[] {
  return [...checkHousehold(input), ...checkOwners(input), ...checkIds(input), ...checkCalendars(input)];
}

/** (r2 §5a) An imported calendar belongs to `me` or a household member; only `me` has work. */
function checkCalendars(input: ProfileInput): string[] {
  const householdIds = (input.household ?? []).map((m) => m.id).filter((id) => id !== 'me');
  const problems: string[] = [];
  for (const [i, calendar] of (input.calendars ?? []).entries()) {
    const owner = calendar.owner ?? 'me';
    if (owner !== 'me' && !householdIds.includes(owner)) {
      problems.push(
        problemAt(['calendars', i, 'owner'], unknownOwner(owner, householdIds, (input.household ?? []).length)),
      );
    } else if (calendar.as === 'work' && owner !== 'me') {
      problems.push(problemAt(['calendars', i, 'as'], '"work" is for your own roster (owner: me); use "busy"'));
    }
  }
  return problems;
}

function checkHousehold(input: ProfileInput): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const [i, member] of (input.household ?? []).entries()) {
    const path = ['household', i, 'id'];
    if (member.id === 'me') problems.push(problemAt(path, '"me" is reserved for you; give this person another id'));
    else if (seen.has(member.id)) {
      problems.push(problemAt(path, `${quote(member.id)} is already used by household.${seen.get(member.id)}`));
    } else seen.set(member.id, i);
  }
  return problems;
}

function checkOwners(input: ProfileInput): string[] {
  const householdIds = (input.household ?? []).map((m) => m.id).filter((id) => id !== 'me');
  const lists: [PropertyKey[], string[] | undefined][] = [
    ...(input.duties ?? []).map((d, i): [PropertyKey[], string[] | undefined] => [['duties', i, 'owners'], d.owners]),
    ...(input.events ?? []).map((e, i): [PropertyKey[], string[] | undefined] => [['events', i, 'owners'], e.owners]),
  ];
  const problems: string[] = [];
  for (const [path, owners] of lists) {
    const seen = new Set<string>();
    for (const [j, owner] of (owners ?? []).entries()) {
      if (seen.has(owner)) problems.push(problemAt([...path, j], `${quote(owner)} is listed twice`));
      else if (owner !== 'me' && !householdIds.includes(owner)) {
        problems.push(problemAt([...path, j], unknownOwner(owner, householdIds, (input.household ?? []).length)));
      }
      seen.add(owner);
    }
  }
  return problems;
}

function unknownOwner(owner: string, householdIds: readonly string[], members: number): string {
  if (members === 0) return `${quote(owner)} is not "me" and there is no household (add them under household)`;
  const known = householdIds.length > 0 ? ` (${householdIds.join(', ')})` : '';
  return `${quote(owner)} is not "me" or a household id${known}`;
}

function checkIds(input: ProfileInput): string[] {
  const problems: string[] = [];
  const claimed = new Map<string, string>();
  for (const item of identifiedItemsOf(input)) {
    const id = item.id ?? slugify(item.title);
    const where = item.id === undefined ? [...item.path, 'title'] : [...item.path, 'id'];
    const owner = claimed.get(id);
    if (id === '') {
      problems.push(problemAt(where, 'has no letters or digits to make an id from; add an id'));
    } else if (RESERVED_IDS.has(id)) {
      problems.push(problemAt(where, explain(id, item.id === undefined, 'is reserved for sleep blocks')));
    } else if (owner !== undefined) {
      problems.push(problemAt(where, explain(id, item.id === undefined, `is already used by ${owner}`)));
    } else claimed.set(id, formatPath(item.path));
  }
  return problems;
}

function explain(id: string, fromTitle: boolean, clash: string): string {
  return fromTitle ? `its id ${quote(id)} (from the title) ${clash}; add an explicit id` : `${quote(id)} ${clash}`;
}
