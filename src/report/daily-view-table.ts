// The daily view as rows of text: one column a cohort (the first few), one row a measure. The
// report's first table, the terminal headline's first block and `minesim quote` all print these
// rows, so the three say the same numbers in the same words.
import { dailyViewMessages as m } from '../messages/daily-view.js';
import { paybackMessages } from '../messages/payback.js';
import { shownCoins } from '../messages/shown.js';
import { heldFixedPaybackDay } from '../model/held-fixed-payback.js';
import type { DailyView, Distribution } from '../stats/summary.js';
import { dailyViewComparison } from './daily-view-comparison.js';
import type { Outcomes } from './distribution-table.js';
import {
  formatCoinPrice,
  formatDayAsDate,
  formatInteger,
  formatPercent,
  formatQuantity,
  formatSignificant,
} from './format.js';
import type { ReportTable } from './report-table.js';

/** Cohorts shown side by side; the rest are in summary.json. */
export const DAILY_VIEW_COHORTS = 6;

type View = Omit<DailyView, 'monteCarlo'>;

/** What a row measures, so a caller finds a row by what it is, not where it sits. */
export type DailyViewMeasure =
  | 'revenue'
  | 'coins'
  | 'power'
  | 'hosting'
  | 'credits'
  | 'maintenance'
  | 'profit'
  | 'profitPerHashrate'
  | 'breakEvenHashprice'
  | 'breakEvenPrice'
  | 'unitCapex'
  | 'paid'
  | 'hashingFrom'
  | 'sold'
  | 'payback';

export interface DailyViewRow {
  measure: DailyViewMeasure;
  label: string;
  /** One cell a cohort shown. */
  cells: string[];
}

const usd = (v: number) => formatSignificant(v, 4);

/** The hosting row's label: what the row holds on the view's basis. */
function hostingLabel(view: View): string {
  const h = view.hosting;
  if (h === undefined) return m.hostingRow();
  if (h.basis === 'all-in') return m.allInHostingRow();
  if (h.basis === 'revenue-share' && h.siteShare !== null)
    return m.shareHostingRow(
      formatPercent(h.siteShare),
      h.siteShareAfter === null ? null : formatPercent(h.siteShareAfter),
    );
  return m.hostingRow();
}

/**
 * Each measure of the cohorts shown. Revenue - power - hosting - maintenance + credits = profit on
 * every basis: a revenue share's part is the hosting row, an all-in rate's power is in it.
 */
export function dailyViewMeasures(view: View, ticker: string): DailyViewRow[] {
  const shown = view.cohorts.slice(0, DAILY_VIEW_COHORTS);
  const row = (
    measure: DailyViewMeasure,
    label: string,
    cell: (c: View['cohorts'][number]) => string,
  ): DailyViewRow => ({ measure, label, cells: shown.map(cell) });
  // The day the run would count (model/held-fixed-payback.ts): 350.53 days of profit, day 350.
  // A position never below zero (0 days) has nothing at stake, as the Monte Carlo headline says.
  // Within day 0 (the capex at stake, back by the first day's end): said, not a bare "0 d".
  const days = (d: number | null) =>
    d === null
      ? m.never()
      : d <= 0
        ? m.nothingAtStakeCell()
        : heldFixedPaybackDay(d) === 0
          ? paybackMessages.withinFirstDayCell
          : m.paybackCell(formatInteger(heldFixedPaybackDay(d)));
  const allIn = view.hosting?.basis === 'all-in';
  // A cohort paid for after the start, or hashing after it is paid for, has its calendar in rows
  // of its own, and its payback counts from its capex (model/daily-view.ts).
  const onCalendar = shown.some(
    (c) => c.paidDay !== undefined || c.hashingFromDay !== undefined || c.soldDay !== undefined,
  );
  const dayCell = (d: number) => m.dayCell(formatInteger(d), formatDayAsDate(view.date, d));
  const rows = [
    row('revenue', m.revenueRow(), (c) => usd(c.revenueUsd)),
    // The coins behind the revenue (after the pool fee and uptime), where the day has a price.
    ...(view.priceUsd > 0
      ? [row('coins', m.coinsRow(ticker), (c) => formatSignificant(c.revenueUsd / view.priceUsd, 4))]
      : []),
    row('power', m.powerRow(), (c) => (allIn && c.powerUsd === 0 ? m.powerInAllIn() : usd(c.powerUsd))),
    row('hosting', hostingLabel(view), (c) => usd(c.hostingUsd)),
  ];
  if (shown.some((c) => c.creditsUsd > 0))
    rows.push(row('credits', m.creditsRow(), (c) => usd(c.creditsUsd)));
  if (shown.some((c) => c.maintenanceUsd > 0))
    rows.push(row('maintenance', m.maintenanceRow(), (c) => usd(c.maintenanceUsd)));
  rows.push(
    row('profit', m.profitRow(), (c) => usd(c.profitUsd)),
    row('profitPerHashrate', m.profitPerHashrateRow(view.machineHashrateUnit), (c) =>
      formatSignificant(c.profitUsdPerUnitHashrate, 3),
    ),
    row('breakEvenHashprice', m.breakEvenHashpriceRow(view.hashpriceUnit), (c) =>
      formatSignificant(c.breakEvenHashpriceUsd, 4),
    ),
    row('breakEvenPrice', m.breakEvenPriceRow(ticker), (c) => formatCoinPrice(c.breakEvenPriceUsd)),
    row('unitCapex', m.unitCapexRow(), (c) => formatInteger(c.unitCapexUsd)),
  );
  if (onCalendar)
    rows.push(
      row('paid', m.paidRow(), (c) => dayCell(c.paidDay ?? 0)),
      row('hashingFrom', m.hashingFromRow(), (c) => dayCell(c.hashingFromDay ?? 0)),
    );
  if (shown.some((c) => c.soldDay !== undefined))
    rows.push(
      row('sold', m.soldRow(), (c) =>
        c.soldDay === undefined ? m.kept() : m.soldCell(dayCell(c.soldDay), usd(c.unitResaleUsd ?? 0)),
      ),
    );
  rows.push(
    row('payback', onCalendar ? m.paybackFromCapexRow() : m.paybackRow(), (c) => days(c.paybackDays)),
  );
  return rows;
}

/** Label and cells of each measure, one cell a cohort shown, under a header of the cohorts' names. */
export function dailyViewRows(view: View, ticker: string): string[][] {
  const names = view.cohorts.slice(0, DAILY_VIEW_COHORTS).map((c) => c.name);
  return [[m.header(), ...names], ...dailyViewMeasures(view, ticker).map((r) => [r.label, ...r.cells])];
}

/** What the machines pay for power: the tariff, or the all-in rate that includes it. */
export function dailyViewPower(view: Pick<View, 'hosting' | 'tariffUsdPerKwh' | 'tariffMean'>): string {
  const rate = view.hosting?.allInUsdPerKwh ?? null;
  if (rate !== null) return m.allInRate(formatQuantity(rate, 'USD/kWh'));
  const held = m.tariff(formatQuantity(view.tariffUsdPerKwh, 'USD/kWh'));
  // A tariff that changes over the year: the start day's rate is held, the year's mean beside it.
  const mean = view.tariffMean;
  return mean === undefined ? held : m.tariffHeld(held, formatQuantity(mean.usdPerKwh, 'USD/kWh'), mean.days);
}

/** The conditions held fixed, in one sentence. */
export function dailyViewConditions(view: View, ticker: string): string {
  return m.conditions(
    view.date,
    ticker,
    formatCoinPrice(view.priceUsd),
    formatQuantity(view.hashpriceUsd, view.hashpriceUnit),
    dailyViewPower(view),
    hashpriceBasis(view.fees, ticker),
  );
}

/** What a run's hashprice counts a block and where its fees come from; null without `fees` (a quote's, an earlier build's). */
function hashpriceBasis(fees: View['fees'], ticker: string): string | null {
  if (fees === undefined) return null;
  const from =
    fees.model === 'historical'
      ? ('day' as const)
      : fees.model === 'per-block' || fees.share === null
        ? ('given' as const)
        : { share: formatPercent(fees.share) };
  const reward = shownCoins(fees.rewardPerBlock);
  // The day's blocks' reward where it reads otherwise than the one held (Monero's block-size
  // penalties, a halving inside the day): the two hashprices of the day differ by it too.
  const dayReward =
    fees.dayRewardPerBlock === null || fees.dayRewardPerBlock === undefined
      ? null
      : shownCoins(fees.dayRewardPerBlock);
  return m.hashpriceBasis(
    reward,
    shownCoins(fees.feesPerBlock),
    ticker,
    from,
    fees.model === 'historical' || fees.dayFeesPerBlock === null ? null : shownCoins(fees.dayFeesPerBlock),
    dayReward === reward ? null : dayReward,
  );
}

/**
 * The fleet's payback held fixed as its continuous days to 2 decimals (350.53, 3,925.99) and the day
 * the run would count (350, 3,925); null when it never pays back or has nothing at stake.
 */
function heldFixedDays(days: number | null): { days: string; day: string } | null {
  // Nothing at stake (0 days) is no payback: the comparison says so.
  if (days === null || days <= 0) return null;
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(days, 1))) + 1) + 2;
  return { days: formatSignificant(days, digits), day: formatInteger(heldFixedPaybackDay(days)) };
}

/** The report's first table. */
export function dailyViewTable(
  view: DailyView,
  ticker: string,
  start: string,
  backtest = false,
  cutAt?: string,
  outcomes: Outcomes = 'paths',
  run?: { payback: Distribution; paths: number; antithetic: boolean },
): ReportTable {
  const [header, ...rows] = dailyViewRows(view, ticker);
  return {
    title: m.tableTitle(),
    note: m.tableNote(
      dailyViewConditions(view, ticker),
      formatInteger(view.fleet.profitUsd),
      formatInteger(view.fleet.fixedUsd),
      heldFixedDays(view.fleet.paybackDays),
      dailyViewComparison(view, start, backtest, ticker, cutAt, outcomes, run),
      view.cohorts.length - DAILY_VIEW_COHORTS,
    ),
    header,
    rows,
    userHeader: true,
  };
}
