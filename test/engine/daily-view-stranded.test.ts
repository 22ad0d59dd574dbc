// The daily view holds the start day fixed, machines running, as a calculator does; a scheduled
// change of proof of work that strands a cohort within the horizon is known that day, so the view
// names it (engine/compile/daily-view.ts) and the comparison says when it comes before the payback.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('a cohort stranded within the horizon', () => {
  it('planDailyView() names the X3 stranded by the 2018-04-06 fork on day 50, before its held-fixed payback at the end of day 50', async () => {
    const s = await loadScenario('cryptonight-asic-2018-x3');
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    const view = summary.dailyView!;
    expect(view.stranded).toEqual({ cohort: 'Antminer X3', day: 50, date: '2018-04-06' });
    // 50.x days of profit: the run's day 50, whose revenue the fork, from the start of that day, takes away.
    expect(Math.ceil(view.fleet.paybackDays!) - 1).toBe(50);
    expect(dailyViewComparison(view, s.start)).toContain(m.stranded('Antminer X3', '50', '2018-04-06', true));
  }, 60_000);

  it('planDailyView() names no stranding where no change of proof of work strands a cohort', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu');
    const { summary } = await runMonteCarlo(s, { paths: 8, workers: 1, breakEvenPaths: 0 });
    expect(summary.dailyView!.stranded).toBeUndefined();
  }, 60_000);
});
