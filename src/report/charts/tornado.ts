// Tornado charts of a sensitivity study, one per measure: a row per input, widest effect on top,
// with a bar from the base result to the result at the input's low value (light blue) and one to
// the result at its high value (dark blue), each labelled with the input value at its end, and
// the base result as a grey rule. A median payback that does not exist (more than half the paths
// never pay back) is drawn at the horizon, the least it could be, and labelled so. With `finance`,
// charts/tornado-books.ts draws the equity's median NPV the same way.

import type { TopLevelSpec } from 'vega-lite';
import { chartMessages } from '../../messages/charts.js';
import { sensitivityMessages } from '../../messages/sensitivity.js';
import {
  formatBy,
  type SensitivityInput,
  type SensitivityResult,
  sensitivityCutNote,
  sensitivityFleetNote,
} from '../../study/sensitivity.js';
import {
  MEASURES,
  type Measure,
  measureValue,
  plottedValue,
  rowsByEffect,
} from '../../study/sensitivity-measures.js';
import { PER_YEAR_FRACTION } from '../../study/vary.js';
import {
  formatInteger,
  formatPaths,
  formatPercent,
  formatProbability,
  formatQuantity,
  formatSignificant,
  formatUsd,
} from '../format.js';
import { medianPaybackText } from '../point-figures.js';
import { figureAxis } from './figure-labels.js';
import { type ChartEntry, forScenario } from './index.js';
import { dayTicks } from './scale-ticks.js';
import { lineClaims } from './sweep-boundary.js';
import { CONFIG, chartFrame, LEGEND, PALETTE, PERCENT_AXIS, round, WIDTH } from './theme.js';

const FILE_NAMES: Record<Measure['id'], string> = {
  medianPaybackDays: 'tornado-median-payback',
  paybackWithin2y: 'tornado-payback-2y',
  medianNpvUsd: 'tornado-npv',
};
const TITLES: Record<Measure['id'], string> = {
  medianPaybackDays: 'What moves the median payback time',
  paybackWithin2y: 'What moves P(payback ≤ 2 years)',
  medianNpvUsd: 'What moves the median NPV',
};
/**
 * A dashed line where each measure changes meaning, drawn when the bars reach near it: 2 years
 * (the claim), the coin toss on paying back within them, and NPV break-even.
 */
const REFERENCES: Record<Measure['id'], { value: number; note: string }> = {
  medianPaybackDays: { value: 730.5, note: 'Dashed: 2 years.' },
  paybackWithin2y: { value: 0.5, note: 'Dashed: 0.5.' }, // its note names the claim or not: referenceOf()
  medianNpvUsd: { value: 0, note: 'Dashed: NPV 0.' },
};
/**
 * The dashed line and its note: at P(payback <= 2 years) = 0.5 the note names the scenario's claim
 * only when the scenario makes one that flips there (`payback > 2 years`, sweep-boundary.ts
 * lineClaims), else the line is a coin toss on paying back within two years.
 */
function referenceOf(result: SensitivityResult, id: Measure['id']): { value: number; note: string } {
  if (id !== 'paybackWithin2y') return REFERENCES[id];
  const [own] = lineClaims({ points: [result.base] });
  const where =
    own === undefined
      ? 'paying back within two years is a coin toss'
      : `the scenario’s claim “${own.text}” ${own.complement ? 'turns less likely than not' : 'is as likely as not'}`;
  return { value: REFERENCES[id].value, note: `Dashed: 0.5, where ${where}.` };
}
const SIDE_LABELS = { low: 'input at its low value', high: 'input at its high value' } as const;
/** Pixels a row of bars takes. */
const ROW_HEIGHT = 34;

/** One tornado per measure: median payback, P(payback <= 2 years), median NPV. */
export function tornadoCharts(result: SensitivityResult): ChartEntry[] {
  return MEASURES.map((measure) => ({
    name: FILE_NAMES[measure.id],
    caption: `${TITLES[measure.id].replace('What moves', 'Which inputs move')} most, each moved alone from the base.`,
    spec: tornadoSpec(result, measure),
  })).map((chart) => forScenario(chart, result.scenario.name));
}

/**
 * An input value as a label: `0.08 USD/kWh`, `1,600 USD`, `72 %`, `8 % a year`; `exact`: to 12
 * significant digits, where a figure is a bound to write (a note's `36,525 days`, not `36,530 days`).
 */
export function formatInputValue(
  input: Pick<SensitivityInput, 'unit'>,
  value: number,
  exact = false,
): string {
  const percent = (ratio: number) =>
    exact ? `${formatSignificant(ratio * 100, EXACT_DIGITS)} %` : formatPercent(ratio);
  if (input.unit === 'fraction') return percent(value);
  if (input.unit === PER_YEAR_FRACTION) return `${percent(value)} a year`;
  if (input.unit === null || input.unit === 'number')
    return formatSignificant(value, exact ? EXACT_DIGITS : 4);
  return exact
    ? `${formatSignificant(value, EXACT_DIGITS)} ${input.unit}`
    : formatQuantity(value, input.unit);
}

/** Significant digits of a figure a note gives exactly: a bound, or where --by went. */
const EXACT_DIGITS = 12;

/** A note for each input whose range --by moved past its bound, cut to the bound (an uptime at 100 %). */
export function boundNotes(result: SensitivityResult): string[] {
  return result.rows.flatMap(({ input }) =>
    (input.cuts ?? []).map((cut) =>
      cut.refused === undefined
        ? sensitivityMessages.boundNote(
            input.key,
            cut.side,
            formatBy(result.by),
            formatInputValue(input, cut.wanted, true),
            formatInputValue(input, input[cut.side], true),
          )
        : sensitivityMessages.refusedNote(
            input.key,
            cut.side,
            formatBy(result.by),
            formatInputValue(input, cut.wanted, true),
            formatInputValue(input, input[cut.side], true),
            cut.refused,
          ),
    ),
  );
}

/** A measure's value as a label: `455 d`, `0.684`, `17,082 USD`; `none` for a missing median. */
export function formatMeasure(id: Measure['id'], value: number | null): string {
  if (value === null) return 'none';
  if (id === 'medianPaybackDays') return medianPaybackText(value);
  return id === 'paybackWithin2y' ? formatProbability(value) : formatUsd(value);
}

/** `power.price (0.1 USD/kWh)`: the input and its base value, as the row is labelled. */
export function inputLabel(input: SensitivityInput): string {
  const note = input.baseSource === 'scenario' ? '' : `, ${input.baseSource}`;
  return `${input.key} (${formatInputValue(input, input.base)}${note})`;
}

/**
 * Whether every point of the study runs to the same day; where they do not (a study over
 * `horizon`), a missing median's bar ends at its own run's horizon and says which.
 */
function runsOneHorizon(result: SensitivityResult): boolean {
  const points = [result.base, ...result.rows.flatMap((row) => [row.low, row.high])];
  return points.every((p) => p.days === result.base.days);
}

/** Two bars per input, widest effect first; within an input the longer bar first, so it paints under. */
export function tornadoRows(result: SensitivityResult, measure: Measure) {
  const base = plottedValue(result.base, measure.id);
  const oneHorizon = runsOneHorizon(result);
  return rowsByEffect(result, measure.id).flatMap((row, rank) => {
    const bars = (['low', 'high'] as const).map((side) => {
      const point = row[side];
      const value = plottedValue(point, measure.id);
      const missing = measureValue(point, measure.id) === null;
      const none = oneHorizon ? ' (none)' : ` ${chartMessages.noMedianWithin(formatInteger(point.days))}`;
      return {
        input: inputLabel(row.input),
        rank,
        side,
        sideLabel: SIDE_LABELS[side],
        inputValue: formatInputValue(row.input, row.input[side]) + (missing ? none : ''),
        base: round(base),
        result: round(value),
        resultLabel: formatMeasure(measure.id, measureValue(point, measure.id)),
        // Labels sit beyond the bar's far end; a bar of no length puts low left and high right.
        leftward: value < base || (value === base && side === 'low'),
      };
    });
    bars.sort((a, b) => Math.abs((b.result ?? 0) - base) - Math.abs((a.result ?? 0) - base));
    // Both ends on one side of the base: the shorter bar's label would sit on the longer bar, or on
    // its label, so the longer bar carries both values and the shorter none.
    const [long, short] = bars;
    if (long.leftward === short.leftward) {
      const [low, high] = long.side === 'low' ? [long, short] : [short, long];
      return [
        { ...long, label: `low ${low.inputValue}, high ${high.inputValue}` },
        { ...short, label: '' },
      ];
    }
    return bars.map((bar) => ({ ...bar, label: bar.inputValue }));
  });
}

/** The x range: every bar and the base, with room at both ends for the value labels. */
function domain(rows: ReturnType<typeof tornadoRows>, measure: Measure): [number, number] {
  const xs = rows.flatMap((r) => [r.base ?? 0, r.result ?? 0]);
  const [min, max] = [Math.min(...xs), Math.max(...xs)];
  const pad = (max - min || Math.abs(max) || 1) * 0.16;
  const lo = min - pad;
  const hi = max + pad;
  return measure.id === 'paybackWithin2y'
    ? [Math.max(0, lo), Math.min(1, hi)]
    : [round(lo) ?? lo, round(hi) ?? hi];
}

/**
 * The ticks of the axis of median payback days where vega's own would show a day before the start
 * or a fraction of one (medians all on day 0 drew -0.15 to 0.15 days): whole days from 0. The domain
 * keeps its room left of the base for the labels of bars that end there.
 */
function paybackDayTicks(measure: Measure, domain: readonly [number, number], title: string) {
  if (measure.id !== 'medianPaybackDays' || (domain[0] >= 0 && domain[1] - domain[0] >= 10)) return {};
  const values = dayTicks(domain);
  // Its words for a screen reader too, which vega gives as the domain's ends (-0.16 to 0.16 days).
  return {
    values,
    description: `X-axis titled '${title}' for a linear scale labelled at ${values.map(formatInteger).join(', ')} days`,
  };
}

/** A tornado's words: its title, the measure axis's title, and notes after the subtitle's first line. */
export interface TornadoWords {
  title: string;
  axis: string;
  notes: string[];
}

/** The tornado of `measure`, worded as `words` says (by default the measure's own words). */
export function tornadoSpec(
  result: SensitivityResult,
  measure: Measure,
  words: TornadoWords = { title: TITLES[measure.id], axis: measure.title, notes: [] },
): TopLevelSpec {
  const rows = tornadoRows(result, measure);
  const order = [...new Set(rows.map((r) => r.input))];
  const baseValue = measureValue(result.base, measure.id);
  const xDomain = domain(rows, measure);
  const reference = referenceOf(result, measure.id);
  const drawReference = reference.value > xDomain[0] && reference.value < xDomain[1];
  const y = {
    field: 'input',
    type: 'nominal' as const,
    sort: order,
    title: null,
    axis: { labelLimit: 360, labelFontSize: 12, ticks: false, domain: false },
  };
  const x = {
    field: 'result',
    type: 'quantitative' as const,
    title: words.axis,
    scale: { domain: xDomain, zero: false, nice: false },
    axis: {
      ...(measure.id === 'paybackWithin2y' ? PERCENT_AXIS : figureAxis(',.0f')),
      ...paybackDayTicks(measure, xDomain, words.axis),
      grid: true,
      tickCount: 8,
    },
  };
  const tooltip = [
    { field: 'input', type: 'nominal' as const, title: 'input (base value)' },
    { field: 'inputValue', type: 'nominal' as const, title: 'moved to' },
    { field: 'resultLabel', type: 'nominal' as const, title: words.axis },
  ];
  const label = (leftward: boolean) => ({
    data: { name: 'bars' },
    transform: [{ filter: `${leftward ? '' : '!'}datum.leftward` }],
    mark: {
      type: 'text' as const,
      align: leftward ? ('right' as const) : ('left' as const),
      dx: leftward ? -4 : 4,
      fontSize: 11,
      color: PALETTE.text,
    },
    encoding: { y, x, text: { field: 'label' } },
  });
  const anyMissing = rows.some((r) => r.resultLabel === 'none');
  const anySameSide = rows.some((r) => r.label.startsWith('low '));
  // A replay cut at the end of the history says so, as the table under the study does.
  const cut = sensitivityCutNote(result);
  const atFleet = sensitivityFleetNote(result);
  const notes = [
    `Each input moved alone from the base (${formatBy(result.by)} unless a range was given), ${formatPaths(result.paths)}, seed ${result.seed}: the same random numbers at every point.`,
    ...words.notes,
    'A bar runs from the base result (grey rule) to the result with the input at the value labelled. Widest effect on top.',
    ...(anySameSide
      ? ['Where both values move the result the same way, the longer bar is labelled with both.']
      : []),
    ...(drawReference ? [reference.note] : []),
    ...(anyMissing ? [chartMessages.noMedianNote(runsOneHorizon(result))] : []),
    ...(cut === null ? [] : [cut.replace(/^note: (.)/, (_, c: string) => c.toUpperCase())]),
    ...(atFleet === null ? [] : [atFleet.replace(/^note: (.)/, (_, c: string) => c.toUpperCase())]),
    // A key stays as written (`fleet[0].uptime`), not capitalised; a sentence, as the lines above.
    ...boundNotes(result).map((note) => `${note.replace(/^note: /, '')}.`),
  ];
  return {
    ...chartFrame(words.title, notes),
    width: WIDTH,
    height: Math.max(2, order.length) * ROW_HEIGHT,
    config: { ...CONFIG, axisY: { grid: false } },
    datasets: {
      bars: rows,
      base: [
        {
          base: round(plottedValue(result.base, measure.id)),
          label: `base ${formatMeasure(measure.id, baseValue)}`,
        },
      ],
    },
    layer: [
      ...(drawReference
        ? [
            {
              data: { values: [{ x: reference.value }] },
              mark: { type: 'rule' as const, color: PALETTE.reference, strokeWidth: 1.5, strokeDash: [4, 3] },
              encoding: { x: { field: 'x', type: 'quantitative' as const } },
            },
          ]
        : []),
      {
        data: { name: 'bars' },
        mark: { type: 'bar', height: { band: 0.62 } },
        encoding: {
          y,
          x: { ...x, field: 'base' },
          x2: { field: 'result' },
          color: {
            field: 'sideLabel',
            type: 'nominal',
            scale: { domain: [SIDE_LABELS.low, SIDE_LABELS.high], range: [PALETTE.band50, PALETTE.median] },
            legend: LEGEND,
          },
          tooltip,
        },
      },
      {
        data: { name: 'base' },
        mark: { type: 'rule', color: PALETTE.rule, strokeWidth: 1.5 },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
      {
        data: { name: 'base' },
        mark: { type: 'text', align: 'center', baseline: 'bottom', y: -4, fontSize: 11, color: PALETTE.rule },
        encoding: { x: { field: 'base', type: 'quantitative' }, text: { field: 'label' } },
      },
      label(true),
      label(false),
    ],
  };
}
