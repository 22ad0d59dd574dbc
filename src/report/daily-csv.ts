// daily.csv of a back-test: one row per day with the kernel's trace columns and the net position.
// Under a revenue share, coins_mined and revenue_usd are the operation's part (the site's share
// is never paid in hosting_usd, it is kept out of the coins), so the row's cash adds up; the daily
// view instead shows revenue before the share and the share as hosting. Curtailment credits, a
// cash inflow beside the gross power bill, have a column of their own where the scenario earns
// them (curtailment_credits_usd), so the row adds up there too; so has a hosting deposit
// (hosting_deposit_usd: paid on day 0, back on the day hosting ends), which the kernel carries in
// its fixed costs (engine/compile/contracts.ts) but which is money lent to the site, not a fixed
// cost, so fixed_usd holds the scenario's fixed costs alone. Under an all-in hosting rate,
// which pays for the power, power_usd is what the rate charges (power and hosting together) and
// hosting_usd holds no fee.
// Unlike the Monte Carlo tables (tables.ts) the cells are rounded (8 significant digits, or 6
// decimals), as the table is meant to be read; an undefined value is an empty field.
import { addDays } from '../data/dates.js';
import type { Backtest } from '../engine/backtest/backtest.js';
import { depositRefundDay, depositUsd } from '../engine/compile/contracts.js';
import type { KernelTrace } from '../engine/kernel/workspace.js';
import { coinProtocol } from '../model/coins/index.js';
import type { Scenario } from '../scenario/normalize.js';
import { toCsv } from './tables.js';

const TABLE_COLUMNS: [string, keyof KernelTrace][] = [
  ['price_usd', 'priceUsd'],
  ['difficulty', 'difficulty'],
  ['height', 'height'],
  ['subsidy_per_block', 'subsidyPerBlock'],
  ['hashprice_usd', 'hashpriceUsd'],
  ['fleet_hashrate_hs', 'fleetHashrateHs'],
  ['coins_mined', 'coinsMined'],
  ['revenue_usd', 'revenueUsd'],
  ['power_usd', 'powerUsd'],
  ['hosting_usd', 'hostingUsd'],
  ['curtailment_credits_usd', 'creditsUsd'],
  ['maintenance_usd', 'maintenanceUsd'],
  ['fixed_usd', 'fixedUsd'],
  ['capex_usd', 'capexUsd'],
  ['salvage_usd', 'salvageUsd'],
  ['cash_usd', 'cashUsd'],
  ['held_coins', 'heldCoins'],
  ['shut_down_cohorts', 'shutDownCohorts'],
];

/**
 * A column's name with its unit where the unit is the coin's: the hashprice per the coin's own
 * hashrate unit (hashprice_usd_per_ph_s_day for Bitcoin, _per_kh_s_day for Monero: a figure per
 * TH/s would be a thousandth), the coins in the coin (coins_mined_btc).
 */
function columnName(name: string, s: Scenario): string {
  const protocol = coinProtocol(s.coin);
  const coin = protocol.ticker.toLowerCase();
  switch (name) {
    case 'hashprice_usd':
      // USD/PH/s/day -> usd_per_ph_s_day
      return `hashprice_${protocol.hashpriceUnit.name.toLowerCase().replace('/', '_per_').replaceAll('/', '_')}`;
    case 'subsidy_per_block':
      return `subsidy_${coin}_per_block`;
    case 'coins_mined':
    case 'held_coins':
      return `${name}_${coin}`;
    default:
      return name;
  }
}

/** The hosting deposit's flows by day (paid on day 0, refunded when hosting ends), USD; null without one. */
function depositFlows(b: Backtest): Float64Array | null {
  const { plan } = b;
  const deposit = depositUsd(plan.contract, plan.cohorts);
  if (!(deposit > 0) || plan.days === 0) return null;
  const flows = new Float64Array(plan.days);
  flows[0] += deposit;
  flows[depositRefundDay(plan.contract, plan.cohorts, plan.days)] -= deposit;
  return flows;
}

/** The daily table as CSV: date, each trace column, and the cumulative net position. */
export function backtestCsv(s: Scenario, b: Backtest): string {
  // The credits' column only where the scenario earns them: every other table keeps its columns.
  const columns = TABLE_COLUMNS.filter(
    ([, key]) => key !== 'creditsUsd' || s.power.curtailment !== undefined,
  );
  // A deposit's column beside fixed_usd, only where the contract takes one.
  const deposit = depositFlows(b);
  const names = columns.map(([name]) => columnName(name, s));
  const fixedAt = columns.findIndex(([, key]) => key === 'fixedUsd');
  if (deposit !== null) names.splice(fixedAt + 1, 0, 'hosting_deposit_usd');
  const header = ['date', ...names, 'net_position_usd'];
  const rows: string[][] = [];
  for (let d = 0; d < b.plan.days; d++) {
    const cells = [addDays(s.start, d)];
    for (const [, column] of columns) {
      if (column === 'fixedUsd' && deposit !== null) {
        // The fixed costs without the deposit: the plan's own table less its flow.
        cells.push(formatCell(b.trace.fixedUsd[d] - deposit[d]));
        cells.push(formatCell(deposit[d]));
      } else cells.push(formatCell(b.trace[column][d]));
    }
    cells.push(formatCell(b.netPositionUsd[d]));
    rows.push(cells);
  }
  return toCsv(header, rows);
}

function formatCell(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  return abs >= 1e6 || abs < 1e-3 ? v.toPrecision(8) : Number(v.toFixed(6)).toString();
}
