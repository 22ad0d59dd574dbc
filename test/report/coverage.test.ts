// A figure over fewer than all paths (an IRR that does not exist on some, a cost per coin with no
// coin) says so next to it, in summary.md, report.html (the same tables) and the terminal's headline;
// a figure no path has says "none" and why.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { IRR_CEILING, IRR_FLOOR } from '../../src/model/finance/irr.js';
import { CENSORED_WHY, claimCoverage, coverage, irrFormat, MISSING_WHY } from '../../src/report/coverage.js';
import { financeHeadlineRows } from '../../src/report/finance-headline.js';
import { formatPercent } from '../../src/report/format.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import type { Distribution, RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

const over = (d: Distribution, paths: number): Distribution => ({ ...d, paths });
const none = (d: Distribution): Distribution => ({
  mean: null,
  quantiles: Object.fromEntries(
    Object.keys(d.quantiles).map((key) => [key, null]),
  ) as Distribution['quantiles'],
  paths: 0,
});

/** The fixture run (1,000 paths), its IRR over 912 of them and its break-even tariff over 150 searched. */
function partial(): RunSummary {
  const s = makeSummary();
  s.headline.irr = over(s.headline.irr, 912);
  s.headline.breakEvenTariffUsdPerKwh = over(s.headline.breakEvenTariffUsdPerKwh, 150);
  return s;
}

/** The fixture run with financing: the equity IRR over 628 paths, no all-in cost per coin on any. */
function withBooks(): RunSummary {
  const s = makeSummary();
  const h = s.headline;
  s.headline = {
    ...h,
    marginCall: { p: 0.48, se: 0.016 },
    default: { p: 0.37, se: 0.015 },
    equityNoPayback: { p: 0.37, se: 0.015 },
    equityPaybackDays: h.paybackDays,
    equityNpvUsd: h.npvUsd,
    equityIrr: over(h.irr, 628),
    afterTaxNpvUsd: h.npvUsd,
    afterTaxIrr: h.irr,
    cashCostPerCoinUsd: h.costPerCoinUsd,
    allInCostPerCoinUsd: none(h.costPerCoinUsd),
  };
  return s;
}

describe('coverage of the figures over the paths', () => {
  it('coverage() is empty over every path, a count of the run or of the paths searched, or none and why', () => {
    const d = makeSummary().headline.irr;
    expect(coverage(d, 1000, 'irr')).toBe('');
    expect(coverage(over(d, 912), 10_000, 'irr')).toBe('over 912 of 10,000 paths; the others have no IRR');
    expect(coverage(over(d, 150), null, 'breakEven')).toBe(
      'over 150 of the paths searched; the others have no break-even',
    );
    expect(coverage(none(d), 1000, 'perCoin')).toBe('none (no coin mined)');
  });

  it('summaryMarkdown() shows the paths an IRR is over next to it, and why the others have none', () => {
    const md = summaryMarkdown(partial());
    expect(md).toContain('| IRR, with salvage (% a year), over 912 of 1,000 paths; the others have no IRR |');
    expect(md).toContain(
      '| Tariff (USD/kWh), over 150 of the paths searched; the others have no break-even |',
    );
    expect(md).toContain(MISSING_WHY.irr);
    expect(md).toContain(MISSING_WHY.breakEven);
    // A run whose figures are over every path says nothing of the kind.
    expect(summaryMarkdown(makeSummary())).not.toContain('the others have no');
  });

  it('summaryMarkdown() prints "none" and why for a measure no path has, never a bare dash', () => {
    const md = summaryMarkdown(withBooks());
    expect(md).toContain(
      '| All-in cost per coin, with tax (not book) depreciation (USD/BTC), none (no tax depreciation in the scenario, or no coin mined) |',
    );
    expect(md).toContain('| IRR, equity (% a year), over 628 of 1,000 paths; the others have no IRR |');
  });

  it('headlineTable() gives the break-even tariff median with the paths it is over', () => {
    expect(headlineTable(partial())).toContain(
      '(over 150 of the paths searched; the others have no break-even)',
    );
  });

  it('financeHeadlineRows() gives the IRR medians with the paths each is over', () => {
    const rows = Object.fromEntries(financeHeadlineRows(withBooks(), false));
    expect(rows['IRR p50 project / after tax / equity']).toMatch(
      / \(equity over 628 of 1,000 paths; the others have no IRR\)$/,
    );
    expect(rows['cost per coin p50 cash / all-in with tax (not book) depreciation']).toMatch(
      / \/ none \(no tax depreciation in the scenario, or no coin mined\)$/,
    );
  });

  it("headlineTable() of a back-test with books names its two costs per coin apart, as the report's tables do", () => {
    const s: RunSummary = { ...withBooks(), kind: 'backtest' };
    const labels = headlineTable(s)
      .split('\n')
      .filter((line) => /all-in/.test(line))
      .map((line) => line.trim().split(/\s{2,}/)[0]);
    expect(labels).toEqual([
      'all-in cost per coin, net of salvage',
      'cost per coin cash / all-in with tax (not book) depreciation',
    ]);
  });

  it('headlineTable() of a back-test labels its one outcome’s IRR, NPV and costs per coin without "p50" (they said "IRR p50 project / after tax / equity")', () => {
    // A back-test is one observed path: its figures are that path's, no median of a distribution.
    const s: RunSummary = { ...withBooks(), kind: 'backtest' };
    const text = headlineTable(s);
    expect(text).not.toMatch(/p50|p10|p90/);
    const labels = text.split('\n').map((line) => line.trim().split(/\s{2,}/)[0]);
    expect(labels).toContain('IRR project / after tax / equity');
    expect(labels).toContain('NPV project / equity');
    // A run of many paths keeps its p50.
    expect(headlineTable(withBooks())).toMatch(/IRR p50 project \/ after tax \/ equity/);
  });

  it('irrFormat() writes an IRR at a bound of the range searched as at or beyond it, any other as it is', () => {
    const f = irrFormat(formatPercent);
    expect(f(IRR_FLOOR)).toBe('≤ -99.99 %');
    expect(f(IRR_CEILING)).toBe('≥ 100,000,000 %');
    expect(f(0.25)).toBe(formatPercent(0.25));
    expect(f(-0.9978)).toBe(formatPercent(-0.9978));
    expect(f(null)).toBe(formatPercent(null));
  });

  it('irrFormat() never prints an IRR above the floor as a total loss’s -100 %, nor one below the ceiling as it', () => {
    const f = irrFormat(formatPercent);
    // Three significant digits print -99.98 % as -100 %: money put in and nothing back.
    expect(f(-0.9998)).toBe('-99.98 %');
    expect(f(-0.9997)).toBe('-99.97 %');
    expect(f(-1)).toBe('-100 %');
    expect(f(999_600)).toBe('99,960,000 %');
    const bare = irrFormat((r) => (r === null ? '—' : formatPercent(r).slice(0, -2)));
    expect(bare(-0.9996)).toBe('-99.96');
    expect(bare(-1)).toBe('-100');
  });

  it('summaryMarkdown() prints quantiles on a censored bound as ≤ / ≥ and the mean as none (censored paths)', () => {
    const s = withBooks();
    // The loan case's shape: the lower quantiles of the equity IRR at the floor, the top at the ceiling.
    s.headline.equityIrr = {
      mean: null,
      quantiles: {
        p5: IRR_FLOOR,
        p10: IRR_FLOOR,
        p25: IRR_FLOOR,
        p50: 2.5,
        p75: 40,
        p90: IRR_CEILING,
        p95: IRR_CEILING,
      },
      paths: 998,
      censored: { low: 300, high: 150 },
    };
    const md = summaryMarkdown(s);
    expect(md).toContain(
      '| IRR, equity (% a year), over 998 of 1,000 paths; the others have no IRR; 300 at ≤ -99.99 %, 150 at ≥ 100,000,000 % | ≤ -99.99 % | ≤ -99.99 % | ≤ -99.99 % | 250 | 4,000 | ≥ 100,000,000 % | ≥ 100,000,000 % | none (censored paths) |',
    );
    expect(md).toContain(CENSORED_WHY);
    const rows = Object.fromEntries(financeHeadlineRows(s, false));
    expect(rows['IRR p50 project / after tax / equity']).toMatch(
      / \/ 250 % \(equity over 998 of 1,000 paths; the others have no IRR; equity 300 at ≤ -99\.99 %, 150 at ≥ 100,000,000 %\)$/,
    );
    s.headline.equityIrr.quantiles.p50 = IRR_FLOOR;
    expect(Object.fromEntries(financeHeadlineRows(s, false))['IRR p50 project / after tax / equity']).toMatch(
      / \/ ≤ -99\.99 % \(/,
    );
    // A summary with no censored IRR says nothing of it.
    expect(summaryMarkdown(makeSummary())).not.toContain(CENSORED_WHY);
  });

  it('claimCoverage() says over how many paths an IRR claim is when some have no IRR', () => {
    const irr = 'P(irr > 0) >= 0.5';
    expect(claimCoverage({ text: irr }, 1000)).toBe('');
    expect(claimCoverage({ text: irr, paths: 912 }, 1000)).toBe(
      ' (over 912 of 1,000 paths; the others have no IRR and are left out)',
    );
    expect(claimCoverage({ text: irr, paths: 0 }, 1000)).toBe(' (no path has an IRR: undecided)');
    const s = partial();
    s.claims = [
      {
        text: 'P(irr > 0) >= 0.5',
        share: 0.6,
        se: 0.016,
        low: 0.57,
        high: 0.63,
        threshold: '>= 0.5',
        verdict: 'supported',
        paths: 912,
      },
    ];
    expect(summaryMarkdown(s)).toContain(
      'P(irr \\> 0) \\>= 0.5 (over 912 of 1,000 paths; the others have no IRR and are left out)',
    );
    expect(headlineTable(s)).toContain('claim: P(irr > 0) >= 0.5 (over 912 of 1,000 paths;');
  });

  it('financeHeadlineRows() prints a censored back-test equity IRR as ≤ -99.99 %', () => {
    const s = withBooks();
    s.actual = {
      dates: [],
      netUsd: [],
      priceUsd: [],
      difficulty: [],
      paybackDay: null,
      paybackDate: null,
      equity: {
        paybackDate: null,
        npvUsd: -470_097,
        irr: IRR_FLOOR,
        marginCall: true,
        defaultDate: '2022-01-07',
      },
    };
    const rows = Object.fromEntries(financeHeadlineRows(s, false));
    expect(rows['actual equity (history)']).toBe('default on 2022-01-07, IRR ≤ -99.99 %');
  });

  it('financeHeadlineRows() says why the back-test equity has no IRR instead of a bare dash', () => {
    const s = withBooks();
    s.actual = {
      dates: [],
      netUsd: [],
      priceUsd: [],
      difficulty: [],
      paybackDay: null,
      paybackDate: null,
      equity: { paybackDate: null, npvUsd: -470_097, irr: null, marginCall: true, defaultDate: '2022-01-07' },
    };
    const rows = Object.fromEntries(financeHeadlineRows(s, false));
    expect(rows['actual equity (history)']).toBe(
      'default on 2022-01-07, IRR none (the flows may have several rates or none from -99.99 % to 100,000,000 % a year, or nothing was ever at stake)',
    );
  });
});
