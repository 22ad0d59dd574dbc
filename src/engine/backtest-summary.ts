// A back-test as a RunSummary of one path, so it is written and charted like any run.
import { addDays } from '../data/dates.js';
import { summaryScenario } from '../scenario/describe.js';
import type { Scenario } from '../scenario/normalize.js';
import { addValue, createHistogramSet, pilotRange } from '../stats/histogram.js';
import { summarize } from '../stats/summarize.js';
import type { RunSummary } from '../stats/summary.js';
import type { Backtest } from './backtest.js';
import { SERIES, SERIES_COUNT } from './checkpoints.js';
import * as M from './workspace.js';

export function backtestSummary(s: Scenario, b: Backtest): RunSummary {
  const days = b.plan.days;
  const checkpoints = b.checkpoints;
  const c = checkpoints.length;
  const t = b.trace;
  const values = b.checkpointValues;
  const lo = new Float64Array(values.length);
  const hi = new Float64Array(values.length);
  for (let slot = 0; slot < values.length; slot++)
    [lo[slot], hi[slot]] = pilotRange(values[slot], values[slot]);
  const histograms = createHistogramSet(SERIES_COUNT, c, lo, hi);
  for (let slot = 0; slot < values.length; slot++) addValue(histograms, slot, values[slot]);
  const m = b.metrics;
  const one = (v: number) => Float64Array.of(v);
  const payback = new Uint32Array(days + 1);
  const paybackDay = m[M.METRIC_PAYBACK_DAY];
  payback[Number.isNaN(paybackDay) ? days : paybackDay]++;
  const dates = Array.from(checkpoints, (d) => addDays(s.start, d));
  const net = Array.from(checkpoints, (d) => b.netPositionUsd[d]);
  const price = Array.from(checkpoints, (d) => t.priceUsd[d]);
  const difficulty = Array.from(checkpoints, (d) => t.difficulty[d]);
  return summarize({
    kind: 'backtest',
    scenario: summaryScenario(
      s,
      days,
      [{ label: 'Market', value: 'actual daily price, difficulty, blocks and fees (shipped history)' }],
      null,
    ),
    run: { paths: 1, seed: 0, antithetic: false },
    antithetic: false,
    claims: s.claims,
    outcomes: {
      paybackDay: one(paybackDay),
      netAtHorizonUsd: one(m[M.METRIC_NET_POSITION_USD]),
      roiAtHorizon: one(m[M.METRIC_ROI]),
      roiWithSalvage: one(m[M.METRIC_ROI_WITH_SALVAGE]),
      npvUsd: one(m[M.METRIC_NPV_USD]),
      irr: one(m[M.METRIC_IRR_ANNUAL]),
      coinsMined: one(m[M.METRIC_COINS_MINED]),
      costPerCoinUsd: one(m[M.METRIC_ALL_IN_PER_COIN_USD]),
      breakEvenTariffUsdPerKwh: one(b.breakEvenTariffUsdPerKwh),
      breakEvenPriceUsd: one(b.breakEvenPriceUsd),
    },
    payback,
    dates,
    series: SERIES,
    histograms,
    events: [],
    samples: [{ index: 0, net, price, difficulty }],
    actual: {
      dates,
      netUsd: net,
      priceUsd: price,
      difficulty,
      paybackDay: Number.isNaN(paybackDay) ? null : paybackDay,
      paybackDate: b.paybackDate,
    },
  });
}
