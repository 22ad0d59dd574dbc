// Reads, overrides and validates the scenario a command runs; bad input becomes an InputError.
import { type History, loadHistory } from '../data/history.js';
import { catalogMessages } from '../messages/catalog.js';
import { cliMessages } from '../messages/cli.js';
import { shownText } from '../messages/shown.js';
import { startPlace } from '../model/chain-clock.js';
import type { Scenario } from '../scenario/normalize.js';
import { type Override, parseOverrides } from '../scenario/overrides.js';
import { InputError, type Problem } from '../scenario/problem.js';
import { carriedAtStart, carriedSupplyBlocks } from '../scenario/start-carried.js';
import { startNotes } from '../scenario/start-network-check.js';
import { readScenarioFile, type Validation, validateScenarioText } from '../scenario/validate.js';
import { catalogArg } from './options.js';

/** `catalog`: the `--catalog` file, if given. */
export async function loadScenario(
  file: string,
  sets: readonly string[] = [],
  catalog?: string,
  fallback: readonly Override[] = [],
): Promise<Extract<Validation, { ok: true }>> {
  const input = await readScenarioFile(file);
  if (!input.ok) {
    const overrides = parseOverrides(sets);
    throw new InputError([...(overrides.ok ? [] : overrides.problems), ...input.problems]);
  }
  return loadScenarioBytes(input.bytes, file, sets, catalog, fallback);
}

/**
 * `problems` (a command's own options refused: --vary, --input) with the --set problems loadScenario()
 * finds, so every bad option is said at once. Only the --sets' own: the file's may stand for a value
 * the refused option would have given.
 */
export async function withSetProblems(
  problems: readonly Problem[],
  file: string,
  sets: readonly string[],
  catalog?: string,
): Promise<InputError> {
  if (sets.length === 0) return new InputError([...problems]);
  const overrides = parseOverrides(sets);
  const unread = overrides.ok ? [] : overrides.problems;
  const input = await readScenarioFile(file);
  const v = input.ok
    ? await validateScenarioText(input.bytes, file, overrides.overrides, { catalog: catalogArg(catalog) })
    : null;
  const fromSets = v === null || v.ok ? [] : v.problems.filter((p) => p.file.startsWith('--set'));
  return new InputError([...unread, ...fromSets, ...problems]);
}

/** loadScenario() of the bytes read from `file` (readScenarioFile): a pipe is read once. */
export async function loadScenarioBytes(
  bytes: Uint8Array,
  file: string,
  sets: readonly string[] = [],
  catalog?: string,
  fallback: readonly Override[] = [],
): Promise<Extract<Validation, { ok: true }>> {
  const overrides = parseOverrides(sets);
  // The --sets that cannot be read are said with the problems of the scenario the others make.
  const unread = overrides.ok ? [] : overrides.problems;
  let v = await validateScenarioText(bytes, file, overrides.overrides, { catalog: catalogArg(catalog) });
  // A sweep's axis may give a value the file lacks: then the file as its first grid point reads it
  // (and its problems are said there, a bad axis value named by its --vary).
  if (!v.ok && fallback.length > 0) {
    v = await validateScenarioText(bytes, file, [...overrides.overrides, ...fallback], {
      catalog: catalogArg(catalog),
    });
    const axes = new Set(fallback.map((o) => `--set ${o.text}`));
    if (!v.ok)
      throw new InputError([
        ...unread,
        ...v.problems.map((p) => (axes.has(p.file) ? { ...p, file: `--vary ${p.file.slice(6)}` } : p)),
      ]);
  }
  if (!v.ok) throw new InputError([...unread, ...v.problems]);
  if (unread.length > 0) throw new InputError(unread);
  for (const line of scenarioNotes(file, v.scenario)) process.stderr.write(`${line}\n`);
  return v;
}

/**
 * The lines every command that runs a scenario prints on the terminal before it runs: a start past
 * the history, and the start-network note (`<file>: note: ...`), one a line. `batch` and `merge`,
 * which validate their scenarios themselves, print them as loadScenario() does.
 */
export function scenarioNotes(file: string, s: Scenario): string[] {
  const lines: string[] = [];
  const history = loadHistory(s.coin);
  const carried = startPastHistoryNote(s, history);
  if (carried !== null) lines.push(carried);
  for (const n of startNotes(s, history)) lines.push(catalogMessages.note(file, n.label, n.value, n.note));
  // Each is one line: a name's line break or escape sequence in it is shown, not obeyed.
  return lines.map(shownText);
}

/**
 * The note of a start past the history that carries figures forward from its last day, naming
 * them (Monero's coins generated too, which no key gives); null inside the history, or where
 * nothing is carried.
 */
export function startPastHistoryNote(s: Scenario, history: History): string | null {
  const carried = carriedAtStart(s, history);
  const supplyBlocks = carriedSupplyBlocks(s, history);
  if (carried.length === 0 && supplyBlocks === null) return null;
  const place = startPlace(history, s.start);
  const days = place.inside ? 0 : place.daysAfter;
  return cliMessages.startPastHistory(s.coin, s.start, history.lastDate, days, carried, supplyBlocks);
}

/**
 * Where commands write when --out is not given. It is git-ignored, so a run from the README (or
 * `npm start`, or a batch at fewer paths) never replaces the results committed under output/:
 * `npm run outputs` writes those, naming output/ with --out.
 */
export const DEFAULT_OUTPUT_ROOT = 'runs';

/**
 * A folder-safe slug of the scenario name, for runs/<name>/. It never starts with a dot, so a
 * name such as `..` or `.` cannot point the atomic folder swap at a parent folder, and is a name
 * Windows can hold too.
 */
export function outputName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+/, '');
  // Trailing dashes and dots trimmed without a regular expression (`[-.]+$` retries from every
  // one); Windows drops a folder name's trailing dots, so `v1.` would be written as `v1`.
  let end = slug.length;
  while (end > 0 && (slug[end - 1] === '-' || slug[end - 1] === '.')) end--;
  const folder = slug.slice(0, end) || 'scenario';
  // Windows keeps these names for its devices, whatever follows a dot: `runs/nul` is no folder there.
  return /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/.test(folder) ? `scenario-${folder}` : folder;
}
