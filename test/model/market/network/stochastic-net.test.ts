// The stochastic network's options net of block luck (network/block-luck.ts): a volatility read
// net of the Poisson luck of the blocks found, and a growth rate drawn once a path.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../../../src/data/history.js';
import { calibrationWindow } from '../../../../src/model/market/calibrate.js';
import { driftStandardError, netOfLuckVolatility } from '../../../../src/model/market/network/block-luck.js';
import { defaultInputs } from '../../../../src/study/sensitivity-inputs.js';
import { compileMarketDraft, eachMarketPath, marketProblems, meanSe } from '../../../fixtures/market.js';

const YEAR = 365.25;

interface Hashrate {
  growthLogPerDay: number;
  volPerSqrtDay: number;
  driftSpreadPerDay: number;
}

describe('stochastic network with a drift spread', () => {
  it('fillMarketPath() draws each path one growth rate: ln(H_t / H_0) has mean g t and variance s^2 t^2 + sigma^2 t, within 4 SE', async () => {
    // drift 40 %, spread 30 %, volatility 10 % a year; over t = 364 days (0.997 years):
    // variance 0.3^2 x 0.997^2 + 0.1^2 x 0.997 = 0.0894 + 0.0100 = 0.0994.
    const { market } = await compileMarketDraft({
      network: { model: { type: 'stochastic', drift: '40 %', volatility: '10 %', driftSpread: '30 %' } },
    });
    const h = market.hashrate as unknown as Hashrate;
    expect(h.driftSpreadPerDay).toBeCloseTo(0.3 / YEAR, 15);
    const t = market.days - 1;
    const logs: number[] = [];
    const squares: number[] = [];
    eachMarketPath(market, 4000, 5, (p) => {
      const x = Math.log(p.networkHashrateHs[t] / p.networkHashrateHs[0]);
      logs.push(x);
      squares.push((x - h.growthLogPerDay * t) ** 2);
    });
    const m = meanSe(logs);
    expect(Math.abs(m.mean - h.growthLogPerDay * t)).toBeLessThan(4 * m.se);
    const v = meanSe(squares);
    const expected = h.driftSpreadPerDay ** 2 * t * t + h.volPerSqrtDay ** 2 * t;
    expect(expected).toBeCloseTo(0.0994, 3);
    expect(Math.abs(v.mean - expected)).toBeLessThan(4 * v.se);
  });

  it('fillMarketPath() without a spread draws the same path as before (no extra draw on the network stream)', async () => {
    const base = { type: 'stochastic', drift: '40 %', volatility: '10 %' };
    const a = await compileMarketDraft({ network: { model: base } });
    const b = await compileMarketDraft({ network: { model: { ...base, driftSpread: '0 %' } } });
    const paths: number[][] = [];
    eachMarketPath(a.market, 3, 9, (p) => paths.push(Array.from(p.networkHashrateHs)));
    let k = 0;
    eachMarketPath(b.market, 3, 9, (p) => {
      expect(Array.from(p.networkHashrateHs)).toEqual(paths[k++]);
    });
  });
});

describe('stochastic network calibrated net of block luck', () => {
  it('resolve() reads the volatility net of block luck on the window before the start: 11.4 % on 2023 against 33.7 % of daily changes', async () => {
    // The year before 2024-01-01: the daily changes of the 7-day mean read 33.7 % a year, block
    // luck alone sqrt(2 x mean(1/blocks) / 49 x 365.25) = 31.9 %; the changes 7-56 days apart, less
    // the luck, 11.4 %.
    const written = { type: 'stochastic', calibrate: '1 year' };
    const kept = await compileMarketDraft({ start: '2024-01-01', network: { model: written } });
    const removed = await compileMarketDraft({
      start: '2024-01-01',
      network: { model: { ...written, blockLuck: 'removed' } },
    });
    const vol = (c: typeof kept) =>
      (c.market.hashrate as unknown as Hashrate).volPerSqrtDay * Math.sqrt(YEAR);
    expect(vol(kept)).toBeCloseTo(0.337, 3);
    expect(vol(removed)).toBeCloseTo(0.114, 3);
    const h = loadHistory('bitcoin');
    const w = calibrationWindow(h, '2024-01-01', 365);
    const direct = netOfLuckVolatility(Float64Array.from(h.hashrateHs, Math.log), h.blocks, w);
    expect(vol(removed)).toBeCloseTo(direct?.volatility ?? Number.NaN, 12);
    // The same drift either way.
    const drift = (c: typeof kept) => (c.market.hashrate as unknown as Hashrate).growthLogPerDay;
    expect(drift(removed)).toBe(drift(kept));
  });

  it('validation refuses a window too short for the net volatility: fewer differences than days apart at the longest span (117 days), which read 0 % on every 64-day window', async () => {
    // A window of 64 days holds 58 7-day means and 2 differences 56 days apart: their variance about
    // their mean was taken as the walk's less k^2 (N - k/3) / N^2 = 3,136 x (2 - 18.7) / 4 < 0 of
    // it, a coefficient of 13,120 where the differences read about none, and the volatility came
    // out floored at 0 on every 64-day window of the Bitcoin history (174 of 174 starts 30 days
    // apart from 2011-08-22; 37 of 174 at 90 days, none at 365). The formula holds where each span
    // has at least as many differences as its days: 7 - 1 + 2 x 56 = 118 days.
    const short = await marketProblems({
      network: { model: { type: 'stochastic', calibrate: '117 days', blockLuck: 'removed' } },
    });
    expect(short.map((p) => p.message).join('\n')).toMatch(
      /at least 118 days, or the `volatility` itself \(got "117 days"\)$/,
    );
    // 118 days is enough, and reads a walk; a given volatility needs none.
    const { market } = await compileMarketDraft({
      network: { model: { type: 'stochastic', calibrate: '118 days', blockLuck: 'removed' } },
    });
    expect((market.hashrate as unknown as Hashrate).volPerSqrtDay).toBeGreaterThan(0);
    expect(
      await marketProblems({
        network: {
          model: { type: 'stochastic', calibrate: '60 days', volatility: '20 %', blockLuck: 'removed' },
        },
      }),
    ).toEqual([]);
  });

  it("resolve() with driftSpread: standard-error spreads each path's growth by the calibrated drift's standard error", async () => {
    const { market } = await compileMarketDraft({
      start: '2024-01-01',
      network: {
        model: {
          type: 'stochastic',
          calibrate: '1 year',
          blockLuck: 'removed',
          driftSpread: 'standard-error',
        },
      },
    });
    const hr = market.hashrate as unknown as Hashrate;
    const h = loadHistory('bitcoin');
    const w = calibrationWindow(h, '2024-01-01', 365);
    // 357 daily changes of the 7-day mean in a 365-day window; at 11.4 % a year net of luck:
    // sqrt(0.114^2 x 0.994 + 2 x mean(1/blocks) / 7 x 1.047) = about 0.12 a year.
    const se = driftStandardError(hr.volPerSqrtDay * Math.sqrt(YEAR), h.blocks, w, 357);
    expect(hr.driftSpreadPerDay * YEAR).toBeCloseTo(se, 12);
    expect(se).toBeGreaterThan(0.1);
    expect(se).toBeLessThan(0.14);
    // A given drift has no standard error; nor has a model without a window.
    const given = await marketProblems({
      network: {
        model: { type: 'stochastic', calibrate: '1 year', drift: '20 %', driftSpread: 'standard-error' },
      },
    });
    expect(given.map((p) => p.message).join('\n')).toMatch(/standard error of a drift calibrated/);
    const none = await marketProblems({
      network: {
        model: { type: 'stochastic', drift: '20 %', volatility: '10 %', driftSpread: 'standard-error' },
      },
    });
    expect(none.map((p) => String(p.path))).toContain('network.model.driftSpread');
    // Nor a volatility read with the block luck kept: it would spread the growth by the luck.
    const kept = await marketProblems({
      network: { model: { type: 'stochastic', calibrate: '1 year', driftSpread: 'standard-error' } },
    });
    expect(kept.map((p) => p.message).join('\n')).toMatch(/calibrate it with `blockLuck: removed`/);
    expect(
      await marketProblems({
        network: {
          model: {
            type: 'stochastic',
            calibrate: '1 year',
            volatility: '15 %',
            driftSpread: 'standard-error',
          },
        },
      }),
    ).toEqual([]);
  });
});

describe('stochastic network with a huge drift spread', () => {
  it('marketProblems() refuses driftSpread 500 % over 30 years at network.model and names the drift spread to lower', async () => {
    // (|0.2| + 6 x 5) x 30 + 6 x 0.2 x sqrt(30) = 912.6 in log, about 1e396: past 1e100.
    const problems = await marketProblems({
      horizon: '30 years',
      network: { model: { type: 'stochastic', drift: '20 %', volatility: '20 %', driftSpread: '500 %' } },
    });
    expect(problems.map((p) => p.path)).toEqual(['network.model']);
    expect(problems[0].message).toContain('1e396');
    expect(problems[0].message).toContain('drift spread');
  });
});

describe('stochastic network with driftSpread: standard-error in a sensitivity study', () => {
  it('defaultInputs() skips the drift of a network whose spread is its calibrated drift’s standard error (every point was refused: a given drift has none)', async () => {
    // `minesim sensitivity` on the flagship with this network refused both points of
    // network.model.drift (0.855 and 1.283, the base 1.069 -20 % and +20 %) at driftSpread.
    const { scenario } = await compileMarketDraft({
      network: {
        model: {
          type: 'stochastic',
          calibrate: '1 year',
          blockLuck: 'removed',
          driftSpread: 'standard-error',
        },
      },
    });
    const { specs, skipped } = defaultInputs(scenario);
    expect(specs.map((i) => i.key)).not.toContain('network.model.drift');
    expect(skipped.map((i) => i.key)).toContain('network.model.drift');
    // A spread given as a rate keeps the drift to move.
    const rate = await compileMarketDraft({
      network: {
        model: { type: 'stochastic', calibrate: '1 year', blockLuck: 'removed', driftSpread: '20 %' },
      },
    });
    expect(defaultInputs(rate.scenario).specs.map((i) => i.key)).toContain('network.model.drift');
  });
});

describe('stochastic network net of block luck on a window where the luck explains all', () => {
  it('validation refuses a window whose volatility net of block luck floors at 0 (2024-01-16, 118 days: variance -2.7e-5 a day), and takes the year before it', async () => {
    // The 118 days to 2024-01-15: the changes of 7-day means 7 to 56 days apart hold less variance
    // than the block luck gives them, so the walk's variance reads -2.67e-5 a day and was floored
    // at 0: 'volatility 0.0 % per year net of block luck', every path's network a straight line.
    const draft = (calibrate: string) => ({
      start: '2024-01-16',
      network: { model: { type: 'stochastic', calibrate, blockLuck: 'removed' } },
    });
    const problems = await marketProblems(draft('118 days'));
    expect(problems.map((p) => p.path)).toEqual(['network.model.calibrate']);
    expect(problems[0].message).toContain('block luck');
    expect(await marketProblems(draft('1 year'))).toEqual([]);
  });
});

describe('stochastic network net of block luck inside a mixture', () => {
  it('validation refuses a mixture component whose window reads no walk, at the component’s calibrate', async () => {
    // The same window as above (118 days to 2024-01-15, variance -2.67e-5 a day), as component 1.
    const problems = await marketProblems({
      start: '2024-01-16',
      network: {
        model: {
          type: 'mixture',
          weights: 'given',
          of: [
            { weight: 0.5, model: { type: 'growth', rate: '20 %' } },
            { weight: 0.5, model: { type: 'stochastic', calibrate: '118 days', blockLuck: 'removed' } },
          ],
        },
      },
    });
    expect(problems.map((p) => p.path)).toEqual(['network.model.of[1].model.calibrate']);
  });
});
