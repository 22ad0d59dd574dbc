// A replayed series runs the history's own figures from the start day: a start figure the scenario
// gives beside it is not what the run takes. Before: 2017-05-17 under a replayed network with
// network.hashrate 5 EH/s printed 'Start difficulty 6.9849e+11, from the given hashrate' and a
// held-fixed hashprice of 730.2 USD/PH/s/day, while every path replayed the day's 5.5997e11 (a
// hashprice of 1,013); with price.start 5000 USD under a replayed price it printed 'Start price
// 5000.00 USD, given' and 'held fixed: BTC 5,000 USD' while every path replayed 1,808.75 USD.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { planDailyView } from '../../src/engine/compile/daily-view.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { coverageMessages } from '../../src/messages/coverage.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { marketProblems } from '../fixtures/market.js';
import { FLAGSHIP, scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const paths = async (market: Record<string, unknown>) => (await marketProblems(market)).map((p) => p.path);

describe('validation of a start figure given beside a replay', () => {
  it('marketProblems() refuses network.hashrate, network.difficulty and network.hashprice under a replayed network', async () => {
    for (const [key, value] of [
      ['hashrate', '5 EH/s'],
      ['difficulty', 6e12],
      ['hashprice', '100 USD/PH/s/day'],
    ] as const) {
      const problems = await marketProblems({ network: { model: { type: 'historical' }, [key]: value } });
      expect(problems.map((p) => p.path)).toEqual([`network.${key}`]);
      expect(problems[0].message).toContain('replay');
    }
  });

  it('marketProblems() refuses price.start under a replayed price, and takes a replay with nothing given', async () => {
    expect(await paths({ price: { start: '5000 USD', model: { type: 'historical' } } })).toEqual([
      'price.start',
    ]);
    expect(await paths({ price: { model: { type: 'historical' } } })).toEqual([]);
    expect(await paths({ network: { model: { type: 'historical' } } })).toEqual([]);
    // A forecasting model takes the given figures as its start.
    expect(
      await paths({ network: { model: { type: 'growth', rate: '50 %' }, hashrate: '50 EH/s' } }),
    ).toEqual([]);
  });
});

describe('a block height given beside the history', () => {
  it('marketProblems() refuses network.height under a replayed network: the replay’s blocks are the chain’s, paid by the history’s height', async () => {
    const problems = await marketProblems({ network: { model: { type: 'historical' }, height: 640000 } });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['network.height', `${coverageMessages.heightBesideReplay('2019-01-01', 'bitcoin')} (got 640000)`],
    ]);
  });

  it('runBacktest() replays the chain at the history’s height whatever height the forecast is given: the flagship at block 640,000 (a 6.25 BTC subsidy) still paid back on 2017-12-17, as it did', async () => {
    const draft = scenarioDraft(FLAGSHIP);
    const plain = await scenarioOf(draft);
    draft.network.height = 640000;
    const given = await scenarioOf(draft);
    const inputs = await loadCompileInputs(given);
    const actual = runBacktest(given, inputs);
    const expected = runBacktest(plain, await loadCompileInputs(plain));
    expect(actual.paybackDate).toBe('2017-12-17');
    expect(actual.plan.initial.height).toBe(expected.plan.initial.height);
    expect(actual.metrics).toEqual(expected.metrics);
    // The forecast takes the height it is given (a what-if of the scenario's own).
    expect(compilePlan(given, inputs).initial.height).toBe(640000);
  }, 60_000);

  it('runBacktest() prints the scenario’s own calculator answer, as the run does: the held-fixed view at the given height, 455.4 USD/PH/s/day', async () => {
    // Before: the back-test's held-fixed view was read off the replay's plan, at the history's
    // height (12.5 BTC a block, 910.9 USD/PH/s/day, payback 350 days), while the run of the same
    // scenario printed it at the given 640,000 (6.25 BTC, 455.4 USD/PH/s/day, 1,184 days): two
    // 'calculator's answers' for one scenario and one start day. The view is the scenario's start
    // (a given price.start or difficulty was always held so in the back-test too); the replay alone
    // runs the chain's height.
    const draft = scenarioDraft(FLAGSHIP);
    draft.network.height = 640000;
    const given = await scenarioOf(draft);
    const inputs = await loadCompileInputs(given);
    const backtest = runBacktest(given, inputs);
    const run = planDailyView(given, compilePlan(given, inputs), inputs.history);
    expect(backtest.dailyView).toEqual(run);
    expect(backtest.dailyView.hashpriceUsd).toBeCloseTo(455.45, 1);
    expect(backtest.paybackDate).toBe('2017-12-17');
  }, 60_000);
});

describe('the assumptions of a block height given inside the history', () => {
  it('compilePlan() notes the history’s own height beside a given one, which the back-test replays', async () => {
    const draft = scenarioDraft(FLAGSHIP);
    draft.network.height = 640000;
    const s = await scenarioOf(draft);
    const plan = compilePlan(s, await loadCompileInputs(s));
    const line = plan.start.notes.find((n) => n.label === 'Block height')!;
    expect(line.value).toBe('640,000');
    expect(line.note).toBe('given; the history has 466,743, which the back-test replays');
  });
});

describe('a block height given beside a replayed Monero network', () => {
  it('validateScenarioText() refuses it in Monero’s terms: its reward follows the coins generated, it has no halvings', async () => {
    // Before: the message said the given height would pay the replayed blocks 'another height's
    // (its halvings on other days)', and Monero has none: its base reward follows the coins
    // generated by the height (2017-05-17: block 1,311,710, 14.47 M XMR generated, a base reward
    // of 7.58 XMR; a given 640,000 is 9.38 M generated, a base reward of 8.65 XMR).
    const draft = scenarioDraft('north-korea-2017-monero-cpu');
    draft.network = { model: { type: 'historical' }, height: 640000 };
    const v = await validateScenarioText(stringify(draft), 'xmr.yaml');
    expect(v.ok).toBe(false);
    const problem = v.ok ? undefined : v.problems.find((p) => p.path === 'network.height');
    expect(problem?.message).toBe(
      `${coverageMessages.heightBesideReplay('2017-05-17', 'monero')} (got 640000)`,
    );
    expect(problem?.message).not.toContain('halving');
    expect(problem?.message).toContain('coins generated');
    // Bitcoin's still names its halvings.
    expect(coverageMessages.heightBesideReplay('2019-01-01', 'bitcoin')).toContain('halvings');
  });
});
