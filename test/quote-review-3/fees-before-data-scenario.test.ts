// A scenario that starts before the shipped history (Monero's begins 2014-05-20, 32 days after its
// genesis; Bitcoin's 2010-07-18) cannot calibrate the default fee level, the share of the subsidy
// the 90 days before the start paid: no day of them is history. The refusal is right (a run reads
// no day after its start to calibrate, as its network and price defaults do not, and no fee level
// before the data is a documented protocol fact), but it read as a problem of a key the scenario
// never wrote (`fees.model.calibrate` at 1:1) and advised a fixed `share: 2 %`, which, followed to
// the letter, ran Monero's 2014 fees at about 3,000 times the 0.07 % its first 90 days paid
// (Bitcoin's 2010: 70,000 times 0.0027 %). It now says the default cannot run, and advises the
// share the history's first 90 days paid, naming them as days the start cannot see.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const monero = (fees: string) => `name: xmr-early
coin: monero
start: 2014-05-01
horizon: 90 days
fleet:
  - model: Intel Core i7-2600K
    count: 10
    unitPrice: 50 USD
power:
  price: 0.10 USD/kWh
network:
  model: { type: stochastic, drift: 0 %, volatility: 50 % }
  difficulty: 50M
  height: 10000
price:
  start: 2 USD
  model: { type: gbm, drift: 0 %, volatility: 80 % }
${fees}`;

async function problems(text: string) {
  const v = await validateScenarioText(text, 'case.yaml');
  return v.ok ? [] : v.problems;
}

describe('a start before the history: the default fee level refused, saying what to give', () => {
  it('Monero 2014-05-01 naming no fee model: the default named, the first 90 days’ share (0.07 %) advised', async () => {
    const found = await problems(monero(''));
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe('fees.model');
    expect(found[0].message).toMatch(
      /^the scenario names no fee model, and minesim's default here \(fees a block as the share of the subsidy the 90 days before the start paid\) cannot run: the calibration window 2014-01-31 to 2014-04-30 has 0 of its 90 days in the monero history/,
    );
    expect(found[0].message).toContain(
      "give `fees.model: { type: share-of-subsidy, share: 0.07 % }` (the share the history's first 90 days paid, 2014-05-20 to 2014-08-17, days the start cannot see; give your own view of the start's, or `fees.model: { type: per-block, amount: ... }`)",
    );
    expect(found[0].message).toContain('(fees.model.calibrate of the default)');
    expect(found[0].message).not.toContain('2 %');
  });

  it('the advice followed to the letter validates', async () => {
    expect(await problems(monero('fees:\n  model: { type: share-of-subsidy, share: 0.07 % }\n'))).toEqual([]);
  });

  it('a fee model written with its window: refused at the key written, with the same advice, not called a default', async () => {
    const found = await problems(monero('fees:\n  model: { type: share-of-subsidy, calibrate: 90 days }\n'));
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe('fees.model.calibrate');
    expect(found[0].line).toBe(19);
    expect(found[0].message).not.toContain('names no fee model');
    expect(found[0].message).toContain('share: 0.07 % }` (the share the history');
  });

  it('Bitcoin 2010-05-01: the first 90 days’ 0.0027 %', async () => {
    const text = monero('')
      .replace('coin: monero', 'coin: bitcoin')
      .replace('start: 2014-05-01', 'start: 2010-05-01')
      .replace('Intel Core i7-2600K', 'Antminer S9')
      .replace('count: 10', 'count: 1')
      .replace('difficulty: 50M', 'difficulty: 1000000')
      .replace('height: 10000', 'height: 55000');
    const fee = (await problems(text)).find((p) => p.path === 'fees.model');
    expect(fee?.message).toContain(
      "share: 0.0027 % }` (the share the history's first 90 days paid, 2010-07-18 to 2010-10-15, days the start cannot see;",
    );
  });
});
