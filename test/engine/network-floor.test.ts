// A fleet is part of the network's hashrate: on a random path whose network falls below the
// fleet, the blocks and retargets must follow at least the fleet's hashrate, or the fleet is paid
// more coins than every block of the day.
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

// 1,000,000 S9 at 13.5 TH/s is 13.5 EH/s, 32 % of the 41.6 EH/s network on 2019-01-01. A
// stochastic network drifting -50 % a year with 80 % volatility is below the fleet on day d when
// its log falls ln(0.32) = -1.13 below the start: by the third year's mean of -1.5 (sd 1.4), on
// well over a third of the paths.
const draft = {
  horizon: '3 years',
  fleet: [{ model: 'Antminer S9', count: 1_000_000, unitPrice: '300 USD' }],
  network: { model: { type: 'stochastic', drift: '-50 %', volatility: '80 %' } },
};

describe('a fleet on random paths whose network falls below it', () => {
  for (const [what, network] of [
    ['stochastic', draft.network],
    [
      'stochastic, mean-reverting and price-correlated',
      {
        model: {
          type: 'stochastic',
          drift: '-50 %',
          volatility: '80 %',
          meanReversion: '10 %',
          priceCorrelation: 0.5,
        },
      },
    ],
    ['price-coupled', { model: { type: 'price-coupled', elasticity: 1, volatility: '80 %' } }],
    ['endogenous', { model: { type: 'endogenous', volatility: '150 %' } }],
  ] as const)
    it(`simulatePath pays the fleet no more coins than every block of the path's days (the network follows at least the fleet; ${what})`, async () => {
      const { plan, market } = await compileMarketDraft({
        ...draft,
        network,
        price: { start: '3800 USD', model: { type: 'gbm', drift: '-30 %', volatility: '60 %' } },
      });
      const workspace = createKernelWorkspace(plan);
      const fleetHs = 1_000_000 * plan.cohorts[0].hashrateHs;
      let below = 0;
      let worst = 0;
      eachMarketPath(market, 200, 7, (path) => {
        // Did the model's own network fall below the fleet (the floor then holds it at the fleet)?
        let under = false;
        for (let d = 0; d < plan.days; d++)
          if (path.networkHashrateHs[d] <= fleetHs * (1 + 1e-12)) under = true;
        if (under) below++;
        simulatePath(plan, path, workspace, new Rng());
        // The day's blocks pay coinsPerHs x the network's hashrate (blocks = 86,400 H / (D hpd),
        // each subsidy + fees; coinsPerHs = 86,400 (subsidy + fees) / (D hpd)).
        let blockCoins = 0;
        for (let d = 0; d < plan.days; d++)
          blockCoins += workspace.networkDays.coinsPerHs[d] * path.networkHashrateHs[d];
        worst = Math.max(worst, workspace.metrics[METRIC.coinsMined] / blockCoins);
      });
      expect(below).toBeGreaterThan(20);
      // Before: 157 of the 200 paths fell below the fleet, and the worst paid the fleet 26.4 times
      // the coins of every block of its three years (the difficulty retargeted down after a network
      // far below the fleet, which kept its 13.5 EH/s); mean-reverting and price-correlated, 161
      // paths and 17.2 times; price-coupled, 126 paths and 4.25 times; endogenous (its own
      // margins now answer to the difficulty of the network held at the fleet), 101 paths and 5.93 times.
      expect(worst).toBeLessThanOrEqual(1 + 1e-12);
    });

  it('ChunkRunner.run() counts the paths whose model network fell below the fleet, pilot path by path and a chunk as one number', async () => {
    const { plan, market } = await compileMarketDraft(draft);
    const fleetHs = 1_000_000 * plan.cohorts[0].hashrateHs;
    // The model's own network, without the floor: drawn through its record from the path's stream.
    const w = createMarketWorkspace(market);
    const key = runKey(7);
    const rngs = [new Rng(), new Rng(), new Rng()] as const;
    const below: number[] = [];
    for (let k = 0; k < 120; k++) {
      rngs[0].reset(key, k, STREAM_PRICE);
      rngs[1].reset(key, k, STREAM_NETWORK);
      rngs[2].reset(key, k, STREAM_FEES);
      w.priceModel.fill(market.price, market, w, rngs[0]);
      w.feesModel.fill(market.fees, market, w, rngs[2]);
      w.networkModel.fill(market.hashrate, market, w, rngs[1]);
      below.push(w.path.networkHashrateHs.some((h) => h < fleetHs) ? 1 : 0);
    }
    const checkpoints = weeklyCheckpoints(plan.days);
    const slots = SERIES_COUNT * checkpoints.length;
    const runner = new ChunkRunner({
      plan,
      market,
      key,
      antithetic: false,
      checkpoints,
      lo: new Float64Array(slots),
      hi: new Float64Array(slots).fill(1),
      ratio: new Uint8Array(slots),
      samplePaths: 0,
      breakEvenPaths: 0,
    });
    const pilot = runner.run(0, 60, true);
    expect([...pilot.networkAtFleetByPath!]).toEqual(below.slice(0, 60));
    const chunk = runner.run(60, 120);
    expect(chunk.networkAtFleetByPath).toBeNull();
    expect(chunk.networkAtFleetPaths).toBe(below.slice(60).reduce((a, b) => a + b, 0));
    expect(chunk.networkAtFleetPaths).toBeGreaterThan(30);
  });

  it('runMonteCarlo() writes the count in summary.json, and 3 shards merged (one inside the pilot) add up to it', async () => {
    const source = stringify(marketDraft(draft));
    const s = await scenarioOf(source);
    const single = await runMonteCarlo(s, { paths: 400, seed: 3, workers: 1, withBacktest: false });
    const count = single.summary.headline.networkAtFleetPaths!;
    expect(count).toBeGreaterThan(200);
    expect(count).toBeLessThan(400);
    // The terminal's headline and the run table of summary.md (and report.html) say it.
    const days = single.summary.headline.networkAtFleetDays!;
    const line = fleetNetworkMessages.networkAtFleet(
      `${count} of 400 paths`,
      formatPercent(count / 400),
      formatPercent(days / (400 * single.summary.scenario.days)),
    );
    expect(headlineTable(single.summary)).toContain(line);
    expect(summaryMarkdown(single.summary)).toContain(
      `| ${fleetNetworkMessages.networkAtFleetLabel} | ${line} |`,
    );
    // A run where no path fell so low has no such field and no such line.
    const { networkAtFleetPaths: _, networkAtFleetDays: __, ...headline } = single.summary.headline;
    const none = { ...single.summary, headline };
    expect(headlineTable(none)).not.toContain(fleetNetworkMessages.networkAtFleetLabel.toLowerCase());
    expect(summaryMarkdown(none)).not.toContain(fleetNetworkMessages.networkAtFleetLabel);
    const parts: NamedPart[] = [];
    for (let k = 0; k < 3; k++) {
      const acc = await accumulateRun(s, { paths: 400, seed: 3, workers: 1 }, shardRange(400, { k, n: 3 }));
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
    expect(merged.accumulation.networkAtFleetPaths).toBe(count);
    const result = await finishRun(s, merged.accumulation, { withBacktest: false });
    expect(result.summary.headline.networkAtFleetPaths).toBe(count);
    // A part counting more paths than it holds is refused, naming its file.
    const bad = JSON.parse(JSON.stringify(parts[1].part));
    bad.accumulation.networkAtFleetPaths = 134;
    const checked = checkPart('part-1-of-3.json', bad);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain('part-1-of-3.json');
  }, 60_000);
});
