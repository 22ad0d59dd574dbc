// Depreciation of a machine's cost for tax, by tax year from the year it is placed in service.
// The scenario states the rule; minesim does not know any country's law. Rules:
// - straight-line: cost / life each year for `life` years;
// - declining-balance: factor / life of the remaining basis each year, switching to straight line
//   over the years left once that is larger (the usual switch), so the cost is written off in
//   `life` years;
// - bonus: a share of the cost expensed in year one, the rest straight line over `life` years
//   starting in year one.

export type DepreciationMethod = 'straight-line' | 'declining-balance' | 'bonus';

export interface DepreciationRule {
  method: DepreciationMethod;
  /** Recovery period, whole years. */
  lifeYears: number;
  /** Declining balance: the multiple of the straight-line rate (2 = double declining). */
  factor: number;
  /** Bonus: share of the cost expensed in year one. */
  bonus: number;
}

/** Depreciation in each tax year from placement on (index 0 = the year placed in service). */
export function depreciationSchedule(cost: number, rule: DepreciationRule): Float64Array {
  const life = rule.lifeYears;
  const out = new Float64Array(life);
  if (rule.method === 'straight-line') return out.fill(cost / life);
  if (rule.method === 'bonus') {
    const rest = (cost * (1 - rule.bonus)) / life;
    out.fill(rest);
    out[0] += cost * rule.bonus;
    return out;
  }
  let basis = cost;
  for (let y = 0; y < life; y++) {
    const declining = (basis * rule.factor) / life;
    const straight = basis / (life - y);
    const amount = y === life - 1 ? basis : Math.max(declining, straight);
    out[y] = amount;
    basis -= amount;
  }
  return out;
}
