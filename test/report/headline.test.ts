// The analyst's tables say what each figure means where it is shown, and never dress one number
// up as a distribution: a run of identical paths states its one outcome, and a measure that is the
// same on every path shows its value once.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { backtestTable } from '../../src/report/backtest-table.js';
import { identicalPaths, isConstant, SAME_ON_EVERY_PATH } from '../../src/report/distribution-table.js';
import { formatPaths } from '../../src/report/format.js';
import { headlineTables } from '../../src/report/headline.js';
import { PAYBACK_DEFINITION, SALVAGE_NOTE } from '../../src/report/headline-definitions.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { runTable } from '../../src/report/run-table.js';
import { type Distribution, QUANTILE_KEYS, type RunSummary } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

function constant(value: number | null): Distribution {
  return {
    mean: value,
    quantiles: Object.fromEntries(QUANTILE_KEYS.map((key) => [key, value])) as Distribution['quantiles'],
  };
}

/** The fixture run as if every path had come out the same. */
function identicalRun(paths: number): RunSummary {
  const sure = (p: 0 | 1) => ({ p, se: 0 });
  return makeSummary({
    run: { paths, seed: 2017, antithetic: false },
    headline: {
      paybackWithin1y: sure(1),
      paybackWithin2y: sure(1),
      noPayback: sure(0),
      netBelowZeroAtHorizon: sure(0),
      paybackDays: constant(214),
      netAtHorizonUsd: constant(6361),
      roiAtHorizon: constant(0.2356),
      roiWithSalvage: constant(0.28),
      npvUsd: constant(7429),
      irr: { mean: 0.3100000000000001, quantiles: constant(0.31).quantiles },
      coinsMined: constant(16.2),
      costPerCoinUsd: constant(4457),
      powerCostNetUsd: constant(4030),
      breakEvenTariffUsdPerKwh: constant(0.14),
      breakEvenPriceUsd: constant(4625),
    },
    claims: [
      {
        text: 'payback > 1 year',
        share: 0,
        se: 0,
        low: 0,
        high: 0.0004,
        threshold: '> 0.5',
        verdict: 'refuted',
      },
    ],
  });
}

const cellsOf = (tables: ReturnType<typeof headlineTables>) => tables.flatMap((t) => t.rows.flat());

describe('tables of a run whose paths are all the same', () => {
  it('identicalPaths() is true for one path, or for many that came out the same, and false for the fixture', () => {
    expect(identicalPaths(identicalRun(1))).toBe(true);
    expect(identicalPaths(identicalRun(500))).toBe(true);
    expect(identicalPaths(FIXTURE_SUMMARY)).toBe(false);
    expect(isConstant({ mean: 0.3100000000000001, quantiles: constant(0.31).quantiles })).toBe(true);
  });

  it('headlineTables() states the one outcome: no quantile columns, no ± error, no interval', () => {
    const tables = headlineTables(identicalRun(500));
    expect(tables.map((t) => t.title)).toEqual([
      'Payback',
      'Returns at the horizon',
      'Break-evens',
      'Claims',
    ]);
    for (const table of tables) expect(table.header).not.toContain('50 %');
    expect(tables.find((t) => t.title === 'Returns at the horizon')?.header).toEqual(['Measure', 'Value']);
    const cells = cellsOf(tables);
    expect(cells.some((c) => c.includes('±'))).toBe(false);
    expect(tables.find((t) => t.title === 'Claims')?.header).toEqual(['Claim', 'On every path', 'Verdict']);
    expect(tables[0].rows[0]).toEqual(['Paid back on', 'day 214 (2017-12-17)']);
    expect(tables[0].note).toContain('came out the same');
  });

  it('identicalPaths() is false where a measure the outcome tables show differs between paths: the break-even tariff', () => {
    // Ten S9s at 3 USD/kWh under shutdown-when-unprofitable, a price of 20 % volatility: every path
    // is shut off every day (net -20,000 USD, 0 BTC, IRR -100 %), but each path's break-even tariff
    // follows its price: 0.119 to 0.245 USD/kWh from the 5th to the 95th percentile. The report gave
    // "Tariff (USD/kWh) | 0.167" as the run's one value and said "Every one of the 200 paths came out
    // the same (nothing in the scenario is random)"; the terminal "break-even tariff 0.1666 USD/kWh".
    const run = identicalRun(200);
    const spread = {
      mean: 0.1715,
      quantiles: { p5: 0.1187, p10: 0.1275, p25: 0.1462, p50: 0.1666, p75: 0.1931, p90: 0.2197, p95: 0.2454 },
    };
    const varied = { ...run, headline: { ...run.headline, breakEvenTariffUsdPerKwh: spread } };
    expect(identicalPaths(varied)).toBe(false);
    expect(
      headlineTables(varied)
        .map((t) => t.note)
        .join('|'),
    ).not.toContain('came out the same');
    expect(headlineTable(varied)).toContain('break-even tariff p50');
    // So is a books' figure the outcome tables show (the equity's NPV), where the project's are all the same.
    const equity = { ...run, headline: { ...run.headline, equityNpvUsd: spread } };
    expect(identicalPaths(equity)).toBe(false);
  });

  it('headlineTables() of identical paths on a market that spreads does not say nothing in the scenario is random', () => {
    // Ten S9s deployed 800 days into a 2-year horizon under a random price: no machine ever hashes, so
    // every path ends at -20,000 USD with 0 BTC and no break-even, while the price at the horizon
    // spreads from 1,104 to 2,854 USD (5th to 95th percentile). report.html said "Every one of the
    // 200 paths came out the same (nothing in the scenario is random)".
    const run = identicalRun(200);
    const spread = {
      ...run,
      timeline: {
        ...run.timeline,
        priceUsd: { ...run.timeline.priceUsd, p95: run.timeline.priceUsd.p95.map((v) => v * 2) },
      },
    };
    const notes = headlineTables(spread)
      .map((t) => t.note)
      .join('|');
    expect(notes).not.toContain('nothing in the scenario is random');
    expect(notes).toContain(
      'Every one of the 200 paths came out the same (their price or difficulty differ, but not what the fleet made of them)',
    );
    // A market that is one path too: nothing in the scenario is random.
    const flat = (b: typeof run.timeline.priceUsd) => ({
      ...b,
      p5: b.p50,
      p10: b.p50,
      p25: b.p50,
      p75: b.p50,
      p90: b.p50,
      p95: b.p50,
    });
    const still = {
      ...run,
      timeline: {
        ...run.timeline,
        priceUsd: flat(run.timeline.priceUsd),
        difficulty: flat(run.timeline.difficulty),
      },
    };
    expect(headlineTables(still)[0].note).toContain('(nothing in the scenario is random)');
  });

  it('runTable() and the tables say "1 path", never "1 paths"', () => {
    const run = identicalRun(1);
    const text = summaryMarkdown(run);
    expect(text).toContain('1 path,');
    expect(text).not.toMatch(/\b1 paths\b/);
    expect(runTable(run).rows.find(([k]) => k === 'Run')?.[1]).toBe('Monte Carlo, 1 path, seed 2017');
    expect(formatPaths(10_000)).toBe('10,000 paths');
  });

  it('headlineTable() says a claim on one outcome holds on every path or on none, and a run of one path is one path', () => {
    const many = headlineTable(identicalRun(500));
    expect(many).toContain('refuted (holds on no path)');
    expect(many).toContain('payback (every path the same)');
    const one = headlineTable(identicalRun(1));
    expect(one).toContain('refuted (does not hold on the one path)');
    expect(one).toMatch(/payback \(one path\) +day 214/);
  });

  it('headlineTable() and headlineTables() of identical paths say a claim with no value on any path is undecided, not that it holds on none', () => {
    // A free fleet (no ROI on any path) with every path the same: `P(roi >= 0) >= 0.5` printed
    // "inconclusive (holds on no path)" and "does not hold", as if the ROI had been found below 0.
    const free = makeSummary({
      ...identicalRun(500),
      claims: [
        {
          text: 'P(roi >= 0) >= 0.5',
          share: 0,
          se: 0,
          low: 0,
          high: 1,
          threshold: '>= 0.5',
          verdict: 'inconclusive',
          paths: 0,
        },
      ],
    });
    const text = headlineTable(free);
    expect(text).toContain('inconclusive (no path has a value to judge)');
    expect(text).not.toContain('holds on no path');
    const claims = headlineTables(free).find((t) => t.title === 'Claims')!;
    expect(claims.rows[0][1]).toBe('no value to judge');
    const one = headlineTable(makeSummary({ ...free, run: { paths: 1, seed: 2017, antithetic: false } }));
    expect(one).toContain('inconclusive (no path has a value to judge)');
  });

  it('headlineTable() says once that a run without capex has no ROI, not "none (no capex) (—)"', () => {
    const s = identicalRun(1);
    const none = { mean: null, quantiles: Object.fromEntries(QUANTILE_KEYS.map((k) => [k, null])), paths: 0 };
    s.headline.roiAtHorizon = none as Distribution;
    s.headline.roiWithSalvage = none as Distribution;
    const line = headlineTable(s)
      .split('\n')
      .find((l) => l.includes('ROI (with salvage)'));
    expect(line?.trim()).toMatch(/^ROI \(with salvage\) +none \(no capex\)$/);
  });
});

describe('a measure that is the same on every path', () => {
  it('headlineTables() says a measure over some of the paths is the same on each of them, not on every path', () => {
    // Zero capex, 200 paths, a random price: 6 paths fall below zero and never come back, each an
    // IRR of -100 %; the others have none. The row read "IRR, with salvage (% a year), over 6 of 200
    // paths; the others have no IRR, same on every path": the others have no IRR, not the same one.
    const irr = { ...constant(-1), paths: 6 };
    const summary = makeSummary({ headline: { ...FIXTURE_SUMMARY.headline, irr } });
    const table = headlineTables(summary).find((t) => t.title === 'Returns at the horizon')!;
    const row = table.rows.find(([label]) => label.startsWith('IRR'))!;
    expect(row[0]).toBe(
      'IRR, with salvage (% a year), over 6 of 1,000 paths; the others have no IRR; the same on each of the 6',
    );
  });

  it('headlineTables() shows a constant break-even price once, in the 50 % column, and says so', () => {
    const summary = makeSummary({
      headline: { ...FIXTURE_SUMMARY.headline, breakEvenPriceUsd: constant(4625) },
    });
    const table = headlineTables(summary).find((t) => t.title === 'Break-evens')!;
    const row = table.rows.find(([label]) => label.startsWith('Coin price'))!;
    expect(row[0]).toBe(`Coin price (USD/BTC), ${SAME_ON_EVERY_PATH}`);
    expect(row.slice(1).filter((c) => c !== '')).toEqual(['4,625']);
    expect(row[1 + table.header.slice(1).indexOf('50 %')]).toBe('4,625');
    // The tariff still varies: its row keeps all eight columns.
    expect(
      table.rows
        .find(([label]) => label.startsWith('Tariff'))!
        .slice(1)
        .every((c) => c !== ''),
    ).toBe(true);
  });
});

describe('definitions where the figures are shown', () => {
  it('headlineTables() defines payback in the Payback table and says which returns count salvage', () => {
    const tables = headlineTables(FIXTURE_SUMMARY);
    const payback = tables.find((t) => t.title === 'Payback')!;
    expect(payback.note).toContain(PAYBACK_DEFINITION);
    // Which day counts within a year: a year is 365.25 days, payback day d (day 0 the start) <= 365.25.
    expect(payback.note).toContain(
      'P(payback ≤ 1 year) counts the paths paid back by day 365, ≤ 2 years by day 730',
    );
    expect(payback.rows.map(([q]) => q)).toContain('P(net position below zero at the horizon)');
    const returns = tables.find((t) => t.title === 'Returns at the horizon')!;
    expect(returns.note).toContain(SALVAGE_NOTE);
    expect(returns.rows.map(([label]) => label)).toEqual([
      'Net position, no salvage (USD)',
      'NPV, with salvage (USD)',
      'IRR, with salvage (% a year)',
      'ROI, no salvage (%)',
      'ROI with salvage (%)',
      'Coins mined (BTC)',
      'All-in cost per coin, net of salvage (USD/BTC)',
      // The fixture earns no curtailment credits: the row names none.
      'Cost of power (USD)',
    ]);
  });

  it('headlineTables() and headlineTable() of a run cut at the end of the history ask for a payback and a net position by the cut, not within the horizon', () => {
    // A replay cut on 2025-11-14 (day 531 of a 3-year horizon) printed "P(no payback within the
    // horizon) 0.809": 81 % of the paths had not paid back by the cut, not within 3 years.
    const cut = makeSummary({
      scenario: { ...FIXTURE_SUMMARY.scenario, cutAt: '2025-11-14' },
      headline: { ...FIXTURE_SUMMARY.headline, paybackWithin2y: null },
    });
    const questions = headlineTables(cut)
      .find((t) => t.title === 'Payback')!
      .rows.map(([q]) => q);
    expect(questions).toContain('P(no payback by 2025-11-14, the end of the history)');
    expect(questions).toContain('P(net position below zero on 2025-11-14, the end of the history)');
    const text = headlineTable(cut);
    expect(text).toContain('P(no payback by 2025-11-14)');
    expect(text).toContain('P(net < 0 on 2025-11-14)');
    expect(text).not.toContain('in horizon');
    // 2 years is within the 3-year horizon but past the cut: it said "— (past the horizon)".
    const rows = headlineTables(cut).find((t) => t.title === 'Payback')!.rows;
    expect(rows.find(([q]) => q === 'P(payback ≤ 2 years)')?.[1]).toBe(
      '— (past 2025-11-14, the end of the history)',
    );
    expect(text).toContain('— (past 2025-11-14, the end of the history)');
    expect(text).not.toContain('past the horizon');
  });

  it('summaryMarkdown() puts the assumptions before the charts', () => {
    const text = summaryMarkdown(FIXTURE_SUMMARY, [{ name: 'roi-fan', caption: 'fan', spec: {} as never }]);
    expect(text.indexOf('## Assumptions')).toBeGreaterThan(0);
    expect(text.indexOf('## Assumptions')).toBeLessThan(text.indexOf('## Charts'));
  });
});

describe('an IRR of -100 % (a total loss: no day’s net flow above zero)', () => {
  // A fleet at 10 USD/kWh that never earns its power (flagship, salvage 0 %): every daily flow is
  // below zero, no rate zeroes their present value, and minesim states the IRR as -1 (-100 %), the
  // limit as what comes back falls to nothing; it ranks below every other path and counts against
  // a claim such as `irr > 0` (left out as "no IRR", a run of total losses would leave such a claim
  // over the paths that got something back). The terminal and the tables printed "-100 %" with no
  // word of what it is; they now say it next to the figure or in the table's note.
  const loss = (paths: number, d: Distribution) =>
    makeSummary({
      run: { paths, seed: 1, antithetic: false },
      headline: { ...FIXTURE_SUMMARY.headline, irr: d },
    });
  const mixed: Distribution = {
    mean: null,
    quantiles: { p5: -1, p10: -1, p25: -1, p50: -1, p75: -0.9999, p90: -0.9999, p95: -0.9999 },
    censored: { low: 97, high: 0 },
  };

  it('headlineTables() says what -100 % is in the note of the table that shows it', () => {
    for (const s of [loss(200, mixed), loss(1, constant(-1))]) {
      const table = headlineTables(s).find((t) => t.rows.some((r) => r[0].startsWith('IRR')))!;
      expect(table.note).toContain('An IRR of -100 % is a total loss');
    }
    const fine = headlineTables(FIXTURE_SUMMARY).find((t) => t.rows.some((r) => r[0].startsWith('IRR')))!;
    expect(fine.note).not.toContain('An IRR of -100 % is a total loss');
  });

  it('backtestTable() says it in its note when the history’s IRR is -100 %', () => {
    const s = makeSummary({ kind: 'backtest', run: { paths: 1, seed: 1, antithetic: false } });
    expect(backtestTable({ ...s, headline: { ...s.headline, irr: constant(-1) } }).note).toContain(
      'An IRR of -100 % is a total loss',
    );
    expect(backtestTable({ ...s, headline: { ...s.headline, irr: constant(0.31) } }).note).not.toContain(
      'total loss',
    );
  });

  it('headlineTable() (the terminal) says it beside a run of one path’s -100 %', () => {
    const line = headlineTable(loss(1, constant(-1)))
      .split('\n')
      .find((l) => l.includes('NPV / IRR'))!;
    expect(line).toMatch(/\/ -100 % \(a total loss: no day's net flow above zero\)$/);
  });
});
