// The payback CDF of one outcome (one path, or paths all the same) is a step from 0 % to 100 % on
// its payback day, which its caption says; an outcome that never paid back drew a line at 0 % under
// the same words ("0 % before its payback day, 100 % from it"), naming a day there is not. The
// caption now says it has not paid back by the run's last day, in report.html and in explore.html.
import { describe, expect, it } from 'vitest';
import { cdfCaption } from '../../src/explorer/svg.js';
import { explorerView } from '../../src/explorer/view.js';
import { buildCharts } from '../../src/report/charts/index.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

const base = makeSummary();
const oneNever = makeSummary({
  run: { ...base.run, paths: 1 },
  headline: { ...base.headline, noPayback: { p: 1, se: 0 } },
});
const onePaid = makeSummary({ run: { ...base.run, paths: 1 } });
const reportCaption = (s: RunSummary) => buildCharts(s).find((c) => c.name === 'payback-cdf')!.caption;

describe('the payback CDF of one outcome that never pays back', () => {
  it('buildCharts() says the one path has not paid back by the run’s last day, not "100 % from it"', () => {
    const caption = reportCaption(oneNever);
    expect(caption).toContain(`it does not by ${oneNever.scenario.end}, so 0 % throughout`);
    expect(caption).not.toContain('100 % from it');
    expect(reportCaption(onePaid)).toContain('(0 % before its payback day, 100 % from it)');
  });

  it('cdfCaption() of the explorer says the same of the one path run', () => {
    const caption = cdfCaption(explorerView(oneNever), null);
    expect(caption).toContain(`it does not by ${oneNever.scenario.end}, so 0 % on every day.`);
    expect(caption).not.toContain('100 % from it');
    expect(cdfCaption(explorerView(onePaid), null)).toContain('0 % before its payback day, 100 % from it.');
  });
});
