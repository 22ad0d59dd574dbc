// Days inside a horizon that runs past 2100. A run may start up to 2100-12-31 and last up to 100
// years (36,525 days), so its days reach 2200-12-31 (2100-12-31 + 36,524 days); a purchase, a
// retirement or a tariff's change on one of them is a day the run simulates.

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { FIRST_DATE, LAST_DATE, LAST_RUN_DATE } from '../../src/scenario/schema/date.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

function draft(start: string, retire: string, purchased: string, tariffFrom: string) {
  return {
    name: 'past-2100',
    start,
    horizon: '50 years',
    fleet: [
      { model: 'Antminer S21', count: 10, unitPrice: '3400 USD', retire },
      { model: 'Antminer S21', count: 10, unitPrice: '3400 USD', purchased },
    ],
    power: {
      price: {
        schedule: [
          { from: start, price: '0.05 USD/kWh' },
          { from: tariffFrom, price: '0.07 USD/kWh' },
        ],
      },
    },
    network: { height: 4_300_000, difficulty: '141.67 T', model: { type: 'growth', rate: '0 %' } },
    fees: { model: { type: 'per-block', amount: 0.3 } },
    price: { start: '78600 USD', model: { type: 'fixed' } },
    monteCarlo: { paths: 4 },
  };
}

async function problems(d: object) {
  const v = await validateScenarioText(stringify(d), 'case.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('dates inside a horizon past 2100', () => {
  it('validate accepts a retirement, a purchase and a tariff change after 2100 inside a horizon from 2090', async () => {
    // 2090-01-01 + 50 years (18,263 days) runs to 2140-01-02. Before: each was refused, 'the date
    // must be from 2009-01-01 to 2100-12-31 (the years minesim can simulate)', though the run
    // simulates every day to 2140.
    expect(LAST_RUN_DATE).toBe('2200-12-31');
    expect(await problems(draft('2090-01-01', '2120-01-01', '2110-01-01', '2115-01-01'))).toEqual([]);
  });

  it('validate refuses a day past the last a run can reach, and a start past 2100, each with its own range', async () => {
    expect(await problems(draft('2090-01-01', '2201-01-01', '2110-01-01', '2115-01-01'))).toEqual([
      `fleet[0].retire: ${m.dateOutOfRange(FIRST_DATE, LAST_RUN_DATE)} (got "2201-01-01")`,
    ]);
    expect(m.dateOutOfRange(FIRST_DATE, LAST_RUN_DATE)).toContain('the days a run can reach');
    const start = await problems(draft('2101-01-01', '2120-01-01', '2110-01-01', '2115-01-01'));
    expect(start[0]).toBe(`start: ${m.dateOutOfRange(FIRST_DATE, LAST_DATE)} (got "2101-01-01")`);
    expect(m.dateOutOfRange(FIRST_DATE, LAST_DATE)).toContain('the days a run can start on');
  });
});
