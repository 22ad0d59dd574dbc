// A replayed series runs the history's own figures from the start day: a start figure the scenario
// gives beside it is not what the run takes. Before: 2017-05-17 under a replayed network with
// network.hashrate 5 EH/s printed 'Start difficulty 6.9849e+11, from the given hashrate' and a
// held-fixed hashprice of 730.2 USD/PH/s/day, while every path replayed the day's 5.5997e11 (a
// hashprice of 1,013); with price.start 5000 USD under a replayed price it printed 'Start price
// 5000.00 USD, given' and 'held fixed: BTC 5,000 USD' while every path replayed 1,808.75 USD.
import { describe, expect, it } from 'vitest';
import { marketProblems } from '../fixtures/market.js';

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
