/** Pure checks and parsing for `iop-plan sync setup`'s answers (also run by the tests). */

/**
 * Splits a command line into words the way a shell would for simple cases: spaces separate,
 * single or double quotes keep spaces inside a word, a backslash escapes the next character.
 * Nothing is expanded: the command is run without a shell.
 */
export function splitCommand(text: string): string[] | string {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return `a ${quote} quote is not closed`;
  if (inWord) words.push(word);
  if (words.length === 0) return 'enter a command that prints the password, e.g. pass show caldav';
  return words;
}

export function checkCommand(text: string): true | string {
  const words = splitCommand(text);
  return typeof words === 'string' ? words : true;
}

/** Shows argv as it would be typed again (words with spaces quoted). */
export function joinCommand(words: string[]): string {
  return words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}
