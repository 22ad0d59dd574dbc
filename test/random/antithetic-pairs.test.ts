// An antithetic pair (paths 2j and 2j + 1, README "Randomness") mirrors the price's random part:
// the odd path's daily log returns are the even one's reflected about the model's own centre. A
// GARCH-t day is drift + e with e = sqrt(h) z sqrt((nu - 2) / X), X a chi-square: its mirror
// takes -z and the same X (the t is symmetric, so -t is as likely), and then h, a function of the
// e^2 before it, is the same on both paths. minesim mirrored the chi-square's own normal and
// uniform as well, so the pair's gamma draws differed and, at the first draw one path's rejection
// step refused and the other's took, the two streams fell out of step for good: on the flagship
// price's two-year GARCH-t calibration the pair's final log prices correlated at about -0.1
// instead of -1 (no variance saved). Likewise a jump-diffusion day mirrored its Poisson count
// (u -> 1 - u), so the pair drew different numbers of jump sizes and fell out of step at the
// first day with a jump on either path; the count is now the same on both, its sizes mirrored
// about the jump mean.
import { describe, expect, it } from 'vitest';
import { createMarketWorkspace, fillMarketPath } from '../../src/engine/kernel/market-path.js';
import { Rng, runKey, STREAM_FEES, STREAM_NETWORK, STREAM_PRICE } from '../../src/engine/random/rng.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { compileMarketDraft, type Draft } from '../fixtures/market.js';
import { loadScenario } from '../fixtures/scenarios.js';

/** Daily log returns of path 2j and of its mirror 2j + 1, for j < pairs. */
async function pairReturns(
  price: Draft,
  pairs: number,
): Promise<{ driftPerDay: number; pairs: { even: Float64Array; odd: Float64Array }[] }> {
  const { market } = await compileMarketDraft({ price });
  const w = createMarketWorkspace(market);
  const key = runKey(2017);
  const [p, n, f] = [new Rng(), new Rng(), new Rng()];
  const returns = (flip: boolean, j: number) => {
    p.reset(key, 2 * j, STREAM_PRICE, flip);
    n.reset(key, 2 * j, STREAM_NETWORK, flip);
    f.reset(key, 2 * j, STREAM_FEES, flip);
    fillMarketPath(market, w, p, n, f);
    const out = new Float64Array(market.days - 1);
    for (let d = 1; d < market.days; d++) out[d - 1] = Math.log(w.path.priceUsd[d] / w.path.priceUsd[d - 1]);
    return out;
  };
  return {
    driftPerDay: (market.price as { driftPerDay: number }).driftPerDay,
    pairs: Array.from({ length: pairs }, (_, j) => ({ even: returns(false, j), odd: returns(true, j) })),
  };
}

describe('antithetic pairs of a price model', () => {
  it('fillMarketPath() of a GARCH-t pair: every day of the odd path is the even one mirrored about the drift', async () => {
    const { driftPerDay, pairs } = await pairReturns(
      {
        start: '13000 USD',
        model: { type: 'garch-t', drift: '20 %', volatility: '80 %', alpha: 0.1, beta: 0.85, nu: 4 },
      },
      20,
    );
    let days = 0;
    for (const { even, odd } of pairs)
      for (let d = 0; d < even.length; d++) {
        // log(P_d / P_(d-1)) = drift + e: the sum of the pair's is twice the drift, to rounding.
        expect(Math.abs(even[d] + odd[d] - 2 * driftPerDay)).toBeLessThan(1e-12);
        days++;
      }
    expect(days).toBe(20 * 364);
  });

  it('fillMarketPath() of a jump-diffusion pair: both paths jump on the same days, the diffusion and the sizes mirrored', async () => {
    const { pairs } = await pairReturns(
      {
        start: '13000 USD',
        model: {
          type: 'jump-diffusion',
          drift: '0 %',
          volatility: '60 %',
          jumpsPerYear: 20,
          jumpMean: '-10 %',
          jumpVolatility: '15 %',
        },
      },
      20,
    );
    // With no drift a day's log return is sigma z + sum of k sizes (jumpMean + jumpVol z_i): a
    // pair's two returns sum to 2 k jumpMean, k the day's count (0 on most days).
    let jumpDays = 0;
    for (const { even, odd } of pairs)
      for (let d = 0; d < even.length; d++) {
        const k = (even[d] + odd[d]) / (2 * -0.1);
        expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
        expect(Math.round(k)).toBeGreaterThanOrEqual(0);
        if (Math.round(k) > 0) jumpDays++;
      }
    // 20 pairs x 364 days x 20 / 365.25 a day: about 399 days with a jump.
    expect(jumpDays).toBeGreaterThan(300);
  });

  it('runMonteCarlo() --antithetic mirrors no machine failure: with the market fixed, every path is the run without pairs to the bit', async () => {
    // The fleet's stream is path k's own, never its pair's nor mirrored (chunk.ts): where only
    // failures are random (a fixed price, a growth network), antithetic pairs change nothing.
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '1 year';
      d.claims = [];
      delete d.sweep;
      d.price = { start: '1800 USD', model: { type: 'fixed' } };
      d.fleet[0].failureRate = '40 %';
    });
    const run = (antithetic: boolean) =>
      runMonteCarlo(s, { paths: 64, workers: 1, antithetic, breakEvenPaths: 0, withBacktest: false });
    const [plain, pairs] = [await run(false), await run(true)];
    expect(Array.from(pairs.outcomes.coinsMined)).toEqual(Array.from(plain.outcomes.coinsMined));
    // The failures do differ from path to path: 64 paths, more than one outcome.
    expect(new Set(plain.outcomes.coinsMined).size).toBeGreaterThan(32);
  });
});
