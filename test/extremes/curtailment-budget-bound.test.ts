import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractMessages as c } from '../../src/messages/contracts.js';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const BASE = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

async function problems(...sets: string[]) {
  const overrides = parseOverrides(sets);
  if (!overrides.ok) throw new Error('bad --set');
  const v = await validateScenarioText(BASE, 'case.yaml', overrides.overrides);
  return v.ok ? [] : v.problems.map((p) => ({ path: p.path, message: p.message }));
}

// The reference allows a curtailment budget of "at most 1 month", and an uptime of "at least 1 %".
// The budget is downtime, so a cohort's uptime is at most 1 - budget / month: a budget of a whole
// month leaves an uptime of 0 %, below the least an uptime may be. `power.curtailment.budget: 1
// month` with `uptime: 1 %` was refused with the advice "set its uptime to at most 0 %", which the
// uptime's own bound refuses in turn: no scenario could have the budget the reference allows. The
// most a budget can be is 99 % of a month: 0.99 x 365.25 / 12 x 24 = 723.195 hours, which leaves
// the least uptime, 1 %.
describe('validateScenarioText() with a curtailment budget at its bound', () => {
  it('a budget of 723.195 hours (99 % of a month) with an uptime of 1 % is valid', async () => {
    expect(
      await problems('power.curtailment={credit: 10 USD/kWh, budget: 723.195 hours}', 'fleet[0].uptime=1 %'),
    ).toEqual([]);
  });

  it('a budget of 1 month is refused at the budget with its bound, not with the advice of an uptime of 0 %', async () => {
    const found = await problems(
      'power.curtailment={credit: 60 USD/MWh, budget: 1 month}',
      'fleet[0].uptime=1 %',
    );
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe('power.curtailment.budget');
    expect(found[0].message).toContain(m.atMost('723.195 hours'));
    expect(found[0].message).not.toContain(
      c.curtailmentBeyondUptime('fleet[0] (Antminer S9)', '100 %', '1 %', '0 %'),
    );
  });
});
