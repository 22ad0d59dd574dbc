// The daily view as rows of text: one column a cohort (the first few), one row a measure. The
// report's first table, the terminal headline's first block and `minesim quote` all print these
// rows, so the three say the same numbers in the same words.
import type { DailyView } from '../stats/summary.js';
import {
  formatCoinPrice,
  formatDayAsDate,
  formatInteger,
  formatQuantity,
  formatSignificant,
} from './format.js';
import type { ReportTable } from './report-table.js';

/** Cohorts shown side by side; the rest are in summary.json. */
export const DAILY_VIEW_COHORTS = 6;

type View = Omit<DailyView, 'monteCarlo'>;

const usd = (v: number) => formatSignificant(v, 4);

/** Label and cells of each measure, one cell a cohort shown. */
export function dailyViewRows(view: View, ticker: string): string[][] {
  const shown = view.cohorts.slice(0, DAILY_VIEW_COHORTS);
  const row = (label: string, cell: (m: View['cohorts'][number]) => string) => [label, ...shown.map(cell)];
  const days = (d: number | null) => (d === null ? 'never' : `${formatInteger(d)} d`);
  const rows = [
    row('Revenue (USD/day)', (m) => usd(m.revenueUsd)),
    row('Power (USD/day)', (m) => usd(m.powerUsd)),
    row('Hosting (USD/day)', (m) => usd(m.hostingUsd)),
  ];
  if (shown.some((m) => m.creditsUsd > 0))
    rows.push(row('Curtailment credits (USD/day)', (m) => usd(m.creditsUsd)));
  if (shown.some((m) => m.maintenanceUsd > 0))
    rows.push(row('Maintenance (USD/day)', (m) => usd(m.maintenanceUsd)));
  rows.push(
    row('Profit (USD/day)', (m) => usd(m.profitUsd)),
    row(`Profit (USD/${view.machineHashrateUnit}/day)`, (m) =>
      formatSignificant(m.profitUsdPerUnitHashrate, 3),
    ),
    row(`Break-even hashprice (${view.hashpriceUnit})`, (m) => formatSignificant(m.breakEvenHashpriceUsd, 4)),
    row(`Break-even ${ticker} price (USD)`, (m) => formatCoinPrice(m.breakEvenPriceUsd)),
    row('Unit capex (USD)', (m) => formatInteger(m.unitCapexUsd)),
    row('Days to payback, held fixed', (m) => days(m.paybackDays)),
  );
  return [['Per machine', ...shown.map((m) => m.name)], ...rows];
}

/** The conditions held fixed, in one sentence. */
export function dailyViewConditions(view: View, ticker: string): string {
  return (
    `${view.date} held fixed: ${ticker} ${formatCoinPrice(view.priceUsd)} USD, hashprice ` +
    `${formatQuantity(view.hashpriceUsd, view.hashpriceUnit)}, tariff ${formatQuantity(view.tariffUsdPerKwh, 'USD/kWh')}`
  );
}

/** The fleet's payback held fixed next to the run's, and how far apart they are. */
export function dailyViewComparison(view: DailyView, start: string, backtest = false): string {
  const calc = view.fleet.paybackDays;
  const mc = view.monteCarlo.paybackDaysP50;
  const calcText =
    calc === null
      ? 'never pays back'
      : `pays back on day ${formatInteger(calc)} (${formatDayAsDate(start, calc)})`;
  const who = backtest ? 'the actual history' : 'the median path';
  const mcText = mc === null ? `${who} does not pay back` : `${who} on day ${formatInteger(mc)}`;
  let apart = '';
  if (calc !== null && mc !== null) {
    const gap = mc - calc;
    apart = `: ${formatInteger(Math.abs(gap))} days ${gap >= 0 ? 'later' : 'earlier'} than held fixed`;
  }
  const share = backtest
    ? ''
    : view.monteCarlo.paidBackByThen === null
      ? calc !== null
        ? '; that day is past the horizon'
        : ''
      : `; ${formatSignificant(view.monteCarlo.paidBackByThen * 100, 3)} % of paths had paid back by then`;
  return `Held fixed the fleet ${calcText}; ${mcText}${apart}${share}.`;
}

/** The report's first table. */
export function dailyViewTable(
  view: DailyView,
  ticker: string,
  start: string,
  backtest = false,
): ReportTable {
  const [header, ...rows] = dailyViewRows(view, ticker);
  const more = view.cohorts.length - DAILY_VIEW_COHORTS;
  return {
    title: 'Today’s conditions held fixed (the calculator’s answer)',
    note:
      `One machine of each cohort on ${dailyViewConditions(view, ticker)}; no difficulty growth, halving, wear ` +
      `or failures, the opening split of a revenue share. Fleet: ${formatInteger(view.fleet.profitUsd)} USD a day ` +
      `after ${formatInteger(view.fleet.fixedUsd)} USD of fixed costs. ${dailyViewComparison(view, start, backtest)}` +
      `${more > 0 ? ` ${more} more cohorts in summary.json.` : ''}`,
    header,
    rows,
    userHeader: true,
  };
}
