// The market chart's tooltips gave their figures without a unit ("Median 95,442,629,567", a price in
// USD/BTC, beside "Median 140P", a difficulty), where the fan's and the revenue chart's lines name
// theirs ("Median (USD)"). Each line now names its panel's unit.
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { priceDifficultySpec } from '../../src/report/charts/price-difficulty.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

/** The titles of the lines of every tooltip the chart shows. */
async function tooltipTitles(summary: RunSummary): Promise<Set<string>> {
  const view = new vega.View(vega.parse(compile(priceDifficultySpec(summary)).spec), { renderer: 'none' });
  await view.runAsync();
  const titles = new Set<string>();
  const visit = (item: { tooltip?: Record<string, string>; items?: unknown[] }) => {
    if (item.tooltip && !('Event' in item.tooltip)) for (const t of Object.keys(item.tooltip)) titles.add(t);
    for (const i of item.items ?? []) visit(i as never);
  };
  visit((view.scenegraph() as never as { root: never }).root);
  view.finalize();
  return titles;
}

describe('the market chart’s tooltips name their units', () => {
  it('priceDifficultySpec() of many paths titles each figure with USD/BTC or × 2³² hashes', async () => {
    expect([...(await tooltipTitles(makeSummary()))].sort()).toEqual([
      '5 % of paths below (USD/BTC)',
      '5 % of paths below (× 2³² hashes)',
      '95 % below (USD/BTC)',
      '95 % below (× 2³² hashes)',
      'Date',
      'Median (USD/BTC)',
      'Median (× 2³² hashes)',
    ]);
  });

  it('priceDifficultySpec() of a back-test titles its figure Actual (USD/BTC)', async () => {
    const titles = await tooltipTitles(makeSummary({ kind: 'backtest' }));
    expect(titles).toContain('Actual (USD/BTC)');
    expect(titles).toContain('Actual (× 2³² hashes)');
  });
});
