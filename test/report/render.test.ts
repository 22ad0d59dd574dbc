import { describe, expect, it } from 'vitest';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { renderAllCharts, renderChart, staticSpec } from '../../src/report/render.js';
import { measureTextWidth } from '../../src/report/text-metrics.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

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
  }, 30_000);
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
  }, 30_000);
});

describe('measureTextWidth()', () => {
  it('measures with DejaVu Sans advances: a digit is 0.636 em, bold text is wider', () => {
    expect(measureTextWidth('0', 10)).toBeCloseTo(6.36, 6);
    expect(measureTextWidth('Halving', 11, true)).toBeGreaterThan(measureTextWidth('Halving', 11));
    expect(measureTextWidth('5–95 % of paths', 11)).toBeLessThan(0.8 * 15 * 11);
  });
});
