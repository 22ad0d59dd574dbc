// A start past the history is refused with the keys to give and an example of each, written as a
// scenario of the same coin writes them: a Monero scenario was shown Bitcoin's (`network.height:
// 930000`, `network.difficulty: 141.67 T`, `price.start: 78600 USD`), a height Monero passed in
// 2015 and a difficulty a hundred times its network's.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const monero = `
name: monero-today
coin: monero
start: 2026-12-06
horizon: 1 year
fleet:
  - { model: Ryzen 9 7950X, count: 10, unitPrice: 600 USD }
power: { price: 0.10 USD/kWh }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 1 % } }
price: { model: { type: fixed } }
`;

describe('start-state refusals past the history', () => {
  it("validateScenarioText() shows a Monero scenario Monero's examples, not Bitcoin's", async () => {
    const v = await validateScenarioText(monero, 'monero-today.yaml');
    const text = v.ok ? '' : v.problems.map((p) => `${String(p.path)}: ${p.message}`).join('\n');
    // The height: the history's last (2,030,146 at the end of 2020-02-09) at 720 blocks a day.
    expect(text).toContain('network.height: 3823666');
    expect(text).toContain('network.difficulty: 600 G');
    expect(text).toContain('price.start: 350 USD');
    expect(text).not.toMatch(/930000|141\.67 T|78600/);
  });
});
