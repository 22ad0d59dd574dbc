// Charts of the books along a sweep of a scenario with `finance` (study/sweep-books.ts): the
// equity's median NPV (and the project's after tax, with a tax rule) beside the project's, and,
// with a loan covenant, P(margin call) and P(default), against the swept value. A sweep of a
// finance input (a loan's rate or loan-to-value, the tax rate, a hedge's price) moves none of the
// project's measures, so the payback charts (charts/sweep.ts) are flat there; these show what it
// does move. One axis: a line per measure. Two axes: the same lines against the first axis, one
// colour for each value of the second, the measure told by the line's dash. Three or more axes,
// or no books: no chart.

import type { TopLevelSpec } from 'vega-lite';
import { sweepMessages } from '../../messages/sweep.js';
import type { SweepBooks } from '../../study/sweep-books.js';
import type { SweepPointResult, SweepResult } from '../../study/sweep-result.js';
import { formatEstimate, formatUsd } from '../format.js';
import { bandNote, medianCell, shareBand, shareCell } from '../point-figures.js';
import { figureAxis } from './figure-labels.js';
import { type ChartEntry, forScenario } from './index.js';
import { horizontalRule } from './marks.js';
import { axisTexts, axisTitle, axisTooltip, frame, xAcross } from './sweep-frame.js';
import { HEIGHT, LEGEND, legendScale, PALETTE, PERCENT_AXIS, round, WIDTH } from './theme.js';

/** A line's legend label, its colour (one axis) and its dash (two axes). */
interface Series {
  label: string;
  color: string;
  dash: readonly number[];
}

/** Each NPV series: its legend label, the figure it reads, its colour (one axis) and dash (two). */
const NPV_SERIES = [
  {
    id: 'project',
    label: 'Project, before financing and tax',
    value: (p: SweepPointResult) => p.medianNpvUsd,
    interval: (p: SweepPointResult) => p.medianNpvUsdInterval,
    color: PALETTE.median,
    dash: [1, 0],
  },
  {
    id: 'afterTax',
    label: 'Project after tax',
    value: (p: SweepPointResult) => p.books!.medianAfterTaxNpvUsd,
    interval: (p: SweepPointResult) => p.books!.medianAfterTaxNpvUsdInterval,
    color: PALETTE.band50,
    dash: [2, 3],
  },
  {
    id: 'equity',
    label: 'Equity (after financing, hedges and tax)',
    value: (p: SweepPointResult) => p.books!.medianEquityNpvUsd,
    interval: (p: SweepPointResult) => p.books!.medianEquityNpvUsdInterval,
    color: PALETTE.equity,
    dash: [8, 4],
  },
] as const;

/** Each covenant risk: its legend label, the estimate it reads, its colour and dash. */
const RISKS = [
  { label: 'P(margin call)', value: (b: SweepBooks) => b.marginCall!, color: PALETTE.cost, dash: [1, 0] },
  { label: 'P(default)', value: (b: SweepBooks) => b.default!, color: PALETTE.never, dash: [8, 4] },
] as const;

/**
 * True when the project's after-tax median NPV differs from its median NPV at some point. The
 * books give an after-tax NPV without a tax rule too (the same as before tax), and a line drawn on
 * top of another would hide it.
 */
function taxShows(result: SweepResult): boolean {
  return result.points.some((p) => (p.books?.medianAfterTaxNpvUsd ?? p.medianNpvUsd) !== p.medianNpvUsd);
}

/**
 * The books' charts: none without books (scenario `finance`) or with three axes or more; the risks
 * only with a loan covenant, without which neither a margin call nor a default can happen.
 */
export function sweepBooksCharts(result: SweepResult): ChartEntry[] {
  const books = result.points.map((p) => p.books);
  if (books.length === 0 || books.includes(undefined) || result.axes.length < 1 || result.axes.length > 2)
    return [];
  const covenant = books.every((b) => b!.default !== null);
  const over = result.axes.length === 2 ? 'across the grid' : 'along the axis';
  return [
    {
      name: 'sweep-equity-npv',
      caption: `How the equity’s median NPV moves ${over}, beside the project’s${taxShows(result) ? ' before and after tax' : ''}.`,
      spec: npvSpec(result),
    },
    ...(covenant
      ? [
          {
            name: 'sweep-margin-default',
            caption: `How the chances of a margin call and of a default on the loan move ${over}.`,
            spec: riskSpec(result),
          },
        ]
      : []),
  ].map((chart) => forScenario(chart, result.scenario.name));
}

/** The NPV rows the chart draws, one per point and series, in grid order. */
export function npvRows(result: SweepResult) {
  const series = NPV_SERIES.filter((s) => s.id !== 'afterTax' || taxShows(result));
  return result.points.flatMap((p) =>
    series.map((s) => ({
      x: p.values[0],
      y: p.values[1] ?? null,
      ...axisTexts(p.values),
      series: s.label,
      npv: round(s.value(p)),
      // The tooltip's texts: the median with its 95 % interval, the share ± its error (point-figures.ts).
      npvText: medianCell(formatUsd(s.value(p)), s.interval(p), formatUsd, p),
      equityNever: round(p.books!.equityNoPayback.p),
      equityNeverText: shareCell(p.books!.equityNoPayback, result.paths, p),
    })),
  );
}

/** The risk rows the chart draws, one per point and risk, with a 95 % Monte Carlo interval. */
export function riskRows(result: SweepResult) {
  return result.points.flatMap((p) =>
    RISKS.map((r) => {
      const { p: share, se } = r.value(p.books!);
      return {
        x: p.values[0],
        y: p.values[1] ?? null,
        ...axisTexts(p.values),
        risk: r.label,
        p: round(share),
        se: round(se),
        // The tooltip's text: a share short of all never reads 1.000 (format.ts).
        text: formatEstimate({ p: share, se }, [], undefined, result.paths, p.antithetic),
        // Wilson's interval (the claims'): p ± 1.96 se is a band of zero width at a share of 0 or 1.
        low: round(shareBand({ p: share, se }, result.paths, p)[0]),
        high: round(shareBand({ p: share, se }, result.paths, p)[1]),
      };
    }),
  );
}

function q(field: string, title?: string, format?: string) {
  return { field, type: 'quantitative' as const, ...(title ? { title } : {}), ...(format ? { format } : {}) };
}

/**
 * Colour and dash of a line: one axis, the series' colour; two axes, a colour for each value of
 * the second axis and the series' dash.
 */
function style(result: SweepResult, field: string, entries: readonly Series[]) {
  if (result.axes.length === 1)
    // Full-strength symbols: the legend would take a band's faint opacity.
    return {
      color: {
        field,
        type: 'nominal' as const,
        scale: legendScale(entries),
        legend: { ...LEGEND, symbolOpacity: 1 },
      },
    };
  return {
    color: {
      field: 'y',
      type: 'ordinal' as const,
      title: axisTitle(result.axes[1]),
      scale: { scheme: 'viridis' },
      legend: { labelLimit: 400 },
    },
    strokeDash: {
      field,
      type: 'nominal' as const,
      scale: { domain: entries.map((e) => e.label), range: entries.map((e) => [...e.dash]) },
      // A short line in each dash, not the points' circle, so the legend tells the dashes apart.
      legend: {
        ...LEGEND,
        symbolType: 'stroke',
        symbolSize: 600,
        symbolStrokeWidth: 2.5,
        symbolStrokeColor: PALETTE.text,
      },
    },
  };
}

/**
 * A line per series (and per value of the second axis), with its points as a layer of their own
 * that carries the tooltip: points drawn by the line mark would turn the dash legend into circles.
 */
function lines(
  result: SweepResult,
  data: string,
  field: string,
  entries: readonly Series[],
  y: object,
  tooltip: object[],
) {
  const x = xAcross(result.axes[0]);
  const encoding = style(result, field, entries);
  return [
    {
      data: { name: data },
      mark: { type: 'line' as const, strokeWidth: 2.5 },
      encoding: { x, y, ...encoding },
    },
    {
      data: { name: data },
      mark: { type: 'point' as const, filled: true, size: 40, opacity: 1 },
      encoding: { x, y, color: encoding.color, tooltip: [...axisTooltip(result), ...tooltip] },
    },
  ];
}

/** Two axes: the subtitle says which encoding is which. */
function twoAxesNote(result: SweepResult, what: string): string[] {
  return result.axes.length === 2 ? [`Colour: ${result.axes[1].key}; dash: ${what}.`] : [];
}

const NPV_Y = { ...q('npv', 'Median NPV (USD)'), scale: { zero: false }, axis: figureAxis(',.0f') };

function npvSpec(result: SweepResult): TopLevelSpec {
  const rows = npvRows(result);
  const series = NPV_SERIES.filter((s) => rows.some((r) => r.series === s.label));
  const values = rows.flatMap((r) => (r.npv === null ? [] : [r.npv]));
  const zeroInside = values.length > 0 && Math.min(...values) < 0 && Math.max(...values) > 0;
  const over = result.axes.map((a) => a.key).join(' and ');
  return {
    ...frame(
      `Median NPV of the equity and the project against ${over}`,
      result,
      'Each line is the median over the paths at each point: the project’s flows before financing' +
        (series.length === 3 ? ', the project’s after tax,' : '') +
        ' and the equity’s (the owners’ flows after a loan’s draws and debt service, leases, hedges and tax).' +
        (series.length === 3
          ? ''
          : result.points.every((p) => (p.books?.medianAfterTaxNpvUsd ?? null) === null)
            ? ' The scenario states no tax: there is no after-tax line.'
            : ' The project’s after tax is the same as before at every point (no tax paid).'),
      'A finance input (a loan’s rate or covenant, a hedge’s price, the tax rate) leaves the project’s line before financing and tax flat: what it does shows in the equity’s.',
      ...twoAxesNote(result, 'whose flows'),
      ...(zeroInside ? ['Thin grey dashed rule: NPV 0.'] : []),
    ),
    width: WIDTH,
    height: HEIGHT,
    datasets: { npv: rows },
    layer: [
      ...(zeroInside ? [horizontalRule(0, [4, 3])] : []),
      ...lines(result, 'npv', 'series', series, NPV_Y, [
        { field: 'series', type: 'nominal' as const, title: 'flows' },
        { field: 'npvText', title: 'Median NPV (95 % interval)' },
        { field: 'equityNeverText', title: 'P(no equity payback) ± its standard error' },
      ]),
    ],
  };
}

function riskSpec(result: SweepResult): TopLevelSpec {
  const rows = riskRows(result);
  const top = Math.max(...rows.map((r) => r.high ?? 0));
  const over = result.axes.map((a) => a.key).join(' and ');
  const oneAxis = result.axes.length === 1;
  const x = xAcross(result.axes[0]);
  return {
    ...frame(
      `P(margin call) and P(default) against ${over}`,
      result,
      'Share of paths on which the loan’s balance passes its covenant’s share of the collateral (a margin call), and on which a call cannot be met (a default: the lender takes the machines).',
      ...(oneAxis
        ? [`${sweepMessages.bandCaption(bandNote(result.points))}.`]
        : twoAxesNote(result, 'which event')),
    ),
    width: WIDTH,
    height: HEIGHT,
    datasets: { risks: rows },
    encoding: {
      y: {
        type: 'quantitative',
        title: 'Probability (share of paths)',
        // The scale ends above the highest interval (a rare event stays readable), never past 1.
        scale: { domain: [0, top > 0 ? Math.min(1, top * 1.1) : 0.05], nice: true },
        axis: top < 0.1 ? { ...PERCENT_AXIS, format: '.1%' } : PERCENT_AXIS,
      },
    },
    layer: [
      ...(oneAxis
        ? [
            {
              data: { name: 'risks' },
              mark: { type: 'area' as const, opacity: 0.2 },
              encoding: { x, y: q('low'), y2: { field: 'high' }, ...style(result, 'risk', RISKS) },
            },
          ]
        : []),
      ...lines(result, 'risks', 'risk', RISKS, q('p'), [
        { field: 'risk', type: 'nominal' as const, title: 'event' },
        { field: 'text', title: 'share of paths ± its standard error' },
      ]),
    ],
  };
}
