// The calibration study's charts name every panel and row in full: output/calibration's PIT and
// outcome panels titled two models at two horizons alike, "bootstrap price + stochastic network
// net of block luck, growth d…", cut at 400 px (the model and the horizon lost), and its coverage
// chart named a row "bootstrap price + stochastic network net of block lu…", cut at 300 px beside
// the row of the model whose name it begins with.
import { describe, expect, it } from 'vitest';
import { outcomeBandsSpec, pitHistogramSpec } from '../../src/report/charts/calibration.js';
import { type CoverageGroup, coverageSpec } from '../../src/report/charts/calibration-coverage.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import type { CalibrationRow } from '../../src/study/calibration-row.js';

// Ids no study model has are labelled as they are (study-models.ts modelLabel()).
const SHORT = 'bootstrap price + stochastic network net of block luck';
const LONG = `${SHORT}, growth drawn per path by the drift's standard error`;

function row(model: string, horizonDays: number, k: number): CalibrationRow {
  return {
    coin: 'bitcoin',
    start: `201${k}-01-01`,
    split: 'tuning',
    model,
    horizonDays,
    quantity: 'net',
    machine: 'Antminer S9',
    capexUsd: 1000,
    scale: 1000,
    realised: 100 * k,
    quantiles: { p5: -900, p10: -800, p25: -500, p50: 0, p75: 500, p90: 900, p95: 1200 },
    pit: 0.1 * k,
    in50: true,
    in90: true,
    crps: 0.1,
    is50: 1,
    is90: 1,
  } as CalibrationRow;
}

const ROWS = [SHORT, LONG].flatMap((m) => [90, 180].flatMap((h) => [1, 2, 3].map((k) => row(m, h, k))));

const band = {
  nominal: 0.5,
  hits: 1,
  share: 0.5,
  interval: [0.2, 0.8],
  intervalEffective: [0.1, 0.9],
  effective: 2,
} as const;
const COVERAGE: CoverageGroup[] = [SHORT, LONG].flatMap((model) =>
  [90, 180].map((horizonDays) => ({
    model,
    horizonDays,
    starts: 3,
    effectiveStarts: 2,
    band50: { ...band, interval: [0.2, 0.8], intervalEffective: [0.1, 0.9] },
    band90: { ...band, nominal: 0.9, interval: [0.2, 0.8], intervalEffective: [0.1, 0.9] },
    meanPit: 0.5,
    ks: 0.1,
    ksCritical5: 0.5,
    ksEffective: 3,
    ksCritical5Effective: 0.6,
  })),
);

/** The SVG's texts, the lines of a multi-line text joined by a space. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1].includes('<tspan')
      ? [...m[1].matchAll(/<tspan\b[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ')
      : m[1],
  );
}

const plainText = (s: string) => s.replace(/&#x27;|&apos;/g, "'").replace(/&amp;/g, '&');

describe('calibration charts’ labels', () => {
  it.each([
    ['pitHistogramSpec()', pitHistogramSpec],
    ['outcomeBandsSpec()', outcomeBandsSpec],
  ])('%s titles each panel with its whole model and horizon, none cut', async (_, spec) => {
    const all = texts(await drawSvg(spec(ROWS), () => undefined)).map(plainText);
    expect(all.filter((t) => t.includes('…'))).toEqual([]);
    for (const model of [SHORT, LONG])
      for (const horizon of ['90 days', '180 days']) expect(all).toContain(`${model} · ${horizon}`);
  });

  it('coverageSpec() names each row with its whole model, none cut', async () => {
    const all = texts(await drawSvg(coverageSpec(COVERAGE), () => undefined)).map(plainText);
    expect(all.filter((t) => t.includes('…'))).toEqual([]);
    expect(all).toContain(SHORT);
    expect(all).toContain(LONG);
  });
});
