// What every chart of a sweep shares: its title and subtitle (how the sweep was run, then how to
// read the chart), the swept axis's title with its unit, and the first axis across at its values.

import { grouped } from '../../messages/shown.js';
import { sweepCutNote, sweepFleetNote } from '../../study/sweep-notes.js';
import type { SweepResult } from '../../study/sweep-result.js';
import { axisUnit, type SweepAxis } from '../../study/vary.js';
import { formatInteger, formatPaths } from '../format.js';
import { figureExpr } from './figure-labels.js';
import { chartFrame } from './theme.js';

/** `power.price (USD/kWh)`; an axis whose field names no unit says where its values come from. */
export function axisTitle(axis: SweepAxis): string {
  return `${axis.key} (${axisUnit(axis) ?? 'the field’s bare-number unit'})`;
}

/**
 * A point's values on the swept axes as its tooltip names them, written as the tick labels write
 * them (1,000,000,000, 8e29): a number field's tooltip is vega's writing (1000000000, 8e+29).
 */
export function axisTexts(values: readonly number[]): { xText: string; yText: string | null } {
  return { xText: grouped(values[0]), yText: values[1] === undefined ? null : grouped(values[1]) };
}

/**
 * An axis's words for a screen reader where it is drawn at the sweep's values: those values (vega
 * gives its domain's ends, a heatmap's outer cell edges: a tariff of -5 USD/kWh for a grid from 0).
 */
export function axisValuesDescription(xy: 'X' | 'Y', title: string, values: readonly number[]): string {
  const shown = values.map(grouped);
  const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `${xy}-axis titled '${title}' at the sweep’s values ${list}`;
}

/** The tooltip's lines naming a point's values on the swept axes (axisTexts()), each titled with its unit. */
export function axisTooltip(result: SweepResult) {
  return result.axes.map((axis, i) => ({ field: i === 0 ? 'xText' : 'yText', title: axisTitle(axis) }));
}

/**
 * True when the axis's values are all positive and spread over so many orders of magnitude that a
 * linear axis crowds them (its closest two less than 2 % of its span apart: 1, 1,000 and
 * 1,000,000 within a pixel of each other; or, over a hundredfold or more, under a tenth: 1e10 and
 * 1e11 of 1e12 were 65 px apart, their labels overlapping and one hidden) and a log axis spaces
 * them wider.
 */
export function logAcross(values: readonly number[]): boolean {
  if (values.length < 2 || values.some((v) => !(v > 0))) return false;
  const sorted = [...values].sort((a, b) => a - b);
  const span = sorted[sorted.length - 1] - sorted[0];
  const logSpan = Math.log(sorted[sorted.length - 1]) - Math.log(sorted[0]);
  let linear = Number.POSITIVE_INFINITY;
  let log = Number.POSITIVE_INFINITY;
  for (let i = 1; i < sorted.length; i++) {
    linear = Math.min(linear, (sorted[i] - sorted[i - 1]) / span);
    log = Math.min(log, (Math.log(sorted[i]) - Math.log(sorted[i - 1])) / logSpan);
  }
  const ratio = sorted[sorted.length - 1] / sorted[0];
  return (linear < 0.02 || (linear < 0.1 && ratio >= 100)) && log > linear;
}

/** The axis's title on a chart: `fleet[0].unitPrice (USD, log scale)` on a log axis. */
export function acrossTitle(axis: SweepAxis, log: boolean): string {
  const title = axisTitle(axis);
  return log ? `${title.slice(0, -1)}, log scale)` : title;
}

/** The title, and a subtitle line per note: how the sweep was run, then how to read the chart. */
export function frame(title: string, result: SweepResult, ...notes: string[]) {
  const lines = [
    `${formatPaths(result.paths)} at ${result.points.length === 1 ? 'the one point' : `each of ${formatInteger(result.points.length)} points`}, seed ${result.seed}: ` +
      'every point draws the same random numbers, so differences are the parameters’ doing.',
    ...notes,
  ];
  // A replay cut at the end of the history says so, as the table under the sweep does.
  const cut = sweepCutNote(result);
  if (cut !== null) lines.push(cut.replace(/^note: (.)/, (_, c: string) => c.toUpperCase()));
  // So does a network held at the fleet on some point's paths.
  const atFleet = sweepFleetNote(result);
  if (atFleet !== null) lines.push(atFleet.replace(/^note: (.)/, (_, c: string) => c.toUpperCase()));
  return chartFrame(title, lines);
}

/** Whether `value` reads in exponent form (figureExpr): from 1e15, or under a billionth and not 0. */
const exponentFigure = (value: number) => Math.abs(value) >= 1e15 || (value !== 0 && Math.abs(value) < 1e-9);

/**
 * The swept axis across, at its values (the books' charts draw it the same). Padding keeps the end
 * points and their band clear of the axes; the domain is the axis's values, not the data's: a
 * measure missing at every point (no median) leaves no data.
 */
export function xAcross(axis: SweepAxis) {
  // Values over orders of magnitude are spaced on a log axis, and written out in full there.
  const log = logAcross(axis.values);
  return {
    field: 'x',
    type: 'quantitative' as const,
    title: acrossTitle(axis, log),
    scale: {
      ...(log ? { type: 'log' as const } : {}),
      domain: [Math.min(...axis.values), Math.max(...axis.values)],
      // A log scale has no zero to leave out (vega-lite warns of one given).
      ...(log ? {} : { zero: false }),
      nice: false,
      padding: 12,
    },
    // The values are written as given, to 12 significant digits: vega would take a format from
    // the step of ticks it did not draw (1, 5 and 10 as "1.0", "5.0", "10.0"; one value, a domain
    // of no width, to 6 decimals, "0.100000").
    // From 1e15 or under a billionth a value reads in the exponent form the tables write (8e29,
    // not vega's 8e+29); an axis with none such keeps vega's labels, and its spec as it was.
    axis: {
      values: axis.values,
      format: ',.12~r',
      ...(axis.values.some(exponentFigure)
        ? { labelExpr: figureExpr('datum.value', 'datum.label', 15, 15) }
        : {}),
    },
  };
}
