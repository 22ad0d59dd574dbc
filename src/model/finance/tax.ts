// Income tax of one tax year with losses carried forward. A loss adds to the pool of losses carried
// forward (no refund, no carry-back); a profit is first reduced by the pool, by at most `offsetLimit`
// of the year's taxable income (the US limit is 80 %), and the rest is taxed at `rate`.

export interface TaxRule {
  /** Tax rate on taxable income, a fraction. */
  rate: number;
  /** Whether losses are carried forward at all. */
  carryForward: boolean;
  /** Share of a year's taxable income that carried losses may offset (1 = no limit). */
  offsetLimit: number;
}

/** Slots of the `state` array yearTax reads and writes. */
export const TAX_POOL = 0;
export const TAX_DUE = 1;

/**
 * The tax on a year's `income` (negative: a loss). Reads the loss pool from state[TAX_POOL] and
 * writes the pool after the year there, and the tax due in state[TAX_DUE].
 */
export function yearTax(income: number, rule: TaxRule, state: Float64Array): void {
  let pool = state[TAX_POOL];
  if (income <= 0) {
    if (rule.carryForward) pool -= income;
    state[TAX_POOL] = pool;
    state[TAX_DUE] = 0;
    return;
  }
  const used = Math.min(pool, rule.offsetLimit * income);
  state[TAX_POOL] = pool - used;
  state[TAX_DUE] = rule.rate * (income - used);
}
