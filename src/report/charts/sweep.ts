// Charts of a parameter sweep. Two axes: heatmaps of P(payback <= 2 years) and of the median
// payback time over the grid, the first axis across and the second up, each value printed in its
// cell, with the boundary (where P(payback <= 2 years) crosses 0.5; see BOUNDARY in
// study/sweep-crossings.ts) drawn as an orange line along the cell edges between the cells on
// either side of it, so it never covers a printed value (the tables give the interpolated
// crossings). One axis: the same two measures as lines against the axis, each crossing as a
// vertical rule. With three or more axes there is no chart; the tables carry the sweep. A subtitle
// describes the line only when one is drawn, and names the claim only when the scenario makes it.

import type { TopLevelSpec } from 'vega-lite';
import { sweepMessages } from '../../messages/sweep.js';
import { DAYS_PER_YEAR } from '../../scenario/units.js';
import { BOUNDARY } from '../../study/sweep-crossings.js';
import type { SweepPointResult, SweepResult } from '../../study/sweep-result.js';
import { formatAxisQuantity, type SweepAxis } from '../../study/vary.js';
import { beside } from '../bound-digits.js';
import { formatInteger, formatUsd } from '../format.js';
import { bandNote, medianCell, medianPaybackText, shareBand, shareCell } from '../point-figures.js';
import { type ChartEntry, forScenario } from './index.js';
import { horizontalRule } from './marks.js';
import { boundaryEdges, boundaryNote, P_TITLE } from './sweep-boundary.js';
import {
  acrossTitle,
  axisTexts,
  axisTooltip,
  axisValuesDescription,
  frame,
  logAcross,
  xAcross,
} from './sweep-frame.js';
import { CONFIG, HEIGHT, PALETTE, PERCENT_AXIS, round, WIDTH } from './theme.js';

/** 2 years as summaries count them (paybackWithin2y). */
const TWO_YEARS_DAYS = 2 * DAYS_PER_YEAR;
const P_AXIS = `${P_TITLE} (share of paths)`;
const MEDIAN_AXIS = 'Median payback time (days)';
/** Cells darker than this share of their colour scale get white text. */
const DARK = 0.55;

/** Both charts, as heatmaps over two axes or lines along one; none for three or more axes. */
export function sweepCharts(result: SweepResult): ChartEntry[] {
  const build = result.axes.length === 2 ? heatmapSpec : result.axes.length === 1 ? lineSpec : null;
  if (!build) return [];
  const over = result.axes.length === 2 ? 'across the grid' : 'along the axis';
  return [
    {
      name: 'sweep-payback-2y',
      caption: `How the chance of paying back within two years moves ${over}.`,
      spec: build(result, 'p'),
    },
    {
      name: 'sweep-median-payback',
      caption: `How the median payback time moves ${over}.`,
      spec: build(result, 'median'),
    },
  ].map((chart) => forScenario(chart, result.scenario.name));
}

/** One row per grid point, with what the charts and their tooltips show. */
/**
 * The median payback's 95 % interval as the chart's band: its ends (summary.json's intervals.p50),
 * an end past the horizon (null) at the top of the axis, the chart's last day; none for a point of
 * one outcome or without an interval (too few paths), or a median past the horizon (no point).
 */
function medianBand(p: SweepPointResult, days: number): { medianLow: number; medianHigh: number } | null {
  const i = p.medianPaybackDaysInterval;
  if (i === undefined || p.oneOutcome || p.medianPaybackDays === null) return null;
  return { medianLow: round(i.low ?? days) as number, medianHigh: round(i.high ?? days) as number };
}

/** A median's text for a tooltip: with its 95 % interval (a point of one outcome: alone). */
const medianText = (
  p: SweepPointResult,
  median: string,
  interval: SweepPointResult['medianNpvUsdInterval'],
  format: (v: number) => string,
) => medianCell(median, interval, format, p);

function rows(result: SweepResult) {
  const days = (v: number) => `${formatInteger(v)} d`;
  return result.points.map((p: SweepPointResult) => ({
    x: p.values[0],
    y: p.values[1] ?? null,
    ...axisTexts(p.values),
    p1: round(p.paybackWithin1y.p),
    p: round(p.paybackWithin2y.p),
    se: round(p.paybackWithin2y.se),
    // Wilson's interval (the claims'): p ± 1.96 se is a band of zero width at a share of 0 or 1.
    // Under antithetic pairs a share of 0 or 1 is over the pairs. A point of one outcome (one path,
    // or paths all the same) has its share alone, exact, as the tooltip and the tables give it: no band.
    low: round(shareBand(p.paybackWithin2y, result.paths, p)[0]),
    high: round(shareBand(p.paybackWithin2y, result.paths, p)[1]),
    never: round(p.noPayback.p),
    // The tooltips' texts: a share short of all never reads 1.000, nor one short of 0.5 0.500 (format.ts).
    // Each share ± its Monte Carlo error, each median with its 95 % interval (point-figures.ts).
    p1Text: shareCell(p.paybackWithin1y, result.paths, p),
    pText: shareCell(p.paybackWithin2y, result.paths, p, [BOUNDARY.threshold]),
    neverText: shareCell(p.noPayback, result.paths, p),
    median: round(p.medianPaybackDays),
    // Day 0 as the sweep's table names it: nothing at stake (0 d).
    medianText: medianText(p, medianPaybackText(p.medianPaybackDays), p.medianPaybackDaysInterval, days),
    ...medianBand(p, result.scenario.days),
    npv: round(p.medianNpvUsd),
    npvText: medianText(p, formatUsd(p.medianNpvUsd), p.medianNpvUsdInterval, formatUsd),
  }));
}

/** A quantitative field, for tooltips and encodings. */
function q(field: string, title?: string, format?: string) {
  return { field, type: 'quantitative' as const, ...(title ? { title } : {}), ...(format ? { format } : {}) };
}

function tooltip(result: SweepResult) {
  return [
    ...axisTooltip(result),
    { field: 'p1Text', title: 'P(payback ≤ 1 year) ± its standard error' },
    { field: 'pText', title: `${P_TITLE} ± its standard error` },
    { field: 'neverText', title: 'P(no payback in horizon) ± its standard error' },
    { field: 'medianText', title: 'Median payback (95 % interval)' },
    { field: 'npvText', title: 'Median NPV (95 % interval)' },
  ];
}

/**
 * A heatmap cell's text for a screen reader: its tooltip's lines. Drawn from its edges, the cell was
 * otherwise described by them (the cell of 0 USD/kWh as `power.price (USD/kWh): -5; … x1: 5`).
 */
function cellDescription(result: SweepResult, row: Record<string, unknown>): string {
  return tooltip(result)
    .map((t) => `${t.title}: ${row[t.field]}`)
    .join('; ');
}

const DESCRIPTION = { field: 'description' };

/**
 * Cell edges halfway between neighbouring values, and half a step beyond the ends; on a log axis
 * (sweep-frame.ts logAcross()) halfway in the values' logarithms, so the cells are as wide there.
 */
function cellEdges(values: readonly number[]): number[] {
  if (logAcross(values)) return cellEdges(values.map(Math.log)).map(Math.exp);
  if (values.length === 1) {
    const half = Math.abs(values[0]) / 10 || 0.5;
    return [values[0] - half, values[0] + half];
  }
  const n = values.length;
  const mids = values.slice(1).map((v, i) => (v + values[i]) / 2);
  return [
    values[0] - (values[1] - values[0]) / 2,
    ...mids,
    values[n - 1] + (values[n - 1] - values[n - 2]) / 2,
  ];
}

function cellAxis(axis: SweepAxis, edges: number[], xy: 'X' | 'Y') {
  const log = logAcross(axis.values);
  const title = acrossTitle(axis, log);
  return {
    type: 'quantitative' as const,
    title,
    scale: {
      ...(log ? { type: 'log' as const } : {}),
      domain: [round(edges[0]), round(edges[edges.length - 1])],
      nice: false,
      ...(log ? {} : { zero: false }),
    },
    axis: {
      values: axis.values,
      grid: false,
      labelFlush: false,
      // Written as given, as the line's axis writes them (sweep-frame.ts xAcross).
      format: ',.12~r',
      description: axisValuesDescription(xy, title, axis.values),
    },
  };
}

function heatmapSpec(result: SweepResult, measure: 'p' | 'median'): TopLevelSpec {
  const [xAxis, yAxis] = result.axes;
  const xEdges = cellEdges(xAxis.values);
  const yEdges = cellEdges(yAxis.values);
  const days = result.scenario.days;
  const cells = rows(result).map((r, k) => {
    const i = xAxis.values.indexOf(r.x);
    const j = yAxis.values.indexOf(r.y ?? Number.NaN);
    const shade = measure === 'p' ? (r.p ?? 0) : r.median === null ? 0 : 1 - r.median / days;
    const label =
      measure === 'p'
        ? // On the side of the boundary (and of 0 and 1) the cell is on: 0.4996 is not 0.50. A share
          // of paths is whole millionths at most; read to 9 decimals, it carries no rounding dust.
          beside(Number(result.points[k].paybackWithin2y.p.toFixed(9)), [0, BOUNDARY.threshold, 1], 2, 9)
        : r.median === null
          ? 'none'
          : `${formatInteger(r.median)} d`;
    return {
      ...r,
      description: cellDescription(result, r),
      x0: round(xEdges[i]),
      x1: round(xEdges[i + 1]),
      y0: round(yEdges[j]),
      y1: round(yEdges[j + 1]),
      label,
      dark: shade > DARK,
    };
  });
  const edges = boundaryEdges(cells, xEdges, yEdges);
  // The median's scale is reversed so that darker means better on both heatmaps: sooner payback.
  const colour =
    measure === 'p'
      ? { ...q('p', P_TITLE), scale: { domain: [0, 1], scheme: 'blues' }, legend: PERCENT_AXIS }
      : {
          ...q('median', 'Median payback (days)'),
          scale: { domain: [0, days], scheme: 'blues', reverse: true },
          legend: { format: ',.0f' },
        };
  const position = {
    x: { field: 'x0', ...cellAxis(xAxis, xEdges, 'X') },
    x2: { field: 'x1' },
    y: { field: 'y0', ...cellAxis(yAxis, yEdges, 'Y') },
    y2: { field: 'y1' },
  };
  const centre = { x: q('x'), y: q('y') };
  const note = boundaryNote(result, edges.length > 0, 'edges');
  return {
    ...(measure === 'p'
      ? frame(`${P_TITLE} across the grid`, result, ...note)
      : frame(
          'Median payback time across the grid',
          result,
          ...note,
          // Said where a cell reads it.
          ...(cells.some((c) => c.median === null)
            ? ['None: more than half the paths do not pay back within the horizon.']
            : []),
        )),
    width: WIDTH,
    height: HEIGHT,
    datasets: { cells, ...(edges.length > 0 ? { boundary: edges } : {}) },
    // A gradient legend reads best upright beside the grid.
    config: { ...CONFIG, legend: { ...CONFIG.legend, orient: 'right', direction: 'vertical' } },
    layer: [
      {
        data: { name: 'cells' },
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: { ...position, color: colour, tooltip: tooltip(result), description: DESCRIPTION },
      },
      {
        // Cells without a value (no median) are grey, not dropped, so the grid stays whole.
        data: { name: 'cells' },
        transform: [{ filter: `datum.${measure} === null` }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1, color: PALETTE.shutdown },
        encoding: { ...position, tooltip: tooltip(result), description: DESCRIPTION },
      },
      ...(edges.length > 0
        ? [
            {
              data: { name: 'boundary' },
              mark: {
                type: 'rule' as const,
                color: PALETTE.actual,
                strokeWidth: 3,
                strokeCap: 'square' as const,
              },
              encoding: { x: q('x0'), x2: { field: 'x1' }, y: q('y0'), y2: { field: 'y1' } },
            },
          ]
        : []),
      {
        data: { name: 'cells' },
        mark: { type: 'text', fontSize: 12 },
        encoding: {
          ...centre,
          text: { field: 'label' },
          color: { condition: { test: 'datum.dark', value: 'white' }, value: PALETTE.text },
        },
      },
    ],
  };
}

function lineSpec(result: SweepResult, measure: 'p' | 'median'): TopLevelSpec {
  const [axis] = result.axes;
  const data = rows(result);
  // A step between two points of one outcome each is labelled with the values it lies between.
  const crossings = result.boundary.map((c) => ({
    x: c.values[0],
    label:
      c.step === undefined
        ? formatAxisQuantity(axis, Number(c.values[0].toPrecision(3)))
        : `${formatAxisQuantity(axis, c.step.from)} to ${formatAxisQuantity(axis, c.step.to)}`,
  }));
  const note = boundaryNote(result, crossings.length > 0, 'rules');
  const x = xAcross(axis);
  const measureLayers =
    measure === 'p'
      ? [
          {
            data: { name: 'points' },
            mark: { type: 'area' as const, color: PALETTE.band80, opacity: 0.8 },
            encoding: { x, y: q('low'), y2: { field: 'high' } },
          },
          horizontalRule(BOUNDARY.threshold, [4, 3]),
        ]
      : [
          // The median's 95 % interval (its Monte Carlo error), where the points have one.
          ...(data.some((r) => 'medianLow' in r)
            ? [
                {
                  data: { name: 'points' },
                  mark: { type: 'area' as const, color: PALETTE.band80, opacity: 0.8 },
                  encoding: { x, y: q('medianLow'), y2: { field: 'medianHigh' } },
                },
              ]
            : []),
          horizontalRule(TWO_YEARS_DAYS, [4, 3]),
        ];
  const yField = measure === 'p' ? 'p' : 'median';
  return {
    ...(measure === 'p'
      ? frame(
          `${P_TITLE} against ${axis.key}`,
          result,
          ...note,
          `${sweepMessages.bandCaption(bandNote(result.points))}; dashed: 0.5.`,
        )
      : frame(
          `Median payback time against ${axis.key}`,
          result,
          ...note,
          `${data.some((r) => 'medianLow' in r) ? 'Band: the median’s 95 % Monte Carlo interval; d' : 'D'}ashed: 2 years. No point where more than half the paths never pay back within the horizon.`,
        )),
    width: WIDTH,
    height: HEIGHT,
    datasets: { points: data, ...(crossings.length > 0 ? { crossings } : {}) },
    encoding: {
      y: {
        type: 'quantitative',
        title: measure === 'p' ? P_AXIS : MEDIAN_AXIS,
        scale: { domain: measure === 'p' ? [0, 1] : [0, result.scenario.days] },
        ...(measure === 'p' ? { axis: PERCENT_AXIS } : {}),
      },
    },
    layer: [
      ...measureLayers,
      {
        data: { name: 'points' },
        mark: { type: 'line', color: PALETTE.median, strokeWidth: 2.5, point: { filled: true, size: 50 } },
        encoding: { x, y: q(yField), tooltip: tooltip(result) },
      },
      // No crossing, no layer: a layer over no rows gives the x scale an infinite extent.
      ...(crossings.length > 0
        ? [
            {
              data: { name: 'crossings' },
              mark: { type: 'rule' as const, color: PALETTE.actual, strokeWidth: 2 },
              encoding: { x: q('x') },
            },
            {
              data: { name: 'crossings' },
              mark: {
                type: 'text' as const,
                align: 'left' as const,
                dx: 4,
                y: 0,
                dy: 8,
                color: PALETTE.actualText,
                fontWeight: 'bold' as const,
              },
              encoding: { x: q('x'), text: { field: 'label' } },
            },
          ]
        : []),
    ],
  };
}
