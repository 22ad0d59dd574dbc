// A median payback of day 0 is no payback but a position never below zero on at least half the
// paths: a sweep's table and a sensitivity study's tornado printed it "0 d", a payback on the start
// day, where the run's report and the batch index say "nothing at stake". An interval's ends stay
// days.
import { describe, expect, it } from 'vitest';
import { paybackMessages } from '../../src/messages/payback.js';
import { formatMeasure } from '../../src/report/charts/tornado.js';
import { medianPaybackText } from '../../src/report/point-figures.js';
import { sweepTextTable } from '../../src/report/sweep-text-table.js';
import { assembleSweep } from '../../src/study/sweep.js';
import { pointResult } from '../../src/study/sweep-result.js';
import { parseVaries } from '../../src/study/vary.js';
import { makeSummary } from '../fixtures/summary.js';

describe('a study’s median payback of day 0', () => {
  it('medianPaybackText() and formatMeasure() say nothing at stake for day 0, days otherwise', () => {
    expect(medianPaybackText(0)).toBe(paybackMessages.nothingAtStakeMedian);
    expect(medianPaybackText(421)).toBe('421 d');
    expect(medianPaybackText(null)).toBe('—');
    expect(formatMeasure('medianPaybackDays', 0)).toBe('nothing at stake (0 d)');
    expect(formatMeasure('medianPaybackDays', 1234)).toBe('1,234 d');
  });

  it('sweepTextTable(): the median cell of a point whose median payback is day 0 says nothing at stake', () => {
    const s = makeSummary({ kind: 'monte-carlo' });
    s.headline.paybackDays.quantiles.p50 = 0;
    const parsed = parseVaries(['power.price=0.05 USD/kWh']);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const sweep = assembleSweep(
      { name: s.scenario.name, start: s.scenario.start },
      { paths: s.run.paths, seed: 1 },
      parsed.axes,
      [pointResult([0.05], s)],
      s.scenario.days,
    );
    const table = sweepTextTable(sweep);
    expect(table).toContain('nothing at stake (0 d)');
    expect(table).not.toMatch(/\s0 d \(/);
  });
});
