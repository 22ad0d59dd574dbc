// sweep.json: every point and crossing keyed by axis.
import { describe, expect, it } from 'vitest';
import { pointMeasures, sweepJson } from '../../src/report/sweep-json.js';
import { makeClaimSweep } from '../fixtures/sweep.js';

const sweep = makeClaimSweep();

describe('sweepJson()', () => {
  it('sweepJson() keys every point and crossing by axis', () => {
    const json = sweepJson(sweep);
    expect(json.axes.map((a) => [a.key, a.unit, a.values.length])).toEqual([
      ['power.price', 'USD/kWh', 7],
      ['fleet[0].unitPrice', 'USD', 6],
    ]);
    expect(json.points[1].values).toEqual({ 'power.price': 0.02, 'fleet[0].unitPrice': 1700 });
    expect(json.boundary.crossings.length).toBe(sweep.boundary.length);
    expect(json.boundary).toMatchObject({ measure: 'paybackWithin2y', threshold: 0.5, along: 'power.price' });
  });

  it('a point’s measures are sweep.json’s, in its order, its claims where asked (sensitivity.json’s points have none)', () => {
    const json = sweepJson(sweep);
    const { values: _, ...point } = json.points[3];
    expect(JSON.stringify(pointMeasures(sweep.points[3], true))).toBe(JSON.stringify(point));
    const { claims: __, ...withoutClaims } = point;
    expect(JSON.stringify(pointMeasures(sweep.points[3], false))).toBe(JSON.stringify(withoutClaims));
  });
});
