// A back-test's assumptions had no chain-state lines, so no halving: a run's summary has a "Next
// halving" row for every start, while the back-test of the flagship (2017-05-17 for 5 years)
// replays the history's blocks through block 630,000 (reached on 2020-05-11, day 1,090, when the
// subsidy fell from 12.5 to 6.25 BTC a block) without a word outside its charts. Each halving the
// replayed blocks pass now has a "Halving" row with the day they reached it, and the first one
// they do not reach a "Next halving" row: after the back-test's last day where the history's
// blocks reached it, or not within the history. summary.md and report.html show them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { backtestChartEvents } from '../../src/report/chart-events.js';
import { runNode } from '../fixtures/node-process.js';
import { loadScenario } from '../fixtures/scenarios.js';

const halvingRows = async (name: string) => {
  const s = await loadScenario(name);
  const b = runBacktest(s, await loadCompileInputs(s));
  return backtestSummary(s, b).scenario.assumptions.filter((a) => a.label.endsWith('alving'));
};

const last = loadHistory('bitcoin').lastDate;

describe("a back-test's halvings", () => {
  it('the flagship back-test (2017-05-17, 5 years) names block 630,000, reached on 2020-05-11 (day 1,090), then block 840,000 after its last day', async () => {
    const rows = await halvingRows('north-korea-2017-s9');
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Halving', 'block 630,000'],
      ['Next halving', 'block 840,000'],
    ]);
    expect(rows[0].note).toBe(
      "the history's blocks reached it on 2020-05-11 (day 1,090 of the back-test): the subsidy fell from 12.5 to 6.25 BTC a block",
    );
    // The day its charts mark the halving on.
    const s = await loadScenario('north-korea-2017-s9');
    const marked = backtestChartEvents(s, runBacktest(s, await loadCompileInputs(s))).filter(
      (e) => e.kind === 'halving',
    );
    expect(marked.map((e) => e.date)).toEqual(['2020-05-11']);
    expect(rows[1].note).toBe(
      "after the back-test's last day (2022-05-16): the history's blocks reached it on 2024-04-19",
    );
  });

  it('the hedge back-test (2024-05-01, 18 months) names block 1,050,000, which the history does not reach', async () => {
    const rows = await halvingRows('hashprice-hedge-2024-05');
    expect(rows).toHaveLength(1);
    expect(rows[0].label).toBe('Next halving');
    expect(rows[0].value).toBe('block 1,050,000');
    expect(rows[0].note).toBe(`not reached by the history's blocks, to its last day ${last}`);
  });

  it('a Monero back-test has no halving row (its emission falls block by block)', async () => {
    expect(await halvingRows('north-korea-2017-monero-cpu')).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'minesim-bt-halving-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('`minesim backtest` writes the rows into summary.md and report.html (the 2021-11-10 loan, through the 2024 halving)', async () => {
    const out = join(dir, 'out');
    const run = await runNode([
      'bin/minesim.mjs',
      'backtest',
      'scenarios/top-of-market-2021-11-10-loan.yaml',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toMatch(
      /\| Halving \| block 840,000 \| the history's blocks reached it on 2024-04-19 \(day 891 of the back-test\)/,
    );
    expect(md).toContain('| Next halving | block 1,050,000 |');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('block 840,000');
    expect(html).toContain('block 1,050,000');
  }, 60_000);
});
