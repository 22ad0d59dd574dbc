// A fleet above the network: each way out the refusal names, taken.
import { describe, expect, it } from 'vitest';
import { problemsOf, problemWith, shipped } from './harness.js';

const FLAGSHIP = shipped('north-korea-2017-s9');
const HEDGE = shipped('hashprice-hedge-2024-05');

describe('a fleet above the network on its start day', () => {
  it('validateScenarioText() of 10,000,000 S9s on 2017-05-17 offers no start network, which the back-test replays past (stating one was refused again, above the chain that day)', async () => {
    const problem = problemWith(
      await problemsOf(FLAGSHIP, ['fleet[0].count=10000000']),
      'lower fleet[0].count',
    );
    expect(problem.message).not.toContain('network.hashrate');
    const most = /at most (\d+)/.exec(problem.message)?.[1];
    expect(await problemsOf(FLAGSHIP, [`fleet[0].count=${most}`])).toEqual([]);
  });

  it('validateScenarioText() of 10,000,000 S21s past the history offers a start network, and takes one that holds the fleet', async () => {
    const past = [
      'fleet[0].count=10000000',
      'start=2025-12-01',
      'finance.hedges=[]',
      'claims=[]',
      'fleet[0].deploymentDelay=0 days',
    ];
    const problem = problemWith(await problemsOf(HEDGE, past), 'lower fleet[0].count');
    expect(problem.message).toContain('or state a start network that holds it (network.hashrate)');
    const most = /at most (\d+)/.exec(problem.message)?.[1];
    expect(await problemsOf(HEDGE, [...past, `fleet[0].count=${most}`])).toEqual([]);
    expect(await problemsOf(HEDGE, [...past, 'network.hashrate=3 ZH/s'])).toEqual([]);
  });
});

describe('a fleet above a network the growth model fills', () => {
  it('validateScenarioText() of 10 S9s on a network shrinking 99 % a year gives the least growth that holds them (-92 % a year), which it then takes (it said "a growth that keeps the network above the fleet", and "beside the rest of the fleet" of the only cohort)', async () => {
    const shrinking = ['start=2019-01-01', 'horizon=5 years', 'network.model={ type: growth, rate: -99 % }'];
    const problem = problemWith(await problemsOf(FLAGSHIP, shrinking), 'even one unit of fleet[0]');
    expect(problem.message).toContain('give fleet[0] a machine of less hashrate');
    expect(problem.message).not.toContain('beside the rest of the fleet');
    const model = /`(network\.model: \{ type: growth, rate: [^}]+ \})`/.exec(problem.message)?.[1];
    expect(model).toBe('network.model: { type: growth, rate: -92 % }');
    expect(await problemsOf(FLAGSHIP, [...shrinking, 'network.model={ type: growth, rate: -92 % }'])).toEqual(
      [],
    );
  });

  it('validateScenarioText() names no growth where none the schema takes holds the fleet (2 ZH/s of S21s 30 days after a start on 1.09 ZH/s)', async () => {
    const past = [
      'start=2025-12-01',
      'finance.hedges=[]',
      'claims=[]',
      'fleet[0].count=10000000',
      'fleet[0].deploymentDelay=30 days',
      'network.model={ type: growth, rate: 20 % }',
    ];
    const problem = problemWith(await problemsOf(HEDGE, past), 'lower fleet[0].count');
    expect(problem.message).not.toContain('growth');
  });
});
