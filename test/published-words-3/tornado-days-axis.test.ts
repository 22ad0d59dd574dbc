// A tornado of the median payback time where every point pays back on day 0 (a fleet whose first
// day's profit covers its capex: nothing at stake) drew its axis of days from -0.15 to 0.15 ("-0.15",
// "-0.1", "-0.05", "0", ...): a payback before the start and fractions of a day, which no median
// payback is. The axis of days is now labelled in whole days from 0, the room left of the base kept
// for the labels of the bars that end there.
import { describe, expect, it } from 'vitest';
import { tornadoCharts } from '../../src/report/charts/tornado.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import type { SensitivityInput, SensitivityResult } from '../../src/study/sensitivity.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';

function point(median: number | null, npv: number): SweepPointResult {
  const e = (x: number) => ({ p: x, se: 0 });
  return {
    values: [],
    days: 730,
    paybackWithin1y: e(1),
    paybackWithin2y: e(1),
    noPayback: e(0),
    medianPaybackDays: median,
    medianNpvUsd: npv,
    claims: [],
  };
}

function input(key: string, unit: string | null, low: number, base: number, high: number): SensitivityInput {
  return { key, path: key.split('.'), argument: null, unit, baseSource: 'scenario', base, low, high };
}

/** A study whose every point pays back on day 0, with `median` days at one point if given. */
function study(median = 0): SensitivityResult {
  return {
    scenario: { name: 'day-0', start: '2020-01-01', days: 730 },
    paths: 50,
    seed: 1,
    by: 0.2,
    base: point(0, 1.9e16),
    rows: [
      {
        input: input('power.price', 'USD/kWh', 0.04, 0.05, 0.06),
        low: point(0, 1.91e16),
        high: point(median, 1.89e16),
      },
      {
        input: input('fleet[0].unitPrice', 'USD', 2400, 3000, 3600),
        low: point(0, 1.91e16),
        high: point(0, 1.89e16),
      },
    ],
    skipped: [],
  };
}

/** The tick labels of the chart's measure axis (the x axis). */
async function ticks(result: SensitivityResult): Promise<string[]> {
  const chart = tornadoCharts(result).find((c) => c.name === 'tornado-median-payback');
  const svg = await drawSvg(chart!.spec, () => undefined);
  const axis = [...svg.matchAll(/role-axis-label[^>]*>(.*?)<\/g>/gs)][0][1];
  return [...axis.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1].replace('−', '-'));
}

describe('a tornado of median payback days', () => {
  it('tornadoCharts() with every median payback on day 0 labels its days axis from 0 in whole days', async () => {
    const labels = await ticks(study());
    expect(labels).toEqual(['0']);
    const chart = tornadoCharts(study()).find((c) => c.name === 'tornado-median-payback')!;
    const x = (chart.spec as { layer: { encoding?: { x?: { scale?: { domain: number[] } } } }[] }).layer
      .map((l) => l.encoding?.x?.scale?.domain)
      .find((d) => d !== undefined);
    expect(x![0]).toBeLessThan(0);
  });

  it('tornadoCharts() with every median on day 0 tells a screen reader its axis is labelled at 0 days, not -0.16 to 0.16', async () => {
    const chart = tornadoCharts(study()).find((c) => c.name === 'tornado-median-payback')!;
    const svg = await drawSvg(chart.spec, () => undefined);
    expect(svg).toContain(
      `aria-label="X-axis titled 'Median payback time (days)' for a linear scale labelled at 0 days"`,
    );
  });

  it('tornadoCharts() with medians of 0 and 3 days labels whole days from 0', async () => {
    const labels = await ticks(study(3));
    expect(labels[0]).toBe('0');
    for (const l of labels) expect(l).toMatch(/^\d[\d,]*$/);
  });
});

describe('a tornado’s note of an input cut at its bound', () => {
  it('tornadoCharts() end the note in the subtitle with a full stop, as its other lines end', () => {
    const result = study();
    result.rows[0].input.cuts = [{ side: 'high', wanted: 0.06 }];
    for (const chart of tornadoCharts(result)) {
      const subtitle = (chart.spec.title as { subtitle: string[] }).subtitle.join(' ');
      expect(subtitle, chart.name).toMatch(/its high is cut to 0\.06 USD\/kWh\.( |$)/);
    }
  });
});
