// Payback-time CDF: the share of paths that have paid back by each time since the start, with
// the 1- and 2-year marks the claim is about and the probabilities read off at those marks.
// The curve tops out below 1 when some paths never pay back; a dotted line marks that ceiling.

import type { TopLevelSpec } from 'vega-lite';
import { addDays } from '../../data/dates.js';
import { chartMessages } from '../../messages/charts.js';
import { paybackMessages } from '../../messages/payback.js';
import { DAYS_PER_RATE_YEAR as DAYS_PER_YEAR } from '../../scenario/units.js';
import type { Estimate, RunSummary } from '../../stats/summary.js';
import { formatEstimate, formatInteger, formatPaths, formatProbability } from '../format.js';
import { lastPurchaseAfterCut, stagedFleetLastPurchase } from '../staged-fleet.js';
import { onePathName } from './one-path.js';
import { chartFrame, HEIGHT, PALETTE, PERCENT_AXIS, round, WIDTH } from './theme.js';
import { DATE_TOOLTIP, paybackTimeUnit } from './time-axes.js';

/** A fleet bought in stages pays back on or after its last purchase (staged-fleet.ts): none before it. */
function paysBackFrom(summary: RunSummary): string {
  const last = stagedFleetLastPurchase(summary);
  return last === null ? '' : `, on or after the last purchase, day ${formatInteger(last)}`;
}

/**
 * The marks the CDF draws: at 1 and 2 years, each where its share exists (null past the horizon)
 * and its day is within the horizon.
 */
export function cdfMarks(summary: RunSummary) {
  const { headline } = summary;
  return (
    [
      [1, DAYS_PER_YEAR, headline.paybackWithin1y],
      [2, 2 * DAYS_PER_YEAR, headline.paybackWithin2y],
    ] as const
  ).flatMap(([years, day, e]) =>
    e === null || day > summary.scenario.days ? [] : [{ years, day, p: e.p, e }],
  );
}

/**
 * A share of paths as the tables print it, with its Monte Carlo error (format.ts formatEstimate):
 * the S21 fleet's P(payback <= 1 year) 0.0014 ± 0.0004, which a bare 3 decimals printed 0.001. A
 * share set by the rule, not by the paths (every path unpaid where the last purchase falls after
 * the cut), has no error to give: bare.
 */
function shareText(summary: RunSummary, e: Estimate): string {
  if (lastPurchaseAfterCut(summary) !== null) return formatProbability(e.p);
  return formatEstimate(e, [], summary.scenario.cutAt, summary.run.paths, summary.run.antithetic === true);
}

/** A share below which a text at it would reach the x axis's labels (about 45 px of the 320 px plot). */
const LOW = 0.15;
/** Pixels above the higher low mark of the lowest low mark's label: clear of "1 year" and "2 years" at the foot. */
const LOW_FIRST = 20;
/** Pixels between the rows of the low marks' labels (13 px bold text), and of the ceiling's above them. */
const LOW_ROW = 18;

export function paybackCdfSpec(summary: RunSummary): TopLevelSpec {
  const { start, days } = summary.scenario;
  const { headline, payback } = summary;
  // Time since the start in years, or in days for a horizon under a year (theme.ts); `years` holds it.
  const unit = paybackTimeUnit(days);
  const horizonYears = days / unit.perUnit;
  // A back-test or a run of one path: its one path has paid back by a time (100 %) or not (0 %).
  const one = onePathName(summary);
  // `e`: the share with its Monte Carlo error (payback.cdf's se, a mark's headline share), where the run states one.
  const point = (day: number, p: number, e?: { p: number; se?: number }) => ({
    years: round(day / unit.perUnit),
    day,
    date: addDays(start, day),
    p: round(p),
    // The tooltip's text: a share short of all never reads 1.000 (format.ts), as a '.3f' would print
    // it; with its Monte Carlo error as the marks print theirs.
    pText:
      one !== null
        ? p === 1
          ? 'yes'
          : 'no'
        : e?.se === undefined
          ? formatProbability(p)
          : shareText(summary, { p, se: e.se }),
  });
  const paidOn = headline.paybackDays.quantiles.p50;
  // The paths with nothing at stake (never below zero) count as paid back on day 0: the curve
  // starts at their share, where a bin's end would only show them 29 days later.
  const atStart = one === null ? (headline.nothingAtStake?.p ?? 0) : paidOn === 0 ? 1 : 0;
  // One path steps from 0 to 1 on its payback day, inside the bin that ends after it: the bins' ends
  // alone would draw a ramp across the bin.
  const step =
    one === null || paidOn === null || paidOn === 0
      ? []
      : [
          { day: paidOn, p: 0 },
          { day: paidOn, p: 1 },
        ];
  // No path with nothing at stake (summary.json leaves nothingAtStake out): a share of 0 over the
  // same paths as the bins' ends, with the same bound as theirs ("0.000 (95 % ≤ 0.004)").
  const startShare = one === null ? (headline.nothingAtStake ?? { p: 0, se: 0 }) : undefined;
  const curve = [
    point(0, atStart, startShare),
    ...[...payback.cdf.filter((c) => step.length === 0 || c.day < paidOn! || c.day > paidOn!), ...step]
      .sort((a, b) => a.day - b.day || a.p - b.p)
      .map((c) => point(c.day, c.p, c)),
  ];
  // A share the run cannot judge (null: past the horizon) has no mark.
  const marks = cdfMarks(summary).map(({ day, p, e }) => ({
    ...point(day, p, e),
    // One path's: whether it had paid back by then, as the terminal and the tables say it.
    label: one === null ? `P = ${shareText(summary, e)}` : chartMessages.onePathMark(p === 1),
  }));
  const high = marks.filter((m) => !((m.p ?? 0) < LOW));
  // The low marks' labels, each on a row of its own above the higher of them (the later mark's
  // lower), placed in the share's units: HEIGHT pixels span the axis's 0 to 1.
  const lowMarks = marks.filter((m) => (m.p ?? 0) < LOW);
  const base = Math.max(0, ...lowMarks.map((m) => m.p ?? 0));
  const row = (k: number) => round(base + (LOW_FIRST + LOW_ROW * k) / HEIGHT);
  const low = lowMarks.map((m, i) => ({ ...m, labelAt: row(lowMarks.length - 1 - i) }));
  const ceiling = 1 - headline.noPayback.p;
  const ceilingRow = {
    p: round(ceiling),
    // A low ceiling's label, above the low marks' rows (a mark's share is at most the ceiling).
    labelAt: round(
      ceiling < LOW
        ? Math.max(base + (LOW_FIRST + LOW_ROW * low.length) / HEIGHT, ceiling + LOW_FIRST / HEIGHT)
        : ceiling,
    ),
    label:
      one === null
        ? chartMessages.paidBackWithin(
            summary.scenario.cutAt,
            shareText(summary, { ...headline.noPayback, p: ceiling }),
          )
        : chartMessages.onePathCeiling(summary.scenario.cutAt, ceiling === 1),
  };
  const tooltip = [
    ...(unit.name === 'years'
      ? [{ field: 'years', type: 'quantitative' as const, title: 'Years since start', format: '.2f' }]
      : []),
    { field: 'day', type: 'quantitative' as const, title: 'Day' },
    DATE_TOOLTIP,
    { field: 'pText', title: one === null ? 'P(payback by then)' : 'Paid back by then' },
  ];
  const x = { field: 'years', type: 'quantitative' as const };
  const day = headline.paybackDays.quantiles.p50;
  const definition = `(the first day the net position is back at zero or above after the capex put it below${paysBackFrom(summary)})`;
  // A last purchase after the cut: no path can pay back by the cut, by the rule (staged-fleet.ts).
  const afterCut = lastPurchaseAfterCut(summary);
  const undecided = afterCut === null ? '' : ` ${paybackMessages.cdfAfterCut(afterCut.date, afterCut.cutAt)}`;
  const unstaked =
    headline.nothingAtStake === undefined
      ? ''
      : chartMessages.nothingAtStake(
          one === null ? `${formatProbability(headline.nothingAtStake.p)} of the paths` : null,
        );

  return {
    ...chartFrame(
      'When does the investment pay back?',
      one === null
        ? `Share of ${formatPaths(summary.run.paths)} paid back by each time since ${start} ${definition}; ${chartMessages.neverPayBack(summary.scenario.cutAt, shareText(summary, headline.noPayback))}${unstaked}${undecided}`
        : `Whether the fleet has paid back on ${one} by each time since ${start} ${definition}: ${day === null ? `${chartMessages.notPaidBack(summary.scenario.cutAt)}.` : `paid back on day ${formatInteger(day)} (${addDays(start, day)}).`}${unstaked}${undecided}`,
    ),
    width: WIDTH,
    height: HEIGHT,
    encoding: {
      x: {
        type: 'quantitative',
        title: `Time since start (${unit.name})`,
        scale: { domain: [0, round(horizonYears)], nice: false },
        axis: { tickCount: 12, ...(unit.name === 'days' ? { tickMinStep: 1, format: 'd' } : {}) },
      },
      y: {
        type: 'quantitative',
        title: one === null ? 'P(payback ≤ t) (share of paths)' : 'Paid back by t (0 % or 100 %)',
        scale: { domain: [0, 1] },
        axis: PERCENT_AXIS,
      },
    },
    layer: [
      {
        data: { values: [ceilingRow] },
        mark: { type: 'rule', color: PALETTE.rule, strokeDash: [2, 3] },
        encoding: { y: { field: 'p', type: 'quantitative' } },
      },
      {
        data: { values: [ceilingRow] },
        // Just above its line; near the foot, above the low marks' labels (below), clear of the
        // year marks' labels.
        mark: { type: 'text', align: 'right', dy: -6, x: 'width', color: PALETTE.rule },
        encoding: { y: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label' } },
      },
      {
        data: { values: marks },
        mark: { type: 'rule', color: PALETTE.rule, strokeDash: [4, 3] },
        encoding: { x },
      },
      {
        data: { values: curve },
        mark: { type: 'line', color: PALETTE.median, strokeWidth: 2.5, interpolate: 'linear', point: false },
        encoding: { x, y: { field: 'p', type: 'quantitative' }, tooltip },
      },
      {
        data: { values: marks },
        mark: { type: 'point', filled: true, size: 70, color: PALETTE.actual },
        encoding: { x, y: { field: 'p', type: 'quantitative' }, tooltip },
      },
      // Each mark's label below and right of its point, where a rising curve leaves room. A mark
      // near the foot has no room below (the x axis's labels), nor, with its Monte Carlo error
      // ("P = 0.000 (95 % ≤ 0.004)"), to its left on a long axis: its label sits above and right,
      // the later mark's lower, each on a row of its own, clear of the "1 year" and "2 years" at the
      // foot. A layer over no rows is left out.
      ...[
        ...(high.length > 0 ? [[high, 'p', 12] as const] : []),
        ...low.map((m) => [[m], 'labelAt', 0] as const),
      ].map(([rows, field, dy]) => ({
        data: { values: rows },
        mark: {
          type: 'text' as const,
          align: 'left' as const,
          dx: 7,
          dy,
          fontSize: 13,
          fontWeight: 'bold' as const,
          color: PALETTE.text,
        },
        encoding: { x, y: { field, type: 'quantitative' as const }, text: { field: 'label' } },
      })),
      {
        data: { values: marks.map((m, i) => ({ ...m, mark: i === 0 ? '1 year' : '2 years' })) },
        mark: { type: 'text', align: 'left', dx: 3, dy: -4, y: 'height', color: PALETTE.rule },
        encoding: { x, text: { field: 'mark' } },
      },
    ],
  };
}
