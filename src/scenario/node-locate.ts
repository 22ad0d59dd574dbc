// A scenario file's nodes found by their path: where a problem stands (file:line:col), and the text
// of the number the file writes there.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { PathKey } from './problem.js';

/** A plain key's name as the document's value holds it: a key of null (`~:`) is "". */
export function keyName(value: unknown): string {
  return value === null ? '' : String(value);
}

/** A mapping's pairs by key, built once per mapping so positioning n problems costs O(n). */
function pairsByKey(node: YAMLMap, index: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let pairs = index.get(node);
  if (!pairs) {
    pairs = new Map();
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? keyName(pair.key.value) : undefined;
      if (name !== undefined && !pairs.has(name)) pairs.set(name, pair as Pair);
    }
    index.set(node, pairs);
  }
  return pairs;
}

/** The node at `path` itself, or undefined where the file writes none there (or an alias on the way). */
export function nodeAt(
  root: Node,
  path: readonly PathKey[],
  index: WeakMap<YAMLMap, Map<string, Pair>>,
): unknown {
  let node: unknown = root;
  for (const step of path) {
    if (isMap(node)) node = pairsByKey(node as YAMLMap, index).get(String(step))?.value;
    else if (isSeq(node) && typeof step === 'number') node = node.items[step];
    else return undefined;
  }
  return node;
}

export function locateRange(
  root: Node,
  path: readonly PathKey[],
  key: boolean,
  index: WeakMap<YAMLMap, Map<string, Pair>>,
): number | undefined {
  let node: unknown = root;
  let offset = root.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isAlias(node)) return offset;
    if (isMap(node)) {
      const pair = pairsByKey(node as YAMLMap, index).get(String(step));
      if (!pair) return offset;
      const last = i === path.length - 1;
      const keyNode = pair.key as Node;
      if (last && key) return keyNode.range?.[0] ?? offset;
      node = pair.value;
      offset = (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return offset;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else return offset;
  }
  return offset;
}
