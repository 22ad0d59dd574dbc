// Which paths a figure is over. A measure some paths have no value of (an IRR that does not exist,
// a cost per coin with no coin) is summarised over the others, and summary.json records how many
// (Distribution.paths); every table and headline line that shows such a figure says it next to the
// figure, and why the others have none, so no reader takes it for a figure over every path.

import { backtestMessages } from '../messages/backtest.js';
import { breakEvenTurnsMessages } from '../messages/break-even.js';
import { perCoinMessages } from '../messages/per-coin.js';
import { IRR_CEILING, IRR_FLOOR } from '../model/finance/irr.js';
import { IRR_RESOLUTION } from '../model/finance/irr-bounds.js';
import type { Distribution, QuantileKey } from '../stats/summary.js';
import { beside } from './bound-digits.js';
import { formatInteger, formatPaths } from './format.js';

/** Why a path can lack a value of a measure. */
export type Missing =
  | 'irr'
  | 'perCoin'
  | 'allIn'
  | 'roi'
  | 'breakEven'
  | 'breakEvenWaterfall'
  | 'breakEvenShareShutdown'
  | 'breakEvenShutdownHeld';

/** After "the others": what the left-out paths lack. */
const OTHERS: Record<Missing, string> = {
  irr: 'have no IRR',
  perCoin: 'mined no coin at no cost',
  allIn: 'mined no coin at no cost',
  roi: 'have no capex',
  breakEven: 'have no break-even',
  breakEvenWaterfall: 'have no break-even',
  breakEvenShareShutdown: 'have no break-even',
  breakEvenShutdownHeld:
    'have none, or a price above their last day’s under the shutdown rule with the coins held (not searched)',
};

/** Why no path (or the one path of a back-test) has a value. */
const NO_VALUE: Record<Missing, string> = {
  irr: 'the flows may have several rates or none from -99.99 % to 100,000,000 % a year, or nothing was ever at stake',
  perCoin: 'no coin mined',
  allIn: 'no tax depreciation in the scenario, or no coin mined',
  roi: 'no capex',
  breakEven: 'no break-even in the range searched',
  breakEvenWaterfall: breakEvenTurnsMessages.waterfall.none,
  breakEvenShareShutdown: breakEvenTurnsMessages['share-shutdown'].none,
  breakEvenShutdownHeld: breakEvenTurnsMessages['shutdown-held'].none,
};

/** The full reason, for a table's note. */
export const MISSING_WHY: Record<Missing, string> = {
  irr:
    'No IRR: flows changing sign several times can have several annual rates from -99.99 % to 100,000,000 % that ' +
    'zero their present value, or none, or nothing was ever at stake (the position never below zero). Where money ' +
    'comes back before any is put in, the IRR is the stake’s, from the first day the position is below zero. A ' +
    'total loss (money put in, nothing back) is an IRR of -100 %.',
  perCoin: 'No cost per coin: no coin mined at no cost (with costs, it is infinite).',
  allIn:
    'No all-in cost per coin: no tax depreciation in the scenario, or no coin mined at no cost (with costs, it is infinite).',
  roi: 'No ROI: no capex to divide by.',
  breakEven:
    'No break-even: no tariff in the range searched (0 to 1e15 USD/kWh) or coin price (0 to 1e30 USD) brings the ' +
    'net position at the horizon to zero (the fleet loses money even at a zero tariff, or makes money at any).',
  breakEvenWaterfall: breakEvenTurnsMessages.waterfall.why,
  breakEvenShareShutdown: breakEvenTurnsMessages['share-shutdown'].why,
  breakEvenShutdownHeld: breakEvenTurnsMessages['shutdown-held'].why,
};

/**
 * Why a break-even of a run (the tariff's, or the coin price's) has no value: the reason it was not
 * searched (summary.json headline.breakEvenTurns, engine/kernel/breakeven.ts), else none in the
 * range searched.
 */
export function breakEvenMissing(
  h: { breakEvenTurns?: 'waterfall' | 'share-shutdown' | 'shutdown-held' },
  which: 'tariff' | 'price',
): Missing {
  if (h.breakEvenTurns === 'waterfall') return 'breakEvenWaterfall';
  if (h.breakEvenTurns === 'share-shutdown') return 'breakEvenShareShutdown';
  if (h.breakEvenTurns === 'shutdown-held' && which === 'tariff') return 'breakEvenShutdownHeld';
  return 'breakEven';
}

/** True when the figures of `d` leave some paths out. */
export function leavesPathsOut(d: Distribution | undefined): boolean {
  return d?.paths !== undefined;
}

/**
 * What to say next to a figure of `d`: '' when it is over every path; else how many paths it is over,
 * of `total` (null: the paths searched, as for the break-evens), and what the others lack; or, when
 * no path has a value, that there is none and why.
 */
export function coverage(d: Distribution | undefined, total: number | null, missing: Missing): string {
  if (d?.paths === undefined) return '';
  if (d.paths === 0) return `none (${NO_VALUE[missing]})`;
  const of = total === null ? 'of the paths searched' : `of ${formatPaths(total)}`;
  return `over ${formatInteger(d.paths)} ${of}; the others ${OTHERS[missing]}`;
}

/**
 * Several measures' coverage in one clause, for a headline line of several figures:
 * `after tax over 1,997, equity over 1,262 of 2,000 paths; the others have no IRR` ('' when every
 * figure is over every path).
 */
export function coverages(
  named: readonly (readonly [string, Distribution | undefined])[],
  total: number,
  missing: Missing,
): string {
  const parts = named
    .filter(([, d]) => d?.paths !== undefined)
    .map(([name, d]) => (d?.paths === 0 ? `${name} none` : `${name} over ${formatInteger(d?.paths ?? 0)}`));
  if (parts.length === 0) return '';
  return `${parts.join(', ')} of ${formatPaths(total)}; the others ${OTHERS[missing]}`;
}

/** A figure with what coverage() says of it: `0.0123 USD/kWh (over 176 of the paths searched; ...)`. */
export function withCoverage(figure: string, covered: string): string {
  if (covered === '') return figure;
  return covered.startsWith('none') ? covered : `${figure} (${covered})`;
}

/** A value that may be null: the formatted value, or "none" and why (a back-test's one path). */
export function valueOrNone(value: number | null, format: (v: number) => string, missing: Missing): string {
  return value === null ? `none (${NO_VALUE[missing]})` : format(value);
}

/**
 * An IRR of exactly -1 (model/finance/irr.ts): money put in and none back, no day's net flow above
 * zero. No rate zeroes such flows' present value; minesim states it as -100 %, the limit as what
 * comes back falls to nothing, so the path ranks below every rate and counts against a claim. A
 * path that lost more after some money back has no rate either and is at IRR_FLOOR (IRR_FLOOR_WHY):
 * nothing says which of the two did worse, so where some paths are at IRR_FLOOR the total losses
 * are counted with them (stats/quantiles.ts censoredDistribution).
 */
export const TOTAL_LOSS = "a total loss: no day's net flow above zero";
export const TOTAL_LOSS_WHY =
  'An IRR of -100 % is a total loss: money put in and no day’s net flow above zero (the salvage at the horizon ' +
  'counted on its day); no rate zeroes such flows’ present value, and the loss is stated as -100 %, ranked below ' +
  'every rate, not left out.';

/** What an IRR shown as ≤ -99.99 % is, in a few words: after the figure where a line has no note. */
export const AT_FLOOR =
  'below the rates searched, or none: a stake mostly lost within months, or more lost than put in';

/** The words after an IRR that say what it is: a total loss's -100 %, or ≤ -99.99 % ('' otherwise). */
export function irrWords(irr: number | null): string {
  if (irr === -1) return ` (${TOTAL_LOSS})`;
  return irr === IRR_FLOOR ? ` (${AT_FLOOR})` : '';
}

/** True when some quantile (or the one value) of an IRR is a total loss's -100 %. */
export function showsTotalLoss(d: Distribution | undefined): boolean {
  return d !== undefined && Object.values(d.quantiles).some((q) => q === -1);
}

/** A censored IRR (model/finance/irr.ts) as text: its one rate lies at or beyond the bound it is carried at. */
export const IRR_AT_FLOOR = '≤ -99.99 %';
export const IRR_AT_CEILING = '≥ 100,000,000 %';

/**
 * What an IRR shown as ≤ -99.99 % is, in every output that shows one (the report's and summary.md's
 * tables, the batch's, the README): a rate below the lowest searched, or none at all, for a stake
 * never paid back whose present value is below zero at every rate searched (model/finance/irr.ts),
 * as a path that lost more than it put in, after some day's flow above zero, has; where there are
 * such paths, a total loss's -100 % is counted with them (stats/quantiles.ts censoredDistribution).
 */
export const IRR_FLOOR_WHY =
  'An IRR shown as ≤ -99.99 % is below the lowest annual rate searched, or has none: a stake mostly lost within ' +
  'months, or one never paid back whose present value is below zero at every rate searched (a path that lost ' +
  'more than it put in has no rate at all); such a path is ranked at -99.99 %, and where there are such paths ' +
  'a total loss (-100 %) is counted with them: nothing says which of the two did worse.';

/** What a table's note says when an IRR row has censored paths. */
export const CENSORED_WHY =
  `${IRR_FLOOR_WHY} One shown as ≥ 100,000,000 % lies above the highest (a stake multiplied within days), ranked ` +
  'there. The mean is then none (censored paths).';

/**
 * How many of a cost per coin's paths mined no coin but had costs (`d.infinite`, ranked last), of
 * `total` ('' when none, or `total` null).
 */
export function noCoinCount(d: Distribution | undefined, total: number | null): string {
  if (d?.infinite === undefined || total === null) return '';
  return perCoinMessages.count(formatInteger(d.infinite), formatPaths(total));
}

/**
 * A quantile (or the mean) of `d` as a table prints it: `format`'s, or where it is infinite on
 * a cost per coin (paths with no coin, ranked last), "no coin mined" (the mean "infinite").
 */
export function perCoinText(
  d: Distribution,
  value: number | null,
  format: (value: number | null) => string,
  mean = false,
): string {
  if (value !== null || d.infinite === undefined) return format(value);
  return mean ? perCoinMessages.infiniteMean : perCoinMessages.noCoin;
}

/** How many of `d`'s values are censored at each bound: `3,286 at ≤ -99.99 %` ('' when none). */
export function censoredCount(d: Distribution | undefined): string {
  const c = d?.censored;
  if (c === undefined) return '';
  const parts: string[] = [];
  if (c.low > 0) parts.push(`${formatInteger(c.low)} at ${IRR_AT_FLOOR}`);
  if (c.high > 0) parts.push(`${formatInteger(c.high)} at ${IRR_AT_CEILING}`);
  return parts.join(', ');
}

/**
 * "≤ " or "≥ " before quantile `key` of `d` when it only bounds the true quantile (interpolated
 * between a censored value and one that is not: stats/quantiles.ts censoredDistribution), else ''.
 */
export function boundMark(d: Distribution | undefined, key: QuantileKey): string {
  const c = d?.censored;
  if (c?.atMost?.includes(key)) return '≤ ';
  if (c?.atLeast?.includes(key)) return '≥ ';
  return '';
}

/** Where a distribution's mean would be when some of its values are censored. */
export const CENSORED_MEAN = 'none (censored paths)';

/**
 * An IRR formatter that writes a value at a bound of the range searched as `≤ -99.99 %` or
 * `≥ 100,000,000 %` (true: the rate is at or beyond it), and any other value with `format`; with
 * more digits where `format` would print it as a total loss's -100 % or as the ceiling: -99.96 %
 * to three significant digits is -100 %, which the tables define as money put in and nothing back.
 */
export function irrFormat(format: (ratio: number | null) => string): (ratio: number | null) => string {
  return (ratio) => {
    if (ratio === IRR_FLOOR) return IRR_AT_FLOOR;
    if (ratio === IRR_CEILING) return IRR_AT_CEILING;
    // Within the search's resolution of zero (3.65e-13 a year) the rate is zero: 3.95e-15 printed
    // as 0.000000000000395 % read as a gain the flows do not give.
    if (ratio !== null && Math.abs(ratio) < IRR_RESOLUTION) return format(0);
    const text = format(ratio);
    if (ratio === null || ratio === -1) return text;
    const unit = text.endsWith(' %') ? ' %' : '';
    const shown = Number(text.slice(0, text.length - unit.length).replaceAll(',', ''));
    if (shown === -100) return `${beside(ratio * 100, [-100, IRR_FLOOR * 100])}${unit}`;
    if (shown >= IRR_CEILING * 100) return `${formatInteger(Math.floor(ratio * 100))}${unit}`;
    return text;
  };
}

/**
 * Whether a claim held on the actual history (a back-test's claim): undecided when its verdict is
 * inconclusive (no path it can judge, or contracts open at a cut: stats/claims-at-cut.ts).
 */
export function heldOnHistory(claim: { verdict: string }): string {
  return claim.verdict === 'inconclusive'
    ? 'undecided'
    : claim.verdict === 'supported'
      ? 'held'
      : 'did not hold';
}

/** Whether contracts open at the cut leave a claim undecided (stats/claims-at-cut.ts). */
export function undecidedAtCut(claim: { openAtCut?: number; verdict?: string }): boolean {
  return claim.openAtCut !== undefined && claim.verdict === 'inconclusive';
}

/**
 * After a claim's text: over how many paths its share is when some were left out (an IRR claim, an
 * ROI claim with no capex, or a payback time past a run cut short: stats/claims.ts), or '' when it
 * is over every path.
 */
export function claimCoverage(
  claim: { text: string; paths?: number; openAtCut?: number; verdict?: string },
  total: number,
): string {
  if (claim.openAtCut !== undefined)
    return claim.verdict === undefined || undecidedAtCut(claim)
      ? backtestMessages.claimOpenAtCut(claim.openAtCut)
      : backtestMessages.claimFloorAtCut(claim.openAtCut);
  if (claim.paths === undefined) return '';
  // The claim's grammar (scenario/claims.ts) names a payback time by the word `payback` alone,
  // an ROI by `roi`.
  const payback = /\bpayback\b/i.test(claim.text);
  const roi = /\broi\b/i.test(claim.text);
  if (claim.paths === 0)
    return payback
      ? ' (no path paid back before the run was cut short: undecided)'
      : roi
        ? ' (no path has an ROI, as the fleet has no capex: undecided)'
        : ' (no path has an IRR: undecided)';
  return payback
    ? ` (over the ${formatInteger(claim.paths)} of ${formatPaths(total)} that paid back before the run was cut short; the others may pay back in time or not, and the interval counts them both ways)`
    : ` (over ${formatInteger(claim.paths)} of ${formatPaths(total)}; the others have no IRR and are left out)`;
}
