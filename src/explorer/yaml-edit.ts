// Writes a control's value into the scenario's YAML text, keeping the analyst's comments and
// layout: a scalar already there keeps its node (and the comment after it), a missing key is
// added where the YAML library puts it. The text, not a parsed object, is the explorer's state,
// so what is shown, validated, downloaded and shared is always the same scenario.
import { isScalar, parseDocument } from 'yaml';
import type { PathKey } from '../scenario/problem.js';

export function setScenarioValue(text: string, path: readonly PathKey[], value: unknown): string {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  if (isScalar(node) && (value === null || typeof value !== 'object')) node.value = value;
  else doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}
