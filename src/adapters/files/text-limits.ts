/**
 * Cheap measurements taken before parsing. A real profile nests about five levels and holds a
 * few hundred values; hostile texts with a hundred thousand brackets or list items would keep
 * the YAML parser busy for seconds before it fails, so they are refused up front.
 */

/**
 * An upper estimate of nesting depth: open flow brackets, and compact block indicators on one
 * line (`- - - x`). Brackets inside quoted text count too: a title would need dozens of
 * unmatched brackets to reach any sensible limit.
 */
export function estimateNestingDepth(text: string): number {
  let flow = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      flow++;
      if (flow > deepest) deepest = flow;
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
  }
  for (const match of text.matchAll(/^[ \t]*((?:[-?:][ \t]+)+)/gm)) {
    const compact = (match[1] ?? '').replace(/[ \t]/g, '').length;
    if (compact > deepest) deepest = compact;
  }
  return deepest;
}

/** An upper estimate of how many values a text holds: its line breaks and commas. */
export function estimateValueCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2c) count++;
  }
  return count;
}
