// sensitivity.json gave each point's median payback and median NPV bare, while the point's run gave
// their 95 % intervals (carried on the point since sweep.ts pointResult(): medianPaybackDaysInterval,
// medianNpvUsdInterval); it now gives them beside the medians, as sweep.json does.
import { describe, expect, it } from 'vitest';
import { sensitivityJson } from '../../src/report/sensitivity-tables.js';
import type { SensitivityResult } from '../../src/study/sensitivity.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';

function point(median: number): SweepPointResult {
  const e = (x: number) => ({ p: x, se: 0.01 });
  return {
    values: [],
    days: 1826,
    paybackWithin1y: e(0.3),
    paybackWithin2y: e(0.6),
    noPayback: e(0.1),
    medianPaybackDays: median,
    medianNpvUsd: 1000,
    // Made-up ends: the sorted values of ranks 18 and 33 of 50 paths, say.
    medianPaybackDaysInterval: { low: median - 40, high: null },
    medianNpvUsdInterval: { low: 400, high: 1500 },
    claims: [],
  };
}

const RESULT: SensitivityResult = {
  scenario: { name: 'test', start: '2017-05-17', days: 1826 },
  paths: 50,
  seed: 1,
  by: 0.2,
  base: point(600),
  rows: [
    {
      input: {
        key: 'power.price',
        path: ['power', 'price'],
        argument: null,
        unit: 'USD/kWh',
        baseSource: 'scenario',
        base: 0.1,
        low: 0.08,
        high: 0.12,
      },
      low: point(500),
      high: point(700),
    },
  ],
  skipped: [],
};

describe('sensitivityJson() and the medians’ intervals', () => {
  it('gives the base’s and each side’s median intervals', () => {
    const json = sensitivityJson(RESULT) as unknown as {
      base: Record<string, unknown>;
      inputs: { low: Record<string, unknown>; high: Record<string, unknown> }[];
    };
    expect(json.base.medianPaybackDaysInterval).toEqual({ low: 560, high: null });
    expect(json.base.medianNpvUsdInterval).toEqual({ low: 400, high: 1500 });
    expect(json.inputs[0].high.medianPaybackDaysInterval).toEqual({ low: 660, high: null });
  });
});
