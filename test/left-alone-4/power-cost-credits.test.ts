// The returns tables' cost of power said "net of curtailment credits" in every run, though only a
// scenario with `power.curtailment` earns any: a run without them printed a credit it never had.
// The summary now says whether the scenario earns them (scenario.curtailmentCredits), and the row
// names the credits only then.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtestTable } from '../../src/report/backtest-table.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { useScratchFolder } from '../analyst-questions-2/hand.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const scenario = (name: string, curtailment: string) =>
  scenarioFile(
    name,
    `name: ${name}
start: 2023-01-01
horizon: 60 days
fleet:
  - { name: s19xp, model: Antminer S19 XP, count: 10, unitPrice: 2500 USD, uptime: 95 % }
power:
  price: 0.05 USD/kWh
${curtailment}costs: { poolFee: 2 % }
`,
  );

const powerRow = (s: RunSummary) =>
  headlineTables(s)
    .find((t) => t.title === 'Returns at the horizon')!
    .rows.map(([label]) => label)
    .find((label) => label.startsWith('Cost of power'));

describe('the cost of power row names curtailment credits only where the scenario earns them', {
  timeout: 60_000,
}, () => {
  it('minesim backtest of a scenario without power.curtailment: summary.md and report.html say "Cost of power (USD)", no credits', async () => {
    const { summary, folder } = await backtest(scenario('no-credits', ''));
    expect(summary.scenario.curtailmentCredits).toBe(false);
    const md = readFileSync(join(folder, 'summary.md'), 'utf8');
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(md).toMatch(/\| Cost of power \(USD\) \| [\d,]+ \|/);
    expect(md).not.toContain('curtailment credits');
    expect(html).toContain('Cost of power (USD)');
    expect(html).not.toContain('net of curtailment credits');
  });

  it('minesim backtest of a scenario with power.curtailment: the row says the cost is net of the credits, beside them', async () => {
    const { summary, folder } = await backtest(
      scenario('with-credits', '  curtailment: { credit: 60 USD/MWh, budget: 20 hours }\n'),
    );
    expect(summary.scenario.curtailmentCredits).toBe(true);
    const md = readFileSync(join(folder, 'summary.md'), 'utf8');
    expect(md).toMatch(/\| Cost of power, net of curtailment credits \(USD\) \| [\d,]+ \|/);
    expect(md).toMatch(/\| Curtailment credits earned, netted in the cost of power \(USD\) \| [\d,]+ \|/);
  });

  it('headlineTables() of a Monte Carlo run: "net of curtailment credits" only with scenario.curtailmentCredits', () => {
    const with_ = (curtailmentCredits: boolean | undefined) =>
      makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, curtailmentCredits } });
    expect(powerRow(with_(false))).toBe('Cost of power (USD)');
    expect(powerRow(with_(true))).toBe('Cost of power, net of curtailment credits (USD)');
    // A summary of an earlier build does not say: the row says what it may hold, not that it holds credits.
    expect(powerRow(with_(undefined))).toBe('Cost of power, net of any curtailment credits (USD)');
  });

  it('backtestTable() and headlineTables() word the row the same way', () => {
    const s = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, curtailmentCredits: false } });
    const bt = backtestTable({ ...s, kind: 'backtest' })
      .rows.map(([label]) => label)
      .find((label) => label.startsWith('Cost of power'));
    expect(bt).toBe(powerRow(s));
  });
});
