import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/stats/log-gamma.js';
import { nelderMead } from '../../src/stats/nelder-mead.js';

describe('nelderMead() and logGamma()', () => {
  it('nelderMead() finds the minimum of the Rosenbrock function within 1e-4', () => {
    const f = (x: Float64Array) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
    const m = nelderMead(f, [-1.2, 1], { maxIterations: 5000 });
    expect(m.x[0]).toBeCloseTo(1, 4);
    expect(m.x[1]).toBeCloseTo(1, 4);
  });

  it('nelderMead() treats a non-finite value as outside the domain', () => {
    const f = (x: Float64Array) => (x[0] < 0 ? Number.NaN : (x[0] - 2) ** 2);
    expect(nelderMead(f, [0.5]).x[0]).toBeCloseTo(2, 5);
  });

  it('logGamma() matches ln((n-1)!) and ln Gamma(1/2) = ln sqrt(pi) to 1e-12', () => {
    let factorial = 1;
    for (let n = 1; n < 30; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 10);
      factorial *= n;
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
});
