// What every chart of a sweep shares: its title and subtitle (how the sweep was run, then how to
// read the chart), the swept axis's title with its unit, and the first axis across at its values.
import { type SweepResult, sweepCutNote } from '../../study/sweep.js';
import { axisUnit, type SweepAxis } from '../../study/vary.js';
import { formatInteger, formatPaths } from '../format.js';
import { chartFrame } from './theme.js';

/** `power.price (USD/kWh)`; an axis whose field names no unit says where its values come from. */
export function axisTitle(axis: SweepAxis): string {
  return `${axis.key} (${axisUnit(axis) ?? 'the field’s bare-number unit'})`;
}

/** The title, and a subtitle line per note: how the sweep was run, then how to read the chart. */
export function frame(title: string, result: SweepResult, ...notes: string[]) {
  const lines = [
    `${formatPaths(result.paths)} at ${result.points.length === 1 ? 'the one point' : `each of ${formatInteger(result.points.length)} points`}, seed ${result.seed}: ` +
      'every point sees the same market paths, so differences are the parameters’ doing.',
    ...notes,
  ];
  // A replay cut at the end of the history says so, as the table under the sweep does.
  const cut = sweepCutNote(result);
  if (cut !== null) lines.push(cut.replace(/^note: (.)/, (_, c: string) => c.toUpperCase()));
  return chartFrame(title, lines);
}

/**
 * The swept axis across, at its values (the books' charts draw it the same). Padding keeps the end
 * points and their band clear of the axes; the domain is the axis's values, not the data's: a
 * measure missing at every point (no median) leaves no data.
 */
export function xAcross(axis: SweepAxis) {
  return {
    field: 'x',
    type: 'quantitative' as const,
    title: axisTitle(axis),
    scale: {
      domain: [Math.min(...axis.values), Math.max(...axis.values)],
      zero: false,
      nice: false,
      padding: 12,
    },
    // One value makes a domain of no width, whose ticks vega writes to 6 decimals ("0.100000"):
    // that value is then written as given, to 12 significant digits.
    axis: { values: axis.values, ...(axis.values.length === 1 ? { format: ',.12~r' } : {}) },
  };
}
