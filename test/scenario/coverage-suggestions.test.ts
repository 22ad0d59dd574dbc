// What a refused calibration window suggests instead must be something minesim accepts: a shorter
// window no shorter than the model calibrates on, a partial window only where it holds enough days.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const scenario = (start: string, price: string, more = '') => `name: windows
coin: bitcoin
start: ${start}
horizon: 1 year
fleet:
  - { hashrate: 1 MH/s, power: 10 W, count: 1, unitPrice: 1 USD }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, rate: 10 % } }
fees: { model: { type: per-block, amount: 0.01 } }
price: { ${more}model: ${price} }
`;

async function messages(text: string): Promise<string[]> {
  const v = await validateScenarioText(text, 'windows.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('what a refused calibration window suggests', () => {
  it('validateScenarioText() of a 2-year gbm window from 2010-08-01 does not suggest a 14-day window or a partial one, which it refuses (at least 30 days)', async () => {
    // The window 2008-07-31 to 2010-07-31 holds 14 days of the history (2010-07-18 to 2010-07-31).
    const [message] = await messages(scenario('2010-08-01', '{ type: gbm, calibrate: 2 years }'));
    expect(message).toContain('has 14 of its 731 days');
    expect(message).toContain(
      'start 717 days later (on 2012-07-18 or after), or give `price.model.drift` and `price.model.volatility` instead of calibrating (got "2 years")',
    );
    expect(message).not.toContain('a window of at most 14 days');
    expect(message).not.toContain('partial: allowed');
    // What it said to give is refused.
    expect(await messages(scenario('2010-08-01', '{ type: gbm, calibrate: 14 days }'))).toEqual([
      'price.model.calibrate: must be at least 30 days (got "14 days")',
    ]);
    expect(
      (await messages(scenario('2010-08-01', '{ type: gbm, calibrate: 2 years, partial: allowed }')))[0],
    ).toContain('a partial window must hold at least 30 days');
    // With 45 days of history the shorter window and the partial one are offered, and accepted.
    const [longer] = await messages(scenario('2010-09-01', '{ type: gbm, calibrate: 2 years }'));
    expect(longer).toContain('calibrate on a window of at most 45 days, give');
    expect(longer).toContain('or accept the shorter window with `price.model.partial: allowed`');
    expect(await messages(scenario('2010-09-01', '{ type: gbm, calibrate: 45 days }'))).toEqual([]);
  });

  it('validateScenarioText() of a window past the history holding 5 of its 30 days does not suggest a partial window (it needs 30)', async () => {
    // Start 2025-12-10: the window 2025-11-10 to 2025-12-09 holds 2025-11-10 to 2025-11-14.
    const [message] = await messages(
      scenario('2025-12-10', '{ type: gbm, calibrate: 30 days }', 'start: 90000 USD, '),
    );
    expect(message).toContain('has 5 of its 30 days');
    expect(message).toContain(
      'or give `price.model.drift` and `price.model.volatility` instead of calibrating',
    );
    expect(message).not.toContain('partial: allowed');
  });
});

describe('a network window across a change of proof of work', () => {
  const monero = (start: string, calibrate: string) => `name: randomx
coin: monero
start: ${start}
horizon: 1 year
fleet:
  - { hashrate: 10 kH/s, power: 100 W, count: 1, unitPrice: 100 USD, hardwareClass: cpu }
power: { price: 0.05 USD/kWh }
network: { model: { type: stochastic, calibrate: ${calibrate} } }
fees: { model: { type: per-block, amount: 0.01 } }
price: { model: { type: gbm, drift: 0, volatility: 0.8 } }
`;

  it('validateScenarioText() from 2019-12-10 does not suggest a 9-day window after RandomX (2019-11-30), which it refuses, but a start from 2019-12-31', async () => {
    // 2019-12-01 to 2019-12-09 are 9 days of RandomX hashes; a stochastic network's window holds
    // at least 30 (a growth's 180, growth.ts):
    // the 30 days 2019-12-01 to 2019-12-30 are before a start on 2019-12-31.
    const [message] = await messages(monero('2019-12-10', '1 year'));
    expect(message).toContain(
      'or a start on 2019-12-31 or after (a window of 30 days after the change, the least the model calibrates on)',
    );
    expect(message).not.toContain('at most 9 days');
    expect(await messages(monero('2019-12-10', '9 days'))).toEqual([
      'network.model.calibrate: must be at least 30 days (got "9 days")',
    ]);
    expect(await messages(monero('2019-12-31', '30 days'))).toEqual([]);
  });
});
