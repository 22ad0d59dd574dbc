// The number formats of the analyst's outputs never turn a true statement false by rounding: a
// share strictly between 0 and 1 never prints as 0 or 1 (nor as 0 % or 100 %), a claim's figures
// print on their own side of its threshold, and no figure prints as -0.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { paybackHistogramSpec } from '../../src/report/charts/payback-histogram.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { claimInterval, claimShare } from '../../src/report/claim-figures.js';
import {
  formatEstimate,
  formatInteger,
  formatPercent,
  formatProbability,
  formatShare,
  formatSignificant,
  formatUsd,
  sharePercent,
} from '../../src/report/format.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import type { ClaimResult, RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';
import { makeSweep } from '../fixtures/sweep.js';

function claim(share: number, low: number, high: number, threshold = '> 0.5'): ClaimResult {
  return { text: 'payback > 1 year', share, se: 0.0002, low, high, threshold, verdict: 'supported' };
}

describe('the report formats', () => {
  it('formatProbability() prints 3 decimals, more where 3 would print a share between 0 and 1 as 0 or 1', () => {
    expect(formatProbability(0.575)).toBe('0.575');
    expect(formatProbability(0)).toBe('0.000');
    expect(formatProbability(1)).toBe('1.000');
    expect(formatProbability(0.9996)).toBe('0.9996');
    expect(formatProbability(0.0004)).toBe('0.0004');
    expect(formatProbability(0.9999)).toBe('0.9999');
    expect(formatProbability(1e-6)).toBe('0.000001');
    expect(formatProbability(1 - 1e-6)).toBe('0.999999');
    // A Wilson interval's end at 1 computed in floating point is 1.
    expect(formatProbability(0.9999999999999999)).toBe('1.000');
    expect(formatProbability(5.551115123125783e-17)).toBe('0.000');
  });

  it('formatProbability() with a bound prints the share on its side of it: 0.4996 beside 0.5 is not 0.500', () => {
    expect(formatProbability(0.4996, [0.5])).toBe('0.4996');
    expect(formatProbability(0.50004, [0.5])).toBe('0.50004');
    expect(formatProbability(0.5, [0.5])).toBe('0.500');
    expect(formatProbability(0.63, [0.5])).toBe('0.630');
  });

  it('formatEstimate() prints the standard error to as many decimals as the probability', () => {
    expect(formatEstimate({ p: 0.575, se: 0.0161 })).toBe('0.575 ± 0.016');
    expect(formatEstimate({ p: 0.9999, se: 0.0000999949 })).toBe('0.9999 ± 0.0001');
    expect(formatEstimate({ p: 0.0004, se: 0.0002 })).toBe('0.0004 ± 0.0002');
  });

  it('formatEstimate() never prints a standard error that is not zero as 0: it keeps one significant digit, and the probability as many decimals', () => {
    // 10 paths of 10,000: sqrt(0.001 x 0.999 / 10,000) = 0.000316, a third of the share, printed
    // `0.001 ± 0.000` (north-korea-2017-s9-hold's P(net position below zero at the horizon), 7
    // paths: 0.0007 ± 0.00026; s21-fleet-2026's P(payback <= 1 year)); 0.998 of 10,000: 0.000447
    // (north-korea-2017-s9-hold's claim P(npv > 0) >= 0.5).
    expect(formatEstimate({ p: 0.001, se: 0.000316 })).toBe('0.0010 ± 0.0003');
    expect(formatEstimate({ p: 0.0007, se: 0.00026448 })).toBe('0.0007 ± 0.0003');
    expect(formatEstimate({ p: 0.998, se: 0.000447 })).toBe('0.9980 ± 0.0004');
    expect(formatEstimate({ p: 0.5, se: 0.0000049 })).toBe('0.500000 ± 0.000005');
    // Beside a claim's threshold, still on its side: 0.49996 is not 0.500000.
    expect(formatEstimate({ p: 0.49996, se: 0.000004 }, [0.5])).toBe('0.499960 ± 0.000004');
    // None of the paths (or all): the paths' own standard error is 0, and prints so.
    expect(formatEstimate({ p: 0, se: 0 })).toBe('0.000 ± 0.000');
    // An error below any decimal a probability is given to (a rounding's 5.6e-17 share of paths)
    // shows no digit at nine decimals either: the share keeps its own (it read 0.000000000 ± 0.000000000).
    expect(formatEstimate({ p: 5.6e-17, se: 7.5e-9 / 1e8 })).toBe('0.000 ± 0.000');
  });

  it('sharePercent() and formatShare() never print a share short of all as 100 %', () => {
    expect(sharePercent(0.342)).toBe('34.2');
    expect(sharePercent(1)).toBe('100');
    expect(sharePercent(0.99996)).toBe('99.996');
    expect(sharePercent(0.9999)).toBe('99.99');
    expect(formatShare(0.00001)).toBe('0.001 %');
    expect(formatShare(null)).toBe('—');
  });

  it('formatInteger(), formatUsd(), formatSignificant() and formatPercent() never print -0', () => {
    expect(formatInteger(-0)).toBe('0');
    expect(formatUsd(-0)).toBe('0 USD');
    expect(formatSignificant(-0)).toBe('0');
    expect(formatPercent(-0)).toBe('0 %');
    // A value that is not zero but rounds to it keeps its sign and one significant digit.
    expect(formatInteger(-0.3)).toBe('-0.3');
    expect(formatUsd(0.004)).toBe('0.004 USD');
    expect(formatInteger(-0.5)).toBe('-1');
    expect(formatInteger(-27_000.4)).toBe('-27,000');
  });

  it('claimShare() and claimInterval() print each figure on its side of the claim’s threshold', () => {
    const c = claim(0.5004, 0.50004, 0.9996);
    expect(claimShare(c)).toBe('0.5004 ± 0.0002');
    expect(claimInterval(c)).toBe('0.50004–0.9996');
    expect(claimInterval(claim(0.3, 0.246, 0.4996, '>= 0.5'), '-')).toBe('0.246-0.4996');
    expect(claimInterval(claim(0.2, 0.1, 0.7999, '< 0.8'))).toBe('0.100–0.7999');
  });
});

/** The fixture with shares that 3 decimals would print as 0, 1 or the claim's threshold. */
function nearBounds(): RunSummary {
  const s = structuredClone(makeSummary());
  s.headline.paybackWithin2y = { p: 0.9999, se: 0.0001 };
  s.headline.noPayback = { p: 0.0001, se: 0.0001 };
  s.headline.netAtHorizonUsd.quantiles.p25 = -0;
  s.claims = [{ ...claim(0.5004, 0.50004, 0.51), text: 'payback > 6 months' }];
  return s;
}

describe('the headline tables near 0, 1 and a threshold', () => {
  it('summaryMarkdown() prints P = 0.9999 and 0.0001 as such, a claim’s interval above its threshold, no -0', () => {
    const md = summaryMarkdown(nearBounds());
    expect(md).toContain('| P(payback ≤ 2 years) | 0.9999 ± 0.0001 |');
    expect(md).toContain('| P(no payback within the horizon) | 0.0001 ± 0.0001 |');
    expect(md).toContain('| 0.5004 ± 0.0002 | 0.50004–0.510 | \\> 0.5 | supported |');
    expect(md).not.toMatch(/\|\s*-0\s*\|/);
  });

  it('headlineTable() prints the same figures on the terminal', () => {
    const text = headlineTable(nearBounds());
    expect(text).toMatch(/P\(payback <= 2 years\) +0\.9999 ± 0\.0001/);
    expect(text).toMatch(/P\(no payback in horizon\) +0\.0001 ± 0\.0001/);
    expect(text).toContain('supported (share 0.5004, 95 % 0.50004-0.510, needs > 0.5)');
  });
});

describe('the sweep heatmap near 0, 1 and the boundary', () => {
  it('sweepCharts() labels a cell with P(payback <= 2 years) on its side of 0, 0.5 and 1', () => {
    const sweep = makeSweep('power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6');
    const shares = [0.4996, 0.996, 0.004, 0.5, 0.63];
    shares.forEach((p, k) => {
      sweep.points[k].paybackWithin2y = { p, se: 0.001 };
    });
    const [heatmap] = sweepCharts(sweep);
    const cells = (heatmap.spec as unknown as { datasets: { cells: { label: string }[] } }).datasets.cells;
    expect(cells.slice(0, shares.length).map((c) => c.label)).toEqual([
      '0.4996',
      '0.996',
      '0.004',
      '0.50',
      '0.63',
    ]);
  });
});

describe('the payback charts of a run cut at the end of the history', () => {
  it('paybackHistogramSpec() and paybackCdfSpec() say "not by" the cut, never "never" or "within the horizon"', () => {
    const s = structuredClone(makeSummary());
    s.scenario.cutAt = s.scenario.end;
    // Subtitles are wrapped into lines: read as one text.
    const text = JSON.stringify([paybackHistogramSpec(s), paybackCdfSpec(s)]).replaceAll('","', ' ');
    expect(text).not.toMatch(/never|within the horizon/);
    expect(text).toContain(`not by ${s.scenario.end}: `);
    expect(text).toContain(`do not pay back by ${s.scenario.end}, the end of the history`);
    expect(text).toContain(`paid back by ${s.scenario.end}: `);
  });

  it('paybackHistogramSpec() and paybackCdfSpec() of a run to its horizon say not within the horizon, never "never"', () => {
    const text = JSON.stringify([
      paybackHistogramSpec(makeSummary()),
      paybackCdfSpec(makeSummary()),
    ]).replaceAll('","', ' ');
    expect(text).toContain('"not paid back: ');
    expect(text).toContain('no payback within the horizon');
    expect(text).toContain('do not pay back within the horizon');
    expect(text).not.toMatch(/\bnever\b/);
  });
});

describe('the charts’ tooltips near 0 and 1', () => {
  it('paybackCdfSpec() and sweepCharts() give a share short of all as text that does not read 1.000', () => {
    const s = structuredClone(makeSummary());
    s.payback.cdf[s.payback.cdf.length - 1].p = 0.9996;
    expect(JSON.stringify(paybackCdfSpec(s))).toContain('"pText":"0.9996"');
    const sweep = makeSweep('power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6');
    sweep.points[0].paybackWithin2y = { p: 0.9996, se: 0.0002 };
    sweep.points[0].noPayback = { p: 0.0004, se: 0.0002 };
    const text = JSON.stringify(sweepCharts(sweep)[0].spec);
    expect(text).toContain('"pText":"0.9996 ± 0.0002"');
    expect(text).toContain('"neverText":"0.0004 ± 0.0002"');
    expect(text).not.toContain('.3f');
  });
});
