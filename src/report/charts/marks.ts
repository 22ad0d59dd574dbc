// Layers that several charts share: quantile bands over dates, a horizontal reference line, the
// 1- and 2-year marks, and dated events. Each returns one vega-lite layer (or a few) built from
// plain data, so every chart draws these the same way.

import { addDays } from '../../data/dates.js';
import { DAYS_PER_RATE_YEAR } from '../../scenario/units.js';
import type { RunSummary } from '../../stats/summary.js';
import { LEGEND, type LegendScale, PALETTE } from './theme.js';
import { DATE_TOOLTIP } from './time-axes.js';

/** An area between two fields of the rows in `dataName`, joining the legend as `label`. */
export function bandLayer(dataName: string, low: string, high: string, label: string, scale: LegendScale) {
  return {
    data: { name: dataName },
    mark: { type: 'area' as const, opacity: 1 },
    encoding: {
      x: { field: 'date', type: 'temporal' as const },
      y: { field: low, type: 'quantitative' as const },
      y2: { field: high },
      color: { datum: label, scale, legend: LEGEND },
    },
  };
}

/** A line through `field` of the rows in `dataName`, joining the legend as `label`. */
export function lineLayer(dataName: string, field: string, label: string, scale: LegendScale, width = 2) {
  return {
    data: { name: dataName },
    mark: { type: 'line' as const, strokeWidth: width },
    encoding: {
      x: { field: 'date', type: 'temporal' as const },
      y: { field, type: 'quantitative' as const },
      color: { datum: label, scale, legend: LEGEND },
    },
  };
}

/** A horizontal line at y = value across the plot. One datum, so it is drawn once, not per row. */
export function horizontalRule(value: number, dash: number[] = []) {
  return {
    data: { values: [{ y: value }] },
    mark: { type: 'rule' as const, color: PALETTE.rule, strokeWidth: 1, strokeDash: dash },
    encoding: { y: { field: 'y', type: 'quantitative' as const } },
  };
}

/** Vertical rules with their labels at the foot of the plot, for the dates 1 and 2 years in. */
export function yearMarks(summary: RunSummary) {
  const marks = [1, 2]
    .filter((n) => n * DAYS_PER_RATE_YEAR <= summary.scenario.days)
    .map((n) => ({
      date: addDays(summary.scenario.start, n * DAYS_PER_RATE_YEAR),
      label: n === 1 ? '1 year' : '2 years',
    }));
  // No layer over no rows: vega warns of an infinite extent for the date scale.
  if (marks.length === 0) return [];
  const data = { values: marks };
  return [
    {
      data,
      mark: { type: 'rule' as const, color: PALETTE.rule, strokeDash: [4, 3] },
      encoding: { x: { field: 'date', type: 'temporal' as const } },
    },
    {
      data,
      mark: { type: 'text' as const, align: 'left' as const, dx: 3, dy: -4, y: 'height' as const },
      encoding: { x: { field: 'date', type: 'temporal' as const }, text: { field: 'label' } },
    },
  ];
}

/** Halvings, forks and retirements inside the run: a dashed rule each, labelled along the rule. */
export function eventMarks(summary: RunSummary) {
  const { start, end } = summary.scenario;
  const events = summary.events.filter((e) => e.date >= start && e.date <= end);
  if (events.length === 0) return [];
  const data = { values: events };
  const tooltip = [DATE_TOOLTIP, { field: 'label', title: 'Event' }, { field: 'kind', title: 'Kind' }];
  return [
    {
      data,
      mark: { type: 'rule' as const, color: PALETTE.event, strokeDash: [2, 2], strokeWidth: 1.5 },
      encoding: { x: { field: 'date', type: 'temporal' as const }, tooltip },
    },
    {
      // Rotated to run down the rule from the top, so close events do not overprint each other.
      data,
      mark: {
        type: 'text' as const,
        angle: 270,
        align: 'right' as const,
        baseline: 'bottom' as const,
        dx: -4,
        dy: -2,
        y: 0,
        color: PALETTE.event,
        fontSize: 10,
      },
      encoding: { x: { field: 'date', type: 'temporal' as const }, text: { field: 'label' }, tooltip },
    },
  ];
}

/**
 * The layers of a chart over dates, drawn so that a timeline of one date (a 1-day horizon) shows
 * its values: a line through one point and an area over one date draw nothing, which left an
 * empty plot under the legend. With one date, a line is drawn with its point and an area as a bar
 * from its low to its high; with more, the layers are as given.
 */
export function overDates<L>(layers: L[], dates: readonly string[]): L[] {
  if (dates.length !== 1) return layers;
  return layers.map((layer) => {
    const mark = (layer as { mark?: unknown }).mark;
    if (mark === null || typeof mark !== 'object') return layer;
    const { type } = mark as { type?: string };
    if (type === 'line') return { ...layer, mark: { ...mark, point: { filled: true, size: 80 } } } as L;
    if (type === 'area') return { ...layer, mark: { ...mark, type: 'rule', strokeWidth: 16 } } as L;
    return layer;
  });
}
