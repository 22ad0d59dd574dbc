// A replayed series runs the history's own figures from the start day: a start figure the scenario
// gives beside it is not what the run takes. Before: 2017-05-17 under a replayed network with
// network.hashrate 5 EH/s printed 'Start difficulty 6.9849e+11, from the given hashrate' and a
// held-fixed hashprice of 730.2 USD/PH/s/day, while every path replayed the day's 5.5997e11 (a
// hashprice of 1,013); with price.start 5000 USD under a replayed price it printed 'Start price
// 5000.00 USD, given' and 'held fixed: BTC 5,000 USD' while every path replayed 1,808.75 USD.
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { coverageMessages } from '../../src/messages/coverage.js';
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
      ['network.height', `${coverageMessages.heightBesideReplay('2019-01-01')} (got 640000)`],
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
