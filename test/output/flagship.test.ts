// The flagship scenario's output is committed under output/ and quoted in the README. These tests
// regenerate it with the same seed and check that the committed summary.json is reproduced
// exactly, so the published numbers are always what the code computes.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { backtestChartEvents, chartEvents } from '../../src/report/chart-events.js';
import { formatJson } from '../../src/report/write.js';
import { summarySchema } from '../../src/stats/summary-schema.js';
import { loadScenario } from '../fixtures/scenarios.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const REGENERATE = 'regenerate the committed outputs with `npm run outputs`';

const flagship = () => loadScenario('north-korea-2017-s9');

describe('committed flagship output', () => {
  it('runMonteCarlo() with the scenario seed and the chart events reproduces output/north-korea-2017-s9/summary.json byte for byte', async () => {
    // As `minesim run` calls it: the events its charts mark come from the report's chartEvents.
    const result = await runMonteCarlo(await flagship(), { chartEvents });
    const committed = read('output/north-korea-2017-s9/summary.json');
    expect(formatJson(result.summary) === committed, `the committed summary is stale: ${REGENERATE}`).toBe(
      true,
    );
  }, 60_000);

  it('runBacktest() reproduces output/north-korea-2017-s9-backtest/summary.json byte for byte', async () => {
    const s = await flagship();
    const committed = read('output/north-korea-2017-s9-backtest/summary.json');
    // As `minesim backtest` calls it: with the events its charts mark.
    const result = runBacktest(s, await loadCompileInputs(s));
    expect(
      formatJson(backtestSummary(s, result, backtestChartEvents(s, result))) === committed,
      `the committed back-test is stale: ${REGENERATE}`,
    ).toBe(true);
  });

  it('summarySchema accepts both committed summaries', () => {
    for (const path of [
      'output/north-korea-2017-s9/summary.json',
      'output/north-korea-2017-s9-backtest/summary.json',
    ]) {
      const parsed = summarySchema.safeParse(JSON.parse(read(path)));
      expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
    }
  });
});
