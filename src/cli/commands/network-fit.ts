// `minesim network-fit`: the parameters the endogenous network model (model/market/network/
// endogenous.ts) fits on the history before each of a few start dates, as a table or JSON.

import type { CommandModule } from 'yargs';
import { loadCatalog } from '../../data/catalog.js';
import { addDays, daysBetween, formatDay, isIsoDate, parseIsoDate } from '../../data/dates.js';
import { loadHistory } from '../../data/history.js';
import { cliMessages } from '../../messages/cli.js';
import { COIN_IDS, type Coin, coinProtocol, DEFAULT_COIN } from '../../model/coins/index.js';
import { estimateDiffusion, smoothedLogReturns } from '../../model/market/calibrate.js';
import {
  FIT_LEAD_DAYS,
  fitWeeks,
  SCENARIO_FIT_MIN_WEEKS,
} from '../../model/market/network/endogenous-fit.js';
import { fitLimits } from '../../model/market/network/endogenous-fit-limits.js';
import { DEFAULT_FIT_DAYS, resolveEndogenous } from '../../model/market/network/endogenous-resolve.js';
import { textTableLines } from '../../report/table-render.js';
import { hashUnitChangeWithin } from '../../scenario/machine-algorithm.js';
import { LIMITS } from '../../scenario/schema/limits.js';
import { DAYS_PER_RATE_YEAR as YEAR } from '../../scenario/units.js';
import { printJson, UsageError } from '../exit.js';
import { writtenNumber } from '../repeated-options.js';

interface Args {
  coin: Coin;
  date: string[];
  'power-price': number;
  days: number;
  json: boolean;
}

/** Every parameter fitted: the command gives none. */
const NONE_GIVEN = { lag: false, entryRate: false, entryMargin: false, shutdown: false, volatility: false };

/** The start dates the study looks at: before, between and after the booms and halvings. */
const DEFAULT_DATES = ['2017-05-01', '2019-01-01', '2021-11-10', '2024-04-20'];

export const networkFitCommand: CommandModule<object, Args> = {
  command: 'network-fit',
  describe: 'Print the endogenous network model fitted on the history before each start date',
  builder: (y) =>
    y
      .option('coin', { choices: COIN_IDS, default: DEFAULT_COIN, describe: 'The coin' })
      .option('date', {
        type: 'string',
        array: true,
        default: DEFAULT_DATES,
        describe: 'Start dates, YYYY-MM-DD',
      })
      .option('power-price', {
        type: 'number',
        default: 0.05,
        describe: 'Power price of the marginal fleet, USD/kWh',
      })
      .option('days', {
        type: 'number',
        default: DEFAULT_FIT_DAYS,
        describe:
          'Days of history before each start to fit on (at least 364: a year of weeks, as a scenario fits on)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print one JSON document on stdout' }),
  handler: (args) => {
    const dates = args.date.map(String);
    const bad = dates.find((d) => !isIsoDate(d));
    if (bad !== undefined) throw new UsageError(cliMessages.badDate(bad));
    const outside = dates.filter((d) => d < LIMITS.firstDate || d > LIMITS.lastDate);
    if (outside.length > 0)
      throw new UsageError(
        outside
          .map((d) => cliMessages.dateOutOfRange('--date', d, LIMITS.firstDate, LIMITS.lastDate))
          .join('\n'),
      );
    if (!(args['power-price'] > 0 && args['power-price'] <= 10))
      throw new UsageError(
        cliMessages.badNumberOption(
          'power-price',
          writtenNumber(args, 'powerPrice') ?? args['power-price'],
          '0 (excluded) to 10',
        ),
      );
    // A fit reads a year of weeks, as a scenario's own does (endogenous-fit.ts): on fewer, its six
    // parameters are mostly the window's noise.
    const leastDays = SCENARIO_FIT_MIN_WEEKS * 7;
    if (!(Number.isInteger(args.days) && args.days >= leastDays && args.days <= 36_525))
      throw new UsageError(
        args.days >= 0 && args.days < leastDays
          ? cliMessages.networkFitDaysShort(writtenNumber(args, 'days') ?? args.days, leastDays)
          : cliMessages.badNumberOption(
              'days',
              writtenNumber(args, 'days') ?? args.days,
              `a whole number from ${leastDays} to 36,525`,
            ),
      );
    const history = loadHistory(args.coin);
    const catalog = loadCatalog();
    const rows = dates.map((start) => {
      const r = resolveEndogenous(
        { type: 'endogenous', powerPrice: args['power-price'], calibrate: args.days, partial: 'allowed' },
        { coin: args.coin, start },
        history,
        catalog,
      );
      const w = r.window;
      // The weeks of the window the history holds: a fit on fewer than a scenario's own reads is
      // refused, as a scenario's is: on fewer, its parameters are mostly the window's noise.
      const weeks = fitWeeks(w);
      // A window whose hashrate never moves (imported days can hold one) puts every parameter at a
      // limit of the fit, its lag any: refused, as a scenario's is (scenario/coverage-network.ts).
      const flat =
        weeks >= SCENARIO_FIT_MIN_WEEKS &&
        estimateDiffusion(smoothedLogReturns(history.hashrateHs, w)).volatility === 0;
      const firstDay = parseIsoDate(history.firstDate);
      // A window across a change of proof of work to another family fits a change of hash unit as
      // miners coming or going: refused, as a scenario's is.
      const change =
        w.coveredDays > 0
          ? hashUnitChangeWithin(
              coinProtocol(args.coin),
              formatDay(firstDay + w.from),
              formatDay(firstDay + w.to - 1),
            )
          : undefined;
      const f = weeks >= SCENARIO_FIT_MIN_WEEKS && !flat && change === undefined ? r.fit : null;
      // The days the history holds of the window (a start past its end or near its beginning
      // leaves fewer, or none), and the margin of the day before the start where it holds that day.
      const dayBefore = parseIsoDate(start) - firstDay - 1;
      const margin = dayBefore >= 0 && dayBefore === w.to - 1 ? r.margins[dayBefore] : Number.NaN;
      // No efficiency known: the margins are measured against the day before the start, whose own
      // is 1 by construction, not a reading (endogenous-resolve.ts).
      const relative = Number.isNaN(r.frontier.joulesPerHash);
      return {
        start,
        window:
          w.coveredDays > 0 ? `${formatDay(firstDay + w.from)}..${formatDay(firstDay + w.to - 1)}` : null,
        windowDays: w.coveredDays,
        requestedDays: w.requestedDays,
        frontierGainPerYear: r.frontier.gain,
        frontier: r.frontier.note,
        marginBeforeStart: Number.isFinite(margin) && !relative ? Math.exp(margin) : null,
        // The day whose margin is 1 where margins are relative (null: measured against the frontier).
        marginsRelativeTo: relative && w.coveredDays > 0 ? formatDay(firstDay + w.to - 1) : null,
        hashUnitChange: change === undefined ? null : { name: change.name, date: change.date },
        // The weeks of history in the window that a fit reads (after a year of margins for its lags).
        fitWeeks: weeks,
        noFit:
          f !== null
            ? null
            : weeks >= SCENARIO_FIT_MIN_WEEKS && change !== undefined
              ? cliMessages.networkFitAcrossNone(
                  change.name,
                  change.date,
                  addDays(change.date, args.days + 1),
                )
              : weeks >= SCENARIO_FIT_MIN_WEEKS
                ? cliMessages.networkFitUnsolved(weeks, flat)
                : cliMessages.networkFitNone(weeks, SCENARIO_FIT_MIN_WEEKS, {
                    // The dates whose window holds a year of weeks: its weeks after the history's
                    // first year, and its days before the history's end.
                    earliest:
                      w.from < FIT_LEAD_DAYS ? addDays(history.firstDate, FIT_LEAD_DAYS + leastDays) : null,
                    latest:
                      start > addDays(history.lastDate, 1)
                        ? addDays(history.lastDate, 1 + args.days - leastDays)
                        : null,
                  }),
        fit:
          f === null
            ? null
            : {
                lagDays: f.lagDays,
                entryPerYear: f.entryPerDay * YEAR,
                entryMargin: Math.exp(f.entryMargin),
                shutdownMargin: Math.exp(f.shutdownMargin),
                shutdown: f.shutdown,
                volatilityPerYear: f.volPerSqrtDay * Math.sqrt(YEAR),
                weeks: f.weeks,
                // The parameters at a limit of the fit, not measured by the window.
                atLimits: fitLimits(f, NONE_GIVEN),
              },
      };
    });
    if (args.json) return printJson({ coin: args.coin, powerPriceUsdPerKwh: args['power-price'], rows });
    const num = (x: number, digits = 3) => (Number.isFinite(x) ? x.toPrecision(digits) : '-');
    const table = [
      cliMessages.networkFitColumns(),
      ...rows.map((r) => [
        r.start,
        r.fit ? String(r.fit.lagDays) : '-',
        r.fit ? num(r.fit.entryPerYear) : '-',
        r.fit ? num(r.fit.entryMargin) : '-',
        r.fit ? num(r.fit.shutdownMargin) : '-',
        r.fit ? num(r.fit.shutdown, 2) : '-',
        r.fit ? num(r.fit.volatilityPerYear, 2) : '-',
        r.marginBeforeStart !== null
          ? num(r.marginBeforeStart)
          : r.fit !== null && r.marginsRelativeTo === addDays(r.start, -1)
            ? cliMessages.networkFitReferenceMargin()
            : '-',
        num(r.frontierGainPerYear, 2),
        cliMessages.networkFitWindow(
          r.window,
          r.windowDays,
          r.requestedDays,
          history.firstDate,
          history.lastDate,
        ),
      ]),
    ];
    const lines = textTableLines(table, (i) => (i === 0 || i === 9 ? 'left' : 'right'));
    process.stdout.write(
      `${cliMessages.networkFitTitle(args.coin, args['power-price'])}\n${lines.join('\n')}\n`,
    );
    for (const r of rows) {
      process.stdout.write(`${cliMessages.networkFitFrontier(r.start, r.frontier)}\n`);
      // A window the history ends inside: the fit is of the network on its last day, not the start's.
      if (r.windowDays > 0 && r.start > addDays(history.lastDate, 1))
        process.stdout.write(
          `${cliMessages.networkFitPastEnd(r.start, history.lastDate, daysBetween(history.lastDate, r.start))}\n`,
        );
      if (r.hashUnitChange !== null)
        process.stdout.write(
          `${cliMessages.networkFitAcrossAlgorithm(r.start, r.hashUnitChange.name, r.hashUnitChange.date)}\n`,
        );
      if (r.noFit !== null) process.stdout.write(`  ${r.start}: ${r.noFit}\n`);
      else if (r.fit !== null && r.fit.atLimits.length > 0)
        process.stdout.write(`${cliMessages.networkFitLimits(r.start, r.fit.atLimits)}\n`);
    }
  },
};
