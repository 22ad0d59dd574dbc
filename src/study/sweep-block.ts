// A scenario's `sweep:` block: the axes `minesim sweep` runs when no --vary is given, and the check
// `minesim validate` makes of them. Both read the axes here and validate the grid with
// buildSweepGrid, so `validate` refuses exactly the sweep.vary entries `sweep` refuses: a value out
// of its field's range at some grid point included.
import type { ParsedDocument } from '../scenario/document.js';
import type { Scenario } from '../scenario/normalize.js';
import type { Override } from '../scenario/overrides.js';
import type { Problem } from '../scenario/problem.js';
import type { ValidateOptions } from '../scenario/validate.js';
import { buildSweepGrid } from './sweep-grid.js';
import { parseVaries, type VaryResult } from './vary.js';

/** The scenario's own `sweep.vary` axes (none without a block), any problem placed at its line. */
export function blockAxes(base: Scenario, doc: ParsedDocument, file: string): VaryResult {
  const texts = base.sweep?.vary ?? [];
  const parsed = parseVaries(texts);
  if (parsed.ok) return parsed;
  return { ok: false, problems: parsed.problems.map((p) => atEntry(p, texts, doc, file, p.message)) };
}

/** Every problem the sweep command would report for the scenario's sweep block; none without one. */
export async function checkSweepBlock(
  valid: { scenario: Scenario; doc: ParsedDocument; source: Uint8Array | string },
  file: string,
  sets: readonly Override[] = [],
  options: ValidateOptions = {},
): Promise<Problem[]> {
  const texts = valid.scenario.sweep?.vary ?? [];
  if (texts.length === 0) return [];
  const axes = blockAxes(valid.scenario, valid.doc, file);
  if (!axes.ok) return axes.problems;
  const built = await buildSweepGrid(valid.source, file, axes.axes, sets, options);
  return built.ok ? [] : atBlockEntries(built.problems, valid.scenario, valid.doc, file);
}

/**
 * The grid's problems of the scenario's own axes placed at their sweep.vary entries in the file:
 * a problem of one axis's value names the --vary text the entry holds (buildSweepGrid).
 */
export function atBlockEntries(
  problems: readonly Problem[],
  base: Scenario,
  doc: ParsedDocument,
  file: string,
): Problem[] {
  const texts = base.sweep?.vary ?? [];
  return problems.map((p) => {
    const text = p.file.startsWith('--vary ') ? p.file.slice('--vary '.length) : null;
    if (text === null || !texts.includes(text)) return p;
    return atEntry({ ...p, path: text }, texts, doc, file, p.path ? `${p.path}: ${p.message}` : p.message);
  });
}

/** A problem whose `path` is a sweep.vary entry's text, placed at that entry in the file. */
function atEntry(
  p: Problem,
  texts: readonly string[],
  doc: ParsedDocument,
  file: string,
  message: string,
): Problem {
  const i = texts.indexOf(p.path);
  const at = i >= 0 ? ['sweep', 'vary', i] : ['sweep', 'vary'];
  return { ...p, file, ...doc.locate(at), path: i >= 0 ? `sweep.vary[${i}]` : 'sweep.vary', message };
}
