import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import type { HardwareModel } from '../../src/data/catalog.js';
import { addDays, daysBetween } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket, type MarketPlan } from '../../src/engine/compile/market-plan.js';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { historicalHashprice } from '../../src/model/hashprice.js';
import { calibrationCharts } from '../../src/report/calibration-output.js';
import { calibrationCsv } from '../../src/report/calibration-tables.js';
import { wilson } from '../../src/stats/shares.js';
import { type CalibrationRow, runCalibrationStudy, STUDY_MIN_PATHS } from '../../src/study/calibration.js';
import { splitOf } from '../../src/study/calibration-row.js';
import {
  coverageStats,
  isInBand,
  ksUniformDistance,
  pit,
  pitHistogram,
  type ScoredForecast,
  scoreForecast,
} from '../../src/study/calibration-stats.js';
import { summarizeScores } from '../../src/study/study-scores.js';
import {
  buildStudyScenario,
  horizonsAt,
  mainstreamMachine,
  STUDY_MODELS,
  unitPriceUsd,
  walkForwardStarts,
} from '../../src/study/walk-forward.js';

const history = loadHistory('bitcoin');

describe('PIT and band helpers', () => {
  it('pit() is the share of forecast values below the outcome, ties counted half', () => {
    const f = [1, 2, 3, 4];
    expect(pit(f, 2.5)).toBe(0.5);
    expect(pit(f, 2)).toBe((1 + 0.5) / 4);
    expect(pit(f, 0)).toBe(0);
    expect(pit(f, 4)).toBe((3 + 0.5) / 4);
    expect(pit(f, 9)).toBe(1);
    // A point-mass forecast that the outcome hits sits in the middle, not at an end.
    expect(pit([3, 3, 3], 3)).toBe(0.5);
    expect(pit([3, 3, 5, 5], 3)).toBe(0.25);
  });

  it('pit() of an empty forecast or a NaN outcome is NaN', () => {
    expect(pit([], 1)).toBeNaN();
    expect(pit([1, 2], Number.NaN)).toBeNaN();
  });

  it('isInBand() includes both edges and is false for a missing quantile', () => {
    expect(isInBand(1, 1, 2)).toBe(true);
    expect(isInBand(2, 1, 2)).toBe(true);
    expect(isInBand(0.999, 1, 2)).toBe(false);
    expect(isInBand(1, null, 2)).toBe(false);
  });

  it('scoreForecast() reads the bands from type-7 quantiles: 0..100 has p5 = 5, p25 = 25, p75 = 75, p95 = 95', () => {
    const f = Float64Array.from({ length: 101 }, (_, i) => i);
    const at = (x: number) => scoreForecast(f, x);
    expect(at(25)).toMatchObject({ in50: true, in90: true, pit: 25.5 / 101 });
    expect(at(24.9)).toMatchObject({ in50: false, in90: true });
    expect(at(95)).toMatchObject({ in50: false, in90: true });
    expect(at(95.1)).toMatchObject({ in50: false, in90: false, pit: 96 / 101 });
    expect(at(4)).toMatchObject({ in90: false });
    expect(at(50).quantiles).toMatchObject({ p5: 5, p25: 25, p50: 50, p75: 75, p95: 95 });
  });

  it('ksUniformDistance() by hand: one value, two quartiles, a point mass, evenly spread midpoints', () => {
    expect(ksUniformDistance([0.5])).toBe(0.5);
    expect(ksUniformDistance([0.75, 0.25])).toBeCloseTo(0.25, 15);
    expect(ksUniformDistance([0, 0, 0, 0])).toBe(1);
    const n = 20;
    expect(ksUniformDistance(Array.from({ length: n }, (_, i) => (i + 0.5) / n))).toBeCloseTo(0.5 / n, 15);
    expect(ksUniformDistance([])).toBeNaN();
  });

  it('pitHistogram() puts a PIT on a bin edge in the upper bin, and 1 in the last', () => {
    expect(pitHistogram([0, 0.05, 0.1, 0.99, 1], 10)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
  });

  it('coverageStats() by hand: hits, shares, Wilson intervals, mean PIT, KS, effective starts', () => {
    const scores: ScoredForecast[] = [
      { pit: 0.1, in50: false, in90: true },
      { pit: 0.4, in50: true, in90: true },
      { pit: 0.6, in50: true, in90: true },
      { pit: 0.9, in50: false, in90: true },
    ];
    const c = coverageStats(scores, 91.25, 365);
    expect(c.starts).toBe(4);
    expect(c.effectiveStarts).toBe(1);
    expect(c.band50).toMatchObject({ nominal: 0.5, hits: 2, share: 0.5, interval: wilson(0.5, 4) });
    expect(c.band50.intervalEffective).toEqual(wilson(0.5, 1));
    expect(c.band90).toMatchObject({ nominal: 0.9, hits: 4, share: 1 });
    expect(c.meanPit).toBeCloseTo(0.5, 15);
    // Sorted 0.1, 0.4, 0.6, 0.9: the largest step gap is 0.15 (e.g. 1/4 - 0.1).
    expect(c.ks).toBeCloseTo(0.15, 15);
    // The KS bound of 4 independent PITs (Stephens' finite-sample form), and of the 1 forecast
    // their overlapping windows are worth: 1 forecast's exact (test/chart-captions/ks-bound.test.ts).
    expect(c.ksCritical5).toBeCloseTo(1.358 / (2 + 0.12 + 0.11 / 2), 15);
    expect(c.ksEffective).toBe(1);
    expect(c.ksCritical5Effective).toBe(0.975);
    // Non-overlapping forecasts never outnumber the starts.
    expect(coverageStats(scores, 91.25, 30).effectiveStarts).toBe(4);
  });
});

describe('synthetic calibration', () => {
  /** Forecasts of `paths` draws from N(mu, sd) per start; the truth from N(mu, sd x truthScale). */
  function syntheticScores(starts: number, paths: number, truthScale: number): ScoredForecast[] {
    const rng = new Rng();
    rng.reset(runKey('calibration-test'), 0, 1);
    return Array.from({ length: starts }, () => {
      const mu = 1000 * rng.normal();
      const sd = 100 + 900 * rng.uniform();
      const forecast = Float64Array.from({ length: paths }, () => mu + sd * rng.normal());
      return scoreForecast(forecast, mu + truthScale * sd * rng.normal());
    });
  }

  const STARTS = 400;
  // Independent starts: the binomial standard error of a coverage share p is sqrt(p (1 - p) / n).
  const se = (p: number) => Math.sqrt((p * (1 - p)) / STARTS);

  it('coverageStats() of outcomes drawn from the forecast itself: coverage within its binomial interval, PITs uniform', () => {
    const c = coverageStats(syntheticScores(STARTS, 500, 1), 1, 1);
    for (const b of [c.band50, c.band90]) {
      expect(b.interval[0]).toBeLessThanOrEqual(b.nominal);
      expect(b.interval[1]).toBeGreaterThanOrEqual(b.nominal);
      expect(Math.abs(b.share - b.nominal)).toBeLessThan(3 * se(b.nominal));
    }
    // The mean of n uniform PITs has standard error sqrt(1 / 12 / n).
    expect(Math.abs(c.meanPit - 0.5)).toBeLessThan(3 * Math.sqrt(1 / 12 / STARTS));
    expect(c.ks).toBeLessThan(c.ksCritical5!);
  });

  it('coverageStats() of a calibrated forecast of 20 paths: its 90 % band holds about 19 / 21 x 90 % = 81 %, below 85 % (STUDY_MIN_PATHS)', () => {
    const c = coverageStats(syntheticScores(STARTS, 20, 1), 1, 1);
    expect(Math.abs(c.band90.share - (19 / 21) * 0.9)).toBeLessThan(3 * se(0.814));
    expect(c.band90.interval[1]).toBeLessThan(0.9);
    // At the study's least paths the same forecast holds 99 / 101 x 90 % = 88 %, inside 85-95 %.
    const least = coverageStats(syntheticScores(STARTS, STUDY_MIN_PATHS, 1), 1, 1);
    expect(Math.abs(least.band90.share - (99 / 101) * 0.9)).toBeLessThan(3 * se(0.882));
  });

  it('coverageStats() of outcomes twice as spread as the forecast: bands flagged too narrow', () => {
    const c = coverageStats(syntheticScores(STARTS, 500, 2), 1, 1);
    // Coverage of N(0, 2^2) by the N(0, 1) central bands: 2 Phi(0.674 / 2) - 1 = 0.264, 2 Phi(1.645 / 2) - 1 = 0.589.
    expect(Math.abs(c.band50.share - 0.264)).toBeLessThan(3 * se(0.264));
    expect(Math.abs(c.band90.share - 0.589)).toBeLessThan(3 * se(0.589));
    expect(c.band50.interval[1]).toBeLessThan(0.5);
    expect(c.band90.interval[1]).toBeLessThan(0.9);
    expect(c.ks).toBeGreaterThan(c.ksCritical5!);
  });
});

describe('walk-forward design', () => {
  it('walkForwardStarts() is every month from 2013-01-01 while the shortest horizon (90 days) ends inside the history', () => {
    const starts = walkForwardStarts();
    expect(starts.slice(0, 3)).toEqual(['2013-01-01', '2013-02-01', '2013-03-01']);
    // The history ends 2025-11-14: 2025-08-01 + 89 days = 2025-10-29 fits, 2025-09-01 + 89 does not.
    expect(starts.at(-1)).toBe('2025-08-01');
    expect(starts).toHaveLength(12 * 12 + 8);
    for (const s of starts) expect(daysBetween(addDays(s, 89), history.lastDate)).toBeGreaterThanOrEqual(0);
  });

  it('walkForwardStarts() drops starts whose horizon runs past the history (ends 2025-11-14)', () => {
    expect(history.lastDate).toBe('2025-11-14');
    // 2024-01-01 + 729 days = 2025-12-30; with a 1-year horizon it would stay.
    expect(walkForwardStarts('2023-07-01', '2024-07-01', 3, 730)).toEqual(['2023-07-01', '2023-10-01']);
    expect(walkForwardStarts('2023-07-01', '2024-07-01', 3, 365)).toHaveLength(5);
  });

  it('horizonsAt() keeps the horizons whose last day the coin history covers', () => {
    expect(horizonsAt('bitcoin', '2023-11-01')).toEqual([90, 180, 365, 730]);
    expect(horizonsAt('bitcoin', '2024-01-01')).toEqual([90, 180, 365]);
    // Monero's history ends 2020-02-09.
    expect(horizonsAt('monero', '2019-06-01')).toEqual([90, 180]);
  });

  it('splitOf() puts starts up to 2019-12-31 in the tuning set and later ones in the held-out test', () => {
    expect(splitOf('2019-12-01')).toBe('tuning');
    expect(splitOf('2020-01-01')).toBe('held-out');
  });

  it('mainstreamMachine() for Monero is the most efficient CPU of the proof of work of the day', () => {
    expect(mainstreamMachine('2017-05-01', undefined, 'monero').machine.model).toBe('Intel Core i7-6700');
    // RandomX from 2019-11-30: the i9-9900K (2018-10) is the most efficient released by then.
    expect(mainstreamMachine('2019-12-01', undefined, 'monero').machine.hardwareClass).toBe('cpu');
    expect(mainstreamMachine('2019-12-01', undefined, 'monero').machine.algorithm).toBe('randomx');
  });

  it('mainstreamMachine() is the most efficient model released at least 3 months before the start month', () => {
    const at = (d: string) => mainstreamMachine(d).machine.model;
    expect(at('2017-05-17')).toBe('Antminer S9'); // released 2016-06; nothing better out by 2017-02
    expect(at('2016-09-01')).toBe('Antminer S9'); // 2016-06 + 3 months
    expect(at('2016-08-31')).toBe('Antminer S7');
    expect(at('2019-07-01')).toBe('Antminer S17 Pro'); // 39.5 J/TH, released 2019-04
    expect(at('2023-10-01')).toBe('Antminer S19 XP'); // the S21 (2023-09) is too new
    expect(mainstreamMachine('2016-01-01').anachronistic).toBe(false);
  });

  it('mainstreamMachine() before any model qualifies falls back to the earliest release, flagged', () => {
    expect(mainstreamMachine('2014-01-01')).toMatchObject({
      machine: { model: 'Antminer S7' },
      anachronistic: true,
    });
    const model = (name: string, releaseMonth: string, powerW: number): HardwareModel => ({
      model: name,
      manufacturer: 'x',
      releaseMonth,
      hashrateHs: 1e13,
      powerW,
      hardwareClass: 'sha256',
      algorithm: 'sha256',
      source: '',
      confidence: 'high',
    });
    // Equal efficiency: the earlier release wins; a CPU never counts.
    const catalog = [model('B', '2020-02', 500), model('A', '2020-01', 500), model('C', '2019-01', 600)];
    expect(mainstreamMachine('2020-05-01', catalog).machine.model).toBe('A');
    expect(mainstreamMachine('2020-04-01', catalog).machine.model).toBe('A');
    expect(mainstreamMachine('2020-03-31', catalog).machine.model).toBe('C');
    expect(
      mainstreamMachine('2019-03-01', [{ ...catalog[0], hardwareClass: 'cpu' }, catalog[2]]),
    ).toMatchObject({
      machine: { model: 'C' },
      anachronistic: true,
    });
  });

  it('unitPriceUsd() is the launch price, else 250 days of revenue at the start day hashprice', () => {
    const s19pro = mainstreamMachine('2021-01-01').machine;
    expect(unitPriceUsd(s19pro, '2021-01-01')).toBe(2900);
    const s9 = mainstreamMachine('2017-05-17').machine;
    const h = historicalHashprice(loadHistory('bitcoin'), '2017-05-17', 'TH');
    if ('error' in h) throw new Error(h.message);
    expect(unitPriceUsd(s9, '2017-05-17')).toBe(Math.round(13.5 * h.hashpriceUsd * 250));
    // About 1 USD per TH/s a day in May 2017: an S9 at 250 days of revenue is a few thousand USD.
    expect(unitPriceUsd(s9, '2017-05-17')).toBeGreaterThan(2000);
    expect(unitPriceUsd(s9, '2017-05-17')).toBeLessThan(5000);
  });
});

describe('ex-ante scenarios', () => {
  const START = '2017-05-17';
  const compiled = async (model: (typeof STUDY_MODELS)[number]): Promise<MarketPlan> => {
    const s = await buildStudyScenario(START, model, 365);
    const inputs = await loadCompileInputs(s);
    return compileMarket(s, compilePlan(s, inputs), inputs);
  };
  // biome-ignore lint/suspicious/noExplicitAny: a plan of either family, read field by field
  type AnyPlan = Record<string, any>;
  /** A price plan without its start price; a mixture's components each so. */
  const price = (p: AnyPlan): AnyPlan =>
    p.type === 'mixture'
      ? { ...p, components: p.components.map(price) }
      : { ...p, startUsd: 0, ...('returns' in p ? { returns: Array.from(p.returns) } : {}) };
  /** A network plan without its start state; the endogenous network keeps it in its rules. */
  const network = (n: AnyPlan): AnyPlan =>
    n.type === 'mixture'
      ? { ...n, components: n.components.map(network) }
      : { ...n, startHs: 0, ...('rules' in n ? { rules: { ...n.rules, initial: null } } : {}) };
  /** Every parameter calibration sets; the start price and hashrate are read on the start day by design. */
  const calibrated = (m: MarketPlan) => ({
    price: price(m.price),
    hashrate: network(m.hashrate),
    fees: { share: 'share' in m.fees ? m.fees.share : undefined },
  });

  it('buildStudyScenario() for 2017-05-17: every model calibrates on history before the start only', async () => {
    const start = history.indexOf(START);
    const before = await Promise.all(STUDY_MODELS.map(compiled));
    const series = [history.priceUsd, history.hashrateHs, history.difficulty, history.fees, history.issuance];
    const saved = series.map((s) => s.slice());
    try {
      for (const s of series) for (let i = start; i < s.length; i++) s[i] *= 1 + ((i * 7919) % 13) / 10;
      const after = await Promise.all(STUDY_MODELS.map(compiled));
      after.forEach((m, i) => {
        expect(calibrated(m)).toEqual(calibrated(before[i]));
      });
    } finally {
      series.forEach((s, j) => {
        s.set(saved[j]);
      });
    }
    // The bootstrap resamples the 4 years up to the day before the start: 1461 prices, 1460 returns.
    const bootstrap = before[1].price;
    if (bootstrap.type !== 'bootstrap') throw new Error('the second study model has a bootstrap price');
    expect(bootstrap.returns).toHaveLength(1460);
  });

  it('runCalibrationStudy() scores the four quantities of one start against the back-test and the history', async () => {
    const model = STUDY_MODELS[0];
    const study = (horizons: number[]) =>
      runCalibrationStudy({
        paths: 64,
        seed: 1,
        workers: 1,
        coins: ['bitcoin'],
        starts: { bitcoin: [START] },
        models: [model],
        horizons,
      });
    const rows = await study([365]);
    expect(rows.map((r) => r.quantity)).toEqual(['price', 'hashrate', 'hashprice', 'net']);
    const [price, hashrate, , net] = rows;
    const twoYearScenario = await buildStudyScenario(START, model, 730);
    const twoYears = runBacktest(twoYearScenario, await loadCompileInputs(twoYearScenario));
    const day = history.indexOf(START) + 364;
    expect(net.realised).toBe(twoYears.netPositionUsd[364]);
    expect(net.scale).toBe(net.capexUsd);
    expect(price.realised).toBe(history.priceUsd[day]);
    expect(price.scale).toBe(history.priceUsd[day - 364]);
    expect(hashrate.realised).toBe(history.hashrateHs[day]);
    expect(net).toMatchObject({
      coin: 'bitcoin',
      start: START,
      split: 'tuning',
      model: model.id,
      horizonDays: 365,
    });
    expect(net.machine).toBe('Antminer S9');
    const q = net.quantiles;
    expect(q.p5!).toBeLessThanOrEqual(q.p25!);
    expect(q.p75!).toBeLessThanOrEqual(q.p95!);
    expect(net.in50).toBe(isInBand(net.realised, q.p25, q.p75));
    expect(net.crps).toBeGreaterThan(0);
    // One run of the longest horizon serves every horizon: the 1-year outcomes are the same.
    const longer = await study([90, 365, 730]);
    const pick = (r: CalibrationRow) => [r.quantity, r.realised, r.scale, r.capexUsd];
    expect(longer.filter((r) => r.horizonDays === 365).map(pick)).toEqual(rows.map(pick));
    expect(longer).toHaveLength(4 * 3);
    const scores = summarizeScores(rows);
    expect(scores).toHaveLength(4);
    expect(calibrationCsv(rows).split('\n')[0]).toBe(
      'coin,start,split,model,horizon_days,quantity,machine,capex_usd,scale,realised,p5,p10,p25,p50,p75,p90,p95,' +
        'pit,in50,in90,crps_scaled,interval50_scaled,interval90_scaled',
    );
  });
});

describe('calibration charts', () => {
  /** Three starts of two models at two horizons, scored against made-up forecasts. */
  const rows: CalibrationRow[] = ['2017-01-01', '2017-04-01', '2017-07-01'].flatMap((start, i) =>
    STUDY_MODELS.slice(0, 2).flatMap((model) =>
      [90, 180, 365, 730].map((horizonDays) => ({
        coin: 'bitcoin' as const,
        start,
        split: 'tuning' as const,
        model: model.id,
        horizonDays,
        quantity: 'net' as const,
        machine: 'Antminer S9',
        capexUsd: 20_000,
        scale: 20_000,
        realised: 5_000 * i,
        ...scoreForecast(
          Float64Array.from({ length: 101 }, (_, k) => (k - 50) * 400),
          5_000 * i,
          20_000,
        ),
      })),
    ),
  );

  it('calibrationCharts() specs compile with vega-lite without warnings', () => {
    const charts = calibrationCharts(rows, summarizeScores(rows));
    expect(charts.map((c) => c.name)).toEqual(['pit-histograms', 'coverage', 'outcomes']);
    for (const chart of charts) {
      const warnings: string[] = [];
      const note = (...args: readonly unknown[]) => {
        warnings.push(args.map(String).join(' '));
        return logger;
      };
      const logger = {
        level: () => logger,
        warn: note,
        error: note,
        info: () => logger,
        debug: () => logger,
      };
      compile(chart.spec, { logger });
      expect(warnings, chart.name).toEqual([]);
    }
  });

  it('coverageSpec() colours every row: each horizon in the data is in the legend scale', () => {
    const spec = calibrationCharts(rows, summarizeScores(rows))[1].spec as unknown as {
      datasets: { coverage: { horizon: string }[] };
      spec: { layer: { encoding: { color?: { scale: { domain: string[] } } } }[] };
    };
    const domain = spec.spec.layer.find((l) => l.encoding.color)!.encoding.color!.scale.domain;
    expect(domain).toEqual(['horizon 90 days', 'horizon 180 days', 'horizon 1 year', 'horizon 730 days']);
    for (const d of spec.datasets.coverage) expect(domain).toContain(d.horizon);
  });
});
