import { describe, expect, it } from 'vitest';
import { sweepBoundaryLines } from '../../src/report/sweep-boundary-lines.js';
import { boundaryCrossings } from '../../src/study/sweep-crossings.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';

const point = (values: number[], p: number): SweepPointResult => ({
  values,
  days: 731,
  paybackWithin1y: { p, se: 0 },
  paybackWithin2y: { p, se: 0 },
  noPayback: { p: 1 - p, se: 0 },
  medianPaybackDays: null,
  medianNpvUsd: null,
  claims: [],
});

function sweepOf(vary: string, ps: number[]) {
  const parsed = parseVaries([vary]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { axes } = parsed;
  const points = axes[0].values.map((v, i) => point([v], ps[i]));
  const result = {
    scenario: { name: 'x', start: '2023-01-01', days: 731 },
    paths: 30,
    seed: 1,
    axes,
    points,
  };
  return { ...result, boundary: boundaryCrossings(result) };
}

// `minesim sweep` of 10 units of 100 TH/s at 0 USD/kWh over `fleet[0].unitPrice=0..1e12:3` (30
// paths): P(payback <= 2 years) is 1 at 0 USD and 0 at 5e11 USD, so it crosses 0.5 somewhere
// between them: near 2,700 USD a unit (`--vary fleet[0].unitPrice=1000..5000:5`, 200 paths: 0.785
// at 2,000 USD, 0.370 at 3,000). The sweep printed "P(payback <= 2 years) = 0.5 at
// fleet[0].unitPrice = 250000000000 USD", the grid's midpoint by linear interpolation, about a
// hundred million times too high and stated as a finding. Likewise power.price=0..10:3 printed
// 1.64 USD/kWh for a crossing near 0.03. The line now says the grid values it lies between.
describe('sweepBoundaryLines() of a crossing interpolated between grid values', () => {
  it('says the crossing at 2.5e11 USD is interpolated between the grid values 0 and 5e11 USD', () => {
    const lines = sweepBoundaryLines(sweepOf('fleet[0].unitPrice=0..1e12:3', [1, 0, 0]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('250000000000 USD');
    expect(lines[0]).toContain('interpolated between the grid values 0 USD and 500000000000 USD');
  });

  it('a crossing on a grid value is that value, with no interpolation said', () => {
    const lines = sweepBoundaryLines(sweepOf('power.price=0,0.05,0.1', [0.8, 0.5, 0.1]));
    expect(lines).toEqual(['P(payback <= 2 years) = 0.5 at power.price = 0.05 USD/kWh']);
  });
});
