// The charts' axes and tooltips at the extremes: a price axis from 1e22 USD read
// "1,000,000,000,000,000,000,0…" (cut at the label's limit), a difficulty past a thousand yotta
// "1000000000000000Y", and the whole-dollar axes and tooltips read a revenue of 5e-22 USD a day, or
// a net position of -0.01 USD, as 0.
import { describe, expect, it } from 'vitest';
import { figureTooltip, usdTooltip } from '../../src/report/charts/figure-labels.js';
import { hoverRule } from '../../src/report/charts/hover-rule.js';
import { revenueCostSpec } from '../../src/report/charts/revenue-cost.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

/** The summary with its revenue and power cost bands times `factor`. */
function scaled(factor: number): RunSummary {
  const s = makeSummary();
  const times = (b: Record<string, number[]>) =>
    Object.fromEntries(
      Object.entries(b).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => x * factor) : v]),
    );
  return {
    ...s,
    timeline: {
      ...s.timeline,
      revenueUsdPerDay: times(s.timeline.revenueUsdPerDay as never) as never,
      powerCostUsdPerDay: times(s.timeline.powerCostUsdPerDay as never) as never,
    },
  };
}

/** The y axis's tick labels of an SVG: text marks inside the axis-label group. */
function axisLabels(svg: string): string[] {
  return [...svg.matchAll(/role-axis-label[^>]*>(.*?)<\/g>/gs)].flatMap((m) =>
    [...m[1].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]),
  );
}

describe('chart axes at the extremes', () => {
  it('a revenue of 1e22 USD a day labels its ticks in exponent form', async () => {
    const labels = axisLabels(await drawSvg(revenueCostSpec(scaled(1e20)), () => undefined));
    const numeric = labels.filter((l) => /^-?[\d.,]+(e-?\d+)?$/.test(l) && l !== '0');
    expect(numeric.length).toBeGreaterThan(2);
    for (const l of numeric) expect(l).toMatch(/^-?\d(\.\d+)?e\d+$/);
  });

  it('a revenue under a billionth of a USD a day labels its ticks with their digits, not 0', async () => {
    const labels = axisLabels(await drawSvg(revenueCostSpec(scaled(1e-24)), () => undefined));
    const numeric = labels.filter((l) => /^-?[\d.,]+(e-?\d+)?$/.test(l));
    expect(numeric.filter((l) => l !== '0').length).toBeGreaterThan(2);
    for (const l of numeric) if (l !== '0') expect(l).toMatch(/e-\d+$/);
  });
});

describe('USD tooltips at the extremes', () => {
  it('print as the tables do: exponent form from 1e15 and under a billionth, a digit under 0.5', async () => {
    const rule = hoverRule('rows', [usdTooltip('v', 'V (USD)')]);
    expect(rule.encoding.tooltip).toEqual([{ field: 'vShown', title: 'V (USD)', format: '' }]);
    const values = [8.68527942186487e16, 1e22, 5e-22, -0.004, 12345.6, 0, -5.501e15];
    const spec = {
      data: { values: values.map((v, i) => ({ v, i })) },
      transform: rule.transform,
      mark: { type: 'text' as const },
      encoding: { text: { field: 'vShown' }, y: { field: 'i', type: 'ordinal' as const, axis: null } },
    };
    const svg = await drawSvg(spec as never, () => undefined);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace('−', '-'));
    expect(texts).toEqual(['8.68527942186487e16', '1e22', '5e-22', '-0.004', '12,346', '0', '-5.501e15']);
  });

  it('the difficulty tooltip reads SI prefixes up to Y, then exponent form (not 10000000Y)', async () => {
    const rule = hoverRule('rows', [figureTooltip('d', 'Median', '.3~s', 1e27)]);
    const values = [1.397e17, 9.99e26, 1e31];
    const spec = {
      data: { values: values.map((d, i) => ({ d, i })) },
      transform: rule.transform,
      mark: { type: 'text' as const },
      encoding: { text: { field: 'dShown' }, y: { field: 'i', type: 'ordinal' as const, axis: null } },
    };
    const svg = await drawSvg(spec as never, () => undefined);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(['140P', '999Y', '1e31']);
  });
});
