// Writes a control's value into the scenario's YAML text, keeping the analyst's comments and
// layout: a scalar already there is replaced where it stands in the text (its comment and
// alignment stay); a key the scenario does not write yet is added by the YAML library, which then
// lays the document out again. The text, not a parsed object, is the explorer's state, so what is
// shown, validated, downloaded and shared is always the same scenario.
import { isScalar, parseDocument } from 'yaml';
import type { PathKey } from '../scenario/problem.js';

/** A value as YAML source: plain where that reads back as the same string, else double-quoted. */
function scalarSource(value: number | string): string {
  if (typeof value === 'number') return String(value);
  const plain = /^[A-Za-z0-9_.%/+-]+( [A-Za-z0-9_.%/+-]+)*$/.test(value);
  return plain && String(parseDocument(value).toJS()) === value ? value : JSON.stringify(value);
}

export function setScenarioValue(text: string, path: readonly PathKey[], value: unknown): string {
  const doc = parseDocument(text);
  const node = doc.getIn(path, true);
  const simple = typeof value === 'number' || typeof value === 'string';
  if (isScalar(node) && node.range && simple) {
    const [start, end] = node.range;
    return `${text.slice(0, start)}${scalarSource(value)}${text.slice(end)}`;
  }
  doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}
