// A claim on a payback time no horizon reaches (a horizon is at most 100 years, 36,525 days) was
// refused with advice minesim then refused: "lengthen `horizon` to at least 36,526 days" for
// `payback > 100 years`, and a flood of digits for `payback > 1e300 years`. It now says no horizon
// reaches it; a time a longer horizon reaches keeps its advice, which that horizon then accepts.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { claimMessages as m } from '../../src/messages/claims.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

async function problems(claims: string[], horizon = '5 years') {
  const draft = scenarioDraft();
  draft.horizon = horizon;
  draft.claims = claims;
  const v = await validateScenarioText(stringify(draft), 'test.yaml');
  return v.ok ? [] : v.problems.map((p) => p.message);
}

describe('a claim on a payback time past the longest horizon', () => {
  it('validateScenarioText() refuses `payback > 100 years` saying no horizon reaches day 36,525, not to lengthen it to 36,526 days', async () => {
    const [message] = await problems(['payback > 100 years']);
    expect(message).toContain('no horizon reaches that day (a horizon is at most 100 years, 36,525 days)');
    expect(message).not.toContain('lengthen');
  });

  it('validateScenarioText() says of `payback > 1e300 years` what it counts in a few characters', async () => {
    const [message] = await problems(['payback > 1e300 years']);
    expect(message).toContain("the claim's payback time, 3.6525e302 days");
    expect(message.length).toBeLessThan(500);
  });

  it('the advice for `payback >= 100 years` (day 36,524) is a horizon minesim accepts', async () => {
    const [message] = await problems(['payback >= 100 years']);
    expect(message).toBe(
      `${m.beyondHorizon(36525, 1826, 36524, { days: 36525, shown: '100 years' })} (got "payback >= 100 years")`,
    );
    expect(message).toContain('lengthen `horizon` to at least 36,525 days');
    expect(await problems(['payback >= 100 years'], '36525 days')).toEqual([]);
  });
});
