// minesim's bands beside published forecasts (coverage.md) carry the Monte Carlo error of their
// ends, as the fan charts' captions state it for a run's weekly bands: the paths each forecast was
// read from and where the 95 % interval of its 5 % (or 2.5 %) end runs in shares of them, the
// exact binomial ranks of stats/quantile-interval.ts. The interval forecast's coverages carry their
// 95 % intervals under serial dependence (test/study-serial/), as the study's rows give them.
import { describe, expect, it } from 'vitest';
import { loadPublishedForecasts, PUBLISHED_HASHRATE_BAND } from '../../src/data/published-forecasts.js';
import { publishedBandLines, publishedLines } from '../../src/report/calibration-published.js';
import { binomialRanks } from '../../src/stats/quantile-interval.js';
import type { PublishedScore } from '../../src/study/published.js';
import type { BandRow, PublishedBandScore } from '../../src/study/published-band.js';

const q = { p5: 34, p25: 40, p50: 49.5, p75: 60, p95: 80, mean: 50 } as never;
const [luxor] = loadPublishedForecasts().filter((f) => f.id === 'luxor-hashprice-after-halving-2024');
const scored = (paths: number) =>
  ({
    forecast: luxor,
    model: 'bootstrap-stochastic',
    paths,
    actual: 50.06,
    minesim: q,
    pitActual: 0.52,
    pitPublished: 0.45,
    crpsMinesim: 3,
    errorPublished: 2.31,
  }) as PublishedScore;

const row = (weeks: number, count: number, minesim: number, published: number | null): BandRow => ({
  weeks,
  period: '2012',
  count,
  minesimMedianHalfWidthPct: 6.2,
  minesimCoverage: minesim,
  minesimInterval: [0.5, 0.9],
  publishedHalfWidthPct: published === null ? null : 15.1,
  publishedCoverage: published,
  publishedInterval: published === null ? null : [0.8, 1],
});

const band = (paths: number): PublishedBandScore =>
  ({
    band: PUBLISHED_HASHRATE_BAND,
    model: 'bootstrap-stochastic',
    paths,
    weeks: [],
    rows: [row(1, 53, 40 / 53, 1), row(4, 53, 37 / 53, null)],
  }) as PublishedBandScore;

describe("the Monte Carlo error of minesim's bands beside published forecasts", () => {
  it("the point forecasts' table says the paths and where its 5 % and 95 % ends' intervals run", () => {
    // 500 independent paths (by hand, exact binomial(500, 0.05) tails of at most 2.5 % each): the 5 %
    // quantile's 95 % interval is between the paths' 16th and 36th values, 3.20 % to 7.20 % of them.
    expect(binomialRanks(500, 0.05)).toEqual([16, 36]);
    const text = publishedLines([scored(500), scored(500)]).join('\n');
    expect(text).toContain(
      "Each of minesim's 5–95 % bands here is read from 500 paths, so its ends carry Monte Carlo error: the 5 % end is the paths' 5 %, within a 95 % interval from the paths' 3.20 % to their 7.20 %; the 95 % end's likewise.",
    );
  });

  it("the interval forecast's table says it for its 2.5 % and 97.5 % ends, and too few paths for an interval as rough", () => {
    // By hand, binomial(500, 0.025): the 6th and 21st values, 1.20 % and 4.20 % of the paths.
    expect(binomialRanks(500, 0.025)).toEqual([6, 21]);
    const text = publishedBandLines(band(500)).join('\n');
    expect(text).toContain(
      "Each of minesim's 2.5–97.5 % bands here is read from 500 paths, so its ends carry Monte Carlo error: the 2.5 % end is the paths' 2.5 %, within a 95 % interval from the paths' 1.20 % to their 4.20 %; the 97.5 % end's likewise.",
    );
    // 100 paths (the study's fewest) hold no 95 % interval of the 2.5 % quantile.
    expect(binomialRanks(100, 0.025)).toBeNull();
    expect(publishedBandLines(band(100)).join('\n')).toMatch(
      /Each of minesim's 2\.5–97\.5 % bands here is read from 100 paths: too few for a 95 % interval of its 2\.5 % and 97\.5 % ends \([\d,]+ paths needed\), so read them as rough\./,
    );
  });

  it("the interval forecast's coverages carry the rows' 95 % intervals under serial dependence", () => {
    const lines = publishedBandLines(band(500));
    const one = lines.find((l) => l.includes('| 1 | 2012 |'))!;
    expect(one).toContain('| 0.75 (0.50–0.90) |');
    expect(one).toContain('| 1.00 (0.80–1.00) |');
    const four = lines.find((l) => l.includes('| 4 | 2012 |'))!;
    expect(four).toContain('| 0.70 (0.50–0.90) |');
    expect(lines.join('\n')).toContain('95 % interval under serial dependence');
  });
});
