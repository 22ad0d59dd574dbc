// A cohort retired within the horizon is sold on its retire day; held fixed it earns until then
// and fetches its resale at the hashprice held (engine/compile/daily-view.ts).
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('the daily view of a fleet sold within the horizon', () => {
  it('planDailyView() of the July 2017 stop (ten S9s sold on day 60 at 80 % of 2,000 USD): 2,700 - 60 x 7.703 - 1,600 = 638 USD a unit short, never (it said day 351, ten months after the sale)', async () => {
    const s = await loadScenario('north-korea-2017-s9-july-stop');
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    const view = summary.dailyView!;
    const [s9] = view.cohorts;
    // 2,000 USD plus 30 % of import premium plus 1,000 USD of setup over ten units.
    expect(s9.unitCapexUsd).toBeCloseTo(2700, 9);
    expect(s9.soldDay).toBe(60);
    expect(s9.unitResaleUsd).toBeCloseTo(1600, 9);
    expect(2700 - 60 * s9.profitUsd - 1600).toBeCloseTo(637.8, 1);
    expect(s9.paybackDays).toBeNull();
    expect(view.fleet.paybackDays).toBeNull();
    expect(dailyViewComparison(view, s.start)).toContain('Held fixed the fleet never pays back');
    const row = headlineTable(summary)
      .split('\n')
      .find((l) => l.startsWith(`  ${m.soldRow()} `));
    expect(row).toMatch(/day 60 \(2017-07-16\), 1,600$/);
  }, 60_000);

  it('planDailyView() of the same fleet sold a year on pays back before the sale, on 2,700 / 7.703 = day 350.5, as when kept', async () => {
    const s = await loadScenario('north-korea-2017-s9-july-stop', (d) => {
      d.fleet[0].retire = '2018-05-17';
    });
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    const [s9] = summary.dailyView!.cohorts;
    expect(s9.soldDay).toBe(365);
    expect(s9.paybackDays).toBeCloseTo(2700 / s9.profitUsd, 8);
    expect(summary.dailyView!.fleet.paybackDays).toBeCloseTo(2700 / s9.profitUsd, 8);
  }, 60_000);
});
