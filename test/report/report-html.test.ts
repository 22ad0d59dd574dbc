// report.html and the charts that figures.test.ts does not read (revenue-cost, price-difficulty,
// payback-histogram, the fan's equity and back-test lines), read back from the page's text and
// the specs' data and compared with summary.json: each figure equal to it after the rounding its
// format states, in the unit summary.json names, nothing printed as NaN, undefined, null or -0, no
// share strictly between 0 and 1 printed as 0 or 1 (0 % or 100 %), and a run cut at the end of the
// history saying "not by <cut>" where another says "never" or "not within the horizon".
// On real runs: the flagship, a loan with tax, a hedge, Monero, a back-test, and a replay cut at
// the end of the shipped history (its Monte Carlo run and its back-test).
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { addDays } from '../../src/data/dates.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { coinProtocol } from '../../src/model/coins/index.js';
import { backtestChartEvents } from '../../src/report/chart-events.js';
import { buildCharts } from '../../src/report/charts/index.js';
import { revenueCostSpec, shutdownPeriods } from '../../src/report/charts/revenue-cost.js';
import { reportHtml } from '../../src/report/html.js';
import type { Manifest } from '../../src/report/manifest.js';
import type { Distribution, Estimate, RunSummary } from '../../src/stats/summary.js';
import { QUANTILE_KEYS } from '../../src/stats/summary.js';
import { DISTRIBUTION_ROWS } from '../fixtures/distribution-rows.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

const PATHS = 60;

async function run(name: string, edit?: (d: Draft) => void, paths = PATHS): Promise<RunSummary> {
  const s = await loadScenario(name, edit);
  return (await runMonteCarlo(s, { paths, workers: 1 })).summary;
}

async function backtest(name: string, edit?: (d: Draft) => void): Promise<RunSummary> {
  const s = await loadScenario(name, edit);
  const b = runBacktest(s, await loadCompileInputs(s));
  // As `minesim backtest` and `minesim batch` build it, with the events its charts mark.
  return backtestSummary(s, b, backtestChartEvents(s, b));
}

const LOAN = 'top-of-market-2021-11-10-loan';
/** The loan bought in 2023-06 for 3 years on the replayed network: cut at 2025-11-14. */
const cut = (d: Draft) => {
  d.start = '2023-06-01';
  d.horizon = '3 years';
  (d.network as Record<string, unknown>).model = { type: 'historical' };
};
const CASES: Record<string, () => Promise<RunSummary>> = {
  flagship: () => run('north-korea-2017-s9'),
  'a loan with tax': () => run(LOAN),
  'a hedge': () => run('hashprice-hedge-2024-05'),
  Monero: () => run('north-korea-2017-monero-cpu'),
  'a Monero ASIC struck by a fork': () => run('cryptonight-asic-2018-x3'),
  'Monero under a dollar (2016)': () =>
    run('north-korea-2017-monero-cpu', (d) => {
      d.start = '2016-01-15';
      d.price.model = { type: 'gbm', calibrate: '1 year' };
      d.claims = [];
    }),
  'a fleet sold in its third month': () => run('north-korea-2017-s9-july-stop'),
  'a back-test': () => backtest('north-korea-2017-s9'),
  'the X3’s back-test': () => backtest('cryptonight-asic-2018-x3'),
  'a replay cut at the end of the history': () => run(LOAN, cut),
  'a back-test cut at the end of the history': () => backtest(LOAN, cut),
};

const summaries = new Map<string, RunSummary>();
beforeAll(async () => {
  for (const [name, make] of Object.entries(CASES)) summaries.set(name, await make());
}, 240_000);

const MANIFEST = {
  minesimVersion: '0.0.0',
  scenario: { path: 'scenario.yaml', sha256: '0'.repeat(64) },
  data: [],
  seed: 1,
  paths: PATHS,
  workers: 1,
  nodeVersion: 'v20',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
  durationMs: 1000,
  command: ['minesim'],
  files: [],
} as unknown as Manifest;
const NO_SCRIPTS = { vega: '', vegaLite: '', vegaEmbed: '' };

// ---- reading the page back ----

const unescapeHtml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
const stripTags = (html: string) => unescapeHtml(html.replace(/<[^>]*>/g, ''));

interface PageTable {
  title: string;
  note: string;
  header: string[] | null;
  rows: string[][];
}

/** Every table of the page (htmlTable's shape: h2, note, table), cells as their text. */
function pageTables(html: string): PageTable[] {
  const tables: PageTable[] = [];
  const re =
    /<h2>(.*?)<\/h2>\n<p class="note">(.*?)<\/p>\n<div class="scroll"><table>\n(.*?)<\/table><\/div>/gs;
  for (const m of html.matchAll(re)) {
    const cells = (row: string, tag: string) =>
      [...row.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, 'gs'))].map((c) => stripTags(c[1]).trim());
    const head = /<thead>(.*?)<\/thead>/s.exec(m[3]);
    const body = /<tbody>(.*?)<\/tbody>/s.exec(m[3])![1];
    tables.push({
      title: stripTags(m[1]),
      note: stripTags(m[2]),
      header: head ? cells(head[1], 'th') : null,
      rows: [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) => cells(r[1], 't[dh]')),
    });
  }
  return tables;
}

/** The page's visible text: no scripts, no style, tags dropped. */
function pageText(html: string): string {
  return stripTags(html.replace(/<script[^>]*>.*?<\/script>/gs, '').replace(/<style>.*?<\/style>/gs, ''));
}

/** A printed number: `-29,473`, `0.575`, `≤ -99.99 %`, `350 d`; null when the text holds none. */
function printed(text: string): { value: number; decimals: number } | null {
  const m = /^([≤≥] )?(-?[\d,]*\d(?:\.(\d+))?)(?: %| USD| d)?$/.exec(text.trim());
  if (!m) return null;
  return { value: Number(m[2].replaceAll(',', '')), decimals: m[3]?.length ?? 0 };
}

/** Whether `text` is `value` (times `scale`) after rounding to its decimals or `significant` digits. */
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

/** Problems of an estimate printed `0.575 ± 0.016`: its value and error, and 0 or 1 only when exact. */
function estimateProblems(label: string, text: string, e: Estimate | null | undefined): string[] {
  if (e === undefined) return [`${label}: printed, not in summary.json`];
  if (e === null) return text.startsWith('—') ? [] : [`${label}: ${text} for none`];
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
  const shown = printed(p)?.value;
  if ((shown === 0 && e.p !== 0) || (shown === 1 && e.p !== 1)) problems.push(`${label}: ${text} for ${e.p}`);
  return problems;
}

/** Cells of a quantile table (5 % … 95 %, mean) against the distribution in summary.json. */
function distributionProblems(s: RunSummary, table: PageTable): string[] {
  const problems: string[] = [];
  for (const row of table.rows) {
    const match = DISTRIBUTION_ROWS.find(([re]) => re.test(row[0]));
    if (!match) {
      problems.push(`${table.title}: no field known for row ${row[0]}`);
      continue;
    }
    const f = match[1];
    const d = (s.headline as unknown as Record<string, Distribution | undefined>)[f.field];
    if (d === undefined) {
      problems.push(`${table.title}: ${row[0]} printed, not in summary.json`);
      continue;
    }
    // Over how many paths, and how many at a bound of the IRR search, as summary.json counts them.
    const over = /, over ([\d,]+) of/.exec(row[0]);
    if (over && Number(over[1].replaceAll(',', '')) !== d.paths)
      problems.push(`${row[0]}: for ${d.paths} paths`);
    for (const [n, bound] of [
      [d.censored?.low ?? 0, '≤ -99.99 %'],
      [d.censored?.high ?? 0, '≥ 100,000,000 %'],
    ] as const) {
      const at = new RegExp(`([\\d,]+) at ${bound}`).exec(row[0]);
      if ((at ? Number(at[1].replaceAll(',', '')) : 0) !== n)
        problems.push(`${row[0]}: for ${n} at ${bound}`);
    }
    // A measure the same on every path is one value (the break-evens of a run that sold its fleet).
    if (row.length === 2) {
      const v = d.quantiles.p50;
      if (v === null ? printed(row[1]) !== null : !shows(row[1], v, f.scale, f.significant))
        problems.push(`${row[0]}: ${row[1]} for ${v}`);
      continue;
    }
    const values = [...QUANTILE_KEYS.map((k) => d.quantiles[k]), d.mean];
    values.forEach((value, i) => {
      const cell = row[i + 1];
      if (cell === '') return; // the constant break-even price is printed once, in the 50 % column
      if (value === null || Number.isNaN(value)) {
        if (printed(cell) !== null) problems.push(`${row[0]} [${i}]: none printed as ${cell}`);
        if (f.days) problems.push(...notPaidBackProblems(s, `${row[0]} [${i}]`, cell));
      } else if (!shows(cell, value, f.scale, f.significant))
        problems.push(`${row[0]} [${i}]: ${cell} for ${value}`);
    });
  }
  return problems;
}

/**
 * A payback not reached: "not by <cut>" in a run cut at the end of the history, never "never" (a
 * payback not reached by the horizon may come after it: the financing table said "never" where the
 * Payback time table said "not within the horizon").
 */
function notPaidBackProblems(s: RunSummary, label: string, text: string): string[] {
  const cutAt = s.scenario.cutAt;
  if (cutAt === undefined) return /\bnever\b/.test(text) ? [`${label}: ${text}`] : [];
  return text.includes(`not by ${cutAt}`) ? [] : [`${label}: ${text} in a run cut at ${cutAt}`];
}

/** The value of a label/value row whose label starts with `label`. */
const answer = (t: PageTable | undefined, label: string) => t?.rows.find((r) => r[0].startsWith(label))?.[1];

function pageProblems(s: RunSummary, html: string): string[] {
  const tables = pageTables(html);
  const byTitle = (title: string) => tables.find((t) => t.title === title);
  const h = s.headline;
  const coin = coinProtocol(s.scenario.coin);
  const problems: string[] = [];

  // The run: its period, days and capex.
  const runTable = byTitle('Run')!;
  const period = answer(runTable, 'Period');
  if (period !== `${s.scenario.start} to ${s.scenario.end} (${s.scenario.days.toLocaleString('en-US')} days)`)
    problems.push(`Run: period ${period}`);
  if (!shows(answer(runTable, 'Capex') ?? '', s.scenario.capexUsd)) problems.push('Run: capex');
  if (answer(runTable, 'Coin') !== coin.name) problems.push('Run: coin');

  // The calculator's answer: its conditions, units and each cohort's figures.
  const view = s.dailyView;
  const daily = byTitle('Today’s conditions held fixed (the calculator’s answer)');
  if (view && daily) {
    if (!daily.note.includes(`hashprice `) || !daily.note.includes(` ${view.hashpriceUnit}`))
      problems.push(`daily view: note without the hashprice unit ${view.hashpriceUnit}`);
    const hp = new RegExp(`hashprice ([\\d.,]+) ${view.hashpriceUnit.replaceAll('/', '\\/')}`).exec(
      daily.note,
    );
    if (!hp || !shows(hp[1], view.hashpriceUsd, 1, 4)) problems.push(`daily view: hashprice ${hp?.[1]}`);
    const px = new RegExp(`${coin.ticker} ([\\d.,]+) USD`).exec(daily.note);
    if (!px || !shows(px[1], view.priceUsd, 1, 4)) problems.push(`daily view: price ${px?.[1]}`);
    const c = view.cohorts[0];
    const rows: [string, number | null, number?][] = [
      ['Revenue (USD/day)', c.revenueUsd, 4],
      ['Power (USD/day)', c.powerUsd, 4],
      ['Profit (USD/day)', c.profitUsd, 4],
      [`Profit (USD/${view.machineHashrateUnit}/day)`, c.profitUsdPerUnitHashrate, 3],
      [`Break-even hashprice (${view.hashpriceUnit})`, c.breakEvenHashpriceUsd, 4],
      [`Break-even ${coin.ticker} price (USD)`, c.breakEvenPriceUsd, 4],
      ['Unit capex (USD)', c.unitCapexUsd],
    ];
    for (const [label, value, digits] of rows) {
      const cell = daily.rows.find((r) => r[0] === label)?.[1];
      if (cell === undefined) problems.push(`daily view: no row ${label}`);
      else if (value !== null && !shows(cell, value, 1, digits))
        problems.push(`daily view: ${label} ${cell} for ${value}`);
    }
  }

  // The note's example of the day counted is the run's own payback held fixed, not another
  // scenario's (it printed the flagship's 350.53 days and day 350 in every report: the X3's is 50.95
  // days, day 50).
  if (view && daily) {
    const example = /payback held fixed at ([\d.,]+) days is day ([\d,]+)\)/.exec(daily.note);
    const days = view.fleet.paybackDays;
    if (
      days === null
        ? example !== null
        : !example || !shows(example[1], days) || !shows(example[2], Math.ceil(days) - 1)
    )
      problems.push(`daily view: the note's ${example?.[0]} for the fleet's ${days} days`);
    // The comparison: the day held fixed and its date, the median path's day, the share paid back by then.
    const held = /Held fixed the fleet pays back on day ([\d,]+) \((\d{4}-\d\d-\d\d)\)/.exec(daily.note);
    if (days !== null) {
      const day = Math.ceil(days) - 1;
      if (!held || !shows(held[1], day) || held[2] !== addDays(s.scenario.start, day))
        problems.push(`daily view: held fixed ${held?.[0]} for day ${day}`);
    } else if (held) problems.push(`daily view: ${held[0]} for a fleet that never pays back held fixed`);
    const mc = view.monteCarlo;
    const median = /(?:the median path|the actual history) on day ([\d,]+)/.exec(daily.note);
    if (mc && mc.paybackDaysP50 !== null && (!median || !shows(median[1], Math.round(mc.paybackDaysP50))))
      problems.push(`daily view: ${median?.[0]} for ${mc.paybackDaysP50}`);
    const share = /; ([\d.]+) % of paths had paid back by then/.exec(daily.note);
    if (share && (mc?.paidBackByThen == null || !shows(share[1], mc.paidBackByThen, 100, 3)))
      problems.push(`daily view: ${share[0]} for ${mc?.paidBackByThen}`);
    if (daily.note.includes('350.53') && days !== null && Math.abs(days - 350.53) > 0.005)
      problems.push('daily view: the note prints 350.53 days of another scenario');
  }

  if (s.kind === 'backtest') {
    const bt = byTitle('Back-test on the actual history')!;
    const at = (d: Distribution) => d.quantiles.p50;
    const pairs: [string, number | null, number?, number?][] = [
      [`Net position at ${s.scenario.end}, no salvage (USD)`, at(h.netAtHorizonUsd)],
      ['NPV, with salvage (USD)', at(h.npvUsd)],
      ['IRR, with salvage (% a year)', at(h.irr), 100, 3],
      ['ROI, no salvage (%)', at(h.roiAtHorizon), 100, 3],
      ['ROI with salvage (%)', at(h.roiWithSalvage), 100, 3],
      [`Coins mined (${coin.ticker})`, at(h.coinsMined), 1, 4],
      [
        s.scenario.curtailmentCredits
          ? 'Cost of power, net of curtailment credits (USD)'
          : 'Cost of power (USD)',
        at(h.powerCostNetUsd),
      ],
    ];
    for (const [label, v, scale, digits] of pairs) {
      const cell = answer(bt, label);
      if (cell === undefined) problems.push(`back-test: no row ${label}`);
      else if (v !== null && !shows(cell, v, scale, digits))
        problems.push(`back-test: ${label} ${cell} for ${v}`);
    }
    const paid = answer(bt, 'Paid back on')!;
    const day = at(h.paybackDays);
    if (day === null) problems.push(...notPaidBackProblems(s, 'back-test paid back on', paid));
    else if (paid !== `day ${day.toLocaleString('en-US')} (${addDays(s.scenario.start, day)})`)
      problems.push(`back-test: paid back on ${paid} for day ${day}`);
  } else {
    const payback = byTitle('Payback')!;
    const identical = payback.rows.some((r) => r[0] === 'Paid back on');
    if (!identical) {
      problems.push(
        ...estimateProblems(
          'P(payback ≤ 1 year)',
          answer(payback, 'P(payback ≤ 1 year)')!,
          h.paybackWithin1y,
        ),
      );
      problems.push(
        ...estimateProblems(
          'P(payback ≤ 2 years)',
          answer(payback, 'P(payback ≤ 2 years)')!,
          h.paybackWithin2y,
        ),
      );
      problems.push(...estimateProblems('P(no payback)', answer(payback, 'P(no payback')!, h.noPayback));
      problems.push(
        ...estimateProblems(
          'P(net below zero)',
          answer(payback, 'P(net position below zero')!,
          h.netBelowZeroAtHorizon,
        ),
      );
      // The payback time: days, date and years of each quantile; a missing one as not paid back.
      const time = byTitle('Payback time')!;
      time.rows.forEach(([label, days, date, years], i) => {
        const v = i < QUANTILE_KEYS.length ? h.paybackDays.quantiles[QUANTILE_KEYS[i]] : h.paybackDays.mean;
        if (v === null) problems.push(...notPaidBackProblems(s, `payback ${label}`, days));
        else if (
          !shows(days, v) ||
          date !== addDays(s.scenario.start, Math.round(v)) ||
          !shows(years, v / 365.25)
        )
          problems.push(`payback ${label}: ${days} ${date} ${years} for ${v}`);
      });
      for (const title of ['Returns at the horizon', 'Break-evens'])
        problems.push(...distributionProblems(s, byTitle(title)!));
    }
    // Claims: share, interval and verdict of each.
    const claims = byTitle('Claims');
    if (claims?.header?.[1] === 'Share of paths')
      claims.rows.forEach(([, share, interval, , verdict], i) => {
        const c = s.claims[i];
        problems.push(...estimateProblems(`claim ${c.text}`, share, { p: c.share, se: c.se }));
        const [low, high] = interval.split('–');
        if (!shows(low, c.low) || !shows(high, c.high)) problems.push(`claim ${c.text}: ${interval}`);
        if (verdict !== c.verdict) problems.push(`claim ${c.text}: ${verdict} for ${c.verdict}`);
      });
  }

  // The financing tables: the odds and the project beside the equity.
  const odds = tables.find((t) => t.title.startsWith('Financing:'));
  if (h.equityNpvUsd !== undefined) {
    if (!odds) problems.push('no financing table in a run with finance');
    const identical = odds?.rows.some((r) => r[0] === 'Equity paid back');
    if (odds && !identical) {
      if (h.marginCall)
        problems.push(...estimateProblems('P(margin call)', answer(odds, 'P(margin call)')!, h.marginCall));
      if (h.default) problems.push(...estimateProblems('P(default)', answer(odds, 'P(default')!, h.default));
      problems.push(
        ...estimateProblems('P(equity not paid back)', answer(odds, 'P(equity ')!, h.equityNoPayback),
      );
    }
    if (odds && identical) {
      // Not 'no' in a back-test cut at the end of the history (2025-11-14), whose equity may pay back after it.
      const paid = answer(odds, 'Equity paid back')!;
      if (h.equityNoPayback!.p === 1) problems.push(...notPaidBackProblems(s, 'Equity paid back', paid));
      // A back-test's call is dated, with how many were met and what they repaid (summary.json's actual.equity).
      const calls = s.actual?.equity?.firstMarginCallDate;
      const said =
        h.marginCall?.p === 1
          ? `yes${s.kind === 'backtest' && calls != null ? ` (first on ${calls}` : ''}`
          : 'no';
      if (h.marginCall && !(answer(odds, 'Margin call') ?? '').startsWith(said))
        problems.push(`margin call: ${answer(odds, 'Margin call')} ${said}`);
    }
    const books = byTitle('Project and equity')!;
    // Measure, the seven quantiles, the mean and the median's 95 % interval (the last, checked in
    // test/quantile-uncertainty/books-display.test.ts): 10 columns since the interval was added.
    if (books.header === null || books.header.length === 10) problems.push(...distributionProblems(s, books));
  } else if (odds) problems.push('a financing table in a run without finance');

  // Nothing printed as a value it is not: no NaN, undefined, null, Infinity or -0 anywhere.
  const text = pageText(html);
  for (const bad of [/\bNaN\b/, /\bundefined\b/, /\bnull\b/, /Infinity/, /(^|[\s(|])-0(?![.\d])/m])
    if (bad.test(text))
      problems.push(
        `page text holds ${bad}: …${text.slice(Math.max(0, text.search(bad) - 60), text.search(bad) + 20)}…`,
      );
  // A run cut at the end of the history never says "within the horizon" of a payback.
  if (s.scenario.cutAt !== undefined && /not within the horizon|never pay back within the horizon/.test(text))
    problems.push('a cut run speaks of the horizon');
  return problems;
}

// ---- the charts' data ----

type Row = Record<string, unknown>;
const round6 = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toPrecision(6));

/** Every string of a spec (titles, labels, tooltips' texts). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** A share as a chart's text prints it: `22.8 %`; 0 % and 100 % only when exact. */
function shareTextProblems(label: string, text: string, share: number): string[] {
  const p = printed(text);
  if (p === null) return [`${label}: ${text}`];
  if ((p.value === 0 && share !== 0) || (p.value === 100 && share !== 1))
    return [`${label}: ${text} for ${share}`];
  return shows(text, share, 100, 3) ? [] : [`${label}: ${text} for ${share}`];
}

function chartProblems(s: RunSummary): string[] {
  const problems: string[] = [];
  const charts = new Map(buildCharts(s).map((c) => [c.name, c.spec as unknown as Row]));
  const t = s.timeline;
  const coin = coinProtocol(s.scenario.coin);
  const paths = s.run.paths;

  for (const [name, spec] of charts)
    for (const text of strings(spec))
      if (/\bNaN\b|\bundefined\b|\bnull\b|Infinity/.test(text)) problems.push(`${name}: text ${text}`);

  // Revenue and power cost: the timeline's bands, the shutdown share as a share.
  const rc = charts.get('revenue-cost') as {
    datasets: { daily: Row[] };
    layer: { data?: { values?: Row[] } }[];
  };
  rc.datasets.daily.forEach((row, i) => {
    for (const [field, metric, key] of [
      ['revenue25', 'revenueUsdPerDay', 'p25'],
      ['revenue50', 'revenueUsdPerDay', 'p50'],
      ['revenue75', 'revenueUsdPerDay', 'p75'],
      ['cost25', 'powerCostUsdPerDay', 'p25'],
      ['cost50', 'powerCostUsdPerDay', 'p50'],
      ['cost75', 'powerCostUsdPerDay', 'p75'],
    ] as const)
      if (row[field] !== round6(t[metric][key][i]))
        problems.push(`revenue-cost ${field} [${i}]: ${row[field]}`);
    if (row.date !== t.dates[i]) problems.push(`revenue-cost date [${i}]`);
    problems.push(
      ...shareTextProblems(
        `revenue-cost shutdown [${i}]`,
        row.shutdownText as string,
        t.shutdownShare.p50[i],
      ),
    );
  });
  for (const layer of rc.layer)
    for (const period of layer.data?.values ?? [])
      if ('shareText' in period)
        problems.push(
          ...shareTextProblems(
            'revenue-cost shutdown period',
            period.shareText as string,
            period.share as number,
          ),
        );

  // The payback histogram: summary.json's counts, its never bar as not paid back (by the cut).
  const hist = charts.get('payback-histogram') as {
    datasets: { bins: Row[] };
    title: { subtitle: string[] };
  };
  const bins = hist.datasets.bins;
  const never = bins.at(-1)!;
  s.payback.counts.forEach((count, i) => {
    if (bins[i].count !== count || bins[i].share !== round6(count / paths))
      problems.push(`histogram bin ${i}`);
    problems.push(...shareTextProblems(`histogram bin ${i}`, bins[i].shareText as string, count / paths));
  });
  if (bins.length !== s.payback.counts.length + 1 || never.count !== s.payback.never)
    problems.push('histogram never bar');
  problems.push(
    // The share, then its Monte Carlo error as the CDF and the tables give it (in percent).
    ...shareTextProblems(
      'histogram never bar',
      (never.shareText as string).split(/ ± | \(95 /)[0],
      s.payback.never / paths,
    ),
  );
  if (s.kind !== 'backtest' && never.share !== round6(s.headline.noPayback.p))
    problems.push('never bar vs noPayback');
  // The never bar's tooltip names its unit: 'not within 1,826 days' (it read 'not within 1826').
  if (
    s.scenario.cutAt === undefined &&
    never.days !== `not within ${s.scenario.days.toLocaleString('en-US')} days`
  )
    problems.push(`histogram never bar: ${never.days}`);
  if (s.scenario.cutAt !== undefined) {
    for (const text of [never.days, never.label, never.kind, hist.title.subtitle.join(' ')] as string[])
      if (!text.includes(`by ${s.scenario.cutAt}`)) problems.push(`histogram in a cut run: ${text}`);
  }

  // Price and difficulty: the timeline's bands and the back-test, in the coin's units.
  const pd = charts.get('price-difficulty') as {
    datasets: Record<string, Row[]>;
    vconcat: { title: string; encoding: { y: { title: string } } }[];
  };
  for (const [name, metric] of [
    ['price', 'priceUsd'],
    ['difficulty', 'difficulty'],
  ] as const) {
    pd.datasets[`${name}Bands`].forEach((row, i) => {
      for (const key of ['p5', 'p25', 'p50', 'p75', 'p95'] as const)
        if (row[key] !== round6(t[metric][key][i])) problems.push(`price-difficulty ${name} ${key} [${i}]`);
    });
    const actual = s.actual;
    if (actual)
      pd.datasets[`${name}Actual`].forEach((row, i) => {
        if (row.date !== actual.dates[i] || row.value !== round6(actual[metric][i]))
          problems.push(`price-difficulty actual ${name} [${i}]`);
      });
  }
  if (pd.vconcat[0].encoding.y.title !== `Price (USD/${coin.ticker}, log scale)`)
    problems.push('price axis title');
  // A coin under a dollar: its price ticks (0.1, 1, 10) and its tooltip's prices are not whole
  // dollars, which printed XMR at 0.43 USD as 0 (',.0f').
  const priceAxis = (pd.vconcat[0].encoding.y as unknown as { axis: { format: string; values?: number[] } })
    .axis;
  if (priceAxis.format === ',.0f' && (priceAxis.values ?? []).some((v) => v < 1))
    problems.push(`price axis: ticks ${priceAxis.values} printed as whole dollars`);
  pd.datasets.priceBands.forEach((row, i) => {
    for (const key of ['p5', 'p50', 'p95'] as const) {
      const text = row[`${key}Text`];
      const v = t.priceUsd[key][i];
      if (typeof text !== 'string' || !shows(text, v, 1, v >= 1000 ? undefined : 4))
        problems.push(`price tooltip ${key} [${i}]: ${text} for ${v}`);
    }
  });
  if (pd.vconcat[1].encoding.y.title !== `Difficulty (${coin.difficultyHashes}, log scale)`)
    problems.push('difficulty axis title');

  // The fan's equity lines and back-test line.
  const fan = charts.get('roi-fan') as { datasets: { net: Row[]; actual: Row[] } };
  const equity = t.equityNetUsd;
  fan.datasets.net.forEach((row, i) => {
    if (equity)
      for (const [field, key] of [
        ['equity10', 'p10'],
        ['equity50', 'p50'],
        ['equity90', 'p90'],
      ] as const)
        if (row[field] !== round6(equity[key][i])) problems.push(`fan ${field} [${i}]`);
  });
  if (s.actual)
    fan.datasets.actual.forEach((row, i) => {
      if (row.date !== s.actual!.dates[i] || row.value !== round6(s.actual!.netUsd[i]))
        problems.push(`fan actual [${i}]`);
    });
  // Every chart ends where the run ends (the horizon, or the cut).
  if (t.dates.at(-1) !== (s.scenario.cutAt ?? s.scenario.end)) problems.push('timeline end');
  return problems;
}

describe.each(Object.keys(CASES))('report.html and the charts of %s', (name) => {
  const summary = () => summaries.get(name)!;

  it('reportHtml() prints every figure of its tables as summary.json holds it, after rounding, in its unit', () => {
    const s = summary();
    const html = reportHtml(s, MANIFEST, buildCharts(s), NO_SCRIPTS);
    expect(pageProblems(s, html)).toEqual([]);
  });

  it('buildCharts(): revenue-cost, payback-histogram, price-difficulty and the fan’s equity and back-test lines draw summary.json’s numbers', () => {
    expect(chartProblems(summary())).toEqual([]);
  });
});

describe('revenueCostSpec()', () => {
  it('prints a shutdown share short of all or above none as such, not as 100 % or 0 %', async () => {
    // 0.9996 at 3 significant digits is 100 (99.96 -> "100 %"); 0.000004 is 0.0004 %, not 0 %.
    const s = structuredClone(summaries.get('flagship')!);
    const p50 = s.timeline.shutdownShare.p50;
    p50.fill(0);
    p50[3] = 0.9996;
    p50[4] = 0.9996;
    p50[10] = 0.000004;
    const spec = revenueCostSpec(s) as unknown as {
      datasets: { daily: Row[] };
      layer: { data?: { values?: Row[] } }[];
    };
    const texts = spec.datasets.daily.map((r) => r.shutdownText);
    expect(texts[3]).not.toBe('100 %');
    expect(texts[10]).not.toBe('0 %');
    const periods = spec.layer.flatMap((l) => l.data?.values ?? []).filter((v) => 'shareText' in v);
    expect(periods.map((p) => p.shareText)).not.toContain('100 %');
    expect(chartProblems(s).filter((p) => p.startsWith('revenue-cost'))).toEqual([]);
  });
});

describe('backtestChartEvents()', () => {
  it('marks on a back-test’s charts the halving on the day the shipped history reaches its block, and the proof-of-work change, as the run’s charts mark them', () => {
    // The flagship's back-test had no event at all on its fan, revenue and market charts (its run
    // marks 'halving 3 (calm path)'). Block 630,000 was mined on 2020-05-11: the history's height
    // at the start of 2020-05-12 is 630,029, so the block fell in the day before, which the run's
    // rule marks (the day a halving's block is mined; it marked 2020-05-12, the first day starting
    // past it, while daily.csv's mixed subsidy and the README date the halving 2020-05-11).
    const flagship = summaries.get('a back-test')!;
    expect(flagship.events).toEqual([{ date: '2020-05-11', label: 'halving 3', kind: 'halving' }]);
    // The X3's back-test: the CryptoNight v7 change of 2018-04-06 that strands the machines.
    const x3 = summaries.get('the X3’s back-test')!;
    expect(x3.events.map((e) => [e.date, e.kind])).toEqual([['2018-04-06', 'fork']]);
    // The cut back-test of the loan (2023-06-01 to 2025-11-14): halving 4, block 840,000 (2024-04-19).
    const cutLoan = summaries.get('a back-test cut at the end of the history')!;
    expect(cutLoan.events.map((e) => e.label)).toEqual(['halving 4']);
    for (const s of [flagship, x3, cutLoan]) {
      const fan = JSON.stringify(buildCharts(s).find((c) => c.name === 'roi-fan')!.spec);
      for (const e of s.events) expect(fan).toContain(`"date":"${e.date}","label":"${e.label}"`);
    }
  });
});

describe('shutdownPeriods() on a back-test', () => {
  it('shades the weeks in which the fleet was shut down, not the weeks after them', async () => {
    // The flagship at 0.25 USD/kWh, shut down when unprofitable: its daily trace has the fleet
    // off on 2017-07-16 alone, then from 2018-03-14 on. The checkpoint of 2017-07-19 holds 1/7
    // (its week, 2017-07-13 to 2017-07-19, had that one day off); the chart shaded 2017-07-19 to
    // 2017-07-26, a week the fleet ran through, and not the day it was off.
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.operation = 'shutdown-when-unprofitable';
      d.power.price = '0.25 USD/kWh';
    });
    const b = runBacktest(s, await loadCompileInputs(s));
    const summary = backtestSummary(s, b, backtestChartEvents(s, b));
    const periods = shutdownPeriods(summary);
    const off: string[] = [];
    for (let d = 0; d < b.plan.days; d++) if (b.trace.shutDownCohorts[d] > 0) off.push(addDays(s.start, d));
    expect(off.slice(0, 2)).toEqual(['2017-07-16', '2018-03-14']);
    expect(periods[0]).toMatchObject({ from: '2017-07-13', to: '2017-07-19' });
    // Every day off lies in a shaded period.
    for (const day of off) expect(periods.some((p) => p.from <= day && day <= p.to)).toBe(true);
  });
});

describe('headlineTable() beside report.html', () => {
  it('gives a back-test that does not pay back in the report’s words, not "none within the history"', () => {
    // The loan's back-test (2021-11-10 to 2024-11-09, inside the shipped history, which runs to
    // 2025-11-14) does not pay back: report.html read 'not within the horizon', the terminal
    // 'none within the history'. The cut replay's reads 'not by 2025-11-14 (the end of the history)'.
    for (const name of ['a loan with tax', 'a replay cut at the end of the history']) {
      const s = summaries.get(name)!;
      expect(s.actual!.paybackDate).toBeNull();
      const html = reportHtml(s, MANIFEST, [], NO_SCRIPTS);
      const page = answer(
        pageTables(html).find((t) => t.title === 'Payback'),
        'Back-test (actual history): paid back on',
      );
      const terminal = headlineTable(s)
        .split('\n')
        .find((l) => l.trimStart().startsWith('actual payback (history)'))!
        .trimStart()
        .slice('actual payback (history)'.length)
        .trim();
      expect(terminal).toBe(page);
    }
  });
});

describe('reportHtml() footer', () => {
  it('counts one path and one worker in the singular (it printed "1 paths on 1 workers")', () => {
    const s = summaries.get('a back-test')!;
    const footer = (m: Manifest) => /<footer>(.*)<\/footer>/s.exec(reportHtml(s, m, [], NO_SCRIPTS))![1];
    expect(footer({ ...MANIFEST, paths: 1, workers: 1 })).toContain(' · 1 path on 1 worker · ');
    expect(footer({ ...MANIFEST, paths: 1000, workers: 2 })).toContain(' · 1,000 paths on 2 workers · ');
  });
});
