// A calibrated fee window with `partial: allowed` that holds fewer than 30 days of the history
// (scenario/coverage-window.ts checkWindow). Before, the refusal read "even a partial window needs 30",
// as if a longer window or `partial` were the fix; near the history's first day (2010-07-18) no
// window before the start holds 30 days, so it now says what to give: `fees.model: { type:
// share-of-subsidy, share: ... }` (the key alone is refused for want of a type), with the share the
// history's first 90 days paid as its example (0.0027 %; it read a fixed 2 % before).

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadHistory } from '../../src/data/history.js';
import { coverageMessages as c } from '../../src/messages/coverage.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

async function feeProblem(start: string, calibrate: string) {
  const draft = scenarioDraft();
  draft.start = start;
  draft.fees.model = { type: 'share-of-subsidy', calibrate, partial: 'allowed' };
  const v = await validateScenarioText(stringify(draft), 'case.yaml');
  expect(v.ok).toBe(false);
  return v.ok ? undefined : v.problems.find((p) => p.path === 'fees.model.calibrate');
}

describe('a partial fee window shorter than 30 days of the history', () => {
  it('validateScenarioText() refuses a 10-day window 7 days after the history begins, saying to give the share-of-subsidy model with its share', async () => {
    // The window 2010-07-15 to 2010-07-24 holds 2010-07-18..24: 7 days; any window before
    // 2010-07-25 holds at most those 7, so no window length is the fix.
    const h = loadHistory('bitcoin');
    const p = await feeProblem('2010-07-25', '10 days');
    expect(p?.message).toBe(
      `${c.partialTooShort('2010-07-15', '2010-07-24', 7, 30, 'bitcoin', h.firstDate, h.lastDate, c.feeShareInFullBeforeData(0.000026989, 90, '2010-07-18', '2010-10-15', 83), null, 7)} (got "10 days")`,
    );
    expect(p?.message).toContain(
      "no window this start can calibrate on holds more than 7: give `fees.model: { type: share-of-subsidy, share: 0.0027 % }` (the share the history's first 90 days paid, 2010-07-18 to 2010-10-15, 83 of them after the start;",
    );
    expect(p?.message).not.toContain('give a window');
  });

  it('validateScenarioText() accepts the same 10-day window once the history holds it (start 2010-08-01)', async () => {
    // 2010-07-22..31: 10 of 10 days, a full window: no partial needed, whatever its length.
    expect(await feeProblem('2010-08-01', '10 days')).toBeUndefined();
  });
});
