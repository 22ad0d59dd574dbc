// Every figure a run writes for people (summary.md, the terminal headline), for programs (the
// CSVs) and in its charts' data, read back from the text and compared with summary.json: each
// equal to it after the rounding its format states, on the same side of zero, a missing value
// never printed as a number; and the files consistent with each other (payback.csv with the
// payback shares, paths.csv with the sample paths, the timeline's last week with the horizon).
// On real runs of edge cases: a fleet that never pays back, one that pays back on day 0, six
// months, one path, a loan with tax, Monero, and a back-test.
import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { addDays } from '../../src/data/dates.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { coinProtocol } from '../../src/model/coins/index.js';
import { buildCharts } from '../../src/report/charts/index.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { pathsCsv, paybackCsv, timelineCsv } from '../../src/report/tables.js';
import { DAYS_PER_YEAR } from '../../src/scenario/units.js';
import { shareInterval } from '../../src/stats/shares.js';
import type { Distribution, Estimate, RunSummary } from '../../src/stats/summary.js';
import { QUANTILE_KEYS, QUANTILES } from '../../src/stats/summary.js';
import type { TimelineIntervals } from '../../src/stats/timeline-intervals.js';
import { DISTRIBUTION_ROWS, type RowFormat } from '../fixtures/distribution-rows.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

const PATHS = 60;

/** Each run's weekly intervals (RunResult.timelineIntervals), by the summary. */
const weeklyIntervals = new WeakMap<RunSummary, TimelineIntervals | null>();

/** A committed scenario, edited, run in-process on one thread. */
async function run(name: string, edit?: (d: Draft) => void, paths = PATHS): Promise<RunSummary> {
  const s = await loadScenario(name, edit);
  const result = await runMonteCarlo(s, { paths, workers: 1 });
  weeklyIntervals.set(result.summary, result.timelineIntervals);
  return result.summary;
}

const FLAGSHIP = 'north-korea-2017-s9';
const CASES: Record<string, () => Promise<RunSummary>> = {
  flagship: () => run(FLAGSHIP),
  'never pays back (5 USD/kWh)': () =>
    run(FLAGSHIP, (d) => {
      d.power.price = '5 USD/kWh';
    }),
  'pays back on day 0 (a free fleet, free power)': () =>
    run(FLAGSHIP, (d) => {
      Object.assign(d.fleet[0], { unitPrice: '0 USD', importPremium: '0 %', setupCost: '0 USD' });
      d.power.price = '0 USD/kWh';
    }),
  'six months': () =>
    run(FLAGSHIP, (d) => {
      d.horizon = '6 months';
      d.claims = ['npv > 0', 'payback > 3 months'];
    }),
  'one path': () => run(FLAGSHIP, undefined, 1),
  'a loan with tax': () => run('top-of-market-2021-11-10-loan'),
  Monero: () => run('north-korea-2017-monero-cpu'),
  'a back-test': async () => {
    const s = await loadScenario(FLAGSHIP);
    return backtestSummary(s, runBacktest(s, await loadCompileInputs(s)));
  },
};

const summaries = new Map<string, RunSummary>();
beforeAll(async () => {
  for (const [name, make] of Object.entries(CASES)) summaries.set(name, await make());
}, 120_000);

// ---- reading printed numbers back ----

/** A printed number: `-29,473`, `0.575`, `≤ -99.99 %`, `-0.3`; null when the text holds none. */
function printed(text: string): { value: number; decimals: number; bound: boolean } | null {
  const m = /^([≤≥] )?(-?[\d,]*\d(?:\.(\d+))?)(?: %| USD| d)?$/.exec(text.trim());
  if (!m) return null;
  return { value: Number(m[2].replaceAll(',', '')), decimals: m[3]?.length ?? 0, bound: m[1] !== undefined };
}

/**
 * Whether `text` is `value` (times `scale`) after rounding to whole numbers, to its decimals, or to
 * `significant` digits; and on the same side of zero.
 */
function shows(text: string, value: number, scale = 1, significant?: number): boolean {
  const p = printed(text);
  if (p === null) return false;
  const v = value * scale;
  if (v !== 0 && Math.sign(p.value) !== Math.sign(v)) return false;
  if (v === 0 && p.value !== 0) return false;
  let tolerance = 0.5 * 10 ** -p.decimals;
  if (significant !== undefined && v !== 0)
    tolerance = Math.max(tolerance, 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(v))) - significant + 1));
  return Math.abs(p.value - v) <= tolerance * (1 + 1e-9);
}

/** The rows of the Markdown table under `## title`, header first, cells trimmed. */
function markdownTable(md: string, title: string): string[][] {
  const at = md.indexOf(`\n## ${title}\n`);
  if (at < 0) return [];
  const rows: string[][] = [];
  for (const line of md
    .slice(at + 1)
    .split('\n')
    .slice(1)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|') || /^\| (:?-+:? \| ?)+/.test(line)) continue;
    rows.push(
      line
        .slice(2, -2)
        .split(' | ')
        .map((c) => c.trim().replaceAll('\\', '')),
    );
  }
  return rows;
}

/** Problems of a distribution row: a cell that differs from summary.json after rounding. */
function distributionProblems(row: string[], d: Distribution, f: RowFormat): string[] {
  const problems: string[] = [];
  const values = [...QUANTILE_KEYS.map((k) => d.quantiles[k]), d.mean];
  values.forEach((value, i) => {
    const cell = row[i + 1];
    // The constant break-even price is printed once, in the 50 % column.
    if (cell === '') return;
    if (value === null || Number.isNaN(value)) {
      if (printed(cell) !== null) problems.push(`${row[0]} [${i}]: missing value printed as ${cell}`);
    } else if (!shows(cell, value, f.scale, f.significant))
      problems.push(`${row[0]} [${i}]: ${cell} for ${value}`);
  });
  return problems;
}

/** Problems of an estimate's printed form `0.575 ± 0.016`. */
function estimateProblems(label: string, text: string, e: Estimate | null | undefined): string[] {
  if (e === undefined) return [];
  if (e === null) return text.startsWith('—') ? [] : [`${label}: ${text} for a share past the horizon`];
  // A share of 0 or 1 (standard error 0) is printed with its 95 % bound: `0.000 (95 % ≤ 0.072)`.
  const bounded = /^(\S+) \(95 % ([≤≥]) (\S+)\)$/.exec(text);
  if (bounded !== null) {
    const [, shown, side, bound] = bounded;
    const b = Number(bound);
    const right = side === '≤' ? e.p === 0 && b > 0 && b < 1 : e.p === 1 && b > 0 && b < 1;
    return shows(shown, e.p) && e.se === 0 && right ? [] : [`${label}: ${text} for ${e.p} ± ${e.se}`];
  }
  const [p, se] = text.split(' ± ');
  const problems: string[] = [];
  if (!shows(p, e.p) || se === undefined || !shows(se, e.se))
    problems.push(`${label}: ${text} for ${e.p} ± ${e.se}`);
  // 0 and 1 only when exact: "0.000" beside paths that did not pay back would be false.
  const shown = printed(p)?.value;
  if ((shown === 0 && e.p !== 0) || (shown === 1 && e.p !== 1)) problems.push(`${label}: ${text} for ${e.p}`);
  return problems;
}

/** Every figure of summary.md's tables against summary.json. */
/** A payback on day 0 where nothing was ever at stake, as the tables and the terminal print it. */
const NOTHING_AT_STAKE = 'nothing at stake (0 d)';

function markdownProblems(s: RunSummary): string[] {
  const md = summaryMarkdown(s);
  const h = s.headline;
  const problems: string[] = [];
  for (const title of ['Returns at the horizon', 'Break-evens', 'Project and equity'])
    for (const row of markdownTable(md, title).slice(1)) {
      // 9 columns (Measure, seven quantiles, mean), 10 in Project and equity (its median's 95 %
      // interval last, checked in test/quantile-uncertainty/books-display.test.ts); 2: one Value.
      if (row.length < 9) continue;
      const match = DISTRIBUTION_ROWS.find(([re]) => re.test(row[0]));
      if (!match) {
        problems.push(`${title}: no field known for row ${row[0]}`);
        continue;
      }
      const d = h[match[1].field] as Distribution | undefined;
      if (d === undefined) problems.push(`${title}: ${row[0]} printed, not in summary.json`);
      else problems.push(...distributionProblems(row, d, match[1]));
    }
  const payback: Record<string, Estimate | null | undefined> = {
    'P(payback ≤ 1 year)': h.paybackWithin1y,
    'P(payback ≤ 2 years)': h.paybackWithin2y,
    'P(no payback within the horizon)': h.noPayback,
    'P(net position below zero at the horizon)': h.netBelowZeroAtHorizon,
    'P(margin call)': h.marginCall,
    'P(default: the lender takes the machines)': h.default,
    'P(equity not paid back within the horizon)': h.equityNoPayback,
  };
  for (const title of ['Payback', 'Financing: margin calls and default'])
    for (const [label, text] of markdownTable(md, title).slice(1))
      if (label in payback) problems.push(...estimateProblems(label, text, payback[label]));
  const time = markdownTable(md, 'Payback time').slice(1);
  for (const [i, [label, days, date, years]] of time.entries()) {
    const v = i < QUANTILE_KEYS.length ? h.paybackDays.quantiles[QUANTILE_KEYS[i]] : h.paybackDays.mean;
    if (v === null || Number.isNaN(v)) {
      if (printed(days) !== null || date !== '—' || years !== '—')
        problems.push(`payback ${label}: ${days} for none`);
    } else if (v === 0 && days === NOTHING_AT_STAKE) {
      // A payback on day 0 (nothing ever at stake) reads as the terminal says it, its years none.
      if (date !== s.scenario.start || years !== '—')
        problems.push(`payback ${label}: ${date} ${years} for 0`);
    } else if (
      !shows(days, v) ||
      date !== addDays(s.scenario.start, Math.round(v)) ||
      !shows(years, v / DAYS_PER_YEAR)
    )
      problems.push(`payback ${label}: ${days} ${date} ${years} for ${v}`);
  }
  const claims = markdownTable(md, 'Claims');
  if (claims[0]?.[1] === 'Share of paths')
    for (const [i, [text, share, interval, threshold, verdict]] of claims.slice(1).entries()) {
      const c = s.claims[i];
      const bound = Number(threshold.split(' ')[1]);
      const [low, high] = interval.split('–');
      problems.push(...estimateProblems(`claim ${text}`, share, { p: c.share, se: c.se }));
      if (!shows(low, c.low) || !shows(high, c.high)) problems.push(`claim ${text}: ${interval}`);
      // Each printed figure on its value's side of the threshold.
      for (const [t, v] of [
        // `0.630 ± 0.022`, or a share of 0 or 1 with its bound: `1.000 (95 % ≥ 0.9996)`.
        [share.split(' ')[0], c.share],
        [low, c.low],
        [high, c.high],
      ] as const)
        if (Math.sign(Number(t) - bound) !== Math.sign(v - bound))
          problems.push(`claim ${text}: ${t} for ${v}`);
      if (verdict !== c.verdict) problems.push(`claim ${text}: ${verdict}`);
    }
  return problems;
}

/** The terminal's headline against summary.json. */
function terminalProblems(s: RunSummary): string[] {
  const lines = headlineTable(s).split('\n');
  const h = s.headline;
  const value = (label: string) =>
    lines
      .find((l) => l.trimStart().startsWith(label))
      ?.trimStart()
      .slice(label.length)
      .trim();
  const problems: string[] = [];
  if (s.kind === 'backtest' || s.run.paths === 1) return problems;
  const estimates: [string, Estimate | null][] = [
    ['P(payback <= 1 year)', h.paybackWithin1y],
    ['P(payback <= 2 years)', h.paybackWithin2y],
    ['P(no payback in horizon)', h.noPayback],
    ['P(net < 0 at horizon)', h.netBelowZeroAtHorizon],
  ];
  for (const [label, e] of estimates) problems.push(...estimateProblems(label, value(label) ?? '', e));
  const triple = (label: string, d: Distribution) => {
    const cells = (value(label) ?? '').split(' / ');
    (['p10', 'p50', 'p90'] as const).forEach((k, i) => {
      const v = d.quantiles[k];
      if (v === 0 && d === h.paybackDays && cells[i] === NOTHING_AT_STAKE) return;
      if (v === null ? printed(cells[i]) !== null : !shows(cells[i], v))
        problems.push(`${label} ${k}: ${cells[i]}`);
    });
  };
  triple('payback p10 / p50 / p90', h.paybackDays);
  triple('NPV p10 / p50 / p90 (with salvage)', h.npvUsd);
  return problems;
}

/** Each timeline metric's unit; the hashprice's is the coin's own. */
const UNITS: Record<string, string> = {
  netUsd: 'USD',
  equityNetUsd: 'USD',
  revenueUsdPerDay: 'USD/day (mean of the days after the previous date up to this one)',
  powerCostUsdPerDay: 'USD/day (mean of the days after the previous date up to this one)',
  shutdownShare: 'share of fleet capacity 0-1 (mean of the days after the previous date up to this one)',
};

/** A CSV's rows, header first (no field of these tables is quoted). */
function csvRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
}

/** A CSV cell as the number it writes; null for an empty one. */
const cellValue = (text: string) => (text === '' ? null : Number(text));

/** summary.json's value as a CSV holds it: non-finite as an empty field. */
const asCsv = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

describe.each(Object.keys(CASES))('the outputs of %s', (name) => {
  const summary = () => summaries.get(name)!;

  it('summaryMarkdown() prints every figure of summary.json’s headline as it is after rounding, missing ones as none', () => {
    expect(markdownProblems(summary())).toEqual([]);
  });

  it('headlineTable() prints the probabilities and payback and NPV quantiles of summary.json', () => {
    expect(terminalProblems(summary())).toEqual([]);
  });

  it('timelineCsv() holds every weekly quantile of summary.json exactly (a back-test or a run of one path its one path, as paths.csv names it), each row naming its value’s unit', () => {
    const s = summary();
    const [header, ...rows] = csvRows(timelineCsv(s, weeklyIntervals.get(s) ?? null));
    const t = s.timeline as unknown as Record<string, Record<string, (number | null)[]>>;
    const metrics = Object.keys(t).filter((k) => k !== 'dates');
    const coin = coinProtocol(s.scenario.coin);
    const hashprice = coin.hashpriceUnit.name;
    const units: Record<string, string> = {
      ...UNITS,
      hashpriceUsd: hashprice,
      priceUsd: `USD/${coin.ticker}`,
      difficulty: coin.difficultyHashes,
    };
    if (s.kind === 'backtest' || s.run.paths === 1) {
      // One path, the history: one row a week and metric, not 7 equal "quantiles" of it (earlier
      // builds wrote date,metric,quantile,value,unit with 0.05 ... 0.95 all the same value). A
      // Monte Carlo run of one path wrote those 7 equal rows too (1,834 rows a metric for the
      // flagship's 262 weeks); it writes its path as paths.csv names it, `0`.
      expect(header).toEqual(['date', 'metric', 'path', 'value', 'unit']);
      expect(rows.length).toBe(s.timeline.dates.length * metrics.length);
      for (const [date, metric, path, v, unit] of rows) {
        expect(path).toBe(s.kind === 'backtest' ? 'actual' : '0');
        expect(cellValue(v)).toBe(asCsv(t[metric].p50[s.timeline.dates.indexOf(date)]));
        expect(unit).toBe(units[metric]);
      }
      return;
    }
    expect(header).toEqual(['date', 'metric', 'quantile', 'value', 'unit', 'low', 'high']);
    const withMetrics = metrics.filter((m) => m !== 'widestIntervals');
    expect(rows.length).toBe(s.timeline.dates.length * withMetrics.length * QUANTILES.length);
    for (const [date, metric, q, v, unit, low, high] of rows) {
      const i = s.timeline.dates.indexOf(date);
      const key = QUANTILE_KEYS[QUANTILES.indexOf(Number(q) as (typeof QUANTILES)[number])];
      expect(cellValue(v)).toBe(asCsv(t[metric][key][i]));
      expect(unit).toBe(units[metric]);
      // At 60 paths every quantile but the 5 % and 95 % (72 paths) has an interval, and it holds
      // the value.
      if (key === 'p5' || key === 'p95') expect([low, high]).toEqual(['', '']);
      else {
        expect(Number(low)).toBeLessThanOrEqual(Number(v));
        expect(Number(high)).toBeGreaterThanOrEqual(Number(v));
      }
    }
    // The hashprice is in the unit the calculator's view states.
    if (s.dailyView) expect(hashprice).toBe(s.dailyView.hashpriceUnit);
  });

  it('the timeline’s last week is the horizon (or the cut), and its net position is the horizon’s to the digit', () => {
    const s = summary();
    const last = s.timeline.dates.length - 1;
    expect(s.timeline.dates[last]).toBe(s.scenario.cutAt ?? s.scenario.end);
    if (s.kind === 'backtest') return;
    // The other weeks are read from histograms (src/stats/histogram.ts); the last is the horizon,
    // whose net position summary.json's headline, summary.md and the terminal give from the paths'
    // own values: timeline.csv and the fan chart end on the same figures. (They differed by a bin
    // or more: the loan scenario's 5 % at 400 paths, 408,930 USD in the timeline, 478,739 USD at
    // the horizon.)
    const net = s.timeline.netUsd;
    for (const key of QUANTILE_KEYS) expect(net[key][last]).toBe(s.headline.netAtHorizonUsd.quantiles[key]);
  });

  it('paybackCsv() bins add up to the paths, its cdf is summary.json’s, and it brackets the payback shares and median', () => {
    const s = summary();
    const [header, ...rows] = csvRows(paybackCsv(s));
    expect(header).toEqual(['day_from', 'day_to', 'count', 'cdf', 'cdf_se', 'cdf_low', 'cdf_high']);
    const never = rows.pop()!;
    expect(never).toEqual(['never', '', String(s.payback.never), '', '', '', '']);
    const { binDays, counts, cdf } = s.payback;
    const paths = s.kind === 'backtest' ? 1 : s.run.paths;
    // Paths with nothing at stake (never below zero) count as paid back on day 0: a row of its own,
    // and the first bin then starts on day 1.
    const unstaked = Math.round((s.headline.nothingAtStake?.p ?? 0) * paths);
    if (unstaked > 0) {
      const [day0, first] = rows.splice(0, 2);
      expect(day0.slice(0, 4)).toEqual(['0', '0', String(unstaked), String(unstaked / paths)]);
      expect(first[0]).toBe('1');
      rows.unshift(['0', first[1], String(Number(first[2]) + unstaked), ...first.slice(3)]);
    }
    let cumulative = 0;
    rows.forEach(([from, to, count, p, se, low, high], i) => {
      // Its standard error is summary.json's (none for one path), its interval Wilson's from it.
      expect(se).toBe(cdf[i].se === undefined ? '' : String(cdf[i].se));
      const wilson =
        cdf[i].se === undefined
          ? ['', '']
          : shareInterval({ p: cdf[i].p, se: cdf[i].se! }, paths, s.run.antithetic);
      expect([low, high]).toEqual(wilson.map(String));
      cumulative += Number(count);
      expect([Number(from), Number(to), Number(count)]).toEqual([
        i * binDays,
        Math.min((i + 1) * binDays, s.scenario.days) - 1,
        counts[i],
      ]);
      expect(Number(to)).toBe(cdf[i].day);
      expect(Number(p)).toBe(cdf[i].p);
      expect(Number(p)).toBeCloseTo(cumulative / paths, 12);
    });
    expect(cumulative + s.payback.never).toBe(paths);
    if (s.kind === 'backtest') return;
    expect(s.headline.noPayback.p).toBeCloseTo(s.payback.never / paths, 12);
    // P(payback <= t) lies between the cdf at the bins either side of day t.
    for (const [years, e] of [
      [1, s.headline.paybackWithin1y],
      [2, s.headline.paybackWithin2y],
    ] as const) {
      if (e === null) continue;
      const day = Math.floor(years * DAYS_PER_YEAR);
      const below = cdf.filter((c) => c.day < day).at(-1)?.p ?? 0;
      const at = cdf.find((c) => c.day >= day)?.p ?? cdf.at(-1)!.p;
      expect(e.p).toBeGreaterThanOrEqual(below);
      expect(e.p).toBeLessThanOrEqual(at);
    }
    const median = s.headline.paybackDays.quantiles.p50;
    if (median === null) expect(s.payback.never / paths).toBeGreaterThanOrEqual(0.5);
    else expect(cdf.find((c) => c.day >= Math.ceil(median))!.p).toBeGreaterThanOrEqual(0.5);
  });

  it('pathsCsv() holds each sample path and the back-test exactly (a back-test its one path once, as `actual`)', () => {
    const s = summary();
    const [header, ...rows] = csvRows(pathsCsv(s));
    expect(header).toEqual(['path', 'date', 'metric', 'value']);
    // A back-test's one path is the history: earlier builds wrote it twice, as a sample path `0`
    // and as `actual` (north-korea-2017-s9-backtest: 786 rows each, the same values).
    if (s.kind === 'backtest') {
      expect(rows.every(([path]) => path === 'actual')).toBe(true);
      expect(rows).toHaveLength(s.actual!.dates.length * 3);
    }
    const names = { netUsd: 'net', priceUsd: 'price', difficulty: 'difficulty' } as const;
    for (const [path, date, metric, v] of rows) {
      const key = names[metric as keyof typeof names];
      if (path === 'actual') {
        const i = s.actual!.dates.indexOf(date);
        expect(cellValue(v)).toBe(asCsv(s.actual![metric as keyof typeof names][i]));
      } else {
        const sample = s.samplePaths.find((p) => p.index === Number(path))!;
        expect(cellValue(v)).toBe(asCsv(sample[key][s.timeline.dates.indexOf(date)]));
      }
    }
  });

  it('the shares agree with the quantiles: P(net < 0 at the horizon) with the net position’s, P(no payback) with payback’s', () => {
    const s = summary();
    if (s.kind === 'backtest') return;
    const n = s.run.paths;
    const h = s.headline;
    QUANTILES.forEach((q, i) => {
      const net = h.netAtHorizonUsd.quantiles[QUANTILE_KEYS[i]]!;
      if (q < h.netBelowZeroAtHorizon.p - 1 / n) expect(net).toBeLessThan(0);
      if (q > h.netBelowZeroAtHorizon.p + 1 / n) expect(net).toBeGreaterThanOrEqual(0);
      const payback = h.paybackDays.quantiles[QUANTILE_KEYS[i]];
      if (q < 1 - h.noPayback.p - 1 / n) expect(payback).not.toBeNull();
      if (q > 1 - h.noPayback.p + 1 / n) expect(payback).toBeNull();
    });
  });

  it('the sample paths run on the timeline’s dates, and a run of one path is its own timeline band', () => {
    const s = summary();
    for (const p of s.samplePaths)
      for (const key of ['net', 'price', 'difficulty'] as const)
        expect(p[key]).toHaveLength(s.timeline.dates.length);
    if (s.kind === 'monte-carlo' && s.run.paths === 1) {
      const [path] = s.samplePaths;
      expect(path.net).toEqual(s.timeline.netUsd.p50);
      expect(path.net).toEqual(s.timeline.netUsd.p5);
      expect(path.price).toEqual(s.timeline.priceUsd.p95);
      expect(path.net.at(-1)).toBe(s.headline.netAtHorizonUsd.quantiles.p50);
    }
    // The back-test's own series are its timeline's, and end at its net position at the horizon.
    if (s.kind === 'backtest') {
      expect(s.actual!.netUsd).toEqual(s.timeline.netUsd.p50);
      expect(s.actual!.netUsd.at(-1)).toBe(s.headline.netAtHorizonUsd.quantiles.p50);
    }
  });

  it('the payback CDF and the fan chart draw summary.json’s numbers, under titles that say what they are', () => {
    const s = summary();
    const charts = new Map(buildCharts(s).map((c) => [c.name, c.spec]));
    const data = (spec: TopLevelSpec | undefined) => JSON.stringify(spec);
    const cdfSpec = charts.get('payback-cdf') as unknown as {
      layer: { data: { values: { day: number; p: number }[] } }[];
    };
    const curve = cdfSpec.layer[3].data.values;
    // One path's curve adds its step on its payback day (payback-cdf.ts): each bin's level is the
    // last point on the bin's last day.
    expect(s.payback.cdf.map((c) => curve.findLast((k) => k.day === c.day)?.p)).toEqual(
      s.payback.cdf.map((c) => Number(c.p.toPrecision(6))),
    );
    const paidOn = s.headline.paybackDays.quantiles.p50;
    if ((s.kind === 'backtest' || s.run.paths === 1) && paidOn !== null)
      expect(curve.filter((k) => k.day === paidOn).map((k) => k.p)).toEqual([0, 1]);
    // One path (a back-test's, a run of one path's) has paid back by a time or not: no share of paths.
    expect(data(charts.get('payback-cdf'))).toContain(
      s.kind === 'backtest' || s.run.paths === 1
        ? 'Paid back by t (0 % or 100 %)'
        : 'P(payback ≤ t) (share of paths)',
    );
    const fan = charts.get('roi-fan') as unknown as { datasets: { net: Record<string, number>[] } };
    for (const key of QUANTILE_KEYS)
      expect(fan.datasets.net.map((r) => r[key])).toEqual(
        s.timeline.netUsd[key].map((v) => Number(v.toPrecision(6))),
      );
    expect(data(charts.get('roi-fan'))).toContain('Cumulative net position over time');
  });
});

describe('a run’s back-test and the back-test’s own outputs', () => {
  it('summary.actual of the flagship (paths.csv’s actual rows, the fan’s orange line) is its back-test: the same series and payback', () => {
    const run = summaries.get('flagship')!;
    const backtest = summaries.get('a back-test')!;
    expect(run.actual!.dates).toEqual(backtest.timeline.dates);
    expect(run.actual!.netUsd).toEqual(backtest.timeline.netUsd.p50);
    expect(run.actual!.priceUsd).toEqual(backtest.timeline.priceUsd.p50);
    expect(run.actual!.paybackDay).toBe(backtest.headline.paybackDays.quantiles.p50);
    expect(run.actual!.paybackDate).toBe(
      addDays(run.scenario.start, backtest.headline.paybackDays.quantiles.p50!),
    );
  });
});
