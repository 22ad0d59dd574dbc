// One start past the history drew two refusals that printed its distance two ways: the price's
// "2,493 days after the monero history ends" and the height's "2493 days after" (README: numbers in
// messages print in thousands, as minesim prints them). Both now print 2,493.
import { describe, expect, it } from 'vitest';
import { problemsOf, shipped } from '../advice/harness.js';

describe('a start 2,493 days past the Monero history', () => {
  it("validateScenarioText() names the distance in thousands in the height's refusal as in the price's", async () => {
    const text = shipped('north-korea-2017-monero-cpu')
      .replace(/^start: 2017-05-17/m, 'start: 2026-12-07')
      .replace(/^price:\n {2}model: .*$/m, 'price:\n  model: { type: gbm, drift: 0 %, volatility: 60 % }');
    const problems = await problemsOf(text);
    const height = problems.find((p) => p.path === 'network.height');
    expect(height?.message).toContain('the start 2026-12-07 is 2,493 days after the monero history ends');
    expect(problems.some((p) => /\b2493 days\b/.test(p.message))).toBe(false);
  });
});

describe('a start past the carry with no price model', () => {
  it('validateScenarioText() refuses the default price once, saying what to write in its place, without the default’s own window advice (it also said "give a window of 3953 days with `price.model.partial: allowed`")', async () => {
    const text = shipped('north-korea-2017-monero-cpu')
      .replace(/^start: 2017-05-17/m, 'start: 2026-12-07')
      .replace(/^price:\n(?: {2}.*\n)+/m, '');
    const problems = await problemsOf(text);
    const price = problems.filter((p) => p.path.startsWith('price.model'));
    expect(price).toHaveLength(1);
    expect(price[0].message).toContain(
      'the scenario names no price model, and its start 2026-12-07 is 2,493 days after',
    );
    expect(problems.some((p) => /partial: allowed|\b\d{4,} days\b/.test(p.message))).toBe(false);
  });
});
