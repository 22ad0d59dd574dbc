// The explorer's shares of paths read as the terminal and report.html read them: with their Monte
// Carlo error (report/format.ts formatEstimate), a share of 0 or 1 with its 95 % bound over the
// run's paths (in pairs under antithetic), a run of one outcome as yes or no; and a comparison says
// whether two shares' difference is within their 95 % intervals, as it does for two medians.
import { describe, expect, it } from 'vitest';
import { comparisonRows } from '../../src/explorer/compare.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { type ExplorerView, explorerView, rowText } from '../../src/explorer/view.js';
import { formatEstimate } from '../../src/report/format.js';
import type { Estimate } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

const view = explorerView(FIXTURE_SUMMARY);
const WITHIN_1Y = 'Payback within 1 year (share of paths)';

const withShares = (
  v: ExplorerView,
  run: Partial<ExplorerView['run']>,
  shares: Partial<Record<'paybackWithin1y' | 'noPayback' | 'marginCall' | 'default', Estimate>>,
): ExplorerView => ({ ...v, run: { ...v.run, ...run }, headline: { ...v.headline, ...shares } });

const text = (v: ExplorerView, label: string) => {
  const row = headlineRows(v).find((r) => r.label.startsWith(label));
  if (row === undefined) throw new Error(`no row ${label}`);
  return rowText(row, v);
};

describe('the explorer prints a share of paths with its Monte Carlo error, as the terminal does', () => {
  it('each share row reads as formatEstimate() reads it for the run', () => {
    const v = withShares(view, { paths: 1000 }, { paybackWithin1y: { p: 0.482, se: 0.0158 } });
    expect(text(v, WITHIN_1Y)).toBe('0.482 ± 0.016');
    expect(text(v, WITHIN_1Y)).toBe(formatEstimate(v.headline.paybackWithin1y, [], undefined, 1000, false));
    const h = FIXTURE_SUMMARY.headline;
    expect(text(view, 'No payback within the horizon')).toBe(
      formatEstimate(h.noPayback, [], undefined, view.run.paths, false),
    );
    expect(text(view, 'No payback within the horizon')).toContain(' ± ');
  });

  it('a share of 0 or 1 says its 95 % bound over the paths, in pairs under antithetic', () => {
    const none = { p: 0, se: 0 };
    expect(text(withShares(view, { paths: 50 }, { paybackWithin1y: none }), WITHIN_1Y)).toBe(
      '0.000 (95 % ≤ 0.072)',
    );
    expect(
      text(withShares(view, { paths: 50, antithetic: true }, { paybackWithin1y: none }), WITHIN_1Y),
    ).toBe('0.000 (95 % ≤ 0.134)');
    expect(text(withShares(view, { paths: 50 }, { noPayback: { p: 1, se: 0 } }), 'No payback')).toBe(
      '1.000 (95 % ≥ 0.928)',
    );
  });

  it("the first answer's fewer paths show their larger error", () => {
    // The same share from 256 paths (the first answer) and from 10,000 (the full run).
    const se = (n: number) => Math.sqrt((0.5 * 0.5) / n);
    const first = withShares(view, { paths: 256 }, { paybackWithin1y: { p: 0.5, se: se(256) } });
    const full = withShares(view, { paths: 10000 }, { paybackWithin1y: { p: 0.5, se: se(10000) } });
    expect(text(first, WITHIN_1Y)).toBe('0.500 ± 0.031');
    expect(text(full, WITHIN_1Y)).toBe('0.500 ± 0.005');
  });

  it("the books' shares (margin call, default) carry their error too", () => {
    const v = withShares(
      view,
      { paths: 400 },
      { marginCall: { p: 0.1, se: 0.015 }, default: { p: 0, se: 0 } },
    );
    expect(text(v, 'Margin call')).toBe('0.100 ± 0.015');
    expect(text(v, 'Default')).toBe('0.000 (95 % ≤ 0.010)');
  });

  it('a run of one path still reads yes or no', () => {
    const one = withShares(view, { paths: 1 }, { paybackWithin1y: { p: 1, se: 0 } });
    expect(text(one, 'Payback within 1 year')).toBe('yes');
  });
});

describe('a comparison says whether two shares differ by more than their Monte Carlo error', () => {
  const row = (a: ExplorerView, b: ExplorerView) =>
    comparisonRows(a, b).find(([label]) => label.startsWith(WITHIN_1Y))!;

  it('within their 95 % intervals: may be noise', () => {
    const a = withShares(view, { paths: 1000 }, { paybackWithin1y: { p: 0.48, se: 0.0158 } });
    const b = withShares(view, { paths: 1000 }, { paybackWithin1y: { p: 0.5, se: 0.0158 } });
    expect(row(a, b)).toEqual([
      WITHIN_1Y,
      '0.480 ± 0.016',
      '0.500 ± 0.016',
      '+0.020 (95 % intervals overlap: may be noise)',
    ]);
  });

  it('apart: more than the noise', () => {
    const a = withShares(view, { paths: 10000 }, { paybackWithin1y: { p: 0.48, se: 0.005 } });
    const b = withShares(view, { paths: 10000 }, { paybackWithin1y: { p: 0.52, se: 0.005 } });
    expect(row(a, b)[3]).toBe('+0.040 (95 % intervals apart: more than the noise)');
  });

  it('a share of 0 beside a small one over few paths: within the 0 share’s 95 % bound', () => {
    const a = withShares(view, { paths: 50 }, { paybackWithin1y: { p: 0, se: 0 } });
    const b = withShares(view, { paths: 50 }, { paybackWithin1y: { p: 0.04, se: 0.0277 } });
    expect(row(a, b)[3]).toBe('+0.040 (95 % intervals overlap: may be noise)');
  });

  it('two runs of one path say unchanged, with no interval', () => {
    const one = withShares(view, { paths: 1 }, { paybackWithin1y: { p: 1, se: 0 } });
    const r = comparisonRows(one, one).find(([label]) => label.startsWith('Payback within 1 year'))!;
    expect(r.slice(1)).toEqual(['yes', 'yes', 'unchanged']);
  });
});

describe("a claim's share in the explorer reads as the terminal's, with its 95 % interval", () => {
  it('share, 95 % interval and threshold, by the one function the terminal uses', async () => {
    const { claimLines } = await import('../../src/explorer/claim-lines.js');
    const { claimShareAndInterval } = await import('../../src/report/claim-figures.js');
    const claim = {
      text: 'P(payback <= 1 year) > 0.5',
      share: 0.63,
      se: 0.022,
      low: 0.587,
      high: 0.671,
      threshold: '> 0.5',
      verdict: 'supported' as const,
      paths: 1000,
    };
    const [line] = claimLines({ ...view, claims: [claim] });
    expect(line.text.endsWith(' (share 0.630, 95 % 0.587-0.671, needs > 0.5)')).toBe(true);
    expect(line.text).toContain(claimShareAndInterval(claim));
  });
});

describe("the equity's share undecided at a cut reads with its error", () => {
  it('"undecided on a share 0.300 ± 0.015 of the paths", as the report prints it', () => {
    const h = view.headline;
    const v: ExplorerView = {
      ...view,
      run: { ...view.run, paths: 1000 },
      scenario: { ...view.scenario, cutAt: '2025-11-14' },
      headline: {
        ...h,
        equityPaybackDays: { ...h.paybackDays, quantiles: { ...h.paybackDays.quantiles, p50: null } },
        equityNoPayback: { p: 0.5, se: 0.0158 },
        equityUndecidedAtCut: { p: 0.3, se: 0.0145, fromDate: '2025-12-01' },
      } as ExplorerView['headline'],
    };
    expect(text(v, 'Equity payback, median')).toContain('undecided on a share 0.300 ± 0.015 of the paths');
  });
});
