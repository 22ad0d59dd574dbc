// A GARCH(1,1)-t fit took as few as 181 days (180 returns): the default price mixture on a start 550
// days past the shipped history (to 2025-11-14) fitted its GARCH-t on 182 of its 731 days (alpha /
// beta / nu 0.050 / 0.873 / 8.00, 3.3 log-likelihood points above a normal) and ran it at the
// weight its 2-year fits had scored. On 180 returns simulated from a typical Bitcoin fit the
// persistence's 5-95 % range is 0.47-1.000 (a shock's half-life 1 day to 19 years against 26); a fit
// now takes a year of days (364 returns), where the range is 0.79-0.993.
import { describe, expect, it } from 'vitest';
import { Rng, runKey } from '../../src/engine/random/rng.js';
import { fitGarchT, MIN_FIT_RETURNS } from '../../src/model/market/garch-fit.js';
import { gammaConstants, gammaDraw } from '../../src/model/market/price/student-t.js';
import { problemsOf, problemWith } from '../advice/harness.js';

/** `n` daily returns of a GARCH(1,1)-t with a typical two-year Bitcoin fit, from stream `k`. */
function simulated(n: number, k: number): Float64Array {
  const [alpha, beta, nu] = [0.068, 0.906, 3.13];
  const variance = 0.6 ** 2 / 365.25;
  const omega = variance * (1 - alpha - beta);
  const rng = new Rng();
  rng.reset(runKey('garch-min-returns'), k, 1);
  const { d, c } = gammaConstants(nu / 2);
  const out = new Float64Array(n);
  let h = variance;
  for (let t = -500; t < n; t++) {
    const e = Math.sqrt(h) * rng.rawNormal() * Math.sqrt((nu - 2) / 2 / gammaDraw(rng, d, c));
    if (t >= 0) out[t] = e;
    h = omega + alpha * e * e + beta * h;
  }
  return out;
}

/** The 5 % and 95 % quantiles of the fitted persistence on `reps` series of `n` returns. */
function persistenceRange(n: number, reps: number): [number, number] {
  const p = Array.from({ length: reps }, (_, k) => {
    const f = fitGarchT(simulated(n, k), n);
    return f.alpha + f.beta;
  }).sort((a, b) => a - b);
  return [p[Math.floor(0.05 * (reps - 1))], p[Math.floor(0.95 * (reps - 1))]];
}

const at = (start: string, price = '') => `name: past-end
coin: bitcoin
start: ${start}
horizon: 2 years
fleet:
  - model: Antminer S21
    count: 100
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
network:
  difficulty: 141.67 T
  height: 933408
  model: { type: stochastic, drift: 30 %, volatility: 20 % }
price:
  start: 90000 USD
${price}fees:
  model: { type: share-of-subsidy, share: 1 % }
monteCarlo:
  paths: 1
`;

describe('the fewest returns a GARCH-t fit takes', () => {
  it('fitGarchT() on 180 simulated returns (the old least) spans half-lives of days to years; on MIN_FIT_RETURNS (364) far less', () => {
    expect(MIN_FIT_RETURNS).toBe(364);
    // 200 series each, fixed streams. The upper 5 % of 180-return fits are a unit root for all
    // purposes (persistence 0.9998: a shock's half-life of 8 years), of 364-return fits under 0.995
    // (138 days); the lower tail narrows too (0.69 -> 0.79 here).
    const short = persistenceRange(180, 200);
    const year = persistenceRange(MIN_FIT_RETURNS, 200);
    expect(short[1]).toBeGreaterThan(0.999);
    expect(year[1]).toBeLessThan(0.995);
    expect(year[0]).toBeGreaterThan(short[0] + 0.05);
  }, 60_000);

  it('validateScenarioText() refuses `calibrate: 200 days` on a GARCH-t, naming the least (365 days)', async () => {
    const problem = problemWith(
      await problemsOf(at('2024-01-01', '  model: { type: garch-t, calibrate: 200 days }\n')),
      'must be at least 365 days',
    );
    expect(problem.path).toBe('price.model.calibrate');
    expect(await problemsOf(at('2024-01-01', '  model: { type: garch-t, calibrate: 1 year }\n'))).toEqual([]);
  });

  it('validateScenarioText() refuses a partial GARCH-t window holding 232 of its 731 days (a start 500 days past the history)', async () => {
    const problem = problemWith(
      await problemsOf(
        at('2027-03-29', '  model: { type: garch-t, calibrate: 2 years, partial: allowed }\n'),
      ),
      'has only 232',
    );
    expect(problem.path).toBe('price.model.calibrate');
    expect(problem.message).toContain('has only 232 days in the bitcoin history');
    expect(problem.message).toContain('a partial window must hold at least 365 days of it');
  });
});
