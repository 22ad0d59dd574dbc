// The problems a `--set` causes, said at the `--set` rather than in the file: an index past the end
// of a list, and any problem inside a value an override wrote or a mapping it made (validate.ts).
import { overrideMessages } from '../messages/overrides.js';
import { applyOverrides, type Override } from './overrides.js';
import { formatPath, type PathKey, type Problem } from './problem.js';

/**
 * Overrides whose index lies past the end of a list plus one (`--set fleet[5].count=3` on a fleet of
 * one cohort): the entries between would be missing, each refused as "is required" at the file's
 * list, which the user never wrote. Said at the override instead.
 */
export function indexGaps(value: unknown, overrides: readonly Override[]): Problem[] {
  const out: Problem[] = [];
  let before = value;
  for (const o of overrides) {
    let node: unknown = before;
    for (let i = 0; i < o.path.length && node !== null && typeof node === 'object'; i++) {
      const key = o.path[i];
      if (Array.isArray(node) && typeof key === 'number' && key > node.length) {
        out.push({
          file: `--set ${o.text}`,
          line: 0,
          col: 0,
          path: formatPath(o.path.slice(0, i + 1)),
          message: overrideMessages.indexPastEnd(formatPath(o.path.slice(0, i)), node.length),
        });
        break;
      }
      node = Object.hasOwn(node, key) ? (node as Record<PathKey, unknown>)[key] : undefined;
    }
    before = applyOverrides(before, [o]);
  }
  return out;
}

/**
 * `problems` of `file` with `overrides` applied to its written document `value`, each inside an
 * overridden value given to the command line, not the file; so is one inside a mapping an override
 * made (`--set price.model.window=...` on a file naming no price model makes `price.model`, whose
 * type it lacks). Each override owns its path from the first key the document before it lacks; a
 * problem goes to the override owning most of its path.
 */
export function onCommandLine(
  problems: readonly Problem[],
  file: string,
  value: unknown,
  overrides: readonly Override[],
): Problem[] {
  let before = value;
  const owned = overrides.map((o) => {
    const prefix = formatPath(madePath(before, o.path));
    before = applyOverrides(before, [o]);
    return { o, prefix };
  });
  return problems.map((p) => {
    if (p.file !== file) return p;
    const holders = owned.filter(
      ({ prefix }) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`),
    );
    const o = holders.reduce<(typeof owned)[number] | undefined>(
      (best, h) => (best === undefined || h.prefix.length >= best.prefix.length ? h : best),
      undefined,
    )?.o;
    return o ? { ...p, file: `--set ${o.text}`, line: 0, col: 0 } : p;
  });
}

/**
 * The part of an override's path it owns in the written document `value`: up to the first key the
 * document does not have (a mapping or list the override made), else the whole path.
 */
function madePath(value: unknown, path: readonly PathKey[]): readonly PathKey[] {
  let node = value;
  for (let i = 0; i < path.length - 1; i++) {
    const holds = node !== null && typeof node === 'object' && Object.hasOwn(node, path[i]);
    const next = holds ? (node as Record<PathKey, unknown>)[path[i]] : undefined;
    // A key the document lacks, or holds a value that is no mapping or list: the override made it.
    if (next === null || typeof next !== 'object') return path.slice(0, i + 1);
    node = next;
  }
  return path;
}
