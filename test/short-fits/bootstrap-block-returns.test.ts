// A bootstrap resamples daily returns, and a window of 30 days holds 29 of them: a 30-day mean
// block (the default) on it passed the check, which compared the block with the window's days.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const at = (model: string) => `name: bootstrap-short
coin: bitcoin
start: 2024-01-01
horizon: 1 year
fleet:
  - model: Antminer S21
    count: 10
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
price:
  model: ${model}
monteCarlo:
  paths: 1
`;

async function problems(model: string) {
  const v = await validateScenarioText(at(model), 'case.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("a bootstrap block against its window's returns", () => {
  it('a 30-day window with the default 30-day block is refused, saying 29 days', async () => {
    const found = await problems('{ type: bootstrap, window: 30 days }');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      "price.model.blockLength: a mean block longer than the window's 29 daily returns",
    );
    expect(found[0]).toContain('give a blockLength of at most 29 days');
  });

  it('the advice validates as written', async () => {
    expect(await problems('{ type: bootstrap, window: 30 days, blockLength: 29 days }')).toEqual([]);
  });

  it('an explicit window of 30 days (from and to) counts 29 returns too', async () => {
    const found = await problems('{ type: bootstrap, from: 2023-11-01, to: 2023-11-30 }');
    expect(found.join('\n')).toContain('at most 29 days');
  });
});
