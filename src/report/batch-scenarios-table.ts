// The batch index's Scenarios table: a row a scenario that ran, with its coin, start, horizon,
// fleet and capex, its odds of payback and its median payback and NPV with their 95 % intervals,
// and the back-test's actual payback (each name linked to its report).

import { backtestMessages } from '../messages/backtest.js';
import { batchMessages } from '../messages/batch.js';
import { paybackMessages } from '../messages/payback.js';
import { counted } from '../messages/shown.js';
import { coinProtocol } from '../model/coins/index.js';
import { formatQuantity as formatUnitQuantity } from '../scenario/quantity-format.js';
import { DAYS_PER_RATE_YEAR } from '../scenario/units.js';
import type { RunSummary } from '../stats/summary.js';
import {
  actualCell,
  type IndexCell,
  type IndexTable,
  medianIntervalText,
  noPaybackText,
  type OkEntry,
  reportHref,
  withinText,
} from './batch-cells.js';
import { formatDayAsDate, formatInteger, formatUsd } from './format.js';
import { paidBackOn } from './headline-definitions.js';
import { networkAtFleetShort } from './run-table.js';
import { paybackUndecidedAtCut, undecidedIntervalEnd } from './staged-fleet.js';

/** After a fleet: where its random network was held at it on some paths (run-table.ts), else nothing. */
function atFleetText(summary: RunSummary): string {
  const short = networkAtFleetShort(summary);
  return short === null ? '' : `; ${short}`;
}

/**
 * The cohorts a run cut at the end of the history leaves out, paid for on or after the cut: not in
 * its fleet and capex, as its report's 'Bought after the cut' row says; empty when none.
 */
function afterCutText(summary: RunSummary): string {
  const { start, days, cutAt } = summary.scenario;
  if (cutAt === undefined) return '';
  const after = (summary.dailyView?.cohorts ?? []).filter((c) => (c.paidDay ?? 0) >= days);
  if (after.length === 0) return '';
  return batchMessages.afterCut(
    paybackMessages.afterCut(
      after.map((c) => ({
        name: c.name,
        date: formatDayAsDate(start, c.paidDay ?? 0),
        capex: formatUsd(c.units * c.unitCapexUsd),
      })),
    ),
  );
}

function horizonText(days: number): string {
  const years = Number((days / DAYS_PER_RATE_YEAR).toFixed(1));
  return years > 0 ? `${years} y` : `${formatInteger(days)} d`;
}

const days = (v: number) => `${formatInteger(v)} d`;
const usd = (v: number) => formatUsd(v);

function scenarioRow(e: OkEntry): IndexCell[] {
  const { scenario: s, headline: h } = e.run;
  return [
    { text: s.name, href: reportHref(e.folder) },
    { text: coinProtocol(s.coin).name },
    { text: s.start },
    // To a tenth of a year, a whole number without its ".0" (1,096 days: 3 y, not 3.0 y); under a
    // twentieth of a year, which would read 0 y, in days.
    // A run cut at the end of the history ran only to the cut: its days, and where it stopped.
    {
      text:
        s.cutAt === undefined
          ? horizonText(s.days)
          : `${horizonText(s.days)} (${backtestMessages.horizonCut(s.cutAt)})`,
    },
    {
      text: `${counted(s.units, 'unit')}, ${formatUnitQuantity(s.fleetHashrateHs, 'hashrate')}, ${formatUnitQuantity(s.fleetPowerW, 'power')}${afterCutText(e.run)}${atFleetText(e.run)}`,
    },
    { text: formatUsd(s.capexUsd) },
    { text: formatInteger(e.run.run.paths) },
    { text: withinText(e, h.paybackWithin1y) },
    { text: withinText(e, h.paybackWithin2y) },
    { text: noPaybackText(e, h.noPayback) },
    { text: paidBackOn(s.start, h.paybackDays.quantiles.p50, s.cutAt, paybackUndecidedAtCut(e.run), 'cell') },
    // The median's Monte Carlo error, in the terminal's words ('419 d to 472 d', past the horizon,
    // too few paths for one); a run of one outcome has none, as its report gives none.
    { text: medianIntervalText(e, h.paybackDays, days, undecidedIntervalEnd(e.run)) },
    { text: formatUsd(h.npvUsd.quantiles.p50) },
    { text: medianIntervalText(e, h.npvUsd, usd) },
    actualCell(e),
  ];
}

export function scenariosTable(ok: readonly OkEntry[]): IndexTable {
  return {
    title: 'Scenarios',
    note:
      'Probabilities over each run’s paths, ± one Monte Carlo standard error; payback in days from the start. ' +
      `${paybackMessages.batchIntervalNote} ` +
      'Each name links to its report, each actual payback to its back-test.',
    header: [
      'Scenario',
      'Coin',
      'Start',
      'Horizon',
      'Fleet',
      'Capex',
      'Paths',
      'P(payback ≤ 1 y)',
      'P(payback ≤ 2 y)',
      'P(no payback)',
      'Median payback',
      paybackMessages.batchIntervalColumn,
      'Median NPV',
      paybackMessages.batchNpvIntervalColumn,
      'Actual payback (back-test)',
    ],
    align: [
      'left',
      'left',
      'left',
      'right',
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'left',
    ],
    rows: ok.map(scenarioRow),
  };
}
