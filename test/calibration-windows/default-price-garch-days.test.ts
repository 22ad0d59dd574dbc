// The default price (the bootstrap/GARCH-t mixture weighted by score) on a start past the shipped
// history (to 2025-11-14) fitted its GARCH-t on what of the 2 years before the start was history:
// 232 of 731 days on 2027-03-29 (persistence 0.597, where the 2-year fits it was scored on give
// about 0.97), 344 on 2026-12-07, and ran it at 43.9 % of the paths. A fit now takes a year of
// days; with fewer the default runs the bootstrap of the 4 years to the history's last day and the
// assumptions table says why.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { marketLines } from '../../src/scenario/market-lines.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const at = (start: string) => `name: past-end
coin: bitcoin
start: ${start}
horizon: 2 years
fleet:
  - model: Antminer S21
    count: 100
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
network:
  difficulty: 141.67 T
  height: 933408
  model: { type: stochastic, drift: 30 %, volatility: 20 % }
price:
  start: 90000 USD
fees:
  model: { type: share-of-subsidy, share: 1 % }
monteCarlo:
  paths: 1
`;

async function priceLines(text: string) {
  const v = await validateScenarioText(text, 'case.yaml');
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
  const inputs = await loadCompileInputs(v.scenario);
  const lines = compileMarket(v.scenario, compilePlan(v.scenario, inputs), inputs).assumptions;
  return {
    lines,
    defaults: marketLines(v.scenario, { paths: 1 } as never).find((a) => a.label === 'Default market models'),
  };
}

describe('the default price past the history, its GARCH-t short of a year of days', () => {
  for (const [start, held] of [
    ['2026-11-17', 364],
    ['2026-12-07', 344],
    ['2027-03-29', 232],
  ] as const)
    it(`compileMarket() on ${start} (its GARCH-t window holding ${held} of 731 days) runs the bootstrap of the 4 years to 2025-11-14 and says why`, async () => {
      const { lines, defaults } = await priceLines(at(start));
      expect(lines.find((a) => a.label === 'Price model')?.value).toBe(
        'stationary block bootstrap, mean block 30 days',
      );
      expect(lines.some((a) => a.label.includes('GARCH'))).toBe(false);
      expect(defaults?.value).toContain('where the price mixture cannot run');
      expect(defaults?.note).toContain('calibrates its GARCH-t on the 2 years before the start');
      expect(defaults?.note).toContain('at least 365 of them');
      expect(defaults?.note).toContain('2021-11-15 to 2025-11-14');
    });

  it('compileMarket() on 2026-11-16 (365 of the 731 days are history) keeps the mixture, its GARCH-t on 365 days', async () => {
    const { lines } = await priceLines(at('2026-11-16'));
    expect(lines.find((a) => a.label === 'Price model')?.value).toBe('mixture of 2 models');
    expect(lines.find((a) => a.label === '[2] Price GARCH alpha / beta / nu')?.note).toContain(
      'calibrated on 365 of 731 days before the start',
    );
  });
});
