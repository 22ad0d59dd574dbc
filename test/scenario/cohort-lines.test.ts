// The assumptions table's cohort lines against the horizon. A cohort may retire, or start hashing,
// after the horizon's last day (its plan runs past the run): the run then holds it to the last day
// and values the survivors there. The lines said "Retirement 2021-06-30: the surviving units stop
// and are sold at their salvage value" of a run ending 2021-02-27, a sale the run never makes (its
// net position and ROI without salvage count none), and "hashing from 2021-04-01" of a cohort that
// never hashes in it.
import { describe, expect, it } from 'vitest';
import { cohortLines } from '../../src/scenario/cohort-lines.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const scenario = (cohort: string) => `
name: cohort-lines
start: 2020-02-29
horizon: 1 year
fleet:
  - { name: a, model: Antminer S9, count: 10, unitPrice: 200 USD, ${cohort} }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: per-block, amount: 0.1 } }
price: { model: { type: fixed } }
`;

async function lines(cohort: string) {
  const s = await scenarioOf(scenario(cohort));
  return cohortLines(s.fleet[0], 0, false, s.end);
}

describe('cohortLines() of a cohort whose dates fall after the horizon', () => {
  it('says a retirement after the horizon’s last day is not reached: the survivors are valued there, not sold', async () => {
    // 2020-02-29 + 365 days: the last day is 2021-02-27.
    const retire = (await lines('retire: 2021-06-30')).find((l) => l.label === 'Retirement');
    expect(retire?.value).toBe('2021-06-30, after the horizon’s last day (2021-02-27): not reached');
    expect(retire?.note).toBe(
      'the cohort runs to the horizon, its surviving units valued there (in NPV, IRR and ROI with salvage), not sold',
    );
    // Within the horizon: sold then.
    const within = (await lines('retire: 2021-02-27')).find((l) => l.label === 'Retirement');
    expect(within?.value).toBe('2021-02-27');
    expect(within?.note).toBe('the surviving units stop and are sold at their salvage value');
  });

  it('says a cohort first hashing after the horizon’s last day never hashes in the run', async () => {
    const line = (await lines('purchased: 2021-01-01, deploymentDelay: 90 days')).find(
      (l) => l.label === 'Purchase and deployment',
    );
    expect(line?.value).toBe(
      'bought 2021-01-01, hashing from 2021-04-01, after the horizon’s last day (2021-02-27): not within the run',
    );
  });
});

describe('cohortLines() of a cohort that wears', () => {
  it('says degradation counts every day from the first day hashing, days switched off included, as the run wears it', async () => {
    // The run wears a unit on every day of its running window (kernel/fleet-days.ts fillUnitTables),
    // days the shutdown rule switches it off and its downtime included, as the reference says; the
    // table said "hashrate a unit loses while running".
    const line = (await lines('degradation: 5 %')).find((l) => l.label === 'Degradation');
    expect(line?.note).not.toMatch(/while running/);
    expect(line?.note).toMatch(/every day \(switched off or down too\)/);
  });
});
