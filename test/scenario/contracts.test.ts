// Hosting contracts and curtailment credits in the scenario language: each impossible combination
// is refused with its position and message (messages/contracts.ts), all of them at once.
import { describe, expect, it } from 'vitest';
import { contractMessages as c } from '../../src/messages/contracts.js';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const BASE = `name: contracts
start: 2021-01-01
horizon: 1 year
fleet:
  - { model: Antminer S19, count: 10, unitPrice: 5000 USD, uptime: 95 % }
`;

async function problems(power: string, fleet = BASE) {
  const v = await validateScenarioText(`${fleet}power:\n${power}`, 'contracts.yaml');
  return v.ok ? [] : v.problems.map((p) => ({ path: p.path, message: p.message }));
}

describe('hosting contract rules', () => {
  it('validateScenarioText() accepts each basis with its terms', async () => {
    for (const hosting of [
      '{ basis: per-kw, rate: 10 USD/kW/month, on: nameplate, deposit: 2 months, term: 3 years, minimumUptime: 95 % }',
      '{ basis: per-kw, rate: 10 USD/kW/month, on: metered }',
      '{ basis: revenue-share, share: 30 %, waterfall: { after: 50 % }, term: 3 years }',
    ])
      expect(await problems(`  price: 0.05 USD/kWh\n  hosting: ${hosting}\n`), hosting).toEqual([]);
    expect(await problems('  price: 0\n  hosting: { basis: all-in, rate: 0.075 USD/kWh }\n')).toEqual([]);
    expect(
      await problems('  price: 0.05 USD/kWh\n  curtailment: { credit: 60 USD/MWh, budget: 20 hours }\n'),
    ).toEqual([]);
  });

  it('validateScenarioText() refuses a revenue share above 100 % at its position', async () => {
    const found = await problems('  price: 0.05\n  hosting: { basis: revenue-share, share: 130 % }\n');
    expect(found).toEqual([{ path: 'power.hosting.share', message: `${m.atMost('100 %')} (got "130 %")` }]);
  });

  it('validateScenarioText() refuses every impossible combination at once', async () => {
    const found = await problems(
      '  price: 0.05\n  hosting: { basis: all-in, rate: 0.075 USD/kWh, deposit: 2 months }\n',
    );
    expect(found).toEqual([
      { path: 'power.price', message: `${c.allInWithTariff()} (got 0.05)` },
      { path: 'power.hosting.deposit', message: `${c.depositWithoutTerm()} (got "2 months")` },
    ]);
  });

  it('validateScenarioText() refuses a deposit on a revenue share and minimumUptime on a metered fee', async () => {
    expect(
      await problems(
        '  price: 0\n  hosting: { basis: revenue-share, share: 30 %, deposit: 1 month, term: 1 year }\n',
      ),
    ).toEqual([{ path: 'power.hosting.deposit', message: `${c.depositOnRevenueShare()} (got "1 month")` }]);
    expect(
      await problems(
        '  price: 0.05\n  hosting: { basis: per-kw, rate: 10 USD/kW/month, on: metered, minimumUptime: 95 % }\n',
      ),
    ).toEqual([{ path: 'power.hosting.minimumUptime', message: `${c.minimumUptimeMetered()} (got "95 %")` }]);
  });

  it('validateScenarioText() refuses a waterfall on a fleet that costs nothing and has no capex of its own', async () => {
    const free = BASE.replace('5000 USD', '0 USD');
    const hosting =
      '  price: 0\n  hosting: { basis: revenue-share, share: 30 %, waterfall: { after: 50 % } }\n';
    expect(await problems(hosting, free)).toEqual([
      { path: 'power.hosting.waterfall', message: c.waterfallWithoutCapex() },
    ]);
    const given = hosting.replace('after: 50 %', 'after: 50 %, capex: 20000 USD');
    expect(await problems(given, free)).toEqual([]);
  });

  it('validateScenarioText() refuses a curtailment budget the cohorts’ uptime leaves no room for', async () => {
    const found = await problems('  price: 0.05\n  curtailment: { credit: 60 USD/MWh, budget: 60 hours }\n');
    expect(found).toEqual([
      {
        path: 'power.curtailment.budget',
        // 60 hours of 730.5 a month leave 91.786 % of the time: at most 91.78 % (it said 91.8 %,
        // which the same rule refuses).
        message: `${c.curtailmentBeyondUptime('fleet[0] (Antminer S19)', '8.21 %', '95 %', '91.78 %')} (got "60 hours")`,
      },
    ]);
  });

  it('validateScenarioText() tells an uptime the budget leaves room for, rounded down (2.55 hours: at most 99.65 %, not 99.7 %, which it refuses)', async () => {
    const budget = '  price: 0.05\n  curtailment: { credit: 60 USD/MWh, budget: 2.55 hours }\n';
    const [found] = await problems(budget, BASE.replace('uptime: 95 %', 'uptime: 100 %'));
    // 2.55 of 730.5 hours a month is 0.349 % of the time: 99.651 % is left.
    expect(found.message).toContain('set its uptime to at most 99.65 %');
    expect(await problems(budget, BASE.replace('uptime: 95 %', 'uptime: 99.65 %'))).toEqual([]);
    expect((await problems(budget, BASE.replace('uptime: 95 %', 'uptime: 99.7 %'))).length).toBe(1);
  });

  it('validateScenarioText() still reads a bare hosting fee, and names the fee’s kind when it is an energy price', async () => {
    expect(await problems('  price: 0.05\n  hosting: 10 USD/kW/month\n')).toEqual([]);
    const found = await problems('  price: 0.05\n  hosting: 10 USD/kWh\n');
    expect(found[0].path).toBe('power.hosting');
  });
});
