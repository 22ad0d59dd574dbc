// validateScenario: file text -> Scenario, or every problem in the file, positioned.

import { z } from 'zod';
import { type HardwareCatalog, shippedCatalog } from '../data/catalog.js';
import { loadHistory } from '../data/history.js';
import { defaultModelMessages } from '../messages/calibration.js';
import { coverageMessages } from '../messages/coverage.js';
import { documentMessages } from '../messages/documents.js';
import { defaultedFamilies } from '../model/market/defaults.js';
import { DEFAULT_FEE_DAYS } from '../model/market/fees/fee-level.js';
import { bareFractionProblems } from './bare-fractions.js';
import { type CatalogOption, chooseCatalog, type UserCatalogText } from './catalog-input.js';
import { claimsPastHorizonEarly } from './claims-early.js';
import { chooseDefaultPrice } from './default-price.js';
import { defaultPricePastCarry } from './default-price-note.js';
import { MAX_FILE_BYTES, type ParsedDocument, parseScenarioText, shownAt } from './document.js';
import { readLeastFrom } from './field-least.js';
import { issuesToProblems } from './issues.js';
import { loadUnits, takeUnitsWanted } from './mathjs-units.js';
import { modelCheck } from './model-check.js';
import { networkExample } from './network-example.js';
import { normalizeScenario, type RuleProblem, type Scenario } from './normalize.js';
import { indexGaps, onCommandLine } from './override-problems.js';
import { applyOverrides, type Override } from './overrides.js';
import { priceExample } from './price-example.js';
import { formatPath, type Problem } from './problem.js';
import { type ReadOptions, readInputFile } from './read-input.js';
import { checkRules } from './rules.js';
import { scenarioSchema, scenarioSchemaFor } from './schema/scenario.js';
import { valueAt } from './schema-walk.js';

/**
 * `source`: the bytes validated, so a command never reads its input twice (a pipe gives them
 * once); `userCatalog`: the user catalog file read, when there is one.
 */
export type Validation =
  | {
      ok: true;
      scenario: Scenario;
      doc: ParsedDocument;
      source: Uint8Array | string;
      userCatalog?: UserCatalogText;
    }
  | { ok: false; problems: Problem[] };

type DocumentValidation =
  | { ok: true; scenario: Scenario; doc: ParsedDocument }
  | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** A user catalog named on the command line (`--catalog`), in place of the scenario's `catalog` key. */
  catalog?: CatalogOption;
  /** How the file is read: its size limit and, for a pipe, how long to wait. */
  read?: Partial<ReadOptions>;
}

let jsonSchemaCache: Record<string, unknown> | undefined;

/**
 * The scenario JSON Schema as minesim reads it (a sweep's units, a field's least); editors and
 * `minesim schema` see it with what an editor checks besides (editor-schema.ts).
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  jsonSchemaCache ??= z.toJSONSchema(scenarioSchema, {
    io: 'input',
    unrepresentable: 'any',
    // A field whose default depends on the scenario (the price model: scenario/default-price.ts)
    // shows the default most scenarios run, which its `shownDefault` gives, not the schema's fill-in.
    // A whole number read in thousands (schema/whole-number.ts) gives its default there too.
    override: ({ jsonSchema }) => {
      const j = jsonSchema as Record<string, unknown>;
      if (j.shownDefault === undefined) return;
      j.default = j.shownDefault;
      delete j.shownDefault;
    },
  }) as Record<string, unknown>;
  return jsonSchemaCache;
}

// A number written nearer 0 than a double holds is told the least its field takes (field-least.ts).
readLeastFrom(scenarioJsonSchema);

export async function validateScenarioFile(
  file: string,
  overrides: readonly Override[] = [],
  options: ValidateOptions = {},
): Promise<Validation> {
  const input = await readScenarioFile(file, options);
  return input.ok ? validateScenarioText(input.bytes, file, overrides, options) : input;
}

/**
 * A scenario file's bytes, read once (a pipe or a FIFO gives them once): a command that validates
 * them more than once, or reads them again for a message, keeps these.
 */
export async function readScenarioFile(
  file: string,
  options: ValidateOptions = {},
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problems: Problem[] }> {
  const input = await readInputFile(file, { maxBytes: MAX_FILE_BYTES, ...options.read });
  if (input.ok) return input;
  const message =
    input.kind === 'too-large'
      ? input.known
        ? documentMessages.tooLarge(input.size, MAX_FILE_BYTES)
        : documentMessages.streamTooLarge(MAX_FILE_BYTES)
      : input.kind === 'timeout'
        ? documentMessages.noInput(input.seconds)
        : documentMessages.unreadable(input.reason);
  return { ok: false, problems: [{ file, line: 0, col: 0, path: '', message }] };
}

export async function validateScenarioText(
  text: Uint8Array | string,
  file: string,
  overrides: readonly Override[] = [],
  options: ValidateOptions = {},
): Promise<Validation> {
  const parsed = parseScenarioText(text, file);
  if (parsed.ok) return validateParsedScenario(parsed.doc, text, file, overrides, options);
  if (!parsed.doc) return parsed;
  // Problems of keys alone (a key given twice): the rest of the file is checked too, so that every
  // problem is reported at once. A problem where a key's already is stands once.
  const rest = await validateParsedScenario(parsed.doc, text, file, overrides, options);
  const keys = parsed.problems;
  const more = rest.ok
    ? []
    : rest.problems.filter((p) => !keys.some((k) => k.line === p.line && k.col === p.col));
  return { ok: false, problems: [...keys, ...more].sort((a, b) => a.line - b.line || a.col - b.col) };
}

/**
 * validateScenarioText of a document already parsed from `text` (with parseScenarioText): a sweep
 * validates one file under many sets of overrides, and parses it once. The document is not changed.
 */
export async function validateParsedScenario(
  doc: ParsedDocument,
  text: Uint8Array | string,
  file: string,
  overrides: readonly Override[] = [],
  options: ValidateOptions = {},
): Promise<Validation> {
  const first = await validateParsed(doc, text, file, overrides, options);
  // A unit outside known-units.ts or an expression needs mathjs: loaded then, and read again.
  if (!takeUnitsWanted()) return first;
  await loadUnits();
  return validateParsed(doc, text, file, overrides, options);
}

async function validateParsed(
  parsedDoc: ParsedDocument,
  text: Uint8Array | string,
  file: string,
  overrides: readonly Override[],
  options: ValidateOptions,
): Promise<Validation> {
  // An override leaving a gap is said at itself; the others are still checked, all said at once.
  const gaps = indexGaps(parsedDoc.value, overrides);
  if (gaps.length > 0) {
    const gapped = new Set(gaps.map((p) => p.file));
    const rest = overrides.filter((o) => !gapped.has(`--set ${o.text}`));
    const others = await validateParsed(parsedDoc, text, file, rest, options);
    return { ok: false, problems: [...gaps, ...(others.ok ? [] : others.problems)] };
  }
  const doc =
    overrides.length === 0 ? parsedDoc : { ...parsedDoc, value: applyOverrides(parsedDoc.value, overrides) };
  // The catalog comes first: which model names are valid depends on it.
  const chosen = await chooseCatalog(doc, options.catalog);
  const result = withBareFractions(
    parsedDoc,
    overrides,
    withCommaSplits(doc, chosen.ok ? validateDocument(doc, chosen.catalog) : chosen),
  );
  // The outputs say the run is not the file's as written: its name and description are.
  if (result.ok && overrides.length > 0) result.scenario.overrides = overrides.map((o) => o.text);
  if (result.ok)
    return chosen.ok && chosen.user
      ? { ...result, source: text, userCatalog: chosen.user }
      : { ...result, source: text };
  if (overrides.length === 0) return result;
  // A problem inside an overridden value, or a mapping an override made, belongs to the command line.
  return { ok: false, problems: onCommandLine(result.problems, file, parsedDoc.value, overrides) };
}

/** The result with the analyst's bare numbers above 1 where a bare number is a fraction (bare-fractions.ts). */
function withBareFractions(
  doc: ParsedDocument,
  overrides: readonly Override[],
  result: DocumentValidation,
): DocumentValidation {
  const schema = result.ok ? [] : result.problems;
  // A value past the field's bound is refused by the schema with the same reading after the bound
  // (`must be at most 1,000 %: a bare number here is a fraction, ...`): said once, there.
  const said = (b: Problem) =>
    schema.some(
      (p) => p.path === b.path && p.message.includes(b.message.slice(0, b.message.lastIndexOf(' (got '))),
    );
  const bare = bareFractionProblems(doc, overrides).filter((b) => !said(b));
  if (bare.length === 0) return result;
  return { ok: false, problems: [...schema, ...bare] };
}

/**
 * Text cut at its thousands separators in a list in brackets (`claims: [npv > 1,000]`) is refused
 * once, as written, where it starts: not as the parts it became (a claim of 1 USD and a claim that
 * is the number 0), whose problems stand in its place.
 */
function withCommaSplits(doc: ParsedDocument, result: DocumentValidation): DocumentValidation {
  if (result.ok || doc.commaSplits === undefined) return result;
  const problems = [...result.problems];
  for (const split of doc.commaSplits) {
    const list = formatPath(split.path.slice(0, -1));
    const first = split.path[split.path.length - 1] as number;
    const parts = new Set(Array.from({ length: split.parts }, (_, k) => `${list}[${first + k}]`));
    const inSplit = (p: Problem) =>
      p.file === doc.file &&
      [...parts].some((at) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`));
    if (!problems.some(inSplit)) continue;
    const kept = problems.filter((p) => !inSplit(p));
    kept.push({
      file: doc.file,
      ...doc.locate(split.path),
      path: formatPath(split.path),
      message: split.thousands
        ? documentMessages.commaSplit(split.written, split.joined, split.items)
        : documentMessages.commaNumberSplit(split.written, split.items),
    });
    problems.splice(0, problems.length, ...kept);
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return { ok: false, problems };
}

/** Validates a parsed scenario against `catalog` (default: the shipped hardware catalog). */
export function validateDocument(
  doc: ParsedDocument,
  catalog: HardwareCatalog = shippedCatalog(),
): DocumentValidation {
  // The schema depends on the catalog (which model names exist); it is built once a catalog.
  const result = scenarioSchemaFor(catalog).safeParse(doc.value);
  if (!result.success) {
    const problems = issuesToProblems(
      result.error.issues,
      doc,
      scenarioJsonSchema(),
      modelCheck(doc, catalog),
    );
    // A claim past the horizon, said with the schema's problems where they leave it decidable.
    const early = claimsPastHorizonEarly(doc.value, result.error.issues, catalog).map((p) =>
      ruleProblem(doc, p),
    );
    if (early.length === 0) return { ok: false, problems };
    return {
      ok: false,
      problems: [...problems, ...early].sort((a, b) => a.line - b.line || a.col - b.col),
    };
  }
  const { scenario, problems } = normalizeScenario(result.data, catalog);
  const defaulted = defaultedFamilies(doc.value);
  if (defaulted.length > 0) scenario.defaultModels = defaulted;
  if (defaulted.includes('price') && problems.length === 0) chooseDefaultPrice(scenario);
  const ruled = checkRules(scenario).map((p) => onDefaultFees(onDefaultModel(p, scenario), doc.value));
  // Said of the default itself, so not put on it as a problem inside it (onDefaultModel). It says
  // what to write in place of the default price: the default's own problems (a window the history
  // cannot fill, with a window to give it) would advise the default it refuses, so they go.
  const pastCarry = defaultPricePastCarry(scenario);
  problems.push(...(pastCarry.length === 0 ? ruled : ruled.filter((p) => !onPriceModel(p))), ...pastCarry);
  if (problems.length > 0) {
    const positioned = problems.map((p) => ruleProblem(doc, p));
    positioned.sort((a, b) => a.line - b.line || a.col - b.col);
    return { ok: false, problems: positioned };
  }
  return { ok: true, scenario, doc };
}

/** A problem put on the price model (onDefaultModel), or inside it. */
function onPriceModel(p: RuleProblem): boolean {
  return p.path[0] === 'price' && p.path[1] === 'model';
}

/**
 * A problem inside a market model the scenario leaves to its default is put on the model, saying
 * the default cannot run there: its fields are none the scenario wrote.
 */
function onDefaultModel(p: RuleProblem, s: Scenario): RuleProblem {
  const [family, model] = p.path;
  if (model !== 'model' || (family !== 'price' && family !== 'network')) return p;
  if (!s.defaultModels?.includes(family)) return p;
  const label = defaultModelMessages.label(family, s.earlyPrice);
  return {
    path: [family, 'model'],
    message: defaultModelMessages.cannotRun(
      family,
      label,
      formatPath(p.path),
      p.message,
      family === 'network'
        ? networkExample(s.coin, loadHistory(s.coin))
        : priceExample(s.coin, loadHistory(s.coin)),
    ),
  };
}

/**
 * A problem of the fee level's window where the scenario names no fee model is said of minesim's
 * default: the key it names (`fees.model.calibrate`) is none the scenario wrote. (A start too far
 * past the history already says what to write in place of the default.)
 */
function onDefaultFees(p: RuleProblem, written: unknown): RuleProblem {
  if (p.path[0] !== 'fees' || p.path[1] !== 'model' || p.path[2] !== 'calibrate') return p;
  const fees = (written as Record<string, unknown> | null)?.fees;
  if (fees !== null && typeof fees === 'object' && (fees as Record<string, unknown>).model !== undefined)
    return p;
  return {
    path: ['fees', 'model'],
    message: coverageMessages.defaultFeesCannotRun(DEFAULT_FEE_DAYS, formatPath(p.path), p.message),
  };
}

function ruleProblem(doc: ParsedDocument, p: RuleProblem): Problem {
  const value = valueAt(doc.value, p.path);
  const got = value !== undefined && typeof value !== 'object' ? ` (got ${shownAt(doc, p.path, value)})` : '';
  return { file: doc.file, ...doc.locate(p.path, p.key), path: formatPath(p.path), message: p.message + got };
}
