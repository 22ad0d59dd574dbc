// A fleet above the chain's own hashes on its start day, a day the back-test replays from the
// history (scenario/fleet-share.ts). The refusal advised stating a start network that holds the
// fleet (network.hashrate) as for a start past the history; but the back-test replays the chain's
// blocks that day whatever network the scenario states, so that advice was refused again.

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

describe('a fleet above the chain on a replayed start day', () => {
  it('validateScenarioText() refuses it without advising a start network, given one or not', async () => {
    // 2013-01-11: the chain found 117 blocks, 18.9 TH/s by the history's count; the fleet hashes
    // 20 TH/s from that day on.
    for (const given of [undefined, '1 PH/s']) {
      const draft = scenarioDraft();
      draft.start = '2013-01-11';
      draft.horizon = '60 days';
      draft.fleet = [{ hashrate: '20 TH/s', power: '20000 W', count: 1, unitPrice: '100000 USD' }];
      draft.network = { model: { type: 'growth', rate: '500 %' }, ...(given ? { hashrate: given } : {}) };
      draft.price = { model: { type: 'fixed' } };
      delete draft.fees;
      const v = await validateScenarioText(stringify(draft), 'case.yaml');
      expect(v.ok).toBe(false);
      const p = v.ok ? undefined : v.problems.find((q) => q.path === 'fleet[0].count');
      expect(p?.message, given).toContain('more than the whole chain did that day in the history');
      expect(p?.message, given).toContain('on 2013-01-11');
      expect(p?.message, given).not.toContain('state a start network');
    }
  });
});
