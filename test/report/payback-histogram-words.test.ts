// The payback histogram's last bar names the horizon's days in their number.
import { describe, expect, it } from 'vitest';
import { paybackHistogramSpec } from '../../src/report/charts/payback-histogram.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

describe('the payback histogram of a 1-day run', () => {
  it('paybackHistogramSpec() labels the paths not paid back "not within 1 day" (it read "not within 1 days")', () => {
    const one = makeSummary({
      scenario: { ...FIXTURE_SUMMARY.scenario, days: 1, end: FIXTURE_SUMMARY.scenario.start },
    });
    const text = JSON.stringify(paybackHistogramSpec(one));
    expect(text).toContain('not within 1 day"');
    expect(text).not.toContain('1 days');
  });
});
