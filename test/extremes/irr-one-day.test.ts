import { describe, expect, it } from 'vitest';
import { internalRateOfReturn } from '../../src/model/finance/irr.js';

// A run of one day (`horizon: 1 day`, the least allowed, or a start on the history's last day with
// the market replayed: cut after day 0) puts all its flows on day 0: 10 units bought at 2,000 USD
// (-20,000 USD), a day's revenue less power (24.22 - 36 USD) and the machines valued at their
// salvage the same day (+16,000 USD): -3,976 USD in all. The run printed "NPV / IRR (with
// salvage) -3,976 USD / -100 % (a total loss: no day's net flow above zero)" beside "ROI (with
// salvage) -19.9 %": 80 % of the money came back, and with one day no rate can be found (the
// present value is -3,976 USD at every rate). A single day's flow has no IRR.
describe('internalRateOfReturn() of the flows of a single day', () => {
  it('internalRateOfReturn([-3,976]) is NaN (no rate), not -1 (a total loss)', () => {
    expect(internalRateOfReturn(new Float64Array([-3_976]), 1)).toBeNaN();
  });

  it('two days, all lost, stay a total loss: internalRateOfReturn([-20,012, -12]) is -1', () => {
    expect(internalRateOfReturn(new Float64Array([-20_012, -12]), 2)).toBe(-1);
  });
});
