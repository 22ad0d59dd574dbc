import { describe, expect, it } from 'vitest';
import { scoresCsv } from '../../src/report/calibration-tables.js';
import type { CalibrationRow } from '../../src/study/calibration-row.js';
import { chooseDefaultModel } from '../../src/study/choose.js';
import { evaluateGoals } from '../../src/study/goals.js';
import { summarizeScores } from '../../src/study/study-scores.js';

/** Twenty net-position rows of one model at one horizon: `hits90` of them inside the 90 % band, each with CRPS `crps`. */
function rows(
  model: string,
  horizonDays: number,
  split: 'tuning' | 'held-out',
  hits90: number,
  crps: number,
) {
  return Array.from(
    { length: 20 },
    (_, i): CalibrationRow => ({
      coin: 'bitcoin',
      start: `${split === 'tuning' ? 2015 : 2021}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      split,
      model,
      horizonDays,
      quantity: 'net',
      machine: 'x',
      capexUsd: 1,
      scale: 1,
      realised: 0,
      quantiles: { p5: 0, p10: 0, p25: 0, p50: 0, p75: 0, p90: 0, p95: 0 },
      pit: 0.5,
      in50: i < 10,
      in90: i < hits90,
      crps,
      is50: 1,
      is90: 1,
    }),
  );
}
const both = (model: string, split: 'tuning' | 'held-out', hits90: number, crps: number) => [
  ...rows(model, 365, split, hits90, crps),
  ...rows(model, 730, split, hits90, crps),
];

describe('choice rule', () => {
  it('chooseDefaultModel() takes the lowest CRPS among models whose 90 % band holds 85-95 % at 1 and 2 years', () => {
    const study = [
      ...both('a', 'tuning', 18, 0.5),
      ...both('b', 'tuning', 14, 0.2),
      ...both('c', 'tuning', 17, 0.6),
    ];
    const choice = chooseDefaultModel(study, ['a', 'b', 'c']);
    // b is sharper but its band holds 0.70: not eligible. a (0.90) beats c (0.85) on CRPS.
    expect(choice).toMatchObject({ model: 'a', fallback: false });
    expect(choice.candidates.find((c) => c.model === 'b')).toMatchObject({ coverage90: [0.7, 0.7] });
  });

  it('chooseDefaultModel() ignores held-out rows, and without an eligible model takes the nearest to the band', () => {
    const study = [
      ...both('a', 'tuning', 12, 0.1),
      ...both('b', 'tuning', 16, 0.9),
      ...both('a', 'held-out', 18, 0.1),
    ];
    const choice = chooseDefaultModel(study, ['a', 'b']);
    expect(choice).toMatchObject({ model: 'b', fallback: true });
    expect(choice.candidates.find((c) => c.model === 'b')!.miss).toBeCloseTo(0.05, 12);
  });
});

describe('choice rule on shared forecasts', () => {
  /** Net-position rows at 1 and 2 years from the starts 2015-`from` to 2015-10, each of CRPS crps(month). */
  const monthly = (model: string, from: number, miss: number, crps: (month: number) => number) =>
    [365, 730].flatMap((horizonDays) =>
      Array.from({ length: 11 - from }, (_, i): CalibrationRow => {
        const month = from + i;
        return {
          ...rows(model, horizonDays, 'tuning', 0, crps(month))[0],
          start: `2015-${String(month).padStart(2, '0')}-01`,
          in90: month !== miss,
        };
      }),
    );

  it('chooseDefaultModel() compares CRPS on the forecasts every model has, not a later-starting model’s fewer', () => {
    // `early` from 2015-01, its first two starts hard (CRPS 10), the rest 1: mean 2.8 over its own.
    // `late` (a mixture) from 2015-03 only, CRPS 2 at each: mean 2, sharper on its own starts, yet
    // on the eight starts both have `early` scores 1 against 2. Both hold 0.9 and 0.875 in 90 %.
    const study = [...monthly('early', 1, 5, (m) => (m <= 2 ? 10 : 1)), ...monthly('late', 3, 5, () => 2)];
    const choice = chooseDefaultModel(study, ['early', 'late']);
    expect(choice).toMatchObject({ model: 'early', fallback: false, shared: 16 });
    const early = choice.candidates.find((c) => c.model === 'early')!;
    expect(early.crps).toBeCloseTo(2.8, 12);
    expect(early.crpsShared).toBe(1);
    expect(choice.candidates.find((c) => c.model === 'late')).toMatchObject({ crps: 2, crpsShared: 2 });
  });

  it('chooseDefaultModel() ranks last a model without forecasts at a choice horizon', () => {
    const study = [
      ...monthly('a', 1, 0, () => 1).filter((r) => r.horizonDays === 365),
      ...monthly('b', 1, 5, () => 5),
    ];
    const choice = chooseDefaultModel(study, ['a', 'b']);
    expect(choice.model).toBe('b');
    expect(choice.candidates.find((c) => c.model === 'a')!.miss).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('goals', () => {
  it('evaluateGoals() reads held-out coverage and the CRPS ratio against bootstrap + growth', () => {
    const study = [...both('new', 'held-out', 18, 0.8), ...both('bootstrap-growth', 'held-out', 18, 1)];
    const goals = evaluateGoals(summarizeScores(study), 'new');
    const net1 = goals.filter((g) => g.what.startsWith('net at 365 days'));
    expect(net1.map((g) => [Number(g.value.toFixed(12)), g.met])).toEqual([
      [0.5, true],
      [0.9, true],
      [0.8, true],
    ]);
    const worse = evaluateGoals(
      summarizeScores([...both('new', 'held-out', 10, 0.9), ...both('bootstrap-growth', 'held-out', 18, 1)]),
      'new',
    );
    const crps = worse.find((g) => g.what.includes('CRPS'))!;
    expect(crps).toMatchObject({ met: false });
    expect(crps.miss).toBeCloseTo(0.05, 12);
    expect(worse.find((g) => g.what === 'net at 365 days: 90 % band holds')).toMatchObject({
      value: 0.5,
      met: false,
    });
  });
});

describe('skill', () => {
  /** One net-position row at 365 days of `model` from `start`, with CRPS `crps`. */
  const row = (model: string, start: string, crps: number): CalibrationRow => ({
    ...rows(model, 365, 'tuning', 0, crps)[0],
    start,
  });

  it('summarizeScores() measures skill against the baseline on the model’s own starts, not the baseline’s earlier ones', () => {
    // The baseline was scored from 2013-01 on, a mixture only from 2013-03 (its first start): the
    // early start the mixture never had is the baseline's worst.
    const study = [
      row('no-change', '2013-01-01', 10),
      row('no-change', '2013-03-01', 1),
      row('no-change', '2013-04-01', 3),
      row('late', '2013-03-01', 1),
      row('late', '2013-04-01', 1),
    ];
    const late = summarizeScores(study).find((s) => s.model === 'late')!;
    // By hand: the mixture's mean CRPS 1, the baseline's over 2013-03 and 2013-04 (1 + 3) / 2 = 2.
    // Over all three of the baseline's starts it was 14 / 3, a skill of 0.79 instead of 0.5.
    expect(late.crps).toBe(1);
    expect(late.skill['no-change']).toBeCloseTo(1 - 1 / 2, 12);
  });

  it('summarizeScores() gives no skill against a baseline that lacks one of the model’s starts', () => {
    const study = [
      row('no-change', '2013-03-01', 1),
      row('late', '2013-03-01', 1),
      row('late', '2013-04-01', 1),
    ];
    const late = summarizeScores(study).find((s) => s.model === 'late')!;
    expect(late.skill).toEqual({});
    expect(scoresCsv(summarizeScores(study)).split('\n')[2].endsWith(',,')).toBe(true);
  });
});
