// Every chart of a run, in report order. `name` is the file stem under charts/ and the id of the
// chart's container in report.html, so it stays a lowercase slug.

import type { TopLevelSpec } from 'vega-lite';
import type { RunSummary } from '../../stats/summary.js';
import { paybackCdfSpec } from './payback-cdf.js';
import { paybackHistogramSpec } from './payback-histogram.js';
import { priceDifficultySpec } from './price-difficulty.js';
import { revenueCostSpec } from './revenue-cost.js';
import { roiFanSpec } from './roi-fan.js';

export interface ChartEntry {
  name: string;
  /** One sentence for the report: what the chart answers. */
  caption: string;
  spec: TopLevelSpec;
}

export function buildCharts(summary: RunSummary): ChartEntry[] {
  return [
    {
      name: 'roi-fan',
      caption: 'How the cumulative net position spreads over time, and when it crosses zero.',
      spec: roiFanSpec(summary),
    },
    {
      name: 'payback-cdf',
      caption: 'The probability of having paid back by each time since the start, read at 1 and 2 years.',
      spec: paybackCdfSpec(summary),
    },
    {
      name: 'payback-histogram',
      caption: 'How payback times spread, with the paths that never pay back as their own bar.',
      spec: paybackHistogramSpec(summary),
    },
    {
      name: 'revenue-cost',
      caption: 'Daily revenue against the power bill, and when the fleet shuts down because it loses money.',
      spec: revenueCostSpec(summary),
    },
    {
      name: 'price-difficulty',
      caption: 'The market paths behind revenue: coin price and network difficulty.',
      spec: priceDifficultySpec(summary),
    },
  ];
}
