// A start more than 400 days past the history without a block height is refused; the refusal's
// example was `network.height: 930000` for any such day, which validates (it is above the 923,663
// the chain had reached by the end of 2025-11-14) and dates the 2028 halving half a year late on a
// start of 2026-12-20 (the chain then about 982,000). The example is now the history's last height
// carried at the target block rate, said to be an estimate.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const at = (start: string) => `name: late
coin: bitcoin
start: ${start}
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 1, unitPrice: 3400 USD }
power: { price: 0.045 USD/kWh }
network: { difficulty: 141.67 T, model: { type: growth, rate: 30 % } }
price: { start: 78600 USD, model: { type: gbm, drift: 0 %, volatility: 60 % } }
fees: { model: { type: share-of-subsidy, share: 1 % } }
`;

describe('the block height to give past the history', () => {
  it('validateScenarioText() on 2026-12-20 gives the history’s last height carried at 144 blocks a day as its example (923,663 + 400 x 144 = 981,263)', async () => {
    const v = await validateScenarioText(at('2026-12-20'), 'case.yaml');
    const messages = v.ok ? [] : v.problems.map((p) => p.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('`network.height: 981263`');
    expect(messages[0]).toContain('923,663 at the end of 2025-11-14 and 144 blocks a day since');
    expect(messages[0]).not.toContain('930000');
  });
});
