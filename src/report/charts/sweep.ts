// Charts of a parameter sweep. Two axes: heatmaps of P(payback <= 2 years) and of the median
// payback time over the grid, the first axis across and the second up, each value printed in its
// cell, with the claim boundary (where P(payback <= 2 years) crosses 0.5; see BOUNDARY in
// study/sweep.ts) drawn as an orange line through its interpolated crossing in each row. One axis:
// the same two measures as lines against the axis, the boundary as a vertical rule. With three or
// more axes there is no chart; the tables carry the sweep.

import type { TopLevelSpec } from 'vega-lite';
import { BOUNDARY, type SweepPointResult, type SweepResult } from '../../study/sweep.js';
import { axisUnit, formatAxisQuantity, type SweepAxis } from '../../study/vary.js';
import { formatInteger } from '../format.js';
import type { ChartEntry } from './index.js';
import { horizontalRule } from './marks.js';
import { CONFIG, chartFrame, HEIGHT, PALETTE, round, WIDTH } from './theme.js';

/** 2 years as summaries count them: a year is 365.25 days. */
const TWO_YEARS_DAYS = 730.5;
const P_TITLE = 'P(payback ≤ 2 years)';
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
  ];
}

/** `power.price (USD/kWh)`; an axis whose field names no unit says where its values come from. */
export function axisTitle(axis: SweepAxis): string {
  return `${axis.key} (${axisUnit(axis) ?? 'the field’s bare-number unit'})`;
}

/** The title, and a subtitle line per note: how the sweep was run, then how to read the chart. */
function frame(title: string, result: SweepResult, ...notes: string[]) {
  const lines = [
    `${result.paths.toLocaleString('en-US')} paths at each of ${result.points.length} points, seed ${result.seed}: ` +
      'every point sees the same market paths, so differences are the parameters’ doing.',
    ...notes,
  ];
  return { ...chartFrame(title, ''), title: { text: title, subtitle: lines } };
}

const BOUNDARY_NOTE = `Orange: ${P_TITLE} = ${BOUNDARY.threshold}, where the claim “payback > 2 years” turns less likely than not.`;

/** One row per grid point, with what the charts and their tooltips show. */
function rows(result: SweepResult) {
  return result.points.map((p: SweepPointResult) => ({
    x: p.values[0],
    y: p.values[1] ?? null,
    p1: round(p.paybackWithin1y.p),
    p: round(p.paybackWithin2y.p),
    se: round(p.paybackWithin2y.se),
    low: round(Math.max(0, p.paybackWithin2y.p - 1.96 * p.paybackWithin2y.se)),
    high: round(Math.min(1, p.paybackWithin2y.p + 1.96 * p.paybackWithin2y.se)),
    never: round(p.noPayback.p),
    median: round(p.medianPaybackDays),
    npv: round(p.medianNpvUsd),
  }));
}

/** A quantitative field, for tooltips and encodings. */
function q(field: string, title?: string, format?: string) {
  return { field, type: 'quantitative' as const, ...(title ? { title } : {}), ...(format ? { format } : {}) };
}

function tooltip(result: SweepResult) {
  return [
    ...result.axes.map((axis, i) => q(i === 0 ? 'x' : 'y', axisTitle(axis))),
    q('p1', 'P(payback ≤ 1 year)', '.3f'),
    q('p', P_TITLE, '.3f'),
    q('se', 'its standard error', '.3f'),
    q('never', 'P(no payback in horizon)', '.3f'),
    q('median', 'Median payback (days)', ',.0f'),
    q('npv', 'Median NPV (USD)', '$,.0f'),
  ];
}

/** Cell edges halfway between neighbouring values, and half a step beyond the ends. */
function cellEdges(values: readonly number[]): number[] {
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

function cellAxis(axis: SweepAxis, edges: number[]) {
  return {
    type: 'quantitative' as const,
    title: axisTitle(axis),
    scale: { domain: [round(edges[0]), round(edges[edges.length - 1])], nice: false, zero: false },
    axis: { values: axis.values, grid: false, labelFlush: false },
  };
}

function heatmapSpec(result: SweepResult, measure: 'p' | 'median'): TopLevelSpec {
  const [xAxis, yAxis] = result.axes;
  const xEdges = cellEdges(xAxis.values);
  const yEdges = cellEdges(yAxis.values);
  const days = result.scenario.days;
  const cells = rows(result).map((r) => {
    const i = xAxis.values.indexOf(r.x);
    const j = yAxis.values.indexOf(r.y ?? Number.NaN);
    const shade = measure === 'p' ? (r.p ?? 0) : r.median === null ? 0 : 1 - r.median / days;
    const label =
      measure === 'p' ? (r.p ?? 0).toFixed(2) : r.median === null ? 'none' : `${formatInteger(r.median)} d`;
    return {
      ...r,
      x0: round(xEdges[i]),
      x1: round(xEdges[i + 1]),
      y0: round(yEdges[j]),
      y1: round(yEdges[j + 1]),
      label,
      dark: shade > DARK,
    };
  });
  // About 7 px a character at 12 px, plus a margin.
  const patchWidth = 7 * Math.max(...cells.map((c) => c.label.length)) + 8;
  const boundary = result.boundary.map((c) => ({ x: c.values[0], y: c.values[1], ordinal: c.ordinal }));
  // The median's scale is reversed so that darker means better on both heatmaps: sooner payback.
  const colour =
    measure === 'p'
      ? { ...q('p', P_TITLE), scale: { domain: [0, 1], scheme: 'blues' }, legend: { format: '.0%' } }
      : {
          ...q('median', 'Median payback (days)'),
          scale: { domain: [0, days], scheme: 'blues', reverse: true },
          legend: { format: ',.0f' },
        };
  const position = {
    x: { field: 'x0', ...cellAxis(xAxis, xEdges) },
    x2: { field: 'x1' },
    y: { field: 'y0', ...cellAxis(yAxis, yEdges) },
    y2: { field: 'y1' },
  };
  const centre = { x: q('x'), y: q('y') };
  return {
    ...(measure === 'p'
      ? frame(`${P_TITLE} across the grid`, result, BOUNDARY_NOTE)
      : frame(
          'Median payback time across the grid',
          result,
          BOUNDARY_NOTE,
          'None: more than half the paths never pay back within the horizon.',
        )),
    width: WIDTH,
    height: HEIGHT,
    datasets: { cells, boundary },
    // A gradient legend reads best upright beside the grid.
    config: { ...CONFIG, legend: { ...CONFIG.legend, orient: 'right', direction: 'vertical' } },
    layer: [
      {
        data: { name: 'cells' },
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: { ...position, color: colour, tooltip: tooltip(result) },
      },
      {
        // Cells without a value (no median) are grey, not dropped, so the grid stays whole.
        data: { name: 'cells' },
        transform: [{ filter: `datum.${measure} === null` }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1, color: PALETTE.shutdown },
        encoding: { ...position, tooltip: tooltip(result) },
      },
      {
        data: { name: 'boundary' },
        mark: { type: 'line', color: PALETTE.actual, strokeWidth: 3 },
        encoding: { ...centre, detail: { field: 'ordinal' }, order: q('y') },
      },
      {
        data: { name: 'boundary' },
        // Small marks at the interpolated crossings; line and marks lie under the cell labels.
        mark: { type: 'point', filled: true, size: 30, color: PALETTE.actual, opacity: 1 },
        encoding: centre,
      },
      {
        // A patch of the cell's own colour behind each label: the boundary passes under the labels,
        // so the cells nearest it, whose values matter most, stay readable. (A grey cell has none:
        // the boundary, at a median of 2 years, never lies in one.)
        data: { name: 'cells' },
        mark: { type: 'rect', width: patchWidth, height: 16 },
        encoding: { ...centre, color: colour },
      },
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
  const crossings = result.boundary.map((c) => ({
    x: c.values[0],
    label: formatAxisQuantity(axis, Number(c.values[0].toPrecision(3))),
  }));
  const x = {
    field: 'x',
    type: 'quantitative' as const,
    title: axisTitle(axis),
    // Padding keeps the end points and their band clear of the axes.
    scale: { zero: false, nice: false, padding: 12 },
    axis: { values: axis.values },
  };
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
      : [horizontalRule(TWO_YEARS_DAYS, [4, 3])];
  const yField = measure === 'p' ? 'p' : 'median';
  return {
    ...(measure === 'p'
      ? frame(
          `${P_TITLE} against ${axis.key}`,
          result,
          BOUNDARY_NOTE,
          'Band: 95 % Monte Carlo interval; dashed: 0.5.',
        )
      : frame(
          `Median payback time against ${axis.key}`,
          result,
          BOUNDARY_NOTE,
          'Dashed: 2 years. No point where more than half the paths never pay back within the horizon.',
        )),
    width: WIDTH,
    height: HEIGHT,
    datasets: { points: data, crossings },
    encoding: {
      y: {
        type: 'quantitative',
        title: measure === 'p' ? P_AXIS : MEDIAN_AXIS,
        scale: { domain: measure === 'p' ? [0, 1] : [0, result.scenario.days] },
        ...(measure === 'p' ? { axis: { format: '.0%' } } : {}),
      },
    },
    layer: [
      ...measureLayers,
      {
        data: { name: 'points' },
        mark: { type: 'line', color: PALETTE.median, strokeWidth: 2.5, point: { filled: true, size: 50 } },
        encoding: { x, y: q(yField), tooltip: tooltip(result) },
      },
      {
        data: { name: 'crossings' },
        mark: { type: 'rule', color: PALETTE.actual, strokeWidth: 2 },
        encoding: { x: q('x') },
      },
      {
        data: { name: 'crossings' },
        mark: { type: 'text', align: 'left', dx: 4, y: 0, dy: 8, color: PALETTE.actual, fontWeight: 'bold' },
        encoding: { x: q('x'), text: { field: 'label' } },
      },
    ],
  };
}
