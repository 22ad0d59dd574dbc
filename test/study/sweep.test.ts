import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { schemaMessages } from '../../src/messages/schema.js';
import { sweepMessages } from '../../src/messages/sweep.js';
import { unitMessages } from '../../src/messages/units.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { sweepCsv } from '../../src/report/sweep-csv.js';
import { sweepJson } from '../../src/report/sweep-json.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { formatProblem, type Problem } from '../../src/scenario/problem.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { buildSweepGrid, MAX_GRID_POINTS, runSweep, type SweepGrid } from '../../src/study/sweep.js';
import { boundaryCrossings } from '../../src/study/sweep-crossings.js';
import { sweepCutNote } from '../../src/study/sweep-notes.js';
import type { SweepPointResult, SweepResult } from '../../src/study/sweep-result.js';
import { parseVaries, type SweepAxis } from '../../src/study/vary.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

const flagship = scenarioDraft();
// Two years: the shortest horizon that judges P(payback <= 2 years), which a sweep maps.
const SCENARIO = stringify({ ...flagship, horizon: '2 years' });
const FILE = 'short.yaml';
const PATHS = 200;
const SEED = 2017;

function axes(...texts: string[]): SweepAxis[] {
  const parsed = parseVaries(texts);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.axes;
}

async function grid(...texts: string[]): Promise<SweepGrid> {
  const built = await buildSweepGrid(SCENARIO, FILE, axes(...texts));
  if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
  return built.grid;
}

async function problems(texts: string[], sets: string[] = []): Promise<Problem[]> {
  const overrides = parseOverrides(sets);
  if (!overrides.ok) throw new Error('bad test --set');
  const built = await buildSweepGrid(SCENARIO, FILE, axes(...texts), overrides.overrides);
  if (built.ok) throw new Error(`expected ${texts.join(' ')} to be refused`);
  return built.problems;
}

describe('runSweep() over tariff x unit price', () => {
  // The base scenario's tariff (0.10 USD/kWh) and unit price (2000 USD) are grid points.
  let result: SweepResult;
  beforeAll(async () => {
    const g = await grid('power.price=0.02..0.18:5', 'fleet[0].unitPrice=500,2000');
    result = await runSweep(g, { paths: PATHS, seed: SEED });
  });

  const row = (unitPrice: number) => result.points.filter((p) => p.values[1] === unitPrice);
  const median = (p: SweepPointResult) => p.medianPaybackDays ?? Number.POSITIVE_INFINITY;

  it('runSweep() returns one result per grid point, the last axis varying fastest', () => {
    expect(result.points.map((p) => p.values)).toEqual(
      [0.02, 0.06, 0.1, 0.14, 0.18].flatMap((tariff) => [
        [tariff, 500],
        [tariff, 2000],
      ]),
    );
    expect(result.scenario.days).toBe(731);
  });

  it('runSweep(): a higher tariff never raises P(payback <= 2 years) nor lowers the median payback', () => {
    for (const unitPrice of [500, 2000]) {
      const points = row(unitPrice);
      for (let i = 1; i < points.length; i++) {
        expect(points[i].paybackWithin2y.p).toBeLessThanOrEqual(points[i - 1].paybackWithin2y.p);
        expect(points[i].paybackWithin1y.p).toBeLessThanOrEqual(points[i - 1].paybackWithin1y.p);
        expect(median(points[i])).toBeGreaterThanOrEqual(median(points[i - 1]));
      }
      // Not vacuous: the tariff moves the probability across the row.
      expect(points[0].paybackWithin2y.p).toBeGreaterThan(points[points.length - 1].paybackWithin2y.p);
    }
    expect(row(500).every((p) => p.medianPaybackDays !== null)).toBe(true);
  });

  it('runSweep() at the base scenario’s point reproduces runMonteCarlo() on the base exactly', async () => {
    const base = await validateScenarioText(SCENARIO, FILE);
    if (!base.ok) throw new Error('base scenario invalid');
    const direct = await runMonteCarlo(base.scenario, {
      paths: PATHS,
      seed: SEED,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    const h = direct.summary.headline;
    const point = result.points.find((p) => p.values[0] === 0.1 && p.values[1] === 2000);
    expect(point).toEqual({
      values: [0.1, 2000],
      days: direct.summary.scenario.days,
      paybackWithin1y: h.paybackWithin1y,
      paybackWithin2y: h.paybackWithin2y,
      noPayback: h.noPayback,
      medianPaybackDays: h.paybackDays.quantiles.p50,
      medianNpvUsd: h.npvUsd.quantiles.p50,
      medianPaybackDaysInterval: h.paybackDays.intervals!.p50,
      medianNpvUsdInterval: h.npvUsd.intervals!.p50,
      claims: direct.summary.claims,
    });
  });

  it('runSweep() at a point off the base reproduces runMonteCarlo() on the scenario set to that point', async () => {
    // As `minesim run --set power.price=0.06 --set fleet[0].unitPrice=500` would run it.
    const set = await validateScenarioText(
      stringify({
        ...flagship,
        horizon: '2 years',
        power: { ...flagship.power, price: '0.06 USD/kWh' },
        fleet: [{ ...flagship.fleet[0], unitPrice: '500 USD' }],
      }),
      FILE,
    );
    if (!set.ok) throw new Error('set scenario invalid');
    const direct = await runMonteCarlo(set.scenario, {
      paths: PATHS,
      seed: SEED,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    const h = direct.summary.headline;
    expect(result.points.find((p) => p.values[0] === 0.06 && p.values[1] === 500)).toEqual({
      values: [0.06, 500],
      days: direct.summary.scenario.days,
      paybackWithin1y: h.paybackWithin1y,
      paybackWithin2y: h.paybackWithin2y,
      noPayback: h.noPayback,
      medianPaybackDays: h.paybackDays.quantiles.p50,
      medianNpvUsd: h.npvUsd.quantiles.p50,
      medianPaybackDaysInterval: h.paybackDays.intervals!.p50,
      medianNpvUsdInterval: h.npvUsd.intervals!.p50,
      claims: direct.summary.claims,
    });
  });
});

describe('buildSweepGrid() errors', () => {
  it('buildSweepGrid() reports a bad value as the --vary argument that holds it, each value once', async () => {
    // A range between whole ends that steps by a fraction is refused as one range (axes.ts); a value
    // that is no whole number otherwise, under the field, once a value.
    const text = 'fleet[0].count=5..20.5:3';
    const found = await problems([text, 'power.price=0.05,0.1']);
    expect(found.map(formatProblem)).toEqual(
      ['12.75', '20.5'].map((got) =>
        formatProblem({
          file: `--vary ${text}`,
          line: 0,
          col: 0,
          path: 'fleet[0].count',
          message: `${schemaMessages.wholeNumber()} (got ${got})`,
        }),
      ),
    );
  });

  it('buildSweepGrid() reports a value in the wrong unit with its text', async () => {
    const found = await problems(['power.price=0.05 W,0.1 W']);
    expect(found[0]).toEqual({
      file: '--vary power.price=0.05 W,0.1 W',
      line: 0,
      col: 0,
      path: 'power.price',
      message: unitMessages.expected('an energy price', '0.05 USD/kWh', '0.05 W', 'a power'),
    });
  });

  it('buildSweepGrid() refuses a key varied twice, or both set and varied', async () => {
    expect((await problems(['power.price=0.05,0.1', 'power.price=0.2']))[0].message).toBe(
      sweepMessages.duplicateAxis('power.price'),
    );
    expect((await problems(['power.price=0.05,0.1'], ['power.price=0.2']))[0].message).toBe(
      sweepMessages.setAndVaried('power.price'),
    );
  });

  it('buildSweepGrid() refuses a grid of more than MAX_GRID_POINTS points before validating any', async () => {
    const found = await problems(['power.price=0.01..0.2:100', 'fleet[0].unitPrice=1000..2000:11']);
    expect(found[0].message).toBe(sweepMessages.tooManyPoints(1100, MAX_GRID_POINTS));
  });
});

describe('boundaryCrossings()', () => {
  const estimate = (p: number) => ({ p, se: 0 });
  const point = (values: number[], p: number): SweepPointResult => ({
    values,
    days: 1826,
    paybackWithin1y: estimate(p),
    paybackWithin2y: estimate(p),
    noPayback: estimate(0),
    medianPaybackDays: null,
    medianNpvUsd: null,
    claims: [],
  });

  it('boundaryCrossings() interpolates where P(payback <= 2 years) crosses 0.5 in each row', () => {
    const [tariff, price] = axes('power.price=0.1,0.2,0.3', 'fleet[0].unitPrice=1000,2000');
    const p: Record<string, number> = { '0.1,1000': 0.9, '0.2,1000': 0.7, '0.3,1000': 0.6 };
    Object.assign(p, { '0.1,2000': 0.8, '0.2,2000': 0.6, '0.3,2000': 0.2 });
    const points = [0.1, 0.2, 0.3].flatMap((t) => [1000, 2000].map((u) => point([t, u], p[`${t},${u}`])));
    expect(boundaryCrossings({ axes: [tariff, price], points })).toEqual([
      { values: [0.225, 2000], ordinal: 0 },
    ]);
  });

  it('boundaryCrossings() counts each crossing of a row that goes down and up again', () => {
    const [tariff] = axes('power.price=1,2,3,4');
    const points = [0.6, 0.4, 0.5, 0.7].map((p, i) => point([i + 1], p));
    expect(boundaryCrossings({ axes: [tariff], points })).toEqual([
      { values: [1.5], ordinal: 0 },
      { values: [3], ordinal: 1 },
    ]);
  });
});

describe('runSweep() of a replay cut at the end of the history', () => {
  // The flagship replaying the history from 2023-01-01: the history ends on 2025-11-14, which is
  // 365 + 366 + 318 = 1,049 days from the start. Two years (731 days, to 2024-12-31) run whole;
  // three (1,096 days) and four (1,461) stop on 2025-11-14 after 1,049 days, as `minesim run` says
  // ("cut at 2025-11-14, the end of the history"). A sweep printed those rows as 3 and 4 years with
  // no word: the same figures on both, as if the longer horizon moved nothing.
  const REPLAY = stringify({ ...flagship, start: '2023-01-01', price: { model: { type: 'historical' } } });
  let result: SweepResult;
  beforeAll(async () => {
    const built = await buildSweepGrid(REPLAY, FILE, axes('horizon=2..4 years:3'));
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
    result = await runSweep(built.grid, { paths: 20, seed: SEED });
  });

  it('runSweep() marks each point its replay stopped short of the horizon, with the day it stopped', () => {
    expect(result.points.map((p) => p.cutAt)).toEqual([undefined, '2025-11-14', '2025-11-14']);
    expect(result.scenario.days).toBe(1049);
  });

  it('sweepCutNote() names the cut points; sweepJson() and sweepCsv() carry the day each stopped', () => {
    expect(sweepCutNote(result)).toBe(
      sweepMessages.cutNote('2025-11-14', sweepMessages.cutPoints('horizon=3 years, horizon=4 years')),
    );
    expect(sweepJson(result).points.map((p) => p.cutAt)).toEqual([undefined, '2025-11-14', '2025-11-14']);
    const csv = sweepCsv(result).trimEnd().split('\n');
    expect(csv[0].split(',').slice(0, 2)).toEqual(['horizon (years)', 'cut_at']);
    expect(csv.slice(1).map((line) => line.split(',')[1])).toEqual(['', '2025-11-14', '2025-11-14']);
  });

  it('sweepCutNote() says every point is cut when all are, and nothing when none is', () => {
    expect(sweepCutNote({ axes: result.axes, points: result.points.slice(1) })).toBe(
      sweepMessages.cutNote('2025-11-14', null),
    );
    expect(sweepCutNote({ axes: result.axes, points: result.points.slice(0, 1) })).toBeNull();
  });
});

describe('a sweep over the horizon', () => {
  // A run of another length is the same market on the days it shares: each day's draws depend on
  // the days before it only. Before, Rng.fillNormals() finished the ziggurat's rare slow draws
  // (about 1 in 36) from the words after the whole path's: with the flagship's GBM set to 50 %
  // drift and 60 % volatility, path 0's price a week in was 1,762.80 USD at a 2-year horizon and
  // 1,794.20 USD at 6 years, while the sweep said "the same market paths at every point".
  const GBM = stringify({
    ...flagship,
    price: { model: { type: 'gbm', drift: '50 %', volatility: '60 %' } },
  });

  it('runMonteCarlo(): path 0’s price a week in is the same at horizons of 2 and 6 years', async () => {
    const weekOne = async (horizon: string) => {
      const v = await validateScenarioText(GBM, FILE, parseOverridesOk([`horizon=${horizon}`]));
      if (!v.ok) throw new Error(v.problems.map(formatProblem).join('\n'));
      const run = await runMonteCarlo(v.scenario, { paths: 4, seed: SEED, workers: 1, withBacktest: false });
      return run.summary.samplePaths[0].price;
    };
    const short = await weekOne('2 years');
    const long = await weekOne('6 years');
    // Weekly samples, the short run's last one on its horizon's last day rather than a week's end.
    expect(long.slice(0, short.length - 1)).toEqual(short.slice(0, -1));
  });

  it('sweepJson() of a sweep over the horizon says its points share their market paths', async () => {
    const built = await buildSweepGrid(GBM, FILE, axes('horizon=2..3 years:2'));
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
    const result = await runSweep(built.grid, { paths: 4, seed: SEED });
    expect(sweepJson(result).run.commonRandomNumbers).toBe(true);
    const subtitle = (sweepCharts(result)[0].spec.title as { subtitle: string[] }).subtitle.join(' ');
    expect(subtitle).toContain('every point draws the same random numbers');
  });
});

function parseOverridesOk(texts: string[]) {
  const parsed = parseOverrides(texts);
  if (!parsed.ok) throw new Error('bad test --set');
  return parsed.overrides;
}

describe('sweepCutNote() of many cut points', () => {
  it('sweepCutNote() counts the cut points rather than naming more than six (a grid may hold 1,000)', () => {
    const [axis] = axes('power.price=0.01..0.1:10');
    const point = (value: number, cutAt?: string) =>
      ({ values: [value], ...(cutAt ? { cutAt } : {}) }) as unknown as SweepPointResult;
    const points = axis.values.map((v, i) => point(v, i < 7 ? '2025-11-14' : undefined));
    expect(sweepCutNote({ axes: [axis], points })).toBe(
      sweepMessages.cutNote('2025-11-14', sweepMessages.cutCount(7, 10)),
    );
    expect(sweepMessages.cutCount(7, 10)).toBe('7 of the 10 points');
    expect(sweepCutNote({ axes: [axis], points: points.slice(5) })).toBe(
      sweepMessages.cutNote('2025-11-14', sweepMessages.cutPoints('power.price=0.06, power.price=0.07')),
    );
  });
});
