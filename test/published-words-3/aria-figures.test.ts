// The text vega writes into a chart's SVG for each mark, axis and legend (its aria-label) printed
// its figures as vega formats them: a band's upper edge as JavaScript writes a number ("p95:
// -2.69004e+15", and "p95: 8.81042e+13" in every committed price-difficulty.svg), a line's point and
// an axis's span in every digit ("Net position (USD): -2,691,530,000,000,000", "values from
// -4,000,000,000,000,000 to 20,000,000,000,000,000"), a band's upper edge unlike its lower ("560G;
// p95: 560000000000"), a revenue of 5e-22 USD a day as "0". They now
// read as the chart's own labels and tooltips write them: exponent form from 1e15 and under a
// billionth (-2.69153e15, 2e16, 5e-22), in thousands between.
import { describe, expect, it } from 'vitest';
import { withAriaFigures } from '../../src/report/charts/aria-figures.js';
import { outcomeBandsSpec } from '../../src/report/charts/calibration.js';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { priceDifficultySpec } from '../../src/report/charts/price-difficulty.js';
import { revenueCostSpec } from '../../src/report/charts/revenue-cost.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { CalibrationRow } from '../../src/study/calibration.js';
import { makeSummary } from '../fixtures/summary.js';

type Bands = Record<string, number[]>;
const times = (b: Bands, factor: number) =>
  Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => x * factor) : v]));

/** The fixture run with its net position (and the back-test's) times `factor`. */
function netTimes(factor: number): RunSummary {
  const s = makeSummary();
  s.timeline.netUsd = times(s.timeline.netUsd as never, factor) as never;
  s.scenario.capexUsd *= factor;
  if (s.actual) s.actual.netUsd = s.actual.netUsd.map((x) => x * factor);
  return s;
}

/** The fixture run with its revenue and power cost times `factor`. */
function revenueTimes(factor: number): RunSummary {
  const s = makeSummary();
  s.timeline.revenueUsdPerDay = times(s.timeline.revenueUsdPerDay as never, factor) as never;
  s.timeline.powerCostUsdPerDay = times(s.timeline.powerCostUsdPerDay as never, factor) as never;
  return s;
}

const ariaLabels = (svg: string) => [...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);

/** A figure vega wrote, not minesim: `e+`, a run of 16 or more digits, or a negative zero. */
const FOREIGN = /\de\+\d|\d(,?\d{3}){5}|[-−]0(?![.,\d])/;

describe('the aria-labels of a chart’s SVG write figures as its labels do', () => {
  it('drawSvg() of a fan of 1e15 USD and more: the y axis spans -4e15 to 2e16, marks in exponent form', async () => {
    const labels = ariaLabels(await drawSvg(roiFanSpec(netTimes(1e11)), () => undefined));
    expect(labels).toContain(
      "Y-axis titled 'Net position (USD)' for a linear scale with values from -4e15 to 2e16",
    );
    expect(labels.filter((l) => FOREIGN.test(l))).toEqual([]);
    expect(labels.join('\n')).toMatch(/Net position \(USD\): -2\.69153e15/);
  });

  it('drawSvg() of the fixture’s market: a band’s upper edge reads as its lower (560G, not 560000000000)', async () => {
    const labels = ariaLabels(await drawSvg(priceDifficultySpec(makeSummary()), () => undefined));
    expect(labels).toContain('Date (UTC): May 2017; Difficulty (× 2³² hashes, log scale): 560G; p95: 560G');
    expect(labels).toContain('Date (UTC): May 2017; Price (USD/BTC, log scale): 1,809; p95: 1,809');
    expect(labels.filter((l) => FOREIGN.test(l))).toEqual([]);
  });

  it('drawSvg() of a revenue under a billionth of a USD a day writes 5e-22, not 0', async () => {
    const labels = ariaLabels(await drawSvg(revenueCostSpec(revenueTimes(1e-24)), () => undefined));
    const revenue = labels.filter((l) => l.startsWith('Date (UTC): May 2017; Revenue'));
    expect(revenue.length).toBeGreaterThan(0);
    for (const l of revenue) expect(l).toMatch(/: -?\d(\.\d+)?e-\d+(;|$)/);
    expect(labels.filter((l) => FOREIGN.test(l))).toEqual([]);
  });

  it('drawSvg() of the calibration study’s outcomes: a band’s upper edge in per cent as its lower (200%, not 2)', async () => {
    const row = (start: string) =>
      ({
        start,
        model: 'gbm+growth',
        horizonDays: 365,
        machine: 'Antminer S9',
        capexUsd: 1000,
        realised: 500,
        pit: 0.5,
        quantiles: { p5: -900, p25: -100, p50: 200, p75: 800, p95: 2000 },
      }) as unknown as CalibrationRow;
    const labels = ariaLabels(
      await drawSvg(outcomeBandsSpec([row('2017-01-01'), row('2017-04-01')]), () => undefined),
    );
    expect(labels).toContain('Start date: 2017; Net position / capex: -90%; p95: 200%');
  });
});

describe('the aria-labels of figures vega wrote well already', () => {
  it('drawSvg() of the payback CDF keeps a time of 0 years at its two decimals (0.00), as its tooltip', async () => {
    const labels = ariaLabels(await drawSvg(paybackCdfSpec(makeSummary()), () => undefined));
    expect(labels.join('\n')).toContain('Years since start: 0.00; Day: 0;');
  });
});

describe('withAriaFigures()', () => {
  it('withAriaFigures() writes an axis title holding a line separator into an expression vega parses', async () => {
    const vega = await import('vega');
    const spec = {
      width: 100,
      height: 100,
      data: [{ name: 't', values: [{ v: 1e16 }, { v: 2e16 }] }],
      scales: [
        { name: 'y', type: 'linear', domain: { data: 't', field: 'v' }, range: 'height', zero: false },
      ],
      axes: [{ scale: 'y', orient: 'left', title: 'a\u2028b' }],
    };
    const view = new vega.View(vega.parse(withAriaFigures(spec) as never), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    expect(svg).toContain('for a linear scale with values from 1e16 to 2e16');
  });
});
