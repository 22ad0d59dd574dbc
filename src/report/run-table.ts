// What a run was, as plain rows of formatted text beside its headline tables (headline.ts): the
// run table (coin, period, fleet, capex, paths and seed, a horizon cut at the history's end, the
// paths whose network was held at the fleet) and the assumptions table, every input as the run
// took it. summary.md and report.html both render them; the terminal's headline shares the line
// on the network held at the fleet.

import { backtestMessages } from '../messages/backtest.js';
import { fleetNetworkMessages } from '../messages/fleet-network.js';
import { overrideMessages } from '../messages/overrides.js';
import { paybackMessages } from '../messages/payback.js';
import { counted } from '../messages/shown.js';
import { coinProtocol } from '../model/coins/index.js';
import { formatQuantity as formatUnitQuantity } from '../scenario/quantity-format.js';
import type { RunSummary } from '../stats/summary.js';
import { formatDayAsDate, formatInteger, formatPaths, formatPercent, formatUsd } from './format.js';
import type { ReportTable } from './report-table.js';

export function assumptionsTable(summary: RunSummary): ReportTable {
  return {
    title: 'Assumptions',
    note: 'Every input of the run: as the scenario gives it, its default, or as calibrated on history before the start.',
    header: ['Assumption', 'Value', 'Note'],
    align: ['left', 'left', 'left'],
    rows: summary.scenario.assumptions.map((a) => [a.label, a.value, a.note ?? '']),
    userColumns: [0, 1, 2],
  };
}

/** What was run: period, fleet, capex, paths and seed. */
export function runTable(summary: RunSummary): ReportTable {
  const { scenario, run } = summary;
  const rows = [
    ['Coin', coinProtocol(scenario.coin).name],
    ['Period', `${scenario.start} to ${scenario.end} (${counted(scenario.days, 'day')})`],
    [
      'Fleet',
      `${counted(scenario.units, 'unit')}, ${formatUnitQuantity(scenario.fleetHashrateHs, 'hashrate')}, ` +
        `${formatUnitQuantity(scenario.fleetPowerW, 'power')}`,
    ],
    ['Capex', formatUsd(scenario.capexUsd)],
    [
      'Run',
      summary.kind === 'backtest'
        ? backtestMessages.runRow()
        : `Monte Carlo, ${formatPaths(run.paths)}, seed ${run.seed}${run.antithetic ? ', antithetic pairs' : ''}`,
    ],
  ];
  const userRows: number[] = [];
  if (scenario.overrides) {
    userRows.push(rows.length);
    rows.push([overrideMessages.changedLabel, overrideMessages.changed(scenario.overrides)]);
  }
  if (scenario.cutAt) {
    rows.push(['Horizon', backtestMessages.horizonCut(scenario.cutAt)]);
    // Cohorts paid for after the cut are not in the run, nor in its fleet and capex above.
    const after = (summary.dailyView?.cohorts ?? []).filter((c) => (c.paidDay ?? 0) >= scenario.days);
    if (after.length > 0)
      rows.push([
        paybackMessages.afterCutLabel,
        paybackMessages.afterCut(
          after.map((c) => ({
            name: c.name,
            date: formatDayAsDate(scenario.start, c.paidDay ?? 0),
            capex: formatUsd(c.units * c.unitCapexUsd),
          })),
        ),
      ]);
  }
  const atFleet = networkAtFleetLine(summary);
  if (atFleet !== null) rows.push([fleetNetworkMessages.networkAtFleetLabel, atFleet]);
  return {
    title: 'Run',
    note: 'What was simulated.',
    header: ['', ''],
    rows,
    align: ['left', 'left'],
    ...(userRows.length > 0 ? { userRows } : {}),
  };
}

/**
 * On how many paths the random network fell below the fleet and was held at it (summary
 * headline.networkAtFleetPaths), or null when on none.
 */
export function networkAtFleetLine(summary: AtFleetOf): string | null {
  const shown = networkAtFleetShown(summary);
  return shown === null ? null : fleetNetworkMessages.networkAtFleet(...shown);
}

/** What the line reads of a run: a summary, or the explorer's view of one. */
type AtFleetOf = Pick<RunSummary, 'headline' | 'run'> & { scenario: Pick<RunSummary['scenario'], 'days'> };

/**
 * The same in a batch's few words (its index's fleet cell, its terminal line), or null when on no
 * path: a batch compares runs by their figures, and a run held at the fleet gives a bound.
 */
export function networkAtFleetShort(summary: AtFleetOf): string | null {
  const shown = networkAtFleetShown(summary);
  return shown === null ? null : fleetNetworkMessages.networkAtFleetShort(...shown);
}

/** The paths held ("157 of 200 paths"), their share and the share of path-days, as shown; null on none. */
function networkAtFleetShown(summary: AtFleetOf): [string, string, string] | null {
  const paths = summary.headline.networkAtFleetPaths;
  if (paths === undefined) return null;
  const total = summary.run.paths;
  // summarize.ts writes the days with the paths, always.
  const days = summary.headline.networkAtFleetDays!;
  return [
    `${formatInteger(paths)} of ${formatPaths(total)}`,
    formatPercent(paths / total),
    formatPercent(days / (total * summary.scenario.days)),
  ];
}
