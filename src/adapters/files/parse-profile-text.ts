import { type Document, isMap, isNode, isScalar, parseAllDocuments, visit } from 'yaml';
import { ProfileError } from '../../errors.js';
import { findDuplicateJsonKey } from './find-duplicate-json-key.js';
import { lineColumnOf, locateJsonError } from './json-error-location.js';
import { estimateNestingDepth, estimateValueCount } from './text-limits.js';

const MAX_DEPTH = 50;
const MAX_VALUES = 20_000;
/** Far above what a profile uses; a "billion laughs" document fails at once. */
const MAX_ALIASES = 100;

/**
 * A profile document from its text: JSON when the file name ends in `.json` or the text starts
 * with `{`, else YAML 1.2 (core schema: an unquoted 2026-11-30 stays a string, `yes` is not
 * true). Duplicate keys, several documents, alias bombs and deep nesting are refused; every
 * failure is one ProfileError line with `line:column`.
 */
export function parseProfileText(text: string, file: string): unknown {
  const fail = (message: string) => new ProfileError(file, [message]);
  if (text.trim() === '') throw fail('is empty; a profile needs at least version, timezone, me and sleep');
  if (estimateNestingDepth(text) > MAX_DEPTH) {
    throw fail(`is nested more than ${MAX_DEPTH} levels deep; a profile needs about five`);
  }
  if (estimateValueCount(text) > MAX_VALUES) {
    throw fail(`has more than ${MAX_VALUES} lines or list items; a profile has a few hundred`);
  }
  // A NUL byte is never text: a binary file, or text cut short on purpose.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw fail(`${lineColumnOf(text, nul)}: holds a NUL byte; a profile is plain text`);
  const isJson = /\.json$/i.test(file);
  if (isJson || text.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const { offset, reason } = locateJsonError((error as Error).message, text);
      // A YAML flow mapping also starts with `{`: only a .json file has to be strict JSON.
      if (isJson || !isYaml(text)) throw fail(`${lineColumnOf(text, offset)}: ${reason} (JSON)`);
      return parseYaml(text, fail);
    }
    const duplicate = findDuplicateJsonKey(text);
    if (duplicate)
      throw fail(`${lineColumnOf(text, duplicate.offset)}: duplicate key ${JSON.stringify(duplicate.key)} (JSON)`);
    return value;
  }
  return parseYaml(text, fail);
}

function isYaml(text: string): boolean {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  return Array.isArray(docs) && docs.length === 1 && docs[0]!.errors.length === 0;
}

const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  // Checked by findDuplicateKey instead: the parser's own check compares every pair of keys.
  uniqueKeys: false,
  prettyErrors: false,
  // Without this, !!binary and friends from YAML 1.1 would still turn into Buffers and sets.
  resolveKnownTags: false,
} as const;

function parseYaml(text: string, fail: (message: string) => ProfileError): unknown {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  if (!Array.isArray(docs) || docs.length === 0)
    throw fail('is empty; a profile needs at least version, timezone, me and sleep');
  if (docs.length > 1) throw fail(`holds ${docs.length} YAML documents (separated by ---); a profile is one`);
  const doc = docs[0]!;
  const error = doc.errors[0];
  if (error) {
    const where = lineColumnOf(text, error.pos[0]);
    if (/call stack/i.test(error.message)) throw fail(`${where}: nested too deeply`);
    throw fail(`${where}: ${error.message.split('\n')[0]} (YAML)`);
  }
  const directive = /^%\S*/m.exec(text);
  if (directive)
    throw fail(
      `${lineColumnOf(text, directive.index)}: YAML directive ${JSON.stringify(directive[0].slice(0, 20))} is not allowed in a profile`,
    );
  const tag = findTag(doc, text);
  if (tag)
    throw fail(
      `${lineColumnOf(text, tag.offset)}: YAML tag ${JSON.stringify(tag.tag.slice(0, 40))} is not allowed in a profile (write the value plainly)`,
    );
  const duplicate = findDuplicateKey(doc);
  if (duplicate)
    throw fail(`${lineColumnOf(text, duplicate.offset)}: duplicate key ${JSON.stringify(duplicate.key)} (YAML)`);
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (/alias/i.test(message)) throw fail('uses too many YAML aliases (*name); write the values out');
    throw fail(message.split('\n')[0] ?? 'cannot be read as YAML');
  }
}

/**
 * The first explicit tag (`!!binary`, `!!js/function`, a local `!secret`): a profile holds only
 * plain strings, numbers, booleans, lists and mappings, so any tag is a mistake or an attack.
 */
function findTag(doc: Document, text: string): { tag: string; offset: number } | undefined {
  let found: { tag: string; offset: number } | undefined;
  visit(doc, (_, node) => {
    if (!isNode(node) || !node.tag) return undefined;
    const at = node.range?.[0] ?? 0;
    let bang = text.lastIndexOf('!', at);
    while (bang > 0 && text[bang - 1] === '!') bang--;
    const offset = bang >= 0 && !text.slice(bang, at).includes('\n') ? bang : at;
    found = { tag: node.tag, offset };
    return visit.BREAK;
  });
  return found;
}

/** The first key repeated within one mapping, with where it is; a set per mapping keeps it linear. */
function findDuplicateKey(doc: Document): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key)
          ? String(pair.key.value)
          : isMap(pair.key)
            ? JSON.stringify(pair.key)
            : String(pair.key);
        if (seen.has(key)) {
          const offset = (isScalar(pair.key) && pair.key.range?.[0]) || 0;
          found = { key: key.length > 40 ? `${key.slice(0, 40)}…` : key, offset };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}
