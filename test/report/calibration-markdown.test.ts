// The study's page says why a coin has no held-out starts, instead of leaving its tables empty.
import { describe, expect, it } from 'vitest';
import { loadPublishedForecasts, PUBLISHED_HASHRATE_BAND } from '../../src/data/published-forecasts.js';
import { calibrationMessages } from '../../src/messages/calibration.js';
import { DEFAULT_MODEL_LABEL } from '../../src/model/market/defaults.js';
import { beside } from '../../src/report/bound-digits.js';
import { coverageMarkdown, goalLines, type StudyResult } from '../../src/report/calibration-markdown.js';
import { publishedLines } from '../../src/report/calibration-published.js';
import type { CalibrationRow } from '../../src/study/calibration-row.js';
import { modelLabel } from '../../src/study/study-models.js';
import { summarizeScores } from '../../src/study/study-scores.js';

const row = (coin: 'bitcoin' | 'monero', split: 'tuning' | 'held-out') =>
  ({ coin, split, start: split === 'tuning' ? '2019-01-01' : '2021-01-01' }) as CalibrationRow;

const result = (rows: CalibrationRow[]): StudyResult => ({
  rows,
  scores: [],
  choice: { model: 'mixprice-stochastic', fallback: false, shared: 0, candidates: [] },
  goals: [],
  published: [],
  publishedBand: {
    band: PUBLISHED_HASHRATE_BAND,
    model: 'bootstrap-stochastic',
    paths: 10,
    weeks: [],
    rows: [],
  },
});

const record = {
  paths: 10,
  seed: 1,
  starts: { bitcoin: ['2013-01-01', '2025-08-01'], monero: ['2016-06-01', '2019-11-01'] } as Record<
    string,
    [string, string]
  >,
  historyEnds: { bitcoin: '2025-11-14', monero: '2020-02-09' },
};

describe('coverageMarkdown()', () => {
  it('coverageMarkdown() says a coin without held-out rows has none because its history ends, and names the day', () => {
    const text = coverageMarkdown(
      result([row('bitcoin', 'tuning'), row('bitcoin', 'held-out'), row('monero', 'tuning')]),
      record,
    );
    expect(text).toContain('**No held-out starts for monero**: its shipped daily history ends 2020-02-09');
    expect(text).not.toContain('No held-out starts for bitcoin');
  });

  it('coverageMarkdown() says nothing of held-out gaps when every coin has held-out rows', () => {
    const text = coverageMarkdown(result([row('bitcoin', 'held-out'), row('monero', 'held-out')]), record);
    expect(text).not.toContain('No held-out starts');
    expect(text).toContain('**Mixtures weighted by score**');
  });
});

describe('coverageMarkdown() when the rule chooses another model than the default', () => {
  it("coverageMarkdown() says the default minesim ships stays, and that the goals are the default's", () => {
    // The rule's choice turned on a coverage at the band's edge that the draws decide (0.94 with
    // seed 2017, 0.953 with 2018): the page named the run's pick as chosen without a word that
    // every scenario without models still runs the default, whose goals it printed as the pick's.
    const r = result([row('bitcoin', 'tuning')]);
    const text = coverageMarkdown({ ...r, choice: { ...r.choice, model: 'garch-t-stochastic' } }, record);
    expect(text).toContain(
      `${calibrationMessages.shippedDefault(DEFAULT_MODEL_LABEL, modelLabel('garch-t-stochastic'))}.`,
    );
    expect(coverageMarkdown(r, record)).not.toContain("minesim's default stays");
  });
});

describe('figures beside their bounds', () => {
  it('beside() keeps two decimals unless they put the figure onto or across a bound', () => {
    expect(beside(0.9, [0.85, 0.95])).toBe('0.90');
    // 50 of 59 held-out starts: 0.8475 printed 0.85, inside a band that begins at 0.85.
    expect(beside(50 / 59, [0.85, 0.95])).toBe('0.847');
    expect(beside(0.955, [0.85, 0.95])).toBe('0.955');
    expect(beside(0.9501, [0.85, 0.95])).toBe('0.9501');
    expect(beside(0.85, [0.85, 0.95])).toBe('0.85');
    expect(beside(0.0025, [0])).toBe('0.003');
    expect(beside(Number.NaN, [0])).toBe('–');
  });

  it('goalLines() and the choice table print a missed coverage goal so that it reads as missed', () => {
    const share = 50 / 59;
    const goal = { what: 'price at 365 days: 90 % band holds', value: share, target: '0.85–0.95' };
    const lines = goalLines([{ ...goal, bounds: [0.85, 0.95], met: false, miss: 0.85 - share }]);
    expect(lines.at(-1)).toBe(
      '| price at 365 days: 90 % band holds | 0.847 | – | 0.85–0.95 | missed by 0.003 |',
    );
    const text = coverageMarkdown(
      {
        ...result([]),
        choice: {
          model: 'a',
          fallback: false,
          shared: 10,
          candidates: [
            { model: 'a', starts: 10, coverage90: [0.9, 0.9], crps: 1, crpsShared: 1, miss: 0 },
            { model: 'b', starts: 10, coverage90: [0.955, 0.9], crps: 0.5, crpsShared: 0.5, miss: 0.005 },
          ],
        },
      },
      record,
    );
    expect(text).toContain('| b | 10 | 0.955 | 0.90 | 0.500 | 0.500 |  |');
  });
});

describe('baselines', () => {
  /** A net-position row at 365 days from 2021-01-01 whose outcome fell inside both bands. */
  const scored = (model: string) =>
    ({
      coin: 'bitcoin',
      start: '2021-01-01',
      split: 'held-out',
      model,
      horizonDays: 365,
      quantity: 'net',
      machine: 'x',
      capexUsd: 1,
      scale: 1,
      realised: 0,
      quantiles: { p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0 },
      pit: 0.5,
      in50: model !== 'no-change',
      in90: model !== 'no-change',
      crps: 0.25,
      is50: 1,
      is90: 2,
    }) as CalibrationRow;

  it('coverageMarkdown() shows a baseline’s bands as –: a point forecast covers nothing, its 0.00 read as miscalibration', () => {
    const rows = [scored('bootstrap-stochastic'), scored('no-change')];
    const text = coverageMarkdown({ ...result(rows), scores: summarizeScores(rows) }, record);
    const line = (label: string) =>
      text.split('\n').find((l) => l.startsWith(`| bitcoin | held-out | ${label} | 1 year |`));
    expect(line('bootstrap price + stochastic network')).toMatch(/\| 1 \| 1\.00 \| [\d.]+–1\.00 \| 1\.00 \|/);
    expect(line('no change (baseline)')).toContain('| 1 | – | – | – | – | 0.50 | 0.250 | 1.000 | 2.000 |');
  });
});

describe('publishedLines()', () => {
  it("publishedLines() prints the published figure as published (47.75 USD/PH/day, not 47.8) and a window's days", () => {
    const [luxor] = loadPublishedForecasts().filter((f) => f.id === 'luxor-hashprice-after-halving-2024');
    const q = { p5: 34, p25: 40, p50: 49.5, p75: 60, p95: 80, mean: 50 } as never;
    const lines = publishedLines([
      {
        forecast: luxor,
        model: 'bootstrap-stochastic',
        paths: 500,
        actual: 50.06,
        minesim: q,
        pitActual: 0.52,
        pitPublished: 0.45,
        crpsMinesim: 3,
        errorPublished: 2.31,
      },
    ]);
    expect(lines[2]).toContain('| mean 2024-05-01..2024-08-31 | 47.75 USD/PH/day |');
  });
});
