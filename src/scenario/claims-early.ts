// A claim on a payback time past the horizon is a rule over the normalized scenario (rules.ts),
// which exists only once the schema takes the whole file: a file with a slip elsewhere (`pue: 0.5`)
// said the claim was past the horizon only once the slip was fixed. It can be decided before,
// wherever the schema's problems lie outside what the rule reads (the coin, start, horizon, fleet,
// network, treasury, financing, catalog and the claim itself): the scenario is read again without
// the fields refused, each put back to its default (or a stand-in the rule does not read), and the
// rule run on it. Where a problem touches what the rule reads, nothing is said until it is fixed.
import type { HardwareCatalog } from '../data/catalog.js';
import { normalizeScenario, type RuleProblem } from './normalize.js';
import { claimsWithinHorizon } from './rules.js';
import { scenarioSchemaFor } from './schema/scenario.js';

/** The top-level keys the rule reads, directly or through the cohorts' ends and purchases. */
const READ = new Set(['coin', 'start', 'horizon', 'fleet', 'network', 'treasury', 'finance', 'catalog']);

/** Stand-ins for required keys the rule does not read, where the file's are refused. */
const STAND_INS: Readonly<Record<string, unknown>> = { name: 'scenario', power: { price: 0.05 } };

/** A claim that stands in for a claim the schema refuses, keeping the others' indexes. */
const NEUTRAL_CLAIM = 'npv > 0';

interface Issue {
  path: readonly PropertyKey[];
  code?: string;
  keys?: readonly string[];
}

/**
 * The problems of claims on payback times past the horizon in `value` (a scenario the schema
 * refused with `issues`), when the problems lie outside what the rule reads; else none.
 */
export function claimsPastHorizonEarly(
  value: unknown,
  issues: readonly Issue[],
  catalog: HardwareCatalog,
): RuleProblem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const written = value as Record<string, unknown>;
  if (!Array.isArray(written.claims) || written.claims.length === 0) return [];
  const refusedClaims = new Set<number>();
  const refusedKeys = new Set<string>();
  for (const issue of issues) {
    const [top, index] = issue.path;
    if (top === undefined) {
      // Keys the scenario does not have: left out.
      if (issue.code !== 'unrecognized_keys' || issue.keys === undefined) return [];
      for (const key of issue.keys) refusedKeys.add(key);
    } else if (top === 'claims') {
      if (typeof index !== 'number') return [];
      refusedClaims.add(index);
    } else if (READ.has(String(top))) return [];
    else refusedKeys.add(String(top));
  }
  const repaired: Record<string, unknown> = { ...written };
  for (const key of refusedKeys) {
    if (key in STAND_INS) repaired[key] = STAND_INS[key];
    else delete repaired[key];
  }
  repaired.claims = written.claims.map((claim, i) => (refusedClaims.has(i) ? NEUTRAL_CLAIM : claim));
  const parsed = scenarioSchemaFor(catalog).safeParse(repaired);
  if (!parsed.success) return [];
  const { scenario } = normalizeScenario(parsed.data, catalog);
  const out: RuleProblem[] = [];
  claimsWithinHorizon(scenario, out);
  return out.filter((p) => !refusedClaims.has(p.path[1] as number));
}
