// The check behind a model advised in full: a market model written without its type is advised
// with the keys given (and `calibrate: 1 year` where its type needs figures they do not give), and
// minesim validates the document with the advice in place before it offers it, so the advice is
// one minesim then accepts (issues.ts asks; validate.ts hands it the document and catalog).
import type { HardwareCatalog } from '../data/catalog.js';
import type { ParsedDocument } from './document.js';
import { normalizeScenario } from './normalize.js';
import { applyOverrides } from './overrides.js';
import type { PathKey } from './problem.js';
import { checkRules } from './rules.js';
import { scenarioSchemaFor } from './schema/scenario.js';
import type { ModelCheck } from './type-in-full.js';

/**
 * Whether the document with `model` written at `at` has no problem at or under `at`: the schema's,
 * normalization's and the rules' (a model's own rules: a stochastic network's drift alone needs its
 * volatility or `calibrate`). Where another part of the document is refused, the rules run on the
 * document's coin, start, horizon and market with a fleet of one plain machine in its place.
 */
export function modelCheck(doc: ParsedDocument, catalog: HardwareCatalog): ModelCheck {
  const under = (at: readonly PathKey[], path: readonly PathKey[]) => at.every((k, i) => path[i] === k);
  const accepted = (value: unknown, at: readonly PathKey[]): boolean | undefined => {
    const parsed = scenarioSchemaFor(catalog).safeParse(value);
    if (!parsed.success)
      return parsed.error.issues.some((i) => under(at, i.path as PathKey[])) ? false : undefined;
    const { scenario, problems } = normalizeScenario(parsed.data, catalog);
    problems.push(...checkRules(scenario));
    return !problems.some((p) => under(at, p.path));
  };
  // Each check validates the document again: a file of many models without their type (hostile,
  // or a long list) has the first few checked, the rest advised with the keys given.
  let checks = MODEL_CHECKS;
  return (at, model) => {
    if (checks-- <= 0) return true;
    const value = applyOverrides(doc.value, [{ text: '', path: [...at], value: model }]);
    const whole = accepted(value, at);
    if (whole !== undefined) return whole;
    const written = value as Record<string, unknown>;
    const market: Record<string, unknown> = { name: 'advice', fleet: PLAIN_FLEET, power: PLAIN_POWER };
    for (const key of MARKET_KEYS) if (Object.hasOwn(written, key)) market[key] = written[key];
    // Another market model the schema refuses (two written without their type) is left to its default.
    const parsed = scenarioSchemaFor(catalog).safeParse(market);
    const others = parsed.success
      ? []
      : parsed.error.issues.flatMap((i) => {
          const [family, key] = i.path as PathKey[];
          return family !== at[0] && key === 'model' && typeof family === 'string' ? [family] : [];
        });
    const leftOut = others.length === 0 ? market : applyOverrides(market, []);
    for (const family of new Set(others)) {
      const node = (leftOut as Record<string, Record<string, unknown>>)[family];
      if (node !== null && typeof node === 'object') delete node.model;
    }
    return accepted(leftOut, at) ?? true;
  };
}

/** Models advised in full that one validation checks (each check is a validation or two). */
const MODEL_CHECKS = 48;

/** What a market model's rules read of a scenario, taken from the document to check a model in it. */
const MARKET_KEYS = ['coin', 'start', 'horizon', 'price', 'network', 'fees'] as const;
const PLAIN_FLEET = [{ hashrate: '1 TH/s', power: '100 W', count: 1, unitPrice: '100 USD' }];
const PLAIN_POWER = { price: '0.05 USD/kWh' };
