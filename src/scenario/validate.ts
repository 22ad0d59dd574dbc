// validateScenario: file text -> Scenario, or every problem in the file, positioned.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { type ParsedDocument, parseScenarioText } from './document.js';
import { issuesToProblems, valueAt } from './issues.js';
import { documentMessages, shown } from './messages.js';
import { normalizeScenario, type RuleProblem, type Scenario } from './normalize.js';
import { applyOverrides, type Override } from './overrides.js';
import { formatPath, type Problem } from './problem.js';
import { checkRules } from './rules.js';
import { scenarioSchema } from './schema/scenario.js';
import { loadUnits } from './units.js';

export type Validation =
  | { ok: true; scenario: Scenario; doc: ParsedDocument }
  | { ok: false; problems: Problem[] };

let jsonSchemaCache: Record<string, unknown> | undefined;

/** The scenario JSON Schema, as editors and `minesim schema` see it. */
export function scenarioJsonSchema(): Record<string, unknown> {
  jsonSchemaCache ??= z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return jsonSchemaCache;
}

export async function validateScenarioFile(
  file: string,
  overrides: readonly Override[] = [],
): Promise<Validation> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    return {
      ok: false,
      problems: [{ file, line: 0, col: 0, path: '', message: documentMessages.unreadable(reason) }],
    };
  }
  return validateScenarioText(bytes, file, overrides);
}

export async function validateScenarioText(
  text: Uint8Array | string,
  file: string,
  overrides: readonly Override[] = [],
): Promise<Validation> {
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return parsed;
  await loadUnits();
  if (overrides.length === 0) return validateDocument(parsed.doc);
  const doc = { ...parsed.doc, value: applyOverrides(parsed.doc.value, overrides) };
  const result = validateDocument(doc);
  if (result.ok) return result;
  // A problem inside an overridden value belongs to the command line, not the file.
  return {
    ok: false,
    problems: result.problems.map((p) => {
      const o = overrides.find((candidate) => {
        const prefix = formatPath(candidate.path);
        return p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`);
      });
      return o ? { ...p, file: `--set ${o.text}`, line: 0, col: 0 } : p;
    }),
  };
}

export function validateDocument(doc: ParsedDocument): Validation {
  const result = scenarioSchema.safeParse(doc.value);
  if (!result.success)
    return { ok: false, problems: issuesToProblems(result.error.issues, doc, scenarioJsonSchema()) };
  const { scenario, problems } = normalizeScenario(result.data);
  problems.push(...checkRules(scenario));
  if (problems.length > 0) {
    const positioned = problems.map((p) => ruleProblem(doc, p));
    positioned.sort((a, b) => a.line - b.line || a.col - b.col);
    return { ok: false, problems: positioned };
  }
  return { ok: true, scenario, doc };
}

function ruleProblem(doc: ParsedDocument, p: RuleProblem): Problem {
  const value = valueAt(doc.value, p.path);
  const got = value !== undefined && typeof value !== 'object' ? ` (got ${shown(value)})` : '';
  return { file: doc.file, ...doc.locate(p.path, p.key), path: formatPath(p.path), message: p.message + got };
}
