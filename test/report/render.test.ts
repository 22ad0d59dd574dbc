import { describe, expect, it } from 'vitest';
import { chartMessages } from '../../src/messages/charts.js';
import { buildCharts } from '../../src/report/charts/index.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { staticSpec } from '../../src/report/draw-svg.js';
import { dataRows, renderAllCharts, renderChart } from '../../src/report/render.js';
import { measureTextWidth } from '../../src/report/text-metrics.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';
import { makeSweep } from '../fixtures/sweep.js';

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

describe('renderChart()', () => {
  it('returns an SVG in the theme font and a PNG of twice its size', async () => {
    const { svg, png } = await renderChart(roiFanSpec(FIXTURE_SUMMARY));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('DejaVu Sans');
    const size = svgSize(svg);
    expect(pngSize(png)).toEqual({ width: Math.round(size.width * 2), height: Math.round(size.height * 2) });
  });
});

describe('staticSpec()', () => {
  it('drops the hover layers (those with params) and keeps every drawn layer', () => {
    const spec = roiFanSpec(FIXTURE_SUMMARY) as { layer: { params?: unknown }[] };
    const stripped = staticSpec(roiFanSpec(FIXTURE_SUMMARY)) as { layer: { params?: unknown }[] };
    expect(spec.layer.filter((l) => l.params)).toHaveLength(1);
    expect(stripped.layer).toEqual(spec.layer.filter((l) => !l.params));
  });
});

describe('renderAllCharts()', () => {
  it('renders every chart of the fixture run without a vega warning', async () => {
    const warnings: string[] = [];
    const charts = await renderAllCharts(FIXTURE_SUMMARY, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(charts).toHaveLength(5);
    for (const chart of charts) {
      expect(svgSize(chart.svg).width).toBeGreaterThan(500);
      expect(pngSize(chart.png).width).toBeGreaterThan(1000);
    }
  });
});

describe('dataRows()', () => {
  it('dataRows() counts the rows of named datasets and of inline values at any depth', () => {
    const spec = {
      datasets: { a: [{}, {}], b: [{}] },
      layer: [{ data: { values: [{}, {}, {}] } }, { data: { name: 'a' } }],
      encoding: { y: { axis: { values: [1, 2] } } },
    };
    // The axis' values are inline values too: a few, and counted alike.
    expect(dataRows(spec)).toBe(8);
  });

  it('renderAllCharts() hands back the charts in report order, whatever order they are drawn in', async () => {
    const charts = await renderAllCharts(FIXTURE_SUMMARY, { onWarning: () => {} });
    expect(charts.map((c) => c.name)).toEqual(buildCharts(FIXTURE_SUMMARY).map((c) => c.name));
    const rows = charts.map((c) => dataRows(c.spec));
    expect(Math.max(...rows)).toBe(rows[charts.findIndex((c) => c.name === 'price-difficulty')]);
  });
});

describe('measureTextWidth()', () => {
  it('measures with DejaVu Sans advances: a digit is 0.636 em, bold text is wider', () => {
    expect(measureTextWidth('0', 10)).toBeCloseTo(6.36, 6);
    expect(measureTextWidth('Halving', 11, true)).toBeGreaterThan(measureTextWidth('Halving', 11));
    expect(measureTextWidth('5–95 % of paths', 11)).toBeLessThan(0.8 * 15 * 11);
  });
});

describe('chart warnings', () => {
  it('renderAllCharts() draws a run with no sample paths and a horizon under a year without a vega warning', async () => {
    const { timeline } = FIXTURE_SUMMARY;
    const weeks = 20;
    const cut = <T>(values: T[]) => values.slice(0, weeks);
    const bands = (b: typeof timeline.netUsd) =>
      Object.fromEntries(Object.entries(b).map(([k, v]) => [k, cut(v)])) as typeof timeline.netUsd;
    const summary = makeSummary({
      scenario: { ...FIXTURE_SUMMARY.scenario, days: 140, end: timeline.dates[weeks - 1] },
      samplePaths: [],
      actual: undefined,
      events: [],
      timeline: {
        dates: cut(timeline.dates),
        netUsd: bands(timeline.netUsd),
        revenueUsdPerDay: bands(timeline.revenueUsdPerDay),
        powerCostUsdPerDay: bands(timeline.powerCostUsdPerDay),
        hashpriceUsd: bands(timeline.hashpriceUsd),
        priceUsd: bands(timeline.priceUsd),
        difficulty: bands(timeline.difficulty),
        shutdownShare: bands(timeline.shutdownShare),
      },
    });
    const warnings: string[] = [];
    await renderAllCharts(summary, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });

  it('renderChart() draws a one-axis sweep with no boundary crossing and no median without a vega warning', async () => {
    const sweep = makeSweep('power.price=0.3..0.4:3');
    const warnings: string[] = [];
    for (const chart of sweepCharts(sweep))
      await renderChart(chart.spec, { onWarning: (m) => warnings.push(`${chart.name}: ${m}`) });
    expect(warnings).toEqual([]);
  });

  it('renderChart() writes a warning to stderr naming what the chart belongs to and the chart', async () => {
    const spec = {
      data: { values: [] },
      mark: 'line',
      encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'v', type: 'quantitative' } },
    } as unknown as Parameters<typeof renderChart>[0];
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((text: string) => {
      written.push(text);
      return true;
    }) as typeof process.stderr.write;
    try {
      await renderChart(spec, { source: 'north-korea-2017-s9', name: 'roi-fan' });
    } finally {
      process.stderr.write = write;
    }
    expect(written.length).toBeGreaterThan(0);
    for (const line of written)
      expect(line).toBe(
        `${chartMessages.warning('north-korea-2017-s9', 'roi-fan', line.split(': ').slice(3).join(': ').trimEnd())}\n`,
      );
    expect(written[0]).toMatch(/^minesim: north-korea-2017-s9: chart roi-fan: .*Infinite extent/);
  });
});
