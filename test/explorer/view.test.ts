import { describe, expect, it } from 'vitest';
import { claimLines } from '../../src/explorer/claim-lines.js';
import { comparisonRows } from '../../src/explorer/compare.js';
import { HEADLINE_ROWS, headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerHtml } from '../../src/explorer/page.js';
import { cdfCaption, cdfSvg, fanCaption, fanSvg, ticks } from '../../src/explorer/svg.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { breakEvenTurnsMessages } from '../../src/messages/break-even.js';
import { explorerMessages as m } from '../../src/messages/explorer.js';
import { bandsError } from '../../src/report/bands-error.js';
import { identicalPaths } from '../../src/report/distribution-table.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const view = explorerView(FIXTURE_SUMMARY);
/** After a median of the fixture, whose distributions have no 95 % interval (as under 6 paths). */
const TOO_FEW = ' (95 % interval: too few paths for one)';

describe('explorerView() and comparisonRows()', () => {
  it('explorerView() keeps the headline, the payback CDF and the net fan of the summary', () => {
    expect(view.headline).toBe(FIXTURE_SUMMARY.headline);
    expect(view.payback.cdf).toBe(FIXTURE_SUMMARY.payback.cdf);
    expect(view.timeline.netUsd).toBe(FIXTURE_SUMMARY.timeline.netUsd);
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify(FIXTURE_SUMMARY).length);
  });

  it('headlineRows() names the break-even an all-in rate where the hosting is priced all-in, as the terminal does', () => {
    const labels = (v: typeof view) => headlineRows(v).map((r) => r.label);
    expect(view.allInRate).toBe(false);
    expect(labels(view)).toContain('Break-even tariff, median');
    const allIn = { ...view, allInRate: true };
    expect(labels(allIn)).toContain('Break-even all-in rate, median');
    expect(labels(allIn)).not.toContain('Break-even tariff, median');
    // Pinned beside a run priced per kWh of power, the row keeps the tariff's name.
    expect(comparisonRows(view, allIn).map((r) => r[0])).toContain('Break-even tariff, median');
  });

  it('headlineRows() shows the share with nothing at stake (payback day 0) where the summary has it, as the terminal does', () => {
    const label = 'Nothing at stake (payback day 0)';
    expect(headlineRows(view).map((r) => r.label)).not.toContain(label);
    const free = { ...view, headline: { ...view.headline, nothingAtStake: { p: 0.179, se: 0.009 } } };
    const row = headlineRows(free).find((r) => r.label === label)!;
    expect(rowText(row, free)).toBe('0.179 ± 0.009');
  });

  it("rowText() gives a median payback of day 0 its words once, and its interval's ends as days, as the terminal's 0 d to 0 d", () => {
    // A free fleet: every path never below zero. The row read "nothing at stake (day 0: never below
    // zero) (95 % interval: nothing at stake (day 0: never below zero) to nothing at stake (...))".
    const days = { ...view.headline.paybackDays };
    days.quantiles = { ...days.quantiles, p50: 0 };
    const none = { p5: null, p10: null, p25: null, p75: null, p90: null, p95: null };
    days.intervals = { ...none, p50: { low: 0, high: 3 } };
    const free = { ...view, headline: { ...view.headline, paybackDays: days } };
    const row = headlineRows(free).find((r) => r.label === 'Payback, median')!;
    expect(rowText(row, free)).toBe(
      'nothing at stake (day 0: never below zero) (95 % interval: 0 days to 3 days)',
    );
  });

  it('rowText() says how many paths an IRR carries at ≤ -99.99 %, as the terminal does', () => {
    // The loan case's equity IRR read "421 % (over 287 of 300 paths; the others have no IRR)" where
    // the terminal adds "103 at ≤ -99.99 %": over a third of those paths lost the stake.
    const irr = {
      ...view.headline.irr,
      quantiles: { ...view.headline.irr.quantiles, p50: 4.21 },
      paths: 287,
      censored: { low: 103, high: 0 },
    };
    const run = { ...view.run, paths: 300 };
    const loan = { ...view, run, headline: { ...view.headline, irr } };
    const row = headlineRows(loan).find((r) => r.label === 'IRR, median (per year)')!;
    expect(rowText(row, loan)).toBe(
      `421 % (over 287 of 300 paths; the others have no IRR; 103 at ≤ -99.99 %)${TOO_FEW}`,
    );
  });

  it('comparisonRows() of a view with itself has one row a headline figure and no change', () => {
    const rows = comparisonRows(view, view);
    expect(rows.map((r) => r[0])).toEqual(headlineRows(view).map((r) => r.label));
    for (const [, pinned, now, change] of rows) {
      expect(pinned).toBe(now);
      expect(change).toMatch(
        /^(0|0\.000|0 USD|0 BTC|0 days|0 %|0 pts|—|0 USD\/kWh)( \(95 % intervals overlap: may be noise\))?$/,
      );
    }
  });

  it("comparisonRows() gives a rate's change in percentage points, never as a rate (a bound or a total loss)", () => {
    const at = (p50: number) => ({
      ...view,
      headline: {
        ...view.headline,
        irr: { ...view.headline.irr, quantiles: { ...view.headline.irr.quantiles, p50 } },
      },
    });
    const irrRow = (a: number, b: number) =>
      comparisonRows(at(a), at(b)).find(([label]) => label.startsWith('IRR'))!;
    // 10 % a year against 25 %: 15 percentage points more, not "15 %" (a rate of 15 %).
    // The fixture's distributions have no intervals (as summary.json's of under 6 paths): said so.
    expect(irrRow(0.1, 0.25).slice(1)).toEqual([
      `10 %${TOO_FEW}`,
      `25 %${TOO_FEW}`,
      `+15 ${m.PERCENTAGE_POINTS}`,
    ]);
    // From 50 % to -49.99 %: a change of -0.9999, IRR_FLOOR's value, which as a rate reads "≤ -99.99 %".
    expect(irrRow(0.5, -0.4999)[3]).toBe(`-100 ${m.PERCENTAGE_POINTS}`);
  });

  it("headlineRows() shows the books' figures (margin call, default, equity, after tax) only for a run with finance", () => {
    const books = (r: { has?: unknown; label: string }) =>
      r.has !== undefined && r.label !== 'Nothing at stake (payback day 0)';
    expect(headlineRows(view).filter(books)).toEqual([]);
    const estimate = { p: 0.4, se: 0.03 };
    const irr = { ...view.headline.irr, censored: { low: 3, high: 0, atMost: ['p50' as const] } };
    const financed = {
      ...view,
      headline: {
        ...view.headline,
        marginCall: estimate,
        default: estimate,
        equityNoPayback: estimate,
        equityNothingAtStake: estimate,
        // A run with finance has the equity's payback (its median a row since the rows gave the medians' intervals).
        equityPaybackDays: view.headline.paybackDays,
        equityNpvUsd: view.headline.npvUsd,
        equityIrr: irr,
        afterTaxNpvUsd: view.headline.npvUsd,
        afterTaxIrr: view.headline.irr,
        hedgeNetUsd: {
          ...view.headline.npvUsd,
          quantiles: { ...view.headline.npvUsd.quantiles, p50: -8000 },
        },
      },
    };
    // The loan's rows on the actual history need the back-test (summary.json actual.equity), which this run has not.
    const shown = HEADLINE_ROWS.filter(
      (r) => r.label !== 'Nothing at stake (payback day 0)' && r.onHistory === undefined,
    );
    expect(headlineRows(financed)).toEqual(shown);
    expect(headlineRows(view, financed)).toEqual(shown);
    const rows = comparisonRows(view, financed);
    expect(rows.find(([label]) => label.startsWith('Default'))?.slice(1)).toEqual([
      '—',
      '0.400 ± 0.030',
      '—',
    ]);
    expect(rows.find(([label]) => label.startsWith('Equity IRR'))?.[2]).toMatch(/^≤ /);
    expect(rows.find(([label]) => label.startsWith('Hedges'))?.slice(1)).toEqual([
      '—',
      `-8,000 USD${TOO_FEW}`,
      '—',
    ]);
  });

  it("headlineRows() shows the hedges' median net only for a run with hedges, and compares it with a pinned run's", () => {
    const estimate = { p: 0, se: 0 };
    const loan = {
      ...view,
      headline: {
        ...view.headline,
        marginCall: estimate,
        default: estimate,
        equityNpvUsd: view.headline.npvUsd,
      },
    };
    expect(headlineRows(loan).some((r) => r.label.startsWith('Hedges'))).toBe(false);
    const net = (p50: number) => ({
      ...loan,
      headline: {
        ...loan.headline,
        hedgeNetUsd: { ...view.headline.npvUsd, quantiles: { ...view.headline.npvUsd.quantiles, p50 } },
      },
    });
    const row = comparisonRows(net(-8000), net(2500)).find(([label]) => label.startsWith('Hedges'));
    expect(row).toEqual([
      'Hedges net (settlements and premiums), median',
      `-8,000 USD${TOO_FEW}`,
      `2,500 USD${TOO_FEW}`,
      '+10,500 USD',
    ]);
  });

  it('comparisonRows() marks a median IRR that only bounds the true one with ≤ and gives it no change', () => {
    const irr = { ...view.headline.irr, censored: { low: 3, high: 0, atMost: ['p50' as const] } };
    const bounded = { ...view, headline: { ...view.headline, irr } };
    const row = comparisonRows(view, bounded).find(([label]) => label.startsWith('IRR'));
    expect(row?.[2].startsWith('≤ ')).toBe(true);
    expect(row?.[1].startsWith('≤')).toBe(false);
    expect(row?.[3]).toBe('—');
  });
});

describe('fanSvg(), cdfSvg() and ticks()', () => {
  it('fanSvg() draws the bands and the median, and the pinned median only when pinned', () => {
    expect(fanSvg(view, null)).toContain('class="median"');
    expect(fanSvg(view, null)).not.toContain('pinned-median');
    expect(fanSvg(view, view)).toContain('class="pinned-median"');
  });

  it('cdfSvg() draws one step line, two when pinned', () => {
    expect(cdfSvg(view, null).match(/class="(pinned-)?cdf"/g)).toHaveLength(1);
    expect(cdfSvg(view, view).match(/class="(pinned-)?cdf"/g)).toHaveLength(2);
  });

  it('fanSvg() and cdfSvg() count years of 365.25 days, as report.html’s charts and the 1- and 2-year shares do: day 1,461 is under the 4-year tick', () => {
    // Eight years from 2017-05-17 (2,922 days); the timeline has a week on day 1,461 (2021-05-17,
    // 4 x 365.25 days on) and the CDF a bin ending on day 1,461. Years of 365 days put both a
    // little past the "4 y" tick (1,461 / 365 = 4.003 years; the CDF's step at day 1,462, 4.005)
    // on an axis 2,922 / 365 = 8.005 years long, where report.html's charts read day / 365.25.
    const start = '2017-05-17';
    const dates = ['2017-05-17', '2019-05-17', '2021-05-17', '2025-05-14'];
    const band = [-100, -10, 50, 200];
    const netUsd = { p5: band, p10: band, p25: band, p50: band, p75: band, p90: band, p95: band };
    const ten: typeof view = {
      ...view,
      scenario: { ...view.scenario, start, days: 2922 },
      timeline: { dates, netUsd },
      payback: {
        cdf: [
          { day: 729, p: 0.2 },
          { day: 1461, p: 0.6 },
          { day: 2921, p: 0.9 },
        ],
        never: 10,
      },
    };
    const tickX = (svg: string) => /<text x="([\d.]+)"[^>]*>4 y<\/text>/.exec(svg)?.[1];
    const fan = fanSvg(ten, null);
    const median = /<path d="([^"]+)"[^>]*class="median"/.exec(fan)![1];
    expect(tickX(fan)).toBeDefined();
    expect(median.split('L')[2].split(',')[0]).toBe(tickX(fan));
    const cdf = cdfSvg(ten, null);
    const step = /<path d="([^"]+)"[^>]*class="cdf"/.exec(cdf)![1];
    // Points: the origin, then two a bin (its level before, its level at its day).
    expect(step.split('L')[3].split(',')[0]).toBe(tickX(cdf));
    expect(step.split('L')[4].split(',')[0]).toBe(tickX(cdf));
  });

  it('ticks() gives round values within the range', () => {
    expect(ticks(0, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(-33_000, 180_000)).toEqual([0, 50_000, 100_000, 150_000]);
    expect(ticks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('rowText()', () => {
  const text = (v: typeof view, label: string) => {
    const row = HEADLINE_ROWS.find((r) => r.label.startsWith(label))!;
    return rowText(row, v);
  };
  const nulls = { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null };

  it('rowText() says a median payback of 1 day as "1 day" (it read "1 days")', () => {
    const at = (p50: number) => ({
      ...view,
      headline: {
        ...view.headline,
        paybackDays: {
          ...view.headline.paybackDays,
          quantiles: { ...view.headline.paybackDays.quantiles, p50 },
        },
      },
    });
    expect(text(at(1), 'Payback, median')).toContain('1 day');
    expect(text(at(1), 'Payback, median')).not.toContain('1 days');
    expect(text(at(455), 'Payback, median')).toContain('455 days');
  });

  it('rowText() says why a figure is missing: past the horizon, most paths never pay back, no break-even searched yet', () => {
    const short = {
      ...view,
      headline: {
        ...view.headline,
        paybackWithin2y: null,
        paybackDays: { ...view.headline.paybackDays, quantiles: nulls },
        breakEvenTariffUsdPerKwh: { mean: null, quantiles: nulls },
      },
    };
    expect(text(short, 'Payback within 2 years')).toBe(`— (${m.pastHorizon()})`);
    // The median's 95 % interval follows the why: the fixture's distribution has none (as summary.json's
    // of under 6 paths), said in the terminal's words.
    expect(text(short, 'Payback, median')).toBe(
      `— (${m.mostNeverPayBack()}; 95 % interval: too few paths for one)`,
    );
    expect(text(short, 'Break-even tariff')).toBe(`— (${m.notSearched()})`);
  });

  it('rowText() gives an IRR and a break-even over the paths that have one, as the report does', () => {
    const irr = { ...view.headline.irr, paths: 940 };
    const breakEven = { ...view.headline.breakEvenTariffUsdPerKwh, paths: 0, quantiles: nulls };
    const some = { ...view, headline: { ...view.headline, irr, breakEvenTariffUsdPerKwh: breakEven } };
    expect(text(some, 'IRR, median')).toMatch(
      / % \(over 940 of [\d,]+ paths; the others have no IRR\) \(95 % interval: too few paths for one\)$/,
    );
    expect(text(some, 'Break-even tariff')).toBe(`none (${'no break-even in the range searched'})`);
    expect(text(view, 'NPV, mean')).not.toContain('(');
  });

  it('rowText() says a break-even under a waterfall that raises the site’s share is not searched, and why, in the first answer as in the full run', () => {
    // Earlier builds said "the full run searches the break-evens" of the first answer, and the
    // full run's "no break-even in the range searched" of a search it does not make.
    const why = breakEvenTurnsMessages.waterfall.none;
    const first = {
      ...view,
      headline: {
        ...view.headline,
        breakEvenTariffUsdPerKwh: { mean: null, quantiles: nulls },
        breakEvenTurns: 'waterfall' as const,
      },
    };
    expect(text(first, 'Break-even tariff')).toBe(`— (${why})`);
    const full = {
      ...first,
      headline: { ...first.headline, breakEvenTariffUsdPerKwh: { mean: null, quantiles: nulls, paths: 0 } },
    };
    expect(text(full, 'Break-even tariff')).toBe(`none (${why})`);
  });
});

describe('claimLines()', () => {
  it('claimLines() prints a claim’s share on its side of the threshold and over how many paths it is, as the run’s report does', () => {
    // 0.49996 of the 912 paths with an IRR: refuted beside "needs > 0.5". The explorer printed
    // "P(irr > 0.1) > 0.5 (share 0.500)", a share on the threshold it failed, over every path.
    const claim = {
      text: 'P(irr > 0.1) > 0.5',
      share: 0.49996,
      se: 0.00001,
      low: 0.49994,
      high: 0.49998,
      threshold: '> 0.5',
      verdict: 'refuted' as const,
      paths: 912,
    };
    const lines = claimLines({ ...view, claims: [claim] });
    expect(lines).toEqual([
      {
        verdict: 'refuted',
        text: `P(irr > 0.1) > 0.5 (over 912 of ${view.run.paths.toLocaleString('en-US')} paths; the others have no IRR and are left out) (share 0.49996, 95 % 0.4999-0.49998, needs > 0.5)`,
      },
    ]);
  });
});

describe('rowText() of a run cut at the end of the history', () => {
  it('rowText() says a payback share is past the cut and the median not reached by it, not past the horizon or never', () => {
    // A 3-year replay cut on 2025-11-14 (day 531): P(payback <= 2 years) is unknown because of the
    // cut, not the horizon, and a path not paid back by then may pay back after it.
    const cut = explorerView(
      makeSummary({
        scenario: { ...FIXTURE_SUMMARY.scenario, cutAt: '2025-11-14' },
        headline: {
          ...FIXTURE_SUMMARY.headline,
          paybackWithin2y: null,
          paybackDays: {
            ...FIXTURE_SUMMARY.headline.paybackDays,
            quantiles: { ...FIXTURE_SUMMARY.headline.paybackDays.quantiles, p50: null },
          },
        },
      }),
    );
    const row = (label: string) => HEADLINE_ROWS.find((r) => r.label === label)!;
    expect(rowText(row('Payback within 2 years'), cut)).toBe('— (past 2025-11-14, the end of the history)');
    // Then the median's 95 % interval: the fixture has none (the terminal's words for under 6 paths).
    expect(rowText(row('Payback, median'), cut)).toBe(
      '— (over half of the paths do not pay back by 2025-11-14; 95 % interval: too few paths for one)',
    );
    const whole = explorerView(
      makeSummary({
        headline: {
          ...FIXTURE_SUMMARY.headline,
          paybackWithin2y: null,
          paybackDays: {
            ...FIXTURE_SUMMARY.headline.paybackDays,
            quantiles: { ...FIXTURE_SUMMARY.headline.paybackDays.quantiles, p50: null },
          },
        },
      }),
    );
    expect(rowText(row('Payback within 2 years'), whole)).toBe('— (past the horizon)');
    expect(rowText(row('Payback, median'), whole)).toBe(
      '— (over half of the paths do not pay back within the horizon; 95 % interval: too few paths for one)',
    );
  });

  it('rowText() says a median payback past the horizon is one "not within the horizon", as report.html and the terminal do, not "never"; none of the paths where none does', () => {
    // 200 paths over a 200-day horizon, 82.5 % not paid back by day 199: the explorer said "over half
    // of the paths never pay back", where they may pay back after the horizon (report.html: "not
    // within the horizon", the terminal "P(no payback in horizon) 0.825"). Ten S9s shut off every day
    // at 3 USD/kWh: no path pays back, which "over half" understated.
    const nulls = { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null };
    const most = {
      ...view,
      headline: {
        ...view.headline,
        noPayback: { p: 0.825, se: 0.027 },
        paybackDays: { ...view.headline.paybackDays, quantiles: nulls },
      },
    };
    const row = headlineRows(most).find((r) => r.label === 'Payback, median')!;
    // Then the median's 95 % interval: the fixture has none (the terminal's words for under 6 paths).
    expect(rowText(row, most)).toBe(
      '— (over half of the paths do not pay back within the horizon; 95 % interval: too few paths for one)',
    );
    const none = { ...most, headline: { ...most.headline, noPayback: { p: 1, se: 0 } } };
    expect(rowText(row, none)).toBe(
      '— (none of the paths pays back within the horizon; 95 % interval: too few paths for one)',
    );
  });
});

describe('rowText() of an IRR of -100 %', () => {
  it('rowText() says a project, equity or after-tax IRR of -100 % is a total loss, as the terminal and the tables do', () => {
    // A fleet that never earns its power has no day's net flow above zero: its IRR is -1, which
    // the terminal prints "-100 % (a total loss: no day's net flow above zero)" and the explorer
    // printed as a bare "-100 %".
    const loss = { ...view.headline.irr, quantiles: { ...view.headline.irr.quantiles, p50: -1 } };
    const lost = {
      ...view,
      headline: { ...view.headline, irr: loss, equityIrr: loss, afterTaxIrr: loss },
    };
    const row = (label: string) => HEADLINE_ROWS.find((r) => r.label === label)!;
    for (const label of [
      'IRR, median (per year)',
      'Equity IRR, median (per year)',
      'IRR after tax, median (per year)',
    ])
      expect(rowText(row(label), lost)).toBe(`-100 % (a total loss: no day's net flow above zero)${TOO_FEW}`);
    // Not said of an IRR that is not -100 %, nor of a change of -100 points against a pinned run.
    expect(rowText(row('IRR, median (per year)'), view)).not.toContain('total loss');
    const pinned = {
      ...view,
      headline: { ...view.headline, irr: { ...loss, quantiles: { ...loss.quantiles, p50: 0 } } },
    };
    const change = comparisonRows(pinned, lost).find(([label]) => label === 'IRR, median (per year)')!;
    expect(change.slice(1)).toEqual([
      `0 %${TOO_FEW}`,
      `-100 % (a total loss: no day's net flow above zero)${TOO_FEW}`,
      `-100 ${m.PERCENTAGE_POINTS}`,
    ]);
  });
});

describe('the explorer of a run of one path', () => {
  // `minesim run --paths 1` (or the explorer asked for 1 path): every quantile is the one path's
  // value. The explorer labelled it "5-95 % and 25-75 % of paths and the median", drew two bands of
  // zero width and a "median", and headed its rows "Payback, median", "Net at horizon, 5th
  // percentile", "NPV, mean", "Payback within 1 year (share of paths)" 0.000 or 1.000; report.html
  // and the terminal draw and state it as "the one path run", its one outcome.
  const one = explorerView(makeSummary({ run: { ...FIXTURE_SUMMARY.run, paths: 1 } }));
  const SPREAD = /median|mean|percentile|of paths|5-95|25-75/;

  it('fanSvg(), cdfSvg() and their captions name the one path, with no bands, median or share of paths', () => {
    const fan = fanSvg(one, null);
    expect(fan).toContain('aria-label="Net position over time, USD: the one path run"');
    expect(fan).toContain('class="one-path"');
    expect(fan).not.toMatch(SPREAD);
    expect(fan).not.toContain('fill-opacity');
    expect(fanCaption(one, null)).toBe(
      'Net position, USD: the one path run; a pinned result is drawn dashed.',
    );
    expect(fanCaption(one, one)).toBe(
      'Net position, USD: the one path run; the pinned result, its one path, dashed.',
    );
    expect(fanSvg(one, one)).toContain('class="pinned-one-path"');
    expect(fanSvg(one, one)).not.toMatch(SPREAD);
    expect(cdfSvg(one, null)).not.toMatch(SPREAD);
    expect(cdfCaption(one, null)).not.toMatch(SPREAD);
    // A run of many paths keeps its bands and median, and says how a pinned one path run is drawn.
    // With the bands' Monte Carlo error (report/bands-error.ts), as the report's fan states it.
    const error = ` ${bandsError(view, [{ key: 'netUsd', name: null, unit: 'USD' }])}`;
    expect(fanCaption(view, null)).toBe(
      `Net position, USD: 5-95 % and 25-75 % of paths and the median of each week; a pinned result is drawn dashed.${error}`,
    );
    expect(fanCaption(view, one)).toBe(
      `Net position, USD: 5-95 % and 25-75 % of paths and the median of each week; the pinned result, its one path, dashed.${error}`,
    );
    expect(fanSvg(view, one)).toContain('class="median"');
    expect(cdfCaption(view, null)).toBe('Share of paths paid back by each day.');
  });

  it('explore.html of a committed run of one path captions its charts as the one path run', () => {
    const input = {
      file: 'a.yaml',
      coin: 'btc',
      yaml: '',
      seed: 1,
      paths: 1,
      committed: one,
      report: 'report.html',
    };
    const html = explorerHtml(input, { app: '', worker: '', data: '' }, null);
    const captions = [...html.matchAll(/<figcaption id="[a-z-]+">([^<]*)</g)].map((c) => c[1]);
    expect(captions).toEqual([
      'Net position, USD: the one path run; a pinned result is drawn dashed.',
      'Whether the fleet has paid back on the one path run by each day: 0 % before its payback day, 100 % from it.',
    ]);
  });

  it('headlineRows() of a run of one path state its outcome: no share of paths, median, mean or percentile', () => {
    const rows = headlineRows(one);
    expect(rows.map((r) => r.label)).toEqual([
      'Payback within 1 year',
      'Payback within 2 years',
      'No payback within the horizon',
      'Payback',
      'Net at horizon',
      'NPV',
      'IRR (per year)',
      'Coins mined',
      'Break-even tariff',
    ]);
    const text = (label: string, v = one) => rowText(headlineRows(v).find((r) => r.label === label)!, v);
    const p = (x: number) => ({ p: x, se: 0 });
    const paid = {
      ...one,
      headline: { ...one.headline, paybackWithin1y: p(0), paybackWithin2y: p(1), noPayback: p(0) },
    };
    expect(
      ['Payback within 1 year', 'Payback within 2 years', 'No payback within the horizon'].map((l) =>
        text(l, paid),
      ),
    ).toEqual(['no', 'yes', 'no']);
    const nulls = { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null };
    const never = { ...one, headline: { ...one.headline, paybackDays: { mean: null, quantiles: nulls } } };
    // Not "over half of the paths never pay back": there is one path.
    expect(text('Payback', never)).toBe('— (the one path does not pay back within the horizon)');
    // Compared with a pinned one path run: whether a yes or no changed, not a difference of shares.
    const rows2 = comparisonRows(paid, { ...paid, headline: { ...paid.headline, paybackWithin1y: p(1) } });
    expect(rows2.find(([l]) => l === 'Payback within 1 year')!.slice(1)).toEqual(['no', 'yes', 'no to yes']);
    expect(rows2.find(([l]) => l === 'Payback within 2 years')!.slice(1)).toEqual([
      'yes',
      'yes',
      'unchanged',
    ]);
    for (const [label] of rows2) expect(label).not.toMatch(SPREAD);
  });

  it("headlineRows() of a one path run with finance names the books' figures without a median or share of paths", () => {
    const books = {
      ...one,
      headline: {
        ...one.headline,
        marginCall: { p: 1, se: 0 },
        default: { p: 0, se: 0 },
        equityNoPayback: { p: 1, se: 0 },
        equityNpvUsd: one.headline.npvUsd,
        equityIrr: one.headline.irr,
        afterTaxNpvUsd: one.headline.npvUsd,
        afterTaxIrr: one.headline.irr,
        hedgeNetUsd: one.headline.npvUsd,
      },
    };
    const rows = headlineRows(books);
    for (const row of rows) expect(row.label).not.toMatch(SPREAD);
    expect(rows.slice(9).map((r) => [r.label, rowText(r, books).replace(/ USD$| %$/, '')[0]])).toEqual([
      ['Margin call', 'y'],
      ['Default: the lender takes the machines', 'n'],
      ['Equity: no payback within the horizon', 'y'],
      ['Equity NPV', expect.any(String)],
      ['Equity IRR (per year)', expect.any(String)],
      ['NPV after tax', expect.any(String)],
      ['IRR after tax (per year)', expect.any(String)],
      ['Hedges net (settlements and premiums)', expect.any(String)],
    ]);
  });
});

describe('claimLines() of a run of one path', () => {
  it('claimLines() says whether a claim holds on the one path, as the terminal does, not a share of 1 path', () => {
    // The flagship's one path pays back on day 642: "payback > 1 year" holds on it, "payback > 2
    // years" does not. The explorer printed "(share 1.000, needs > 0.5)" and "(share 0.000, ...)";
    // the terminal prints "inconclusive (holds on the one path)", "(does not hold on the one path)".
    const claim = (text: string, share: number, paths?: number) => ({
      text,
      share,
      se: 0,
      low: 0.2,
      high: 1,
      threshold: '> 0.5',
      verdict: 'inconclusive' as const,
      ...(paths === undefined ? {} : { paths }),
    });
    const one = {
      run: { ...view.run, paths: 1 },
      headline: view.headline,
      claims: [
        claim('payback > 1 year', 1),
        claim('payback > 2 years', 0),
        claim('P(irr > 0.1) > 0.5', 0, 0),
      ],
    };
    expect(claimLines(one).map((c) => c.text)).toEqual([
      'payback > 1 year (holds on the one path)',
      'payback > 2 years (does not hold on the one path)',
      'P(irr > 0.1) > 0.5 (no path has an IRR: undecided)',
    ]);
  });
});

describe('the explorer of a run whose paths all came out the same', () => {
  // A fixed price, a network that draws nothing and no failures: every one of 200 paths pays back
  // on day 288 and ends at 19,992 USD. report.html (headline.ts, identicalPaths()) and the terminal
  // ("payback (every path the same) day 288") state its one outcome; the explorer drew 5-95 % and
  // 25-75 % bands of zero width, a "median", and rows "Payback within 1 year (share of paths)"
  // 1.000, "Net at horizon, 5th percentile", "NPV, mean", and "(share 0.000, needs > 0.5)".
  const constant = (value: number) => ({
    mean: value,
    quantiles: { p5: value, p10: value, p25: value, p50: value, p75: value, p90: value, p95: value },
  });
  const sure = (p: 0 | 1) => ({ p, se: 0 });
  // Every measure of the fixture the same on every path (its median), as identicalPaths() needs.
  const flat = Object.fromEntries(
    Object.entries(FIXTURE_SUMMARY.headline).map(([k, v]) => [
      k,
      v !== null && typeof v === 'object' && 'quantiles' in v ? constant(v.quantiles.p50 as number) : v,
    ]),
  ) as typeof FIXTURE_SUMMARY.headline;
  const summary = makeSummary({
    run: { ...FIXTURE_SUMMARY.run, paths: 200 },
    headline: {
      ...flat,
      paybackWithin1y: sure(1),
      paybackWithin2y: sure(1),
      noPayback: sure(0),
      netBelowZeroAtHorizon: sure(0),
      paybackDays: constant(288),
      netAtHorizonUsd: constant(19_992),
      roiAtHorizon: constant(0.9996),
      roiWithSalvage: constant(0.9996),
      npvUsd: constant(16_639),
      irr: constant(1.538),
      coinsMined: constant(41.35),
      costPerCoinUsd: constant(1325),
      breakEvenTariffUsdPerKwh: constant(0.1574),
    },
    claims: [
      {
        text: 'payback > 1 year',
        share: 0,
        se: 0,
        low: 0,
        high: 0.018,
        threshold: '> 0.5',
        verdict: 'refuted',
      },
    ],
  });
  const same = explorerView(summary);
  const SPREAD = /median|mean|percentile|of paths|5-95|25-75/;

  it('headlineRows() follow report.html’s rule (identicalPaths()): one outcome, no share of paths, median or percentile', () => {
    expect(identicalPaths(summary)).toBe(true);
    const rows = headlineRows(same);
    for (const row of rows) expect(row.label).not.toMatch(SPREAD);
    expect(rows.map((r) => [r.label, rowText(r, same)])).toEqual([
      ['Payback within 1 year', 'yes'],
      ['Payback within 2 years', 'yes'],
      ['No payback within the horizon', 'no'],
      ['Payback', '288 days'],
      ['Net at horizon', '19,992 USD'],
      ['NPV', '16,639 USD'],
      ['IRR (per year)', '154 %'],
      ['Coins mined', '41.35 BTC'],
      ['Break-even tariff', '0.1574 USD/kWh'],
    ]);
  });

  it('fanSvg(), cdfSvg() and their captions draw the one outcome and say every path came out the same', () => {
    const fan = fanSvg(same, null);
    expect(fan).not.toMatch(SPREAD);
    expect(fan).not.toContain('fill-opacity');
    expect(fanCaption(same, null)).toBe(
      'Net position, USD: every one of the 200 paths, which all came out the same; a pinned result is drawn dashed.',
    );
    expect(cdfSvg(same, null)).not.toMatch(SPREAD);
    expect(cdfCaption(same, null)).toBe(
      'Whether the fleet has paid back by each day on every one of the 200 paths, which all came out the same: 0 % before their payback day, 100 % from it.',
    );
  });

  it('comparisonRows() of the run pinned against its one path gives every change as none: its NPV is the value, not a mean off in the last bits', () => {
    // The 200 paths' NPV mean is 16,639.000000000007 (a sum divided by 200), the one path's NPV 16,639:
    // the table printed a change of "+0.000000000007 USD".
    const pinned = {
      ...same,
      headline: { ...same.headline, npvUsd: { ...same.headline.npvUsd, mean: 16_639.000000000007 } },
    };
    const onePath = { ...same, run: { ...same.run, paths: 1 } };
    const rows = comparisonRows(pinned, onePath);
    expect(rows.find(([l]) => l === 'NPV')).toEqual(['NPV', '16,639 USD', '16,639 USD', '0 USD']);
  });

  it('cdfSvg() of the one outcome steps from 0 % to 100 % on its payback day, as its caption says, not at the end of its 30-day bin', () => {
    // Every path pays back on day 288; the CDF's bins end on days 269 (0) and 299 (1). The step was
    // drawn at day 299: "0 % before its payback day, 100 % from it" read 0 % for days 288 to 298.
    // On an axis of 1,461 days (4 years): x(d) = 64 + d / 365.25 / 4 x (720 - 12 - 64).
    const paid = {
      ...same,
      scenario: { ...same.scenario, days: 1461 },
      payback: {
        cdf: [
          { day: 269, p: 0 },
          { day: 299, p: 1 },
          { day: 1460, p: 1 },
        ],
        never: 0,
      },
    };
    const x = (day: number) => (64 + (day / 365.25 / 4) * (720 - 12 - 64)).toFixed(1);
    const step = (svg: string, cls: string) =>
      new RegExp(`<path d="([^"]+)"[^>]*class="${cls}"`).exec(svg)![1].slice(1).split('L');
    const points = step(cdfSvg(paid, null), 'cdf');
    const bottom = (280 - 30).toFixed(1);
    const top = (12).toFixed(1);
    expect(points).toContain(`${x(288)},${bottom}`);
    expect(points).toContain(`${x(288)},${top}`);
    expect(points.indexOf(`${x(288)},${top}`)).toBe(points.indexOf(`${x(288)},${bottom}`) + 1);
    expect(points.some((p) => p.startsWith(`${x(299)},`))).toBe(false);
    // Pinned, the same.
    const other = { ...view, scenario: { ...view.scenario, days: 1461 } };
    expect(step(cdfSvg(other, paid), 'pinned-cdf')).toContain(`${x(288)},${top}`);
  });

  it('rowText() says no path (all the same) pays back where none does', () => {
    // Ten S9s deployed past the horizon: "— (no path (all the same) does pay back within the horizon)".
    const nulls = { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null };
    const never = {
      ...same,
      headline: { ...same.headline, paybackDays: { mean: null, quantiles: nulls }, noPayback: sure(1) },
    };
    const row = headlineRows(never).find((r) => r.label === 'Payback')!;
    expect(rowText(row, never)).toBe('— (no path (all the same) pays back within the horizon)');
  });

  it('claimLines() says a claim holds on every path or on none, as the terminal does', () => {
    expect(claimLines(same).map((c) => c.text)).toEqual(['payback > 1 year (holds on no path)']);
  });
});

describe('a run of one path compared with a pinned run of many, and the reverse', () => {
  // The flagship's 10,000 paths pinned, then one path run: the table kept "Payback within 1 year
  // (share of paths)", "Payback, median", "Net at horizon, 5th percentile", "NPV, mean" for both
  // columns, the one path's 5th percentile (its own value again) beside the paths' 5th percentile,
  // and the CDF's caption said "Share of paths paid back by each day." of the pinned one path's
  // 0 %/100 % step.
  const sure = (p: 0 | 1) => ({ p, se: 0 });
  const one = explorerView(
    makeSummary({
      run: { ...FIXTURE_SUMMARY.run, paths: 1 },
      headline: {
        ...FIXTURE_SUMMARY.headline,
        paybackWithin1y: sure(0),
        paybackWithin2y: sure(1),
        noPayback: sure(0),
        netBelowZeroAtHorizon: sure(0),
      },
    }),
  );
  const PERCENTILE = /percentile/;

  for (const [name, pinned, current, side] of [
    ['pinned many, now one path', view, one, 'now'],
    ['pinned one path, now many', one, view, 'pinned'],
  ] as const)
    it(`comparisonRows() (${name}) says in each label what the one path run's value is, and has no percentile row`, () => {
      const rows = comparisonRows(pinned, current);
      for (const [label] of rows) {
        expect(label).not.toMatch(PERCENTILE);
        expect(label).toMatch(new RegExp(`; ${side}: (yes or no on|the value of) its one path$`));
      }
      const within1y = rows.find(([l]) => l.startsWith('Payback within 1 year'))!;
      expect(within1y[0]).toBe(`Payback within 1 year (share of paths); ${side}: yes or no on its one path`);
      const oneText = side === 'now' ? within1y[2] : within1y[1];
      expect(['yes', 'no']).toContain(oneText);
      expect(rows.find(([l]) => l.startsWith('Payback, median'))![0]).toBe(
        `Payback, median; ${side}: the value of its one path`,
      );
      expect(fanCaption(current, pinned)).toBe(
        side === 'now'
          ? 'Net position, USD: the one path run; the pinned result dashed: its 5-95 % of paths in outline and its median.'
          : `Net position, USD: 5-95 % and 25-75 % of paths and the median of each week; the pinned result, its one path, dashed. ${bandsError(current, [{ key: 'netUsd', name: null, unit: 'USD' }])}`,
      );
      expect(cdfCaption(current, pinned)).toBe(
        side === 'now'
          ? 'Whether the fleet has paid back on the one path run by each day: 0 % before its payback day, 100 % from it. The pinned result dashed: its share of paths.'
          : 'Share of paths paid back by each day. The pinned result dashed: whether its one path has paid back (0 % or 100 %).',
      );
    });
});
