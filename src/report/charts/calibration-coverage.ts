// The calibration study's coverage dot plot: for each model and horizon, the share of starts whose
// outcome fell inside the central 50 % and 90 % forecast bands, with its 95 % interval under serial
// dependence (calibration-stats.ts: overlapping windows and clustered hits count as fewer forecasts;
// the binomial interval as if the starts were independent is too narrow to draw), against the
// nominal level a calibrated model hits. Pure: coverage rows in, a Vega-Lite spec out.

import type { TopLevelSpec } from 'vega-lite';
import type { CoverageStats } from '../../study/calibration-stats.js';

/** One group's coverage: a model at a horizon. */
export type CoverageGroup = CoverageStats & { model: string; horizonDays: number };

import { horizonLabel, modelLabel } from '../calibration-tables.js';
import { framed } from './calibration.js';
import { FONT, LEGEND, legendScale, PALETTE, PERCENT_AXIS, percentText, round } from './theme.js';
import { LINES_LABEL, wrapText } from './title-lines.js';

/** Widest a line of a row's label is drawn, px of 11 px DejaVu Sans. */
const ROW_LABEL_PX = { width: 260, font: 11 };

/**
 * A model's name as its row's label: lines of at most 40 characters (about 260 px of 11 px DejaVu
 * Sans, within the axis's 300) joined by a newline, drawn as lines (LINES_LABEL): cut at 300 px, two
 * models whose names begin alike read the same. A line is also at most 260 px wide, measured
 * (text-metrics.ts): 40 wide letters drew 450 px, past the axis's 300.
 */
const rowLabel = (model: string) => wrapText(modelLabel(model), 40, ROW_LABEL_PX).join('\n');

/** Height a model's row takes: its two lines of label, and the horizons' dots beside them. */
const ROW_PX = 36;

const HORIZON_COLORS = [PALETTE.band90, PALETTE.band50, PALETTE.sample, PALETTE.median];

export function coverageSpec(coverage: readonly CoverageGroup[]): TopLevelSpec {
  const models = [...new Set(coverage.map((c) => c.model))].map(rowLabel);
  // Legend entries name themselves: "horizon 1 year".
  const horizonName = (days: number) => `horizon ${horizonLabel(days)}`;
  const horizons = [...new Set(coverage.map((c) => c.horizonDays))].sort((a, b) => a - b).map(horizonName);
  const data = coverage.flatMap((c) =>
    (['band50', 'band90'] as const).map((key) => {
      const b = c[key];
      return {
        band: key === 'band50' ? 'central 50 % band (nominal 50 %)' : 'central 90 % band (nominal 90 %)',
        nominal: b.nominal,
        model: rowLabel(c.model),
        modelName: modelLabel(c.model),
        horizon: horizonName(c.horizonDays),
        share: round(b.share),
        low: round(b.intervalEffective[0]),
        high: round(b.intervalEffective[1]),
        hits: `${b.hits} of ${c.starts}`,
        effective: `about ${Math.max(1, Math.round(b.effective))}`,
      };
    }),
  );
  const scale = legendScale(
    horizons.map((h, i) => ({ label: h, color: HORIZON_COLORS[i % HORIZON_COLORS.length] })),
  );
  const y = {
    field: 'model',
    type: 'nominal' as const,
    sort: models,
    title: null,
    axis: { labelLimit: 300, labelExpr: LINES_LABEL },
  };
  const yOffset = {
    field: 'horizon',
    type: 'nominal' as const,
    sort: horizons,
    scale: { paddingInner: 0.3 },
  };
  const color = { field: 'horizon', type: 'nominal' as const, scale, legend: LEGEND };
  const x = (field: string) => ({
    field,
    type: 'quantitative' as const,
    title: 'Share of starts inside the band',
    scale: { domain: [0, 1], nice: false },
    axis: { ...PERCENT_AXIS, tickCount: 5 },
  });
  return {
    ...framed('Coverage of the forecast bands', [
      'Dots: share of starts inside each band; bars: its 95 % interval, overlapping windows and runs of hits',
      'or misses counted as fewer independent forecasts; dashed: the nominal level a calibrated model hits.',
    ]),
    datasets: { coverage: data },
    data: { name: 'coverage' },
    facet: {
      column: { field: 'band', type: 'nominal', header: { title: null, labelFontSize: 12, labelFont: FONT } },
    },
    spec: {
      width: 300,
      height: Math.max(200, ROW_PX * models.length),
      layer: [
        {
          mark: { type: 'rule', color: PALETTE.rule, strokeDash: [4, 3] },
          encoding: { x: { aggregate: 'max', field: 'nominal', type: 'quantitative' } },
        },
        {
          mark: { type: 'rule', strokeWidth: 5, opacity: 0.6 },
          encoding: { x: x('low'), x2: { field: 'high' }, y, yOffset, color },
        },
        {
          transform: [
            percentText('share', 'shareText'),
            percentText('low', 'lowText'),
            percentText('high', 'highText'),
          ],
          mark: { type: 'point', filled: true, size: 70, opacity: 1 },
          encoding: {
            x: x('share'),
            y,
            yOffset,
            color,
            tooltip: [
              { field: 'modelName', title: 'Model' },
              { field: 'horizon', title: 'Horizon' },
              { field: 'hits', title: 'Inside the band' },
              { field: 'effective', title: 'Independent forecasts' },
              { field: 'shareText', title: 'Share' },
              { field: 'lowText', title: '95 % from' },
              { field: 'highText', title: '95 % to' },
            ],
          },
        },
      ],
    },
  };
}
