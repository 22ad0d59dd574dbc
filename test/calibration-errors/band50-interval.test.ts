// The score tables of coverage.md give both bands' coverage its serially adjusted 95 % interval
// (overlapping windows and runs of hits counted as fewer forecasts): the 90 % band's had one, the
// 50 % band's share was printed bare.
import { describe, expect, it } from 'vitest';
import { PUBLISHED_HASHRATE_BAND } from '../../src/data/published-forecasts.js';
import { coverageMarkdown, type StudyResult } from '../../src/report/calibration-markdown.js';
import { serialShare } from '../../src/stats/serial-share.js';
import { coverageStats } from '../../src/study/calibration-stats.js';
import type { ScoreRow } from '../../src/study/study-scores.js';

/** A held-out Bitcoin net-position row of 59 monthly starts at 365 days, 25 in the 50 % band, 50 in the 90 %. */
const row = (model: string) =>
  ({
    coin: 'bitcoin',
    split: 'held-out',
    quantity: 'net',
    model,
    horizonDays: 365,
    ...coverageStats(
      Array.from({ length: 59 }, (_, i) => ({ pit: 0.5, in50: i < 25, in90: i < 50 })),
      30.4375,
      365,
    ),
    crps: 1,
    is50: 1,
    is90: 1,
    skill: {},
  }) as unknown as ScoreRow;

const result: StudyResult = {
  rows: [],
  scores: [row('bootstrap-stochastic'), row('no-change')],
  choice: { model: 'mixprice-stochastic', fallback: false, shared: 0, candidates: [] },
  goals: [],
  published: [],
  publishedBand: {
    band: PUBLISHED_HASHRATE_BAND,
    model: 'bootstrap-stochastic',
    paths: 500,
    weeks: [],
    rows: [],
  },
};
const record = { paths: 500, seed: 1, starts: { bitcoin: ['2013-01-01', '2025-08-01'] as [string, string] } };

describe("the score tables' coverage intervals", () => {
  it('print the 50 % band’s serially adjusted 95 % interval beside its share, as the 90 % band’s', () => {
    const text = coverageMarkdown(result, record).split('\n');
    const f = ([a, b]: [number, number]) => `${a.toFixed(2)}–${b.toFixed(2)}`;
    const design = 365 / 30.4375;
    const hits = (k: number) => Array.from({ length: 59 }, (_, i) => i < k);
    expect(text).toContain(
      '| coin | split | model | horizon | starts | in 50 % | 50 % serial-adj. | in 90 % | 90 % serial-adj. | mean PIT | CRPS | IS 50 % | IS 90 % | skill vs no-change | skill vs last-year |',
    );
    const line = text.find((l) =>
      l.startsWith('| bitcoin | held-out | bootstrap price + stochastic network | 1 year |'),
    )!;
    expect(line).toContain(
      `| 59 | 0.42 | ${f(serialShare(hits(25), design).interval)} | 0.85 | ${f(serialShare(hits(50), design).interval)} |`,
    );
    // A baseline is a point forecast: no band, no interval.
    const baseline = text.find((l) =>
      l.startsWith('| bitcoin | held-out | no change (baseline) | 1 year |'),
    )!;
    expect(baseline).toContain('| 59 | – | – | – | – |');
  });
});
