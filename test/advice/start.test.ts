// A start past the history: the figures the refusals ask for, written as they give them.
import { describe, expect, it } from 'vitest';
import { asSet, problemsOf, problemWith, quoted, shipped } from './harness.js';

const HEDGE = shipped('hashprice-hedge-2024-05');
const MODELS = [
  'price.model={ type: gbm, drift: 0 %, volatility: 50 % }',
  'network.model={ type: growth, rate: 20 % }',
  'finance.hedges[1].expiry=2026-12-31',
  'finance.hedges[2].expiry=2026-12-31',
];

describe('a start past the history', () => {
  it('validateScenarioText() asks for each start figure with an example, and takes the examples as written', async () => {
    const late = [
      'start=2030-01-01',
      ...MODELS.slice(0, 2),
      'finance.hedges[1].expiry=2030-06-01',
      'finance.hedges[2].expiry=2030-06-01',
    ];
    const problems = await problemsOf(HEDGE, late);
    const examples = ['network.height', 'network.difficulty', 'price.start'].map((key) =>
      quoted(
        problemWith(
          problems.filter((p) => p.path === key),
          'more than',
        ).message,
        'like',
      ),
    );
    const fees = quoted(problemWith(problems, 'fees.model: {').message, 'give');
    expect(await problemsOf(HEDGE, [...late, ...[...examples, fees].map(asSet)])).toEqual([]);
  });

  it("validateScenarioText() of a height below the history's end gives the least height as network.height takes it (it wrote 923,663, refused as not a number)", async () => {
    const given = ['start=2026-06-01', 'price.start=78600 USD', 'network.difficulty=141.67 T', ...MODELS];
    const given2 = [...given, 'fees.model={ type: share-of-subsidy, share: 2 % }'];
    const problem = problemWith(
      await problemsOf(HEDGE, [...given2, 'network.height=10']),
      'give a height from',
    );
    const least = /give a height from (\S+) up/.exec(problem.message)?.[1];
    expect(least).toBe('923663');
    expect(await problemsOf(HEDGE, [...given2, `network.height=${least}`])).toEqual([]);
  });
});
