// Text cut at its thousands separator in a YAML list in brackets: `claims: [npv > 1,000]` is the
// list `npv > 1` and `0`, since in a flow list a comma ends an item and `000` reads as a number.
// Each part is then refused for what it became (a claim of 1 USD, "expected a text value (got
// 0)"); the document's reader finds the cuts so that one message says what happened instead. A
// space after the comma (`[npv > 1, 000]`) cuts a claim the same way, and is found after a claim;
// so is any comma in a claim's number (`[npv > 1,5]`, `[P(npv > 0) >= 0, 5]`), since no claim starts
// with a digit.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PathKey } from './problem.js';

export interface CommaSplit {
  /** The first item's path: the list's path and its index. */
  path: PathKey[];
  /** How many items the text became. */
  parts: number;
  /** The text as written, commas and all (`npv > 1,000`, `npv > 1, 000`). */
  written: string;
  /** The text whole again: its items joined by commas alone (`npv > 1,000`). */
  joined: string;
  /** Each item's text (`npv > 1`, `000`). */
  items: string[];
  /**
   * Whether every comma is a thousands separator (three digits after it); else a comma in a claim's
   * number that groups no thousands (a decimal comma, `[npv > 1,5]`: `npv > 1` and `5`).
   */
  thousands: boolean;
}

/**
 * The runs of items of a flow list (`[...]`) that are one text cut at thousands separators: a
 * text item ending in a digit, then items right after its comma, with no space, each starting with
 * three digits (`1,000`, `1,000,000`); after a claim (text with a comparison), also with spaces
 * after the comma (`npv > 1, 000`), and with any digits after it (`npv > 1,5`, `npv > 1, 5`): a
 * second claim starts with no digits, so the list of two claims `[npv > 1, payback < 2 y]` is none.
 * A list of numbers (`[100,200]`) is none: its first item is no text.
 */
export function commaSplits(root: Node, text: string): CommaSplit[] {
  const out: CommaSplit[] = [];
  const stack: { node: unknown; path: PathKey[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items)
        if (isScalar(pair.key)) stack.push({ node: pair.value, path: [...path, String(pair.key.value)] });
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) stack.push({ node: item, path: [...path, i] });
      if (node.flow) out.push(...splitsOf(node.items, path, text));
    }
  }
  return out;
}

function splitsOf(items: readonly unknown[], path: PathKey[], text: string): CommaSplit[] {
  const out: CommaSplit[] = [];
  let i = 0;
  while (i < items.length) {
    const first = items[i];
    let j = i;
    if (isScalar(first) && typeof first.value === 'string' && first.type === 'PLAIN')
      while (j + 1 < items.length && continues(items[j], items[j + 1], text, isClaim(first.value))) j++;
    if (j > i) {
      const parts = items.slice(i, j + 1).map((n) => (n as Node).range!);
      const cut = parts.map(([from, to]) => text.slice(from, to));
      out.push({
        path: [...path, i],
        parts: parts.length,
        written: text.slice(parts[0][0], parts[parts.length - 1][1]),
        joined: cut.join(','),
        items: cut,
        thousands: cut.slice(1).every((item) => /^\d{3}(?!\d)/.test(item)),
      });
    }
    i = j + 1;
  }
  return out;
}

/** Text that compares (`npv > 1`, `P(npv >= 1`): a claim, or the start of one. */
function isClaim(source: string): boolean {
  // ≤ and ≥ escaped: the validate and run bundles stay ASCII (test/cli/lazy-load.test.ts).
  return /[<>\u2264\u2265]/.test(source);
}

/**
 * Whether `next` is the rest of `item` cut at a thousands separator (`1` `,` `000`); in a claim
 * (`claim`: the run's first item is one) also with spaces after the comma (`1` `, ` `000`) and at
 * any comma in a number (`1` `,` `5`).
 */
function continues(item: unknown, next: unknown, text: string, claim: boolean): boolean {
  if (!isScalar(item) || !isScalar(next) || !item.range || !next.range || next.type !== 'PLAIN') return false;
  const end = item.range[1];
  if (text[end] !== ',') return false;
  const gap = text.slice(end + 1, next.range[0]);
  if (gap !== '' && !(claim && /^[ \t]+$/.test(gap))) return false;
  if (!/\d$/.test(text.slice(item.range[0], end))) return false;
  return (claim ? /^\d/ : /^\d{3}(?!\d)/).test(text.slice(next.range[0]));
}
