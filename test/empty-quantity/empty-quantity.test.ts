// A quantity left empty (`setupCost:`) or written `null` was refused as "expected another kind of
// value (got null)", which says nothing of what to give; `--set fleet.0.setupCost=null` said
// "expected an amount of money, like 2000 USD". Every quantity typed a number or a string now says
// what it takes, as a string it cannot read is told: money, an energy price, a share, a duration, a
// rate a year, a difficulty and a hashprice.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/scenario/problem.js';
import { problemsOf } from '../advice/harness.js';

const scenario = (cohort: string, extra = '') => `name: empty-quantity
coin: bitcoin
start: 2024-05-01
horizon: 1 year
fleet:
  - model: Antminer S21
    count: 10
    unitPrice: 3400 USD
${cohort}power:
  price: 0.05 USD/kWh
${extra}monteCarlo: { paths: 10 }
`;

describe('a quantity left empty or null', () => {
  it('validateScenarioText() of `setupCost:` and `setupCost: null` says to give an amount of money, with its line', async () => {
    for (const written of ['    setupCost:\n', '    setupCost: null\n', '    setupCost: ~\n']) {
      const problems = await problemsOf(scenario(written));
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('fleet[0].setupCost');
      expect(problems[0].message).toBe('expected an amount of money, like 2000 USD (got null)');
      expect(problems[0].line).toBe(9);
      expect(formatProblem(problems[0])).toMatch(
        /^case\.yaml:9:\d+ fleet\[0\]\.setupCost: expected an amount of money/,
      );
    }
  });

  it('the other number-or-string quantities say what they take', async () => {
    const cases: [string, string, string, string][] = [
      ['    uptime:\n', '', 'fleet[0].uptime', 'a fraction'],
      ['    deploymentDelay:\n', '', 'fleet[0].deploymentDelay', 'a duration'],
      ['    failureRate:\n', '', 'fleet[0].failureRate', 'a rate per year'],
      ['    hashrate:\n', '', 'fleet[0].hashrate', 'a hashrate'],
      ['', 'costs:\n  poolFee:\n', 'costs.poolFee', 'a fraction'],
      ['', 'network:\n  difficulty:\n', 'network.difficulty', 'difficulty'],
      ['', 'network:\n  hashprice:\n', 'network.hashprice', 'hashprice'],
      ['', 'price:\n  start:\n', 'price.start', 'money'],
    ];
    for (const [cohort, extra, path, words] of cases) {
      const problems = await problemsOf(scenario(cohort, extra));
      const p = problems.find((q) => q.path === path);
      expect(p, `${path}: ${problems.map((q) => `${q.path}: ${q.message}`).join('; ')}`).toBeDefined();
      expect(p!.message).toContain(words);
      expect(p!.message).not.toContain('another kind of value');
    }
  });
});
