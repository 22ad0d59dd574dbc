// A scenario that names no price model and starts past the history: the default resamples the
// history's last returns and carries their mean on every path. Monero's 2016-02-10 to 2020-02-09
// rose 130.7 % a year (log), so a desktop that never pays back at today's figures held fixed paid
// back within 2 years on half the paths (0.495), under a note. Past the days minesim carries a
// market figure forward (31), the default is refused with what to give; within them it runs with
// the note, as the price itself is carried.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';

const monero = readFileSync(new URL('../analyst-questions-4/monero-rig-today.yaml', import.meta.url), 'utf8');

/** 500 S21s on `start` with every start figure given and no price model. */
const bitcoin = (start: string) => `name: s21-today
coin: bitcoin
start: ${start}
horizon: 3 years
fleet:
  - { model: Antminer S21, count: 500, unitPrice: 2800 USD }
power: { price: 0.055 USD/kWh }
network: { height: 980000, difficulty: 150 T, model: { type: growth, rate: 30 % } }
price: { start: 90000 USD }
fees: { model: { type: share-of-subsidy, share: 1 % } }
`;

const problems = async (text: string) => {
  const v = await validateScenarioText(text, 'case.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('the default price on a start past the history', () => {
  it('validateScenarioText() refuses Monero today with no price model, naming the drift it would carry and what to give', async () => {
    const found = await problems(monero);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^price\.model: /);
    expect(found[0]).toContain('2,493 days after the monero history ends (2020-02-09)');
    expect(found[0]).toContain('2016-02-10 to 2020-02-09');
    expect(found[0]).toContain('130.7 % a year');
    expect(found[0]).toContain('`price.model: { type: gbm, drift: 0 %, volatility: 60 % }`');
    expect(found[0]).toContain('demean: true');
    expect(found[0]).toContain('minesim data import');
  });

  it('validateScenarioText() refuses Bitcoin 388 days past the history, and 32 days past it (where the mixture would run)', async () => {
    const today = await problems(bitcoin('2026-12-07'));
    expect(today).toHaveLength(1);
    expect(today[0]).toContain('388 days after the bitcoin history ends (2025-11-14)');
    const month = await problems(bitcoin('2025-12-16'));
    expect(month).toHaveLength(1);
    expect(month[0]).toContain('32 days after the bitcoin history ends (2025-11-14)');
  });

  it('validateScenarioText() runs the default within the 31 days a market figure is carried, and with a price model given', async () => {
    expect(await problems(bitcoin('2025-12-15'))).toEqual([]);
    expect(await problems(bitcoin('2025-11-15'))).toEqual([]);
    const given = bitcoin('2026-12-07').replace(
      'price: { start: 90000 USD }',
      'price: { start: 90000 USD, model: { type: gbm, drift: 0 %, volatility: 60 % } }',
    );
    expect(await problems(given)).toEqual([]);
  });
});
