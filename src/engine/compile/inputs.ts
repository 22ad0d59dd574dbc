// What compiling a scenario needs besides the scenario: the coin's daily history (read from a
// file) and the tariff expression compiled (mathjs, loaded here). Read at the edge by whoever
// compiles (the run, the back-test, sweeps and studies, the bench, tests) and handed to
// compilePlan and compileMarket, which read no file and rely on nothing loaded before them: a
// scenario built by hand compiles as well as a validated one.
import { loadCatalog } from '../../data/catalog.js';
import type { HardwareModel } from '../../data/hardware-model.js';
import { type History, loadHistory } from '../../data/history.js';
import { type CompiledExpression, compileExpression, DAILY_VARIABLES } from '../../scenario/expression.js';
import { loadUnits } from '../../scenario/mathjs-units.js';
import type { Scenario } from '../../scenario/normalize.js';

export interface CompileInputs {
  /** The coin's daily history, the shipped file extended by the user's imported days. */
  history: History;
  /** The shipped hardware catalog (the endogenous network's efficiency frontier). */
  catalog: readonly HardwareModel[];
  /** The power price's expression compiled, or null when the price is a number or a schedule. */
  tariff: CompiledExpression | null;
}

/** Reads the history of the scenario's coin and compiles its tariff expression (mathjs loaded first). */
export async function loadCompileInputs(s: Scenario): Promise<CompileInputs> {
  return { history: loadHistory(s.coin), catalog: loadCatalog(), tariff: await compileTariff(s.power.price) };
}

/** The tariff expression compiled, loading mathjs first; null for a number or a schedule. */
export async function compileTariff(price: Scenario['power']['price']): Promise<CompiledExpression | null> {
  if (typeof price !== 'object' || !('expression' in price)) return null;
  await loadUnits();
  const compiled = compileExpression(price.expression, DAILY_VARIABLES);
  // Validation refuses such an expression; only a scenario built by hand gets here with one.
  if (!compiled.ok) throw new Error(`the tariff expression does not compile: ${compiled.message}`);
  return compiled;
}
