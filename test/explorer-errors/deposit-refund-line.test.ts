// The hosting term's assumption line says the day the deposit comes back as a date: the plan's
// refund day (the contract renews while the site hosts machines, so the deposit is held until
// hosting ends), never a rule the reader must work out against the fleet's retirements. Ten S19s
// on a 2-year horizon from 2021-01-01 (731 days, the last day 730), a 2-month deposit.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { contractLines } from '../../src/scenario/contract-lines.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = (term: string, retire?: string) => `
name: deposit-line
start: 2021-01-01
horizon: 2 years
fleet:
  - { model: Antminer S19, count: 10, unitPrice: 5000 USD, power: 3250 W${retire === undefined ? '' : `, retire: ${retire}`} }
power:
  price: 0.05 USD/kWh
  hosting: { basis: per-kw, rate: 10 USD/kW/month, deposit: 2 months, term: ${term} }
finance: { tax: { rate: 21 % } }
`;

async function lineAndPlan(term: string, retire?: string, days?: number) {
  const s = await scenarioOf(text(term, retire));
  const plan = compilePlan(s, await loadCompileInputs(s), days ?? s.days);
  const line = contractLines(s, days ?? s.days).find((l) => l.label === 'Hosting term')!;
  return { note: line.note ?? '', refund: addDays(s.start, plan.books!.deposit.refundDay) };
}

describe("the hosting term's line says the deposit's refund date", () => {
  it('a fleet never sold: the last day, 2023-01-01 (day 730), the date the plan refunds it', async () => {
    const { note, refund } = await lineAndPlan('1 year');
    expect(refund).toBe('2023-01-01');
    expect(note).toContain(
      'held until hosting ends: refunded on the last day, 2023-01-01 (day 730), the fleet still hosted then',
    );
  });

  it('a 6-month term, the fleet sold on 2022-02-05 (day 400): back where the third term ends, 2022-07-03 (day 548)', async () => {
    const { note, refund } = await lineAndPlan('6 months', '2022-02-05');
    expect(refund).toBe('2022-07-03');
    expect(note).toContain(
      'refunded on 2022-07-03 (day 548), the end of the first term (or renewal) after the last cohort leaves the site on 2022-02-05',
    );
  });

  it('sold a day after a 1-year term ends: the next term ends after the horizon, so back on its last day', async () => {
    const { note, refund } = await lineAndPlan('1 year', '2022-01-02');
    expect(refund).toBe('2023-01-01');
    expect(note).toContain(
      'refunded on the last day, 2023-01-01 (day 730): the last cohort leaves the site on 2022-01-02 and the term that finds it gone ends after it',
    );
  });

  it('a fleet gone within the first term: back where it ends, 2022-01-01 (day 365)', async () => {
    const { note, refund } = await lineAndPlan('1 year', '2021-04-11');
    expect(refund).toBe('2022-01-01');
    expect(note).toContain('refunded on 2022-01-01 (day 365), the end of the first term');
  });

  it('a run cut where the history ends (400 of 731 days): back on its last day, 2022-02-04 (day 399), as the plan refunds it', async () => {
    const { note, refund } = await lineAndPlan('1 year', undefined, 400);
    expect(refund).toBe('2022-02-04');
    expect(note).toContain(
      'refunded on the last day simulated, where the history ends, 2022-02-04 (day 399), the fleet still hosted then',
    );
  });
});
