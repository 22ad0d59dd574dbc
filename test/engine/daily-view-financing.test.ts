// The daily view with finance: it is the project's, as the run's payback beside it, so a scenario
// with loans, leases, hedges or tax says so in the summary, the report's note and the terminal.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import { dailyViewTable } from '../../src/report/daily-view-table.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

async function summaryOf(name: string, edit?: (d: Draft) => void) {
  const s = await loadScenario(name, edit);
  return (await runMonteCarlo(s, { paths: 10, workers: 1, breakEvenPaths: 0 })).summary;
}

describe('the daily view of a financed scenario', () => {
  it('planDailyView() marks the loan case beforeFinancing, and the report and terminal say the view is the project’s', async () => {
    const summary = await summaryOf('top-of-market-2021-11-10-loan');
    const view = summary.dailyView!;
    expect(view.beforeFinancing).toBe(true);
    const note = dailyViewTable(view, 'BTC', summary.scenario.start).note ?? '';
    expect(note).toContain(m.beforeFinancing().trim());
    expect(headlineTable(summary)).toContain('the project’s before financing');
  }, 60_000);

  it('planDailyView() of a scenario without finance has no beforeFinancing and no such sentence', async () => {
    const summary = await summaryOf('north-korea-2017-s9');
    const view = summary.dailyView!;
    expect(view.beforeFinancing).toBeUndefined();
    expect(headlineTable(summary)).not.toContain('before financing');
  }, 60_000);

  it('planDailyView() marks tax alone as finance (after-tax figures are the books’)', async () => {
    const summary = await summaryOf('north-korea-2017-s9', (d) => {
      d.finance = {
        tax: { rate: '21 %', depreciation: { method: 'straight-line', lifeYears: 5 } },
      };
    });
    expect(summary.dailyView!.beforeFinancing).toBe(true);
  }, 60_000);
});
