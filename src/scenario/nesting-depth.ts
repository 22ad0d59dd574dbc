// How deep a scenario file nests, bounded before and after parsing: a hostile file's deep nesting is
// refused, never read by running out of stack.
import { isMap, isPair, isSeq } from 'yaml';

export const MAX_DEPTH = 64;

/** Deepest nesting of flow collections ([ and {), outside quotes and comments: bounds the parser's recursion. */
export function maxFlowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (comment) {
      if (c === '\n') comment = false;
    } else if (quote) {
      // In double quotes a backslash escapes the next character; in single quotes '' is a quote.
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && startsToken(text, i)) quote = c;
    else if (c === '#' && startsToken(text, i)) comment = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

/** A quote or comment sign starts something only at the start of a token (an apostrophe inside a word does not). */
function startsToken(text: string, i: number): boolean {
  return i === 0 || /[\s[{,:]/.test(text[i - 1]);
}

export function nodeDepth(node: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return depth;
  if (isMap(node) || isSeq(node)) {
    let max = depth + 1;
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      max = Math.max(max, nodeDepth(child, depth + 1));
      if (max > MAX_DEPTH) break;
    }
    return max;
  }
  return depth;
}
