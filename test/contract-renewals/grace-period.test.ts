// minesim's loans have no grace period. A `grace` key was refused as unknown with "did you mean
// "rate"?", a field with nothing to do with it; it now says what a loan pays instead, and the file
// validates once the key is left out, as the message advises.
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenario } from '../books-by-hand/hand-books.js';

const loan = (extra: string) =>
  scenario(`finance:\n  loans:\n    - { principal: 1000 USD, rate: 12 %, term: 12 months${extra} }`);

describe('a loan with a grace period', () => {
  it('validateScenarioText() refuses grace, gracePeriod and interestOnly saying minesim has none, not "did you mean rate"', async () => {
    for (const key of ['grace: 6 months', 'gracePeriod: 6 months', 'interestOnly: 6 months']) {
      const v = await validateScenarioText(loan(`, ${key}`), 'grace.yaml');
      expect(v.ok).toBe(false);
      const messages = v.ok ? [] : v.problems.map((p) => p.message);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/no grace period/);
      expect(messages[0]).not.toMatch(/did you mean/);
    }
    expect((await validateScenarioText(loan(''), 'grace.yaml')).ok).toBe(true);
  });

  it('a key elsewhere keeps its "did you mean"', async () => {
    const v = await validateScenarioText(loan(', rat: 1 %'), 'grace.yaml');
    expect(v.ok ? [] : v.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/did you mean "rate"/),
    ]);
  });
});
