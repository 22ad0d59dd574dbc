// Charts of the calibration study with one panel per model and horizon: PIT histograms against
// the flat line of a calibrated forecast, and each start's outcome drawn over its forecast bands
// (the coverage dot plot is in calibration-coverage.ts). Pure: study rows in, Vega-Lite specs out.

import type { TopLevelSpec } from 'vega-lite';
import type { CalibrationRow } from '../../study/calibration.js';
import { pitHistogram } from '../../study/calibration-stats.js';
import { horizonLabel, modelLabel } from '../calibration-tables.js';
import { chartFrame, FONT, LEGEND, legendScale, PALETTE, PERCENT_AXIS, percentText, round } from './theme.js';
import { dateTooltip } from './time-axes.js';
import { LINES_LABEL, wrapText } from './title-lines.js';

const PIT_BINS = 10;
const PANEL_WIDTH = 330;

/** The shared frame with a subtitle of several lines: these grids are narrower than one long line. */
export function framed(title: string, subtitle: string[]) {
  const frame = chartFrame(title, '');
  return { ...frame, title: { ...frame.title, subtitle } };
}

/** Characters in a line of a panel's title: about 360 px of 12 px DejaVu Sans over a 330 px panel. */
const PANEL_TITLE_CHARACTERS = 55;
/** Widest a line of a panel's title is drawn, px of 12 px DejaVu Sans: 55 wide letters drew 620 px. */
const PANEL_TITLE_PX = { width: 360, font: 12 };

/**
 * "GBM price + growth network · 1 year": the title of one panel, its lines joined by a newline
 * (drawn as lines: LINES_LABEL), so a long model's name and the horizon after it are never cut.
 */
const panel = (model: string, horizonDays: number) =>
  wrapText(
    `${modelLabel(model)} · ${horizonLabel(horizonDays)}`,
    PANEL_TITLE_CHARACTERS,
    PANEL_TITLE_PX,
  ).join('\n');

/** Panel titles in the order the rows first name each model and horizon, models down, horizons across. */
function panelOrder(rows: readonly { model: string; horizonDays: number }[]): string[] {
  const models = [...new Set(rows.map((r) => r.model))];
  const horizons = [...new Set(rows.map((r) => r.horizonDays))].sort((a, b) => a - b);
  return models.flatMap((m) => horizons.map((h) => panel(m, h)));
}

/** Panels wrapped one horizon to a column (set `columns` beside it), titled above each panel. */
function panels(order: string[]) {
  return {
    field: 'panel',
    type: 'nominal' as const,
    sort: order,
    header: {
      title: null,
      labelFontSize: 12,
      labelFont: FONT,
      labelColor: PALETTE.text,
      labelLimit: 400,
      labelExpr: LINES_LABEL,
    },
  };
}

export function pitHistogramSpec(rows: readonly CalibrationRow[]): TopLevelSpec {
  const order = panelOrder(rows);
  const data = order.flatMap((title) => {
    const group = rows.filter((r) => panel(r.model, r.horizonDays) === title);
    return pitHistogram(
      group.map((r) => r.pit),
      PIT_BINS,
    ).map((count, i) => ({
      panel: title,
      from: i / PIT_BINS,
      to: (i + 1) / PIT_BINS,
      count,
      n: group.length,
    }));
  });
  const starts = Math.max(...data.map((d) => d.n));
  return {
    ...framed('Where outcomes fell in their forecast distributions (PIT)', [
      `Starts (of ${starts}) whose actual net position fell in each tenth of the simulated paths.`,
      'A calibrated model gives a flat histogram near the dashed line; a U means bands too narrow, a slope a bias.',
    ]),
    datasets: { bins: data },
    data: { name: 'bins' },
    facet: panels(order),
    columns: 2,
    spec: {
      width: PANEL_WIDTH,
      height: 110,
      layer: [
        {
          transform: [percentText('from', 'fromText'), percentText('to', 'toText')],
          mark: { type: 'bar', color: PALETTE.median, stroke: 'white', strokeWidth: 0.5 },
          encoding: {
            x: {
              field: 'from',
              type: 'quantitative',
              title: 'PIT: share of paths below the outcome',
              scale: { domain: [0, 1], nice: false },
              axis: { ...PERCENT_AXIS, tickCount: 5 },
            },
            x2: { field: 'to' },
            y: { field: 'count', type: 'quantitative', title: 'Starts' },
            y2: { datum: 0 },
            tooltip: [
              { field: 'fromText', title: 'PIT from' },
              { field: 'toText', title: 'PIT to' },
              { field: 'count', type: 'quantitative', title: 'Starts' },
            ],
          },
        },
        {
          mark: { type: 'rule', color: PALETTE.rule, strokeDash: [4, 3] },
          encoding: { y: { aggregate: 'max', field: 'expected', type: 'quantitative' } },
          transform: [{ calculate: `datum.n / ${PIT_BINS}`, as: 'expected' }],
        },
      ],
    },
  };
}

const BAND90 = 'forecast 5–95 % of paths';
const BAND50 = 'forecast 25–75 % of paths';
const MEDIAN = 'forecast median';
const ACTUAL = 'actual (back-test)';

export function outcomeBandsSpec(rows: readonly CalibrationRow[]): TopLevelSpec {
  const order = panelOrder(rows);
  // As a share of capex, so fleets of very different prices share one axis.
  const data = rows.map((r) => ({
    panel: panel(r.model, r.horizonDays),
    start: r.start,
    machine: r.machine,
    p5: round(r.quantiles.p5! / r.capexUsd),
    p25: round(r.quantiles.p25! / r.capexUsd),
    p50: round(r.quantiles.p50! / r.capexUsd),
    p75: round(r.quantiles.p75! / r.capexUsd),
    p95: round(r.quantiles.p95! / r.capexUsd),
    actual: round(r.realised / r.capexUsd),
    pit: round(r.pit),
  }));
  const scale = legendScale([
    { label: BAND90, color: PALETTE.band90 },
    { label: BAND50, color: PALETTE.band50 },
    { label: MEDIAN, color: PALETTE.median },
    { label: ACTUAL, color: PALETTE.actual },
  ]);
  const x = {
    field: 'start',
    type: 'temporal' as const,
    title: 'Start date',
    scale: { type: 'utc' as const },
    axis: { format: '%Y' },
  };
  // Outcomes run from losing twice the capex (power bills) to earning a hundred times it (2021's
  // stale launch prices): a symmetric log scale keeps both ends and the zero line readable.
  const values = data.flatMap((d) => [d.p5, d.p95, d.actual]).filter((v): v is number => v !== null);
  const y = (field: string) => ({
    field,
    type: 'quantitative' as const,
    title: 'Net position / capex',
    scale: {
      type: 'symlog' as const,
      constant: 1,
      domain: [Math.min(...values), Math.max(...values)],
      nice: false,
    },
    axis: { format: ',.0%', labelExpr: PERCENT_AXIS.labelExpr, values: [-1, 0, 1, 10, 100] },
  });
  const colour = (label: string) => ({ datum: label, scale, legend: LEGEND });
  return {
    ...framed('Actual outcomes against their ex-ante forecast bands', [
      'Cumulative net position at the horizon as a share of the fleet’s capex, for each quarterly start.',
      'Symmetric log scale: −100 % is the capex lost, +100 % a profit as large as the capex.',
    ]),
    datasets: { outcomes: data },
    data: { name: 'outcomes' },
    facet: panels(order),
    columns: 2,
    spec: {
      width: PANEL_WIDTH,
      height: 170,
      layer: [
        {
          mark: { type: 'rule', strokeWidth: 5 },
          encoding: { x, y: y('p5'), y2: { field: 'p95' }, color: colour(BAND90) },
        },
        {
          mark: { type: 'rule', strokeWidth: 5 },
          encoding: { x, y: y('p25'), y2: { field: 'p75' }, color: colour(BAND50) },
        },
        {
          mark: { type: 'tick', orient: 'horizontal', thickness: 2, size: 7 },
          encoding: { x, y: y('p50'), color: colour(MEDIAN) },
        },
        {
          transform: [percentText('actual', 'actualText'), percentText('p50', 'p50Text')],
          mark: { type: 'point', filled: true, size: 28 },
          encoding: {
            x,
            y: y('actual'),
            color: colour(ACTUAL),
            tooltip: [
              dateTooltip('start', 'Start'),
              { field: 'machine', title: 'Machine' },
              { field: 'actualText', title: 'Actual / capex' },
              { field: 'p50Text', title: 'Forecast median / capex' },
              { field: 'pit', type: 'quantitative', title: 'PIT', format: '.2f' },
            ],
          },
        },
      ],
    },
  };
}
