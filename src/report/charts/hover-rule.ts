// The hover rule of a chart over dates: one invisible rule a date that lights up under the pointer
// and carries a tooltip with every series of that date.

import type { StringFieldDef } from 'vega-lite/types_unstable/channeldef.js';
import type { ShownTooltip } from './figure-labels.js';
import { PALETTE } from './theme.js';

/** One line of a tooltip. */
export type TooltipField = StringFieldDef<string>;

/** The field a computed tooltip line shows its text in. */
const shownField = (field: string) => `${field}Shown`;

/**
 * A tooltip line as the nearest-date layer can read it. vega-lite shows the tooltip of the date's
 * cell (a voronoi layer) by reading each field from the cell's datum, which holds the rule's: but a
 * text field without a format it reads from the cell itself, where it is missing, so every figure
 * of the tooltip read "undefined". An empty format sends the field through the reading that finds it.
 */
function readFromCell(t: TooltipField): TooltipField {
  return t.format !== undefined ||
    t.timeUnit !== undefined ||
    t.type === 'quantitative' ||
    t.type === 'temporal'
    ? t
    : { ...t, format: '' };
}

/**
 * An invisible rule per date that lights up under the pointer and carries a tooltip with every
 * series of that date: a tooltip on an area mark would show only one arbitrary point of it.
 */
export function hoverRule(dataName: string, tooltip: (TooltipField | ShownTooltip)[]) {
  const shown = tooltip.flatMap((t) => ('shown' in t ? [t] : []));
  return {
    data: { name: dataName },
    ...(shown.length > 0
      ? { transform: shown.map((t) => ({ calculate: t.expr, as: shownField(t.shown) })) }
      : {}),
    mark: { type: 'rule' as const, color: PALETTE.rule, strokeWidth: 1 },
    params: [
      {
        name: 'hover',
        select: {
          type: 'point' as const,
          fields: ['date'],
          nearest: true,
          on: 'pointerover',
          clear: 'pointerout',
        },
      },
    ],
    encoding: {
      x: { field: 'date', type: 'temporal' as const },
      opacity: { condition: { param: 'hover', empty: false, value: 0.5 }, value: 0 },
      tooltip: tooltip.map((t) =>
        readFromCell('shown' in t ? { field: shownField(t.shown), title: t.title } : t),
      ),
    },
  };
}
