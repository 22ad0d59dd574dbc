// `minesim batch` compares runs by their figures: a run whose random network fell below the fleet
// on some paths (there the fleet earned every block: a bound) must say so in the batch's index and
// terminal line too, not only in its own report folder; so must the explorer, which re-runs the
// scenario as its controls move (a fleet's count moved up meets it).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { textLines } from '../../src/cli/batch-output.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { atFleetNotes } from '../../src/explorer/results-view.js';
import { explorerView } from '../../src/explorer/view.js';
import { fleetNetworkMessages } from '../../src/messages/fleet-network.js';
import { indexTables } from '../../src/report/batch-tables.js';
import { formatPercent } from '../../src/report/format.js';
import { networkAtFleetLine } from '../../src/report/run-table.js';
import { escapeHtml } from '../../src/report/table-render.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { marketDraft } from '../fixtures/market.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const entry = (summary: RunSummary, folder: string): BatchEntry => ({
  status: 'ok',
  file: `${folder}.yaml`,
  folder,
  backtestFolder: null,
  run: summary,
  backtest: null,
  seconds: 1,
});

// 1,400,000 S9, 45 % of 2019-01-01's network, on a network drifting -30 % a year at 80 %; 100 S9 beside it.
const run = async (count: number) => {
  const draft = marketDraft({
    horizon: '2 years',
    fleet: [{ model: 'Antminer S9', count, unitPrice: '300 USD' }],
    network: { model: { type: 'stochastic', drift: '-30 %', volatility: '80 %' } },
    price: { start: '3800 USD', model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
  });
  const s = await scenarioOf(stringify(draft));
  return (await runMonteCarlo(s, { paths: 200, seed: 3, workers: 1, breakEvenPaths: 0, withBacktest: false }))
    .summary;
};

describe('a batch of a run held at the fleet and one that is not', () => {
  it('textLines() and indexTables() say it of the run held at the fleet, and of no other', async () => {
    const large = await run(1_400_000);
    const small = await run(100);
    const h = large.headline;
    expect(h.networkAtFleetPaths).toBeGreaterThan(100);
    expect(small.headline.networkAtFleetPaths).toBeUndefined();
    const short = fleetNetworkMessages.networkAtFleetShort(
      `${h.networkAtFleetPaths} of 200 paths`,
      formatPercent(h.networkAtFleetPaths! / 200),
      formatPercent(h.networkAtFleetDays! / (200 * large.scenario.days)),
    );
    const entries = [entry(large, 'large'), entry(small, 'small')];
    const [largeLine, smallLine] = textLines(entries);
    expect(largeLine.endsWith(`  ${short}`)).toBe(true);
    expect(smallLine).not.toContain('network held at the fleet');
    const table = indexTables(entries).find((t) => t.title === 'Scenarios')!;
    const fleet = table.header.indexOf('Fleet');
    expect(table.rows[0][fleet].text.endsWith(`; ${short}`)).toBe(true);
    expect(table.rows[1][fleet].text).not.toContain('network held at the fleet');
  }, 60_000);
});

describe('the explorer’s headline of a run held at the fleet', () => {
  it('atFleetNotes() puts the run’s line under the headline (and the pinned run’s beside it), nothing for a run not held', async () => {
    const large = explorerView(await run(1_400_000));
    const small = explorerView(await run(100));
    const line = networkAtFleetLine(large)!;
    expect(line).toContain("of the run's path-days");
    expect(atFleetNotes(large, null)).toContain(escapeHtml(line));
    expect(atFleetNotes(small, null)).toBe('');
    expect(atFleetNotes(small, large)).toContain('(pinned)');
    expect(atFleetNotes(small, large)).not.toContain('(now)');
  }, 60_000);
});
