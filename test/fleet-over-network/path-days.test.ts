// A fleet that grows in stages on a random network: validation sees only the start day, where the
// whole fleet fits in the network, but on many paths the network falls below the fleet once the
// second stage runs. The fleet is part of the network, so there the blocks and retargets follow the
// fleet's hashrate (it earns every block, never more), and the run says on how many paths and on
// how many of its path-days that happened: a path held at the fleet for a day and one held for a
// year are not the same warning.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { headlineTable } from '../../src/cli/headline.js';
import { SERIES_COUNT, weeklyCheckpoints } from '../../src/engine/kernel/checkpoints.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { createMarketWorkspace } from '../../src/engine/kernel/market-path.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { createKernelWorkspace } from '../../src/engine/kernel/workspace.js';
import { Rng, runKey, STREAM_FEES, STREAM_NETWORK, STREAM_PRICE } from '../../src/engine/random/rng.js';
import { ChunkRunner } from '../../src/engine/run/chunk.js';
import { mergeParts, type NamedPart } from '../../src/engine/run/merge-parts.js';
import { checkPart } from '../../src/engine/run/part-check.js';
import { partOrigin } from '../../src/engine/run/part-origin.js';
import { accumulateRun, finishRun, runMonteCarlo } from '../../src/engine/run/run.js';
import { shardRange, toPart } from '../../src/engine/run/shard.js';
import { fleetNetworkMessages } from '../../src/messages/fleet-network.js';
import { formatPercent } from '../../src/report/format.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { compileMarketDraft, eachMarketPath, marketDraft } from '../fixtures/market.js';
import { scenarioOf } from '../fixtures/scenarios.js';

// 2019-01-01's network is 41.6 EH/s. 500,000 S9 (6.75 EH/s, 16 %) from the start, 1,500,000 more
// bought on 2019-07-01 (27 EH/s in all, 65 % of the start's network): the start day validates, and
// a network drifting -30 % a year at 80 % volatility is below 27 EH/s in the second half of the
// year on a good share of paths (ln 0.65 = -0.43 against a sd of 0.57 there).
const staged = {
  horizon: '2 years',
  fleet: [
    { name: 'first', model: 'Antminer S9', count: 500_000, unitPrice: '300 USD' },
    { name: 'second', model: 'Antminer S9', count: 1_500_000, unitPrice: '300 USD', purchased: '2019-07-01' },
  ],
  network: { model: { type: 'stochastic', drift: '-30 %', volatility: '80 %' } },
  price: { start: '3800 USD', model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
};

/** Paths 0..paths-1 of `market` as the model draws them, before the floor: the days each falls to it. */
function daysBelowFloor(
  market: Awaited<ReturnType<typeof compileMarketDraft>>['market'],
  paths: number,
  seed: number,
): number[] {
  const floor = market.fleetFloorHs!;
  const w = createMarketWorkspace(market);
  const key = runKey(seed);
  const rngs = [new Rng(), new Rng(), new Rng()] as const;
  const days: number[] = [];
  for (let k = 0; k < paths; k++) {
    rngs[0].reset(key, k, STREAM_PRICE);
    rngs[1].reset(key, k, STREAM_NETWORK);
    rngs[2].reset(key, k, STREAM_FEES);
    w.priceModel.fill(market.price, market, w, rngs[0]);
    w.feesModel.fill(market.fees, market, w, rngs[2]);
    w.networkModel.fill(market.hashrate, market, w, rngs[1]);
    let n = 0;
    for (let d = 0; d < floor.length; d++) if (w.path.networkHashrateHs[d] <= floor[d] && floor[d] > 0) n++;
    days.push(n);
  }
  return days;
}

describe('a staged fleet that outgrows a random network after the start', () => {
  it('validates (the start day fits), and on no path earns more than every block of its days', async () => {
    const { plan, market } = await compileMarketDraft(staged);
    const workspace = createKernelWorkspace(plan);
    const held = daysBelowFloor(market, 200, 11);
    let worst = 0;
    eachMarketPath(market, 200, 11, (path) => {
      simulatePath(plan, path, workspace, new Rng());
      let blockCoins = 0;
      for (let d = 0; d < plan.days; d++)
        blockCoins += workspace.networkDays.coinsPerHs[d] * path.networkHashrateHs[d];
      worst = Math.max(worst, workspace.metrics[METRIC.coinsMined] / blockCoins);
    });
    // The model's own network falls below the fleet on a good share of the paths; the second stage
    // is what does it (the first alone is 16 % of the start's network).
    expect(held.filter((n) => n > 0).length).toBeGreaterThan(40);
    expect(worst).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('ChunkRunner.run() counts the days each path was held at the fleet, pilot path by path and a chunk as one sum', async () => {
    const { plan, market } = await compileMarketDraft(staged);
    const held = daysBelowFloor(market, 120, 7);
    const checkpoints = weeklyCheckpoints(plan.days);
    const slots = SERIES_COUNT * checkpoints.length;
    const runner = new ChunkRunner({
      plan,
      market,
      key: runKey(7),
      antithetic: false,
      checkpoints,
      lo: new Float64Array(slots),
      hi: new Float64Array(slots).fill(1),
      ratio: new Uint8Array(slots),
      samplePaths: 0,
      breakEvenPaths: 0,
    });
    const pilot = runner.run(0, 60, true);
    expect([...pilot.networkAtFleetDaysByPath!]).toEqual(held.slice(0, 60));
    expect(pilot.networkAtFleetDays).toBe(held.slice(0, 60).reduce((a, b) => a + b, 0));
    const chunk = runner.run(60, 120);
    expect(chunk.networkAtFleetDaysByPath).toBeNull();
    expect(chunk.networkAtFleetDays).toBe(held.slice(60).reduce((a, b) => a + b, 0));
    expect(chunk.networkAtFleetPaths).toBe(held.slice(60).filter((n) => n > 0).length);
    // Held on some days, not all: the share of path-days is far below the share of paths.
    expect(chunk.networkAtFleetDays).toBeGreaterThan(chunk.networkAtFleetPaths);
    expect(chunk.networkAtFleetDays).toBeLessThan(chunk.networkAtFleetPaths * plan.days);
  });

  it('summary.json, the terminal and summary.md give the share of path-days; 3 shards merged add up to it; a part whose days do not fit its paths is refused', async () => {
    const source = stringify(marketDraft(staged));
    const s = await scenarioOf(source);
    const single = await runMonteCarlo(s, { paths: 300, seed: 5, workers: 1, withBacktest: false });
    const h = single.summary.headline;
    const paths = h.networkAtFleetPaths!;
    const days = h.networkAtFleetDays!;
    const horizon = single.summary.scenario.days;
    expect(paths).toBeGreaterThan(50);
    expect(days).toBeGreaterThan(paths);
    expect(days).toBeLessThan(paths * horizon);
    const line = fleetNetworkMessages.networkAtFleet(
      `${paths} of 300 paths`,
      formatPercent(paths / 300),
      formatPercent(days / (300 * horizon)),
    );
    expect(line).toContain("of the run's path-days");
    expect(headlineTable(single.summary)).toContain(line);
    expect(summaryMarkdown(single.summary)).toContain(
      `| ${fleetNetworkMessages.networkAtFleetLabel} | ${line} |`,
    );

    const parts: NamedPart[] = [];
    const accs = [];
    for (let k = 0; k < 3; k++) {
      const acc = await accumulateRun(s, { paths: 300, seed: 5, workers: 1 }, shardRange(300, { k, n: 3 }));
      accs.push(acc);
      const part = toPart(
        acc,
        { k, n: 3 },
        { path: 'test.yaml', source, sets: [] },
        await partOrigin(s.coin),
      );
      parts.push({ file: `part-${k}-of-3.json`, part: JSON.parse(JSON.stringify(part)) });
    }
    const merged = mergeParts(parts);
    if (!merged.ok) throw new Error(merged.message);
    expect(merged.accumulation.networkAtFleetDays).toBe(days);
    const result = await finishRun(s, merged.accumulation, { withBacktest: false });
    expect(result.summary.headline.networkAtFleetDays).toBe(days);

    const acc = accs[1];
    for (const wrong of [acc.networkAtFleetPaths - 1, acc.networkAtFleetPaths * acc.days + 1]) {
      const bad = JSON.parse(JSON.stringify(parts[1].part));
      bad.accumulation.networkAtFleetDays = wrong;
      const checked = checkPart('part-1-of-3.json', bad);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.message).toContain('networkAtFleetDays');
    }
  }, 60_000);

  it('a fleet that stays a small share of the same network is never held: no count in summary.json, no line', async () => {
    const fleet = [
      { ...staged.fleet[0], count: 10 },
      { ...staged.fleet[1], count: 30 },
    ];
    const s = await scenarioOf(stringify(marketDraft({ ...staged, fleet })));
    const small = await runMonteCarlo(s, { paths: 200, seed: 5, workers: 1, withBacktest: false });
    expect(small.summary.headline.networkAtFleetPaths).toBeUndefined();
    expect(small.summary.headline.networkAtFleetDays).toBeUndefined();
    expect(headlineTable(small.summary)).not.toContain(
      fleetNetworkMessages.networkAtFleetLabel.toLowerCase(),
    );
  }, 60_000);
});
