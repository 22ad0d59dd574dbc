// A curtailment budget is downtime, so each cohort's uptime must leave room for it (the rule in
// scenario/contract-rules.ts): with 20 hours a month, 20 / (24 x 30.4375) = 2.738 % of the time, an
// uptime of at most 97.262 %. The default sensitivity moves each cohort's uptime by 20 %: the
// flagship's 90 % S9s to 72 % and 108 %, kept at the field's bound of 100 %, which the budget's rule
// refuses, so earlier builds refused the whole study of any scenario with curtailment ("the
// curtailment budget is 2.74 % of the time ... has uptime 100 %", at the grid point
// fleet[0].uptime=1), and the explorer's uptime slider went to 100 %. The input now stops at the
// budget's bound: 72 % to 97.262 %.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_BY } from '../../src/study/sensitivity.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';

const FLAGSHIP = readFileSync(new URL('../../scenarios/north-korea-2017-s9.yaml', import.meta.url), 'utf8');
const flagship = parse(FLAGSHIP);
const CURTAILED = stringify({
  ...flagship,
  horizon: '2 years',
  power: { ...flagship.power, curtailment: { credit: '60 USD/MWh', budget: '20 hours' } },
});
const MOST = 1 - 20 / 24 / (365.25 / 12);

describe('the default sensitivity of a scenario with curtailment credits', () => {
  it('planSensitivity() moves a cohort’s uptime up to the budget’s bound, 97.262 %, not to 100 %', async () => {
    const planned = await planSensitivity(CURTAILED, 'curtailed.yaml', { inputs: [], by: DEFAULT_BY });
    if (!planned.ok) throw new Error(planned.problems.map((p) => p.message).join('\n'));
    const uptime = planned.plan.inputs.find((i) => i.key === 'fleet[0].uptime');
    expect(uptime).toBeDefined();
    expect(MOST).toBeCloseTo(0.972621, 6);
    expect(uptime!.low).toBeCloseTo(0.72, 12);
    expect(uptime!.high).toBeCloseTo(MOST, 9);
    expect(uptime!.high).toBeLessThanOrEqual(MOST + 1e-9);
  });
});
