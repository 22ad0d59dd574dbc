// Messages about overrides given with --set. One function a message; see shown.ts.
import { grouped } from './shown.js';

export const overrideMessages = {
  noEquals: () => 'expected key.path=value, like power.price=0.08 USD/kWh or fleet[0].count=20',
  badPath: () => 'the key path must be names and [index]es separated by dots, like fleet[0].unitPrice',
  forbiddenKey: (key: string) =>
    `${JSON.stringify(key)} cannot be a key: it names a part of every JavaScript object, and no scenario field is called __proto__, prototype or constructor`,
  pathTooLong: (length: number, limit: number) =>
    `the key path is ${length.toLocaleString('en-US')} characters long; a path is at most ${grouped(limit)}`,
  pathTooDeep: (keys: number, limit: number) =>
    `the key path has ${keys} keys and indexes; a path has at most ${limit}`,
  keyTooLong: (length: number, limit: number) =>
    `a key of the path is ${length.toLocaleString('en-US')} characters long; keys are at most ${limit} characters`,
  indexTooLarge: (index: string, max: number) =>
    `the index [${index.length > 12 ? `${index.slice(0, 12)}...` : index}] is too large; an index is at most ${grouped(max)}`,
  badValue: () => 'the value is not valid YAML',
  /** The run table's row of a run with --set: its name and description are still the file's. */
  changedLabel: 'Changed from the file',
  changed: (texts: readonly string[]) => {
    // What an override does not set stays the file's, and may not fit what was run.
    const set = new Set(texts.map((t) => t.slice(0, t.indexOf('=')).trim()));
    const kept = ['name', 'description'].filter((key) => !set.has(key));
    const said =
      kept.length === 2
        ? ' (the name and description above are the file’s)'
        : kept.length === 1
          ? ` (the ${kept[0]} above is the file’s)`
          : '';
    return `${texts.map((t) => `--set ${t}`).join(', ')}${said}`;
  },
  /** The terminal's title line of a run with --set. */
  changedTitle: (texts: readonly string[]) => ` with ${texts.map((t) => `--set ${t}`).join(', ')}`,
  /** An index past a list's end plus one: the entries between would be missing. */
  indexPastEnd: (list: string, length: number) =>
    length === 0
      ? `${list} is empty here: an override can add ${list}[0], and no later entry before it`
      : `${list} has ${length} ${length === 1 ? 'entry' : 'entries'} (${list}[0]${length > 1 ? ` to ${list}[${length - 1}]` : ''}): an override sets one of them or adds ${list}[${length}], and no later entry, which would leave the ones between missing`,
};
